"""The list of 办不成事 reports in its tab: one row each, overdue ones in red, Enter (or a double
click) asks to open the one under the cursor; moving along the rows reads nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.manager.unresolved import ReportLine
from ui.manager.unresolved.cells import COLUMNS, DUE, MATTER, OVERDUE, list_cells
from ui.manager.wrapping_header import wrap_titles

_ID = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class _Table(QTableWidget):
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.enter.emit()
            return
        super().keyPressEvent(event)


class ReportList(QWidget):
    open_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: tuple[ReportLine, ...] = ()
        self.table = _Table(0, len(COLUMNS), self)
        header = wrap_titles(self.table)  # in English the titles, not the cells, were widest
        self.table.setHorizontalHeaderLabels([translate("UnresolvedTab", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MATTER, QHeaderView.ResizeMode.Stretch)  # the matter takes the rest
        self.table.enter.connect(self.open_wanted)
        self.table.cellDoubleClicked.connect(lambda *_: self.open_wanted.emit())
        label = QLabel(translate("UnresolvedTab", "反映（&L；Enter 打开）"), self)
        label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def show_lines(self, lines: tuple[ReportLine, ...]) -> None:
        keep = self.current()
        self.lines = lines
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(list_cells(line)):
                item = QTableWidgetItem(text)
                item.setData(_ID, line.id)
                item.setToolTip(text)
                if line.overdue:
                    item.setForeground(OVERDUE)
                    if column == DUE:
                        item.setToolTip(translate("UnresolvedTab", "{0}（已超期）").format(text))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if keep is not None:
            self.select(keep.id)

    def current(self) -> ReportLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def select(self, report_id: str) -> None:
        ids = [line.id for line in self.lines]
        if report_id in ids:
            self.table.selectRow(ids.index(report_id))
