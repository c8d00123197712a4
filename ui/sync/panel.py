"""The sync panel (click the sync slot or Ctrl+Shift+Y): where sync stands, 立即同步, and the
changes the server refused with its reason.

A refused change is never dropped silently (DESIGN.md "Who wins"): it stays in this list until
the clerk marks it read (标记已读), and the slot stays red while any is unread. Enter on a row
opens its case. The panel is not modal: the clerk can keep working beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.messages import describe, render
from ui.sync.status_text import clock_text, detail_lines
from ui.theme import ERROR, MUTED

_ROW_ROLE = Qt.ItemDataRole.UserRole
_TIME, _NUMBER, _WHAT, _REASON, _READ = range(5)


class _Table(QTableWidget):
    open_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class SyncPanel(QDialog):
    open_case = Signal(str)  # case id

    def __init__(self, monitor, sync_service, worker, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("同步"))
        self.setModal(False)
        self._monitor = monitor
        self._sync = sync_service
        self._worker = worker
        self.rejected: list = []  # RejectedChange, in the order the service gives them
        self._shown_rejected = -1  # the unread count the list was last loaded for
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("立即同步(&S)"), self)
        self.sync_button.setObjectName("Primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.note = QLabel(self)
        self.note.setObjectName("Muted")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = _Table(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("时间"),
                self.tr("办件编号"),
                self.tr("所做操作"),
                self.tr("服务器的理由"),
                self.tr("状态"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        for col in (_TIME, _NUMBER, _READ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(_WHAT, 230)
        header.setSectionResizeMode(_REASON, QHeaderView.ResizeMode.Stretch)
        # the whole of the selected refusal: a reason may be longer than its column
        self.detail = QLabel(self)
        self.detail.setObjectName("Guide")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.hide()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.table.setAccessibleName(self.tr("被服务器退回的操作"))
        self.table.open_row.connect(self._open_row)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.empty = QLabel(self.tr("没有被服务器退回的操作。"), self)
        self.empty.setObjectName("Muted")
        self.seen_button = QPushButton(self.tr("标记已读(&M)"), self)
        self.seen_button.clicked.connect(self.mark_seen)
        close = QPushButton(self.tr("关闭 (Esc)"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Enter 打开所选办件"), self))
        buttons.addStretch(1)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(close)

        title = QLabel(self.tr("服务器退回的操作"), self)
        title.setObjectName("PanelTitle")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+R"), self, self.sync_now)
        monitor.status_changed.connect(self._status_changed)
        self.resize(960, 460)

    # -- loading ------------------------------------------------------------------------------
    def open_panel(self) -> None:
        self.show_status(self._monitor.status)
        self.reload()
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()

    def reload(self) -> None:
        self._worker.run(self._sync.rejected_changes, self.show_rejected, self._failed)

    def _status_changed(self, status) -> None:
        if not self.isVisible():
            return
        before = self._shown_rejected
        self.show_status(status)
        if status.rejected != before:
            self.reload()

    def show_status(self, status) -> None:
        can_sync = self._monitor.can_sync
        self.sync_button.setEnabled(can_sync)
        if status is None:
            self.summary.setText(self.tr("正在读取同步状态……"))
            return
        self._shown_rejected = status.rejected
        self.summary.setText("\n".join(detail_lines(status, self._monitor.now())))
        if not can_sync:
            self.note.setText(self.tr("单机模式：本工作台没有服务器可同步。"))

    def show_rejected(self, changes: list) -> None:
        selected = self.selected_seq()
        self.rejected = list(changes)
        self.table.setRowCount(len(self.rejected))
        now = self._monitor.now()
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, c in enumerate(self.rejected):
            read = QTableWidgetItem(self.tr("已读") if c.seen else self.tr("未读"))
            reason = QTableWidgetItem(c.reason)
            reason.setToolTip(c.reason)
            what = QTableWidgetItem(render(c.summary))
            what.setToolTip(render(c.summary))
            when = QTableWidgetItem(clock_text(c.created_at, now))
            row = (when, QTableWidgetItem(c.case_number), what, reason, read)
            for col, item in enumerate(row):
                item.setData(_ROW_ROLE, c.seq)
                if not c.seen:
                    item.setFont(bold)
                self.table.setItem(r, col, item)
            read.setForeground(QBrush(QColor(MUTED if c.seen else ERROR)))
        self.empty.setVisible(not self.rejected)
        self.table.setVisible(bool(self.rejected))
        self.seen_button.setEnabled(any(not c.seen for c in self.rejected))
        self._select(selected)
        self._show_detail(self.table.currentRow())

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.rejected):
            self.detail.hide()
            return
        c = self.rejected[row]
        text = self.tr("{0}  {1}\n服务器的理由：{2}")
        self.detail.setText(text.format(c.case_number, render(c.summary), c.reason))
        self.detail.show()

    # -- actions ------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self._monitor.sync_now():
            self.note.setText(self.tr("已请求同步；结果会显示在状态栏。"))
        else:
            self.note.setText(self.tr("单机模式：本工作台没有服务器可同步。"))

    def mark_seen(self) -> None:
        """标记已读: the selected refusal, or (none selected) the first unread one."""
        seq = self.selected_seq()
        chosen = next((c for c in self.rejected if c.seq == seq), None)
        if chosen is None or chosen.seen:
            chosen = next((c for c in self.rejected if not c.seen), None)
        if chosen is None:
            return
        sync, seq = self._sync, chosen.seq

        def done(_none) -> None:
            self.reload()
            self._monitor.refresh()

        self._worker.run(lambda: sync.mark_seen(seq), done, self._failed)

    def selected_seq(self) -> int | None:
        row = self.table.currentRow()
        return self.rejected[row].seq if 0 <= row < len(self.rejected) else None

    def _select(self, seq: int | None) -> None:
        for r, c in enumerate(self.rejected):
            if c.seq == seq:
                self.table.setCurrentCell(r, 0)
                return
        if self.rejected:
            self.table.setCurrentCell(0, 0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rejected) and self.rejected[row].case_id:
            self.open_case.emit(self.rejected[row].case_id)

    def _failed(self, error) -> None:
        self.note.setText(describe(error))
