"""Today's cases at this window (and the older ones still waiting), newest first.

Refreshed whenever the worker says something changed. Enter (or a double click) opens the case
in the 办件详情 tab. Overdue and due-soon cases carry a mark the eye finds without reading; a
case with changes the server has not yet acknowledged carries ↑ before its time (尚未同步).

The status column is always in sight, whole: the columns share the list's width so that a long
applicant name (a company's, a foreigner's) is cut with "…" (the tooltip has it whole), never
the status.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.views import CaseSummary
from ui.labels import deadline_mark
from ui.messages import describe, render
from ui.table_fit import content_width, one_line_width
from ui.theme import ACCENT, ERROR, MUTED, WARNING

_ID_ROLE = Qt.ItemDataRole.UserRole
_TIME, _TITLE, _APPLICANT, _STATUS = range(4)
UNSYNCED_MARK = "↑"
_DEADLINE_COLOURS = {"overdue": ERROR, "due_soon": WARNING, "immediate": ACCENT}


class _Table(QTableWidget):
    open_row = Signal(int)
    viewport_resized = Signal()

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.viewport_resized.emit()
        return handled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class TodayList(QWidget):
    open_case = Signal(str)  # case id
    shown = Signal()  # the rows of a load are on screen (the start-up bench waits for the first)

    def __init__(self, worker, parent=None, *, cases=None) -> None:
        """``cases``: the CaseQueryService (or later, through ``attach``, once it is open)."""
        super().__init__(parent)
        self._cases = cases
        self._worker = worker
        self.cases: list[CaseSummary] = []
        # a standalone workbench has no server to be behind: its cases carry no 尚未同步 mark
        self.mark_unsynced = False
        self.table = _Table(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("事项"), self.tr("申请人"), self.tr("状态")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.viewport_resized.connect(self.fit_columns)
        self.table.open_row.connect(self._open_row)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.table.setAccessibleName(self.tr("今日办件"))
        self.empty = QLabel(self.tr("今天还没有办件。"), self)
        self.empty.setObjectName("Muted")
        self.problem = QLabel(self)
        self.problem.setObjectName("FieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        worker.changed.connect(self.refresh)

    def attach(self, cases) -> None:
        self._cases = cases

    def refresh(self) -> None:
        cases = self._cases
        if cases is None:
            return  # the workbench's use cases are still opening
        self._worker.run(cases.today, self._show, self._failed)

    def _show(self, cases: list[CaseSummary]) -> None:
        self.problem.hide()
        selected = self.selected_id()
        self.cases = list(cases)
        self.table.setRowCount(len(cases))
        for r, c in enumerate(cases):
            mark = deadline_mark(c.deadline_flag)
            status = QTableWidgetItem(f"{render(c.status_label)}  {mark}".strip())
            if c.deadline_flag in _DEADLINE_COLOURS:
                status.setForeground(QBrush(QColor(_DEADLINE_COLOURS[c.deadline_flag])))
            elif c.is_final:
                status.setForeground(QBrush(QColor(MUTED)))
            # older cases that still wait show their date, today's only the time
            when = f"{c.created_at:%H:%M}" if c.created_at.date() == date.today() else f"{c.created_at:%m-%d}"
            unsynced = self.mark_unsynced and not c.synced
            time = QTableWidgetItem(f"{UNSYNCED_MARK}{when}" if unsynced else when)
            title = QTableWidgetItem(c.title)
            title.setToolTip(f"{c.number}\n{c.title}")
            applicant = QTableWidgetItem(c.applicant_masked)
            applicant.setToolTip(c.applicant_masked)  # whole, where the column cuts it
            row = (time, title, applicant, status)
            for col, item in enumerate(row):
                item.setData(_ID_ROLE, c.id)
                if unsynced:
                    item.setToolTip(self.tr("尚未同步到服务器") + "\n" + (item.toolTip() or item.text()))
                self.table.setItem(r, col, item)
            if unsynced:
                time.setForeground(QBrush(QColor(ACCENT)))
        self.empty.setVisible(not cases)
        self.fit_columns()
        self._select(selected)
        self.shown.emit()

    def fit_columns(self) -> None:
        """时间 and 状态 as wide as their texts; 申请人 as wide as its longest name but never so
        wide that 事项 gets less than a few characters; 事项 the rest (cut, with its tooltip)."""
        t, header = self.table, self.table.horizontalHeader()
        width = t.viewport().width()
        time, status = content_width(t, _TIME), content_width(t, _STATUS)
        room = max(width - time - status, 0)
        title_least = one_line_width(t, ["中" * 4])  # four characters of the matter's name
        # at least a masked 张三; at most two fifths of the room, and never the matter's last four
        applicant_least = max(header.sectionSizeHint(_APPLICANT), one_line_width(t, ["张**"]))
        applicant_most = max(applicant_least, min(room - title_least, room * 2 // 5))
        applicant = min(content_width(t, _APPLICANT), applicant_most)
        for col, size in ((_TIME, time), (_APPLICANT, applicant), (_STATUS, status)):
            header.resizeSection(col, size)

    def _failed(self, error: ServiceError) -> None:
        self.problem.setText(describe(error))
        self.problem.show()

    def selected_id(self) -> str:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(_ID_ROLE) if item is not None else ""

    def _select(self, case_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(_ID_ROLE) == case_id:
                self.table.setCurrentCell(r, 0)
                return

    def set_mark_unsynced(self, mark: bool) -> None:
        """Mark cases the server has not acknowledged (once this workbench syncs with one)."""
        if mark != self.mark_unsynced:
            self.mark_unsynced = mark
            self._show(self.cases)

    def unsynced_numbers(self) -> list[str]:
        """The case numbers shown with the 尚未同步 mark."""
        return [
            c.number
            for r, c in enumerate(self.cases)
            if self.table.item(r, _TIME).text().startswith(UNSYNCED_MARK)
        ]

    def select_number(self, number: str) -> bool:
        for r, c in enumerate(self.cases):
            if c.number == number:
                self.table.setCurrentCell(r, 0)
                return True
        return False

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.open_case.emit(self.cases[row].id)

    def focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
