"""The upper half of 省平台上报: the counts, the notice while records wait (or when the server has
no platform address at all), and the list of refused records with the platform's reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.manager.platform import PlatformScreen, RecordLine

COLUMNS = (
    QT_TRANSLATE_NOOP("PlatformTab", "办件编号"),
    QT_TRANSLATE_NOOP("PlatformTab", "表"),
    QT_TRANSLATE_NOOP("PlatformTab", "记录"),
    QT_TRANSLATE_NOOP("PlatformTab", "退回原因"),
    QT_TRANSLATE_NOOP("PlatformTab", "次数"),
    QT_TRANSLATE_NOOP("PlatformTab", "更正人"),
)
REASON = 3
# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


def waited_text(seconds: int) -> str:
    days, rest = divmod(seconds, 86_400)
    hours, minutes = rest // 3600, rest % 3600 // 60
    if days:  # the export retries through an outage of days: hours no longer tell it
        return translate("PlatformTab", "{0}天{1}小时").format(days, hours)
    if hours:
        return translate("PlatformTab", "{0}小时{1}分钟").format(hours, minutes)
    if minutes:
        return translate("PlatformTab", "{0}分钟").format(minutes)
    return translate("PlatformTab", "不到1分钟")


def counts_text(screen: PlatformScreen) -> str:
    text = translate("PlatformTab", "待上报 {0} 条，已送达 {1} 条，被退回 {2} 条").format(
        screen.pending, screen.sent, screen.refused
    )
    if screen.truncated:
        text += translate("PlatformTab", "（下表列出最新的 {0} 条）").format(len(screen.lines))
    return text


def notice_of(screen: PlatformScreen) -> tuple[str, str] | None:
    """(text, banner tone) of what the manager must know beyond the counts, or None."""
    if not screen.configured:  # then nothing is reported at all: said before anything else
        text = translate(
            "PlatformTab",
            "服务器未设置省平台地址，办件数据不会上报到省平台。请服务器管理员以 --platform "
            "参数指明省平台地址后重新启动服务器（onewindow-server serve --platform https://…）。",
        )
        return text, "warning"
    waited = screen.waited_seconds
    if waited is None:
        return None
    if screen.last_error:
        text = translate("PlatformTab", "最早一条已等待{0}；最近一次未送达：{1}")
        return text.format(waited_text(waited), screen.last_error), "warning"
    return translate("PlatformTab", "最早一条已等待{0}").format(waited_text(waited)), "info"


class RefusedList(QWidget):
    """The refused records, newest first, under their label (Alt+L); a row carries its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: tuple[RecordLine, ...] = ()
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("PlatformTab", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the record's fields
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # the platform's reasons are long sentences: their column takes the room and wraps
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        label = QLabel(translate("PlatformTab", "被退回的记录（&L；↑↓ 选择，Enter 打开）"), self)
        label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def fill(self, lines: tuple[RecordLine, ...]) -> None:
        self.lines = lines
        self.table.blockSignals(True)  # refilling is no choice of the manager's: nothing is read
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(lines))
            for row, line in enumerate(lines):
                cells = (
                    line.case_number,
                    line.table_label,
                    line.key,
                    line.reason,
                    str(line.attempts),
                    line.corrected_by or "—",
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, line.id)
                    if column == REASON:
                        item.setToolTip(text)
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)

    def row_of(self, record_id: int) -> int | None:
        return next((row for row, line in enumerate(self.lines) if line.id == record_id), None)

    def select_quietly(self, row: int) -> None:
        """Mark `row` chosen without the signal that reads a record (it is read already)."""
        self.table.blockSignals(True)
        try:
            self.table.selectRow(row)
        finally:
            self.table.blockSignals(False)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
