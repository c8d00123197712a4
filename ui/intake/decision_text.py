"""What the decision bar says before a decision: the document, to whom, for what, until when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.messages import render

if TYPE_CHECKING:  # the case rules it brings are not loaded before the window's first paint
    from app.services.cases.decision_preview import DecisionPreview


def confirmation_text(preview: DecisionPreview) -> str:
    """Two or three lines: what will be printed for whom, and what the applicant is told."""
    lines = [
        QCoreApplication.translate("DecisionBar", "将打印《{0}》：申请人 {1}，事项 {2}。").format(
            render(preview.document_title), preview.applicant, preview.matter
        )
    ]
    when = f"{preview.deadline:%Y-%m-%d}" if preview.deadline else ""
    if when and preview.deadline_estimated:
        when += QCoreApplication.translate("DecisionBar", "（暂按周末计算）")
    if preview.decision == "supplement":
        materials = "、".join(preview.materials)
        lines.append(
            QCoreApplication.translate("DecisionBar", "需补正（{0}项）：{1}").format(
                len(preview.materials), materials
            )
        )
        if when:
            lines.append(QCoreApplication.translate("DecisionBar", "补正期限：{0}").format(when))
    elif preview.decision == "accept" and when:
        lines.append(QCoreApplication.translate("DecisionBar", "承诺办结日期：{0}").format(when))
    lines.append(QCoreApplication.translate("DecisionBar", "Enter 确认并打印，Esc 返回修改。"))
    return "\n".join(lines)


def refusal_addressee(preview: DecisionPreview) -> str:
    return QCoreApplication.translate("DecisionBar", "{0}，{1}").format(preview.applicant, preview.matter)
