"""好差评 (Ctrl+4): the hall's 差评 follow-ups, the satisfaction rate and the share closed in time.

Top, the two rates of the period chosen (Alt+P; this month at first), counted by the server with
reviews found malicious left out, and the hall's deadline in working days (Alt+D, saved with
Ctrl+Shift+S; it counts for follow-ups opened afterwards). Left, the follow-ups (overdue ones in
red), filtered by state, overdue and clerk; right, the chosen one with the applicant's identity
(its reading is audited on the server) and its history. Keys: 分派 Ctrl+G, 记录回访与整改 Ctrl+R,
办结 Ctrl+E, 退回 Ctrl+B, 复核决定 Ctrl+D, 刷新 F5, the list Alt+L. Everything runs on the tab's
own worker; a "change" poke (a rating synced) reloads.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.hall_time import hall_date
from app.domain.rating_followups import MAX_DEADLINE_DAYS, FollowupMove, FollowupState
from app.services.errors import ServiceError
from app.services.manager.followups import Filter, FollowupsPage, FollowupView
from ui.manager.followups.detail import OVERDUE, detail_html, list_cells
from ui.manager.followups.dialogs import ReasonDialog, RecordDialog, ReviewDialog
from ui.manager.followups.list_pane import followup_list
from ui.messages import describe, render
from ui.worker import Worker

MESSAGES = "messages"


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class FollowupsTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.followups = services.followups
        self.worker = Worker(self)
        self.page: FollowupsPage | None = None
        self.view: FollowupView | None = None
        self._build()
        self._keys()
        self._poke_waiting = False
        self.worker.busy_changed.connect(self._busy)
        services.pokes.poked.connect(self._poked)
        self.reload()
        self.worker.run(self.followups.deadline_days, self.deadline.setValue, self._failed)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.rates = QLabel(self)
        self.rates.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.rates.setWordWrap(True)  # one line in English is most of a 1366 px screen
        self.state = QComboBox(self)
        self.state.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state.addItem(self.tr("全部状态"), None)
        for state in FollowupState:
            self.state.addItem(_t(MESSAGES, state.label), state)
        self.overdue_only = QCheckBox(self.tr("只看超期（&O）"), self)
        self.clerk = QLineEdit(self)
        self.clerk.setMaxLength(100)
        self.clerk.setPlaceholderText(self.tr("窗口人员"))
        self.refresh_button = QPushButton(self.tr("刷新 (F5)"), self)
        today = hall_date(datetime.now(UTC))
        self.period_from, self.period_to = QDateEdit(self), QDateEdit(self)
        for edit, day in ((self.period_from, today.replace(day=1)), (self.period_to, today)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(day)
            edit.dateChanged.connect(lambda *_: self.reload())
        self.deadline = QSpinBox(self)
        self.deadline.setRange(1, MAX_DEADLINE_DAYS)
        self.deadline.setSuffix(self.tr(" 个工作日"))
        deadline_label = QLabel(self.tr("整改期限（&D）"), self)
        deadline_label.setBuddy(self.deadline)
        self.deadline_button = QPushButton(self.tr("保存期限 (Ctrl+Shift+S)"), self)
        self.deadline_button.clicked.connect(self.save_deadline)
        period_label = QLabel(self.tr("统计期间（&P）"), self)
        period_label.setBuddy(self.period_from)
        for signal in (self.state.currentIndexChanged, self.overdue_only.toggled):
            signal.connect(lambda *_: self.reload())
        self.clerk.returnPressed.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        state_label = QLabel(self.tr("状态（&S）"), self)
        state_label.setBuddy(self.state)
        filters = QHBoxLayout()
        for widget in (state_label, self.state, self.overdue_only, self.clerk, self.refresh_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        for widget in (period_label, self.period_from, QLabel(self.tr("至"), self), self.period_to):
            filters.addWidget(widget)

        self.table, left = followup_list(
            self,
            [
                self.tr("状态"),
                self.tr("评价"),
                self.tr("评价时间"),
                self.tr("窗口人员"),
                self.tr("办件"),
                self.tr("办结期限"),
                self.tr("经办人"),
                self.tr("复核"),
            ],
            self.tr("差评回访（&L）"),
        )
        self.table.itemSelectionChanged.connect(self._chosen)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.buttons = {
            FollowupMove.ASSIGN: QPushButton(self.tr("分派 (Ctrl+G)"), self),
            FollowupMove.RECORD: QPushButton(self.tr("记录回访与整改 (Ctrl+R)"), self),
            FollowupMove.CLOSE: QPushButton(self.tr("办结 (Ctrl+E)"), self),
            FollowupMove.SEND_BACK: QPushButton(self.tr("退回 (Ctrl+B)"), self),
        }
        self.review_button = QPushButton(self.tr("复核决定 (Ctrl+D)"), self)
        # two rows, the usual steps above, sending back and the review below: on one row the
        # five were 720 px in English and the list beside them lost its last columns
        actions = QGridLayout()
        for index, button in enumerate((*self.buttons.values(), self.review_button)):
            actions.addWidget(button, index // 3, index % 3)
        self.buttons[FollowupMove.ASSIGN].clicked.connect(self.ask_assign)
        self.buttons[FollowupMove.RECORD].clicked.connect(self.ask_record)
        self.buttons[FollowupMove.CLOSE].clicked.connect(self.ask_close)
        self.buttons[FollowupMove.SEND_BACK].clicked.connect(self.ask_send_back)
        self.review_button.clicked.connect(self.ask_review_decision)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 560])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.rates, 1)
        for widget in (deadline_label, self.deadline, self.deadline_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._enable()

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+G", self.ask_assign),
            ("Ctrl+R", self.ask_record),
            ("Ctrl+E", self.ask_close),
            ("Ctrl+B", self.ask_send_back),
            ("Ctrl+D", self.ask_review_decision),
            ("F5", self.reload),
            ("Ctrl+Shift+S", self.save_deadline),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)

    # -- loading -------------------------------------------------------------------------------
    def chosen_filter(self) -> Filter:
        overdue = True if self.overdue_only.isChecked() else None
        return Filter(state=self.state.currentData(), overdue=overdue, clerk=self.clerk.text())

    def reload(self) -> None:
        chosen = self.chosen_filter()
        first, last = self.period_from.date().toPython(), self.period_to.date().toPython()
        period = (min(first, last), max(first, last))
        self.worker.run(lambda: self.followups.page(chosen, period), self._show_page, self._failed)

    def _poked(self, kind: str) -> None:
        # a busy hall pokes "change" with every case step: while a load runs, one more follows it
        if kind not in ("change", "hello"):
            return
        if self.worker.is_idle():
            self.reload()
        else:
            self._poke_waiting = True

    def _busy(self, busy: bool) -> None:
        if not busy and self._poke_waiting:
            self._poke_waiting = False
            self.reload()

    def _show_page(self, page: FollowupsPage) -> None:
        self.page = page
        keep = self.view.line.id if self.view is not None else None
        self.rates.setText(
            self.tr("满意率：{0}　　差评按期办结率：{1}　　认定恶意不计入：{2}条").format(
                render(page.rates.satisfaction), render(page.rates.closed_in_time), page.rates.excluded
            )
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(page.lines))
        for row, line in enumerate(page.lines):
            for column, value in enumerate(list_cells(line)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if line.overdue:
                    item.setForeground(OVERDUE)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if page.truncated:
            self.message.setText(
                self.tr("只显示了最早到期的{0}条，请用筛选缩小范围。").format(len(page.lines))
            )
        ids = [line.id for line in page.lines]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self.open_followup(keep)
        else:
            self.view = None
            self.detail.clear()
            self._enable()

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_followup(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def open_followup(self, followup_id: int) -> None:
        self.worker.run(lambda: self.followups.detail(followup_id), self._show_detail, self._failed)

    def _show_detail(self, view: FollowupView) -> None:
        self.view = view
        self.detail.setHtml(detail_html(view))
        self._enable()

    def _enable(self) -> None:
        moves = self.view.moves if self.view is not None else ()
        for move, button in self.buttons.items():
            button.setEnabled(move in moves)
        self.review_button.setEnabled(self.view is not None and self.view.review_pending)

    # -- moves ---------------------------------------------------------------------------------
    def _move(self, work) -> None:
        view = self.view
        self.message.clear()
        self.worker.run(lambda: work(view), lambda _: self._moved(view.line.id), self._failed)

    def _moved(self, followup_id: int) -> None:
        self.message.setText(self.tr("已保存。"))
        self.reload()

    def _can(self, move: FollowupMove) -> bool:
        return self.view is not None and move in self.view.moves

    def ask_assign(self) -> None:
        if not self._can(FollowupMove.ASSIGN):
            return
        self.worker.run(self.followups.people, self._pick_person, self._failed)

    def _pick_person(self, people: tuple[tuple[str, str], ...]) -> None:
        if not people:
            self.message.setText(self.tr("本大厅没有可分派的经办人（大厅管理员或后台审批账号）。"))
            return
        names = [f"{display}（{username}）" for username, display in people]
        chosen, ok = QInputDialog.getItem(self, self.tr("分派"), self.tr("经办人："), names, 0, False)
        if ok:
            self.assign_to(people[names.index(chosen)][0])

    def assign_to(self, username: str) -> None:
        self._move(lambda view: self.followups.assign(view, username))

    def ask_record(self) -> None:
        if not self._can(FollowupMove.RECORD):
            return
        dialog = RecordDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(*dialog.values())

    def record(self, visited_at, method, said: str, remedy: str) -> None:
        self._move(lambda view: self.followups.record(view, visited_at, method, said, remedy))

    def ask_close(self) -> None:
        if not self._can(FollowupMove.CLOSE):
            return
        dialog = ReasonDialog(self.tr("办结"), self.tr("办结说明（可不填）："), 500, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.close_followup(dialog.value())

    def close_followup(self, note: str = "") -> None:
        self._move(lambda view: self.followups.close(view, note))

    def ask_send_back(self) -> None:
        if not self._can(FollowupMove.SEND_BACK):
            return
        dialog = ReasonDialog(self.tr("退回"), self.tr("退回原因（必填）："), 500, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.send_back(dialog.value())

    def send_back(self, reason: str) -> None:
        self._move(lambda view: self.followups.send_back(view, reason))

    def ask_review_decision(self) -> None:
        if self.view is None or not self.view.review_pending:
            return
        dialog = ReviewDialog(self.view.review_reason, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.decide_review(*dialog.values())

    def decide_review(self, decision, note: str) -> None:
        self._move(lambda view: self.followups.decide_review(view, decision, note))

    def save_deadline(self) -> None:
        days = self.deadline.value()
        self.worker.run(lambda: self.followups.set_deadline_days(days), self._deadline_saved, self._failed)

    def _deadline_saved(self, days: int) -> None:
        self.deadline.setValue(days)
        self.message.setText(self.tr("整改期限已设为{0}个工作日，此后新开的差评回访按此计算。").format(days))

    def _failed(self, error: ServiceError) -> None:
        self.message.setText(describe(error))

    def stop(self) -> None:
        self.worker.stop()
