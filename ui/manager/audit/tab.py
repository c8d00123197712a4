"""审计日志 (the auditor's console, Ctrl+1; an admin's Ctrl+7): the hall's audit log, searched.

By a citizen's ID number (the log holds only its keyed hash: the server hashes what is typed the
same way and finds every read of that person's records, at a window or on the server), by a
clerk's account, by dates; newest first, 100 at a time (更早的记录, Alt+M, brings the page
before). Enter in any field searches. Each search is itself written to the log. Nothing in the
table is a whole ID number, phone or name: the server never writes one into an entry.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.audit_events import EVENT_LABELS, OUTCOME_LABELS
from app.sync.audit_log import AuditEntry, AuditPage
from ui.messages import describe
from ui.worker import Worker

PAGE = 100


def entry_cells(entry: AuditEntry) -> list[str]:
    """时间, 序号, 事件, 结果, 工作人员, 终端, 详情."""
    translate = QCoreApplication.translate
    event = translate("messages", EVENT_LABELS[entry.event]) if entry.event in EVENT_LABELS else entry.event
    outcome = translate("messages", OUTCOME_LABELS.get(entry.outcome, entry.outcome))
    at = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return [
        at,
        str(entry.seq),
        event,
        outcome,
        entry.username or "—",
        entry.terminal_id[:8] or "—",
        entry.detail,
    ]


class AuditLogTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit_log = services.audit_log
        self.worker = Worker(self)
        self.entries: list[AuditEntry] = []
        self.more = False
        self._build()
        self.worker.busy_changed.connect(lambda busy: self.search_button.setEnabled(not busy))
        self.search()

    def _build(self) -> None:
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("公民身份号码或其他证件号码"))
        self.clerk = QLineEdit(self)
        self.clerk.setPlaceholderText(self.tr("工作人员的登录账号"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.any_time = QCheckBox(self.tr("不限日期（&A）"), self)
        self.any_time.toggled.connect(lambda on: [e.setEnabled(not on) for e in (self.since, self.until)])
        self.search_button = QPushButton(self.tr("查询 (Enter)"), self)
        self.search_button.setObjectName("Primary")
        self.search_button.clicked.connect(self.search)
        self.older_button = QPushButton(self.tr("更早的记录（&M）"), self)
        self.older_button.clicked.connect(self.older)
        for edit in (self.person, self.clerk):
            edit.returnPressed.connect(self.search)
        form = QFormLayout()
        form.addRow(self.tr("证件号码（&P）"), self.person)
        form.addRow(self.tr("工作人员（&C）"), self.clerk)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("至"), self))
        dates.addWidget(self.until)
        dates.addWidget(self.any_time)
        dates.addStretch(1)
        form.addRow(self.tr("日期"), dates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.older_button)
        buttons.addStretch(1)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        headings = [
            self.tr("时间"),
            self.tr("序号"),
            self.tr("事件"),
            self.tr("结果"),
            self.tr("工作人员"),
            self.tr("终端"),
            self.tr("详情"),
        ]
        self.table = QTableWidget(0, len(headings), self)
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headings) - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.person)
        self.older_button.setEnabled(False)

    def _criteria(self) -> dict:
        criteria: dict = {
            "person": self.person.text().strip(),
            "clerk": self.clerk.text().strip(),
            "limit": PAGE,
        }
        if not self.any_time.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
            criteria["since"] = datetime.combine(since, time.min).astimezone()
            criteria["until"] = datetime.combine(until, time.max).astimezone()
        return criteria

    def search(self) -> None:
        self._ask(self._criteria(), replace=True)

    def older(self) -> None:
        if self.entries and self.more:
            self._ask({**self._criteria(), "before": self.entries[-1].seq}, replace=False)

    def _ask(self, criteria: dict, replace: bool) -> None:
        self.said.setText(self.tr("正在查询……"))
        log = self.audit_log
        self.worker.run(lambda: log.search(**criteria), lambda page: self._show(page, replace), self._failed)

    def _show(self, page: AuditPage, replace: bool) -> None:
        self.entries = list(page.entries) if replace else [*self.entries, *page.entries]
        self.more = page.more
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(entry_cells(entry)):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.older_button.setEnabled(page.more)
        count = len(self.entries)
        self.said.setText(
            self.tr("共显示 {0} 条（最新的在前）；还有更早的记录").format(count)
            if page.more
            else self.tr("共 {0} 条（最新的在前）").format(count)
        )

    def _failed(self, error) -> None:
        self.said.setText(describe(error))

    def stop(self) -> None:
        self.worker.stop()  # a search still reading ends before the session it uses closes
