"""办不成事 as its tab shows it: the counts, one report's line in the list, and one report whole
(who, what went wrong, the answer when there is one, the deadline, its history) as simple HTML
for a QTextBrowser. Names and phones are masked in the list; the detail was read on purpose."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.manager.unresolved import Counts, ReportLine, ReportView
from ui.messages import render

OVERDUE = QColor("#c62828")
COLUMNS = (
    QT_TRANSLATE_NOOP("UnresolvedTab", "状态"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "反映时间"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "反映人"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "联系电话"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "反映类型"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "事项"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "办不成的窗口"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "经办人"),
    QT_TRANSLATE_NOOP("UnresolvedTab", "办结期限"),
)
MATTER, DUE = 5, 8
translate = QCoreApplication.translate  # with a literal context: lupdate files it there


def counts_text(counts: Counts) -> str:
    return translate(
        "UnresolvedTab", "待分派 {0}　办理中 {1}　已答复待审核 {2}　已超期 {3}　近{4}天已办结 {5}"
    ).format(counts.open, counts.assigned, counts.answered, counts.overdue, counts.closed_days, counts.closed)


def due_text(line: ReportLine) -> str:
    """The last day; 暂按周末计算 when a year on the way had no holiday schedule yet."""
    day = line.due.day.isoformat()
    if line.due.estimated:
        day += translate("UnresolvedTab", "（暂按周末计算）")
    return day


def list_cells(line: ReportLine) -> list[str]:
    return [
        translate("messages", line.state.label),
        line.reported_at.strftime("%m-%d %H:%M"),
        line.name,
        line.phone,
        translate("messages", line.kind.label),
        line.matter or "—",
        line.failed_window or "—",
        line.assignee or "—",
        due_text(line),
    ]


def detail_html(view: ReportView) -> str:
    line = view.line
    due = due_text(line)
    if line.overdue:
        due += translate("UnresolvedTab", "（已超期）")
    matter = f"{line.matter}（{view.matter_code}）" if view.matter_code else (line.matter or "—")
    rows = [
        (translate("UnresolvedTab", "状态"), translate("messages", line.state.label)),
        (translate("UnresolvedTab", "反映人"), f"{view.name}　{view.phone}"),
        (translate("UnresolvedTab", "反映类型"), translate("messages", line.kind.label)),
        (translate("UnresolvedTab", "事项"), matter),
        (translate("UnresolvedTab", "办不成的窗口"), line.failed_window or "—"),
        (translate("UnresolvedTab", "关联办件"), view.case_number or "—"),
        (translate("UnresolvedTab", "问题描述"), view.description),
        (
            translate("UnresolvedTab", "登记"),
            f"{line.reported_at:%Y-%m-%d %H:%M}　{line.window}　{view.registered_by or '—'}",
        ),
        (translate("UnresolvedTab", "经办人"), line.assignee or "—"),
        (translate("UnresolvedTab", "办结期限"), due),
    ]
    if view.outcome is not None:
        how = translate("messages", view.reply_method.label) if view.reply_method is not None else "—"
        when = view.replied_on.isoformat() if view.replied_on is not None else "—"
        rows += [
            (translate("UnresolvedTab", "解决结果"), translate("messages", view.outcome.label)),
            (translate("UnresolvedTab", "解决情况"), view.resolution),
            (
                translate("UnresolvedTab", "答复申请人"),
                translate("UnresolvedTab", "{0}（{1}，{2}）").format(view.reply, how, when),
            ),
        ]
    red = f' style="color:{OVERDUE.name()}"' if line.overdue else ""
    due_title = rows[9][0]
    body = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th>"
        f"<td{red if k == due_title else ''}>{escape(v)}</td></tr>"
        for k, v in rows
    )
    history = "".join(
        f"<li>{h.at:%Y-%m-%d %H:%M}　{escape(h.actor)}　{escape(render(h.what))}</li>" for h in view.history
    )
    heading = escape(translate("UnresolvedTab", "经过"))
    return f"<table cellspacing='4'>{body}</table><h4>{heading}</h4><ol>{history}</ol>"
