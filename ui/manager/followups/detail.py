"""One follow-up as the 好差评 tab shows it: the case, the rating, who rated (for those who follow
it up), the deadline (red once passed) and its history, as simple HTML for a QTextBrowser."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.ratings import LEVELS, REASONS
from app.services.manager.followups import FollowupLine, FollowupView
from ui.messages import render

OVERDUE = QColor("#c62828")


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def level_name(level: int) -> str:
    # the evaluator's own words for the levels and reasons, translated where the pad shows them
    return _t("messages", LEVELS.get(level, str(level)))


def list_cells(line: FollowupLine) -> list[str]:
    """The list's columns: 状态, 评价, 评价时间, 窗口人员, 办件, 办结期限, 经办人, 复核."""
    overdue = QCoreApplication.translate("FollowupsTab", "（已超期）") if line.overdue else ""
    return [
        _t("messages", line.state.label),
        level_name(line.level),
        line.rated_at.strftime("%m-%d %H:%M"),
        line.clerk,
        line.case_number,
        line.due.label() + overdue,
        line.assignee,
        _t("messages", line.review.label) if line.review is not None else "",
    ]


def detail_html(view: FollowupView) -> str:
    line = view.line
    reasons = _t("FollowupsTab", "、").join(_t("messages", REASONS.get(code, code)) for code in line.reasons)
    rows = [
        (QCoreApplication.translate("FollowupsTab", "状态"), _t("messages", line.state.label)),
        (QCoreApplication.translate("FollowupsTab", "办件"), f"{line.case_number}　{line.matter}"),
        (QCoreApplication.translate("FollowupsTab", "窗口人员"), f"{line.clerk}（{line.window}）"),
        (QCoreApplication.translate("FollowupsTab", "评价"), f"{level_name(line.level)}：{reasons}"),
        (QCoreApplication.translate("FollowupsTab", "申请人留言"), view.comment or "—"),
        (
            QCoreApplication.translate("FollowupsTab", "办结期限"),
            line.due.label()
            + (QCoreApplication.translate("FollowupsTab", "（已超期）") if line.overdue else ""),
        ),
    ]
    if view.applicant is not None:
        name, cert, phone = view.applicant
        rows.append((QCoreApplication.translate("FollowupsTab", "申请人"), f"{name}　{cert}　{phone}"))
    if view.review is not None:
        rows.append(
            (
                QCoreApplication.translate("FollowupsTab", "申请复核"),
                f"{_t('messages', view.review.label)}：{view.review_reason}",
            )
        )
    due = rows[5][0]
    red = f' style="color:{OVERDUE.name()}"' if line.overdue else ""
    body = "".join(
        f"<tr><th align='left'>{escape(k)}</th><td{red if k == due else ''}>{escape(v)}</td></tr>"
        for k, v in rows
    )
    history = "".join(
        f"<li>{h.at:%Y-%m-%d %H:%M}　{escape(h.actor)}　{escape(render(h.what))}</li>" for h in view.history
    )
    heading = escape(QCoreApplication.translate("FollowupsTab", "经过"))
    return f"<table cellspacing='4'>{body}</table><h4>{heading}</h4><ol>{history}</ol>"
