"""办不成事 (Ctrl+9): the reports the hall's 办不成事 反映窗口 took, followed up to their close.

Top, the counts (待分派, 办理中, 已答复待审核, 已超期, and those closed in the last days chosen
with Alt+D). The list (Alt+L; overdue ones in red, names and phones masked): Enter opens the
report under it (a read the server audits, so rows passed over are not read). The moves its
state allows: 分派 Ctrl+G, 记录解决情况与答复 Ctrl+R, 办结 Ctrl+E, 退回重办 Ctrl+B, each in a
form that stays open until the server took it (move_dialogs.py). A move refused because the
report changed meanwhile (409) reads the list and the report again. F5 refreshes; so does a
"change" from the hall's stream, and a minute's timer while the tab is shown (deadlines pass).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.unresolved_reports import ReportMove, ReportMoveError, next_state
from app.services.errors import ServiceError
from app.services.manager.unresolved import CLOSED_DAYS, ReportLine, ReportRefused, ReportsPage, ReportView
from ui.manager.unresolved.cells import counts_text, detail_html
from ui.manager.unresolved.move_dialogs import (
    AnswerDialog,
    AssignDialog,
    CloseDialog,
    MoveDialog,
    SendBackDialog,
)
from ui.manager.unresolved.report_list import ReportList
from ui.messages import describe
from ui.worker import Worker

REFRESH_MS = 60_000
translate = QCoreApplication.translate


class UnresolvedTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = services.unresolved
        self.worker = Worker(self)
        self.page: ReportsPage | None = None
        self.view: ReportView | None = None
        self.forms: dict[tuple[ReportMove, str], MoveDialog] = {}  # kept with what was typed
        self._poke_waiting = False
        self._build()
        self._keys()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.worker.busy_changed.connect(self._busy)
        services.pokes.poked.connect(self._poked)
        self.reload()

    def _build(self) -> None:
        title = QLabel(translate("UnresolvedTab", "办不成事反映"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.closed_days = QSpinBox(self)
        self.closed_days.setRange(1, 366)
        self.closed_days.setValue(CLOSED_DAYS)
        self.closed_days.setSuffix(translate("UnresolvedTab", " 天"))
        self.closed_days.editingFinished.connect(self._days_chosen)
        days_label = QLabel(translate("UnresolvedTab", "列出已办结的近（&D）"), self)
        days_label.setBuddy(self.closed_days)
        self.reload_button = QPushButton(translate("UnresolvedTab", "刷新 (F5)"), self)
        self.reload_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addWidget(self.counts, 1)
        for widget in (days_label, self.closed_days, self.reload_button):
            bar.addWidget(widget)

        self.list = ReportList(self)
        self.table = self.list.table
        self.list.open_wanted.connect(self.open_current)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.buttons = {
            ReportMove.ASSIGN: QPushButton(translate("UnresolvedTab", "分派 (Ctrl+G)"), self),
            ReportMove.ANSWER: QPushButton(translate("UnresolvedTab", "记录解决情况与答复 (Ctrl+R)"), self),
            ReportMove.CLOSE: QPushButton(translate("UnresolvedTab", "办结 (Ctrl+E)"), self),
            ReportMove.SEND_BACK: QPushButton(translate("UnresolvedTab", "退回重办 (Ctrl+B)"), self),
        }
        for move, button in self.buttons.items():
            button.clicked.connect(lambda _=False, move=move: self.ask(move))
        actions = QVBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setSizes([330, 300])
        split.setChildrenCollapsible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)  # Ctrl+9 lands on the list
        self._enable()

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+G", lambda: self.ask(ReportMove.ASSIGN)),
            ("Ctrl+R", lambda: self.ask(ReportMove.ANSWER)),
            ("Ctrl+E", lambda: self.ask(ReportMove.CLOSE)),
            ("Ctrl+B", lambda: self.ask(ReportMove.SEND_BACK)),
            ("F5", self.reload),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()  # by itself every minute, only while the manager looks at it

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def reload(self) -> None:
        days = self.closed_days.value()
        self.worker.run(lambda: self.desk.page(days), self._show_page, self._failed)

    def _days_chosen(self) -> None:
        # editingFinished also comes when the focus merely leaves the field: only a change reloads
        if self.page is None or self.page.counts.closed_days != self.closed_days.value():
            self.reload()

    def _poked(self, kind: str) -> None:
        if kind not in ("change", "hello"):
            return
        if self.worker.is_idle():
            self.reload()
        else:
            self._poke_waiting = True  # a busy hall pokes often: one more load after this one

    def _busy(self, busy: bool) -> None:
        self.reload_button.setEnabled(not busy)
        if not busy and self._poke_waiting:
            self._poke_waiting = False
            self.reload()

    def _show_page(self, page: ReportsPage) -> None:
        self.page = page
        self.counts.setText(counts_text(page.counts))
        self.list.show_lines(page.lines)
        shown = self.view
        if shown is None:
            return
        now = next((line for line in page.lines if line.id == shown.line.id), None)
        if now is None:  # closed longer ago than the days listed
            self._show_view(None)
        elif now.version != shown.version:  # moved meanwhile (here or elsewhere): read it again
            self.open_report(now.id)
        else:
            self.list.select(now.id)

    def open_current(self) -> None:
        line = self.list.current()
        if line is not None:
            self.open_report(line.id)

    def open_report(self, report_id: str) -> None:
        self.worker.run(lambda: self.desk.detail(report_id), self._show_view, self._failed)

    def _show_view(self, view: ReportView | None) -> None:
        self.view = view
        if view is None:
            self.detail.clear()
        else:
            self.detail.setHtml(detail_html(view))
            self.list.select(view.line.id)
        self._enable()

    def _enable(self) -> None:
        moves = self.view.moves if self.view is not None else ()
        for move, button in self.buttons.items():
            button.setEnabled(move in moves)

    # -- moves -----------------------------------------------------------------------------------
    def ask(self, move: ReportMove) -> None:
        """The form of `move` for the report open (the one put aside, if it was)."""
        view = self.view
        if view is None or move not in view.moves:
            return
        key = (move, view.line.id)
        form = self.forms.get(key)
        if form is not None:
            form.open()
            return
        if move is ReportMove.ASSIGN:
            self.worker.run(self.desk.people, lambda people: self._open_form(key, people), self._failed)
        else:
            self._open_form(key, ())

    def _open_form(self, key: tuple[ReportMove, str], people: tuple[tuple[str, str], ...]) -> None:
        move, view = key[0], self.view
        if view is None or view.line.id != key[1]:
            return  # another report was opened while the people were read
        if move is ReportMove.ASSIGN:
            form: MoveDialog = AssignDialog(people, view.line.assignee, self)
        elif move is ReportMove.ANSWER:
            form = AnswerDialog(self.desk.today(), self)
        elif move is ReportMove.SEND_BACK:
            form = SendBackDialog(self)
        else:
            summary = translate("UnresolvedTab", "办结{0}的反映？办结后不再改动。").format(view.name)
            form = CloseDialog(summary, self)
        form.wanted.connect(lambda: self._send(key, form))
        self.forms[key] = form
        form.open()

    def _send(self, key: tuple[ReportMove, str], form: MoveDialog) -> None:
        move, view = key[0], self.view
        if view is None or view.line.id != key[1]:
            return
        try:
            next_state(view.line.state, move)  # the report as read again after a 409 may not allow it
        except ReportMoveError as exc:
            form.refused(ReportRefused(exc.message))
            return
        desk = self.desk
        work = {
            ReportMove.ASSIGN: lambda: desk.assign(view, form.assignee()),
            ReportMove.ANSWER: lambda: desk.answer(view, form.answer()),
            ReportMove.CLOSE: lambda: desk.close(view),
            ReportMove.SEND_BACK: lambda: desk.send_back(view, form.reason.toPlainText()),
        }[move]
        self.worker.run(work, lambda line: self._moved(key, line), lambda e: self._refused(form, e))

    def _moved(self, key: tuple[ReportMove, str], line: ReportLine) -> None:
        form = self.forms.pop(key, None)
        if form is not None:
            form.accept()
            form.deleteLater()
        self.message.setText(
            translate("UnresolvedTab", "已保存：现为“{0}”。").format(translate("messages", line.state.label))
        )
        self.open_report(line.id)
        self.reload()
        self.table.setFocus()

    def _refused(self, form: MoveDialog, error: ServiceError) -> None:
        note = ""
        if isinstance(error, ReportRefused) and error.stale and self.view is not None:
            note = translate("UnresolvedTab", "已重新读取这条反映，请看清现在的情况后再决定。")
            self.open_report(self.view.line.id)
            self.reload()
        form.refused(error, note)
        self.message.setText(describe(error))

    def _failed(self, error: ServiceError) -> None:
        self.message.setText(describe(error))

    def stop(self) -> None:
        self.timer.stop()
        for form in self.forms.values():
            form.reject()
        self.worker.stop()
