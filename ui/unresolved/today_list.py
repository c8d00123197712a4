"""The reports this window took today, under the 办不成事 form: when, who (masked), what went
wrong, and how far each got — waiting for the server, with the hall manager, or refused (with
the server's reason, so the clerk can take the report down again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.services.unresolved_reports import TakenReport

translate = QCoreApplication.translate


def sent_text(report: TakenReport) -> tuple[str, str]:
    """How far it got: a short word for the list, and the whole of it for the tooltip."""
    if report.sent == "applied":
        return translate("UnresolvedToday", "已送达"), translate("UnresolvedToday", "已送达大厅管理员")
    if report.sent == "rejected":
        why = translate("UnresolvedToday", "服务器未接收：{0}").format(report.reason)
        return translate("UnresolvedToday", "未接收"), why
    waiting = translate("UnresolvedToday", "待发送（连通服务器后自动发送）")
    return translate("UnresolvedToday", "待发送"), waiting


class TodayReports(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("UnresolvedToday", "时间"),
                translate("UnresolvedToday", "反映人"),
                translate("UnresolvedToday", "联系电话"),
                translate("UnresolvedToday", "反映类型"),
                translate("UnresolvedToday", "事项"),
                translate("UnresolvedToday", "发送情况"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the matter takes the rest
        self.reports: tuple[TakenReport, ...] = ()

    def show_reports(self, reports: tuple[TakenReport, ...]) -> None:
        self.reports = reports
        self.setRowCount(len(reports))
        for row, report in enumerate(reports):
            sent, said = sent_text(report)
            cells = [
                report.reported_at.strftime("%H:%M"),
                report.name,
                report.phone,
                translate("messages", report.kind.label),
                report.matter_name or "—",
                sent,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(said if column == len(cells) - 1 else text)
                self.setItem(row, column, item)
