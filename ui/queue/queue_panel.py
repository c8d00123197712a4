"""The queue panel (叫号) of the workbench: the current ticket large, the waiting counts of the
categories this window serves, and a button and a key for every action (ui/queue/keys.py).

Actions run on a worker of the panel's own (one thread, like the use-case worker), so a server
that is slow to answer never holds up the saves of the case being entered, and the case's PDF
rendering never delays a call. A second press while an action is on its way is ignored; a
press after an unanswered one repeats it, and the service reuses its request_id, so the
server hands back the same ticket instead of calling another.

Offline (the server not reached) or standalone, F7 cannot call anyone: the panel says so and
opens the number line at once, so the clerk types the number on the applicant's paper ticket
and serves it (kept in the offline journal, reported when the server answers again).

The waiting counts are fetched every REFRESH_MS and after every sync round (which follows
each poke on the hall's event stream: a ticket taken at the kiosk shows within a round trip).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.queue.views import WindowQueueView
from ui.messages import describe, render
from ui.queue.inline_entry import NUMBER, PAUSE, SERVED, TRANSFER, InlineEntry
from ui.queue.keys import QUEUE_KEYS, button_texts, key_hint
from ui.queue.ticket_card import TicketCard
from ui.theme import ERROR, MUTED, SUCCESS, WARNING
from ui.worker import Worker

REFRESH_MS = 10_000
_BUTTON_ROWS = (
    ("call_next", "recall", "finish", "start_intake"),
    ("ask_number", "no_show", "ask_transfer", "toggle_pause"),
)
_TONES = {"info": "#1f2933", "ok": SUCCESS, "warning": WARNING, "error": ERROR, "muted": MUTED}


class QueuePanel(QWidget):
    called = Signal(object)  # QueueTicket: a call (next or by number) brought it to the window
    start_intake_wanted = Signal(object)  # QueueTicket: 用此号开始收件
    view_changed = Signal(object)  # WindowQueueView, after every answer (the status bar's slot)

    def __init__(self, parent=None, worker: Worker | None = None, *, queue=None) -> None:
        """``queue``: the WindowQueueService (or later, through ``attach``, once it is open)."""
        super().__init__(parent)
        self._queue = queue
        self.worker = worker or Worker(self)
        self.view: WindowQueueView | None = None
        self._acting = ""  # the action on its way ("" none)
        # whether the held ticket got a service (ui/queue/ticket_work.py); None: never asked
        self.served_check: Callable[[], bool] | None = None
        self._refreshing = False
        self._assignments = None  # AssignmentNotice: what the hall manager changed at this window

        self.badge = QLabel(self)
        self.badge.setObjectName("QueueBadge")
        self.card = TicketCard(self)
        self.waiting = QLabel(self)
        self.waiting.setObjectName("Muted")
        self.waiting.setWordWrap(True)
        self.entry = InlineEntry(self)
        self.entry.confirmed.connect(self._entry_confirmed)
        self.entry.cancelled.connect(lambda: self._say(""))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(3)
        texts = button_texts()
        for r, row in enumerate(_BUTTON_ROWS):
            for c, name in enumerate(row):
                button = QPushButton(f"{texts[name]}\n{key_hint(name)}", self)
                button.setToolTip(f"{texts[name]}（{QUEUE_KEYS[name]}）")
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setStyleSheet("QPushButton { padding: 1px 2px; font-size: 9pt; }")
                button.clicked.connect(self.action(name))
                self.buttons[name] = button
                grid.addWidget(button, r, c)
        self.buttons["call_next"].setObjectName("Primary")

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.card, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.waiting)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        self._say("")
        self._show_badge(None)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    # -- wiring ------------------------------------------------------------------------------------
    def action(self, name: str) -> Callable[[], None]:
        """The slot of an action by its name in QUEUE_KEYS (buttons and the window's keys)."""
        return getattr(self, name)

    def attach(self, queue) -> None:
        self._queue = queue

    def watch_assignments(self, notice) -> None:
        """Tell the clerk, at each refresh, what the hall manager changed at this window."""
        self._assignments = notice

    def check_assignments(self) -> None:
        if self._assignments is not None:
            self.worker.run(self._assignments.check, self._assignments_changed, lambda _: None)

    def _assignments_changed(self, said) -> None:
        if said:
            self._say(render(said), "warning")

    def start(self) -> None:
        """The use case is attached: show the window's state and keep it current."""
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self.worker.stop()

    @property
    def queue(self):
        return self._queue

    # -- the actions -------------------------------------------------------------------------------
    def call_next(self) -> None:
        """F7. The held ticket is finished by the call; with no case opened for it, the clerk
        says first whether it was served (it counts in the hall's statistics)."""
        current = self.view.current if self.view is not None else None
        asked = self.served_check is not None and current is not None and self._ready()
        if asked and not self.served_check():
            self.entry.ask_served(current.number)
            # one short line: the panel is narrow, the choice and its keys are on the line above
            self._say(self.tr("{0}号没有打开办件：办结还是未办理？").format(current.number))
            return
        self._act("call_next", self.queue.call_next, self.tr("正在叫号…"))

    def ask_number(self) -> None:
        offline = self.view is not None and not self.view.online
        self.entry.ask_number(offline)
        self._say(self.tr("输入群众号票上的号码，Enter 叫号。") if not offline else self._offline_hint())

    def recall(self) -> None:
        self._act("recall", self.queue.recall, self.tr("正在重呼…"))

    def no_show(self) -> None:
        self._act("no_show", self.queue.no_show, self.tr("正在过号…"))

    def finish(self) -> None:
        self._act("finish", self.queue.finish, self.tr("正在办结…"))

    def ask_transfer(self) -> None:
        if not self._ready():
            return
        if self.view is None or self.view.current is None:
            self._say(self.tr("当前没有叫到的号，无法转移。"), "warning")
            return
        self._acting = "ask_transfer"
        queue = self.queue

        def shown(targets) -> None:
            self._acting = ""
            self.entry.ask_transfer(targets.categories, targets.windows)
            self._say(self.tr("选择转往的业务类别或窗口，Enter 确定。"))

        self.worker.run(queue.transfer_targets, shown, self._failed)

    def toggle_pause(self) -> None:
        if self.view is not None and self.view.paused:
            self._act("resume", self.queue.resume, self.tr("正在恢复叫号…"))
        else:
            self.entry.ask_pause()
            self._say(self.tr("暂停后本窗口不再叫号，Enter 确定。"))

    def start_intake(self) -> None:
        """用此号开始收件: the applicant of the ID swipe goes into the intake (main window)."""
        ticket = self.view.current if self.view is not None else None
        if ticket is None:
            self._say(self.tr("当前没有叫到的号。"), "warning")
            return
        self.start_intake_wanted.emit(ticket)

    def cancel_entry(self) -> bool:
        """Esc: close the number/transfer/pause line; False when it was not open."""
        if self.entry.isVisible():
            self.entry.cancel()
            return True
        return False

    def _entry_confirmed(self, mode: str, value) -> None:
        queue = self.queue
        if mode == NUMBER:
            self._act("call_number", lambda: queue.call_number(value), self.tr("正在叫{0}号…").format(value))
        elif mode == TRANSFER:
            kind, code = value
            to_category, to_window = (code, "") if kind == "category" else ("", code)
            self._act("transfer", lambda: queue.transfer(to_category, to_window), self.tr("正在转移…"))
        elif mode == PAUSE:
            self._act("pause", lambda: queue.pause(value), self.tr("正在暂停…"))
        elif mode == SERVED:
            self.entry.close_entry()
            then_next = queue.call_next if value else queue.not_served_then_next
            self._act("call_next", then_next, self.tr("正在叫号…"))

    # -- running them ------------------------------------------------------------------------------
    def _ready(self) -> bool:
        if self._queue is None:
            return False
        # a second press while the first is on its way (a double press of F7) does nothing
        return not self._acting

    def _act(self, name: str, fn: Callable[[], WindowQueueView], busy_text: str) -> None:
        if not self._ready():
            return
        self._acting = name
        self._say(busy_text, "muted")
        self.worker.run(fn, lambda view: self._answered(name, view), self._failed)

    def _answered(self, name: str, view: WindowQueueView) -> None:
        self._acting = ""
        before = self.view.current if self.view is not None else None
        self.show_view(view)
        if name in ("call_number", "transfer", "pause"):
            self.entry.close_entry()
        if name == "call_next" and not view.online:
            self.entry.ask_number(offline=True)  # no clerk waits: the paper ticket, at once
        if name == "call_number" and not view.online:
            self.entry.close_entry()
        if name in ("call_next", "call_number") and view.current is not None and view.current != before:
            self.called.emit(view.current)

    def _failed(self, error) -> None:
        self._acting = ""
        self._say(describe(error), "error")
        self.entry.keep_for_correction()

    def refresh(self) -> None:
        """Fetch the window's state (waiting counts); skipped while an action is on its way."""
        if self._queue is None or self._acting or self._refreshing:
            return
        self._refreshing = True

        def done(view) -> None:
            self._refreshing = False
            if not self._acting:
                self.show_view(view, keep_message=True)

        def failed(error) -> None:
            self._refreshing = False

        self.worker.run(self.queue.state, done, failed)
        self.check_assignments()

    # -- showing -----------------------------------------------------------------------------------
    def show_view(self, view: WindowQueueView, keep_message: bool = False) -> None:
        self.view = view
        self.card.show_ticket(view.current, view.paused, view.pause_reason)
        counts = [f"{w.prefix} {w.name} {w.waiting}" for w in view.waiting]
        self.waiting.setText(self.tr("等候：{0}").format(" · ".join(counts)) if counts else "")
        self.waiting.setVisible(bool(counts))
        self.buttons["toggle_pause"].setText(
            (self.tr("恢复") if view.paused else self.tr("暂停")) + f"\n{key_hint('toggle_pause')}"
        )
        has_ticket = view.current is not None
        for name in ("recall", "no_show", "finish", "ask_transfer", "start_intake"):
            self.buttons[name].setEnabled(has_ticket)
        self._show_badge(view)
        if view.message:
            tone = "warning" if not view.online and not view.standalone else "info"
            self._say(render(view.message), tone)
        elif not keep_message:
            self._say("")
        self.view_changed.emit(view)

    def _show_badge(self, view: WindowQueueView | None) -> None:
        if view is None:
            text, colour = "", MUTED
        elif view.standalone:
            text, colour = self.tr("单机"), MUTED
        elif not view.online:
            text, colour = self.tr("离线"), WARNING
        elif view.paused:
            text, colour = self.tr("已暂停"), WARNING
        else:
            text, colour = self.tr("在线"), SUCCESS
        if view is not None and view.pending_offline:
            text += self.tr("（待上报{0}）").format(view.pending_offline)
        self.badge.setText(text)
        self.badge.setStyleSheet(f"color: {colour}; font-size: 9pt; font-weight: bold;")
        self.badge.setToolTip(self._offline_hint() if view is not None and not view.online else "")

    def _offline_hint(self) -> str:
        return self.tr(
            "连不上中心服务器：输入群众纸质号票上的号码（如 A012），Enter 叫号；记入本机，联网后自动上报。"
        )

    def _say(self, text: str, tone: str = "info") -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(f"color: {_TONES.get(tone, MUTED)};")

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def slot_text(self) -> tuple[str, str]:
        """What the status bar's 叫号 slot says: (text, tone)."""
        view = self.view
        if view is None:
            return self.tr("—"), "muted"
        current = self.tr(" · 当前 {0}").format(view.current.number) if view.current else ""
        if view.standalone:
            return self.tr("单机 · 纸质号票") + current, "muted"
        if not view.online:
            waiting = self.tr(" · 待上报 {0} 条").format(view.pending_offline) if view.pending_offline else ""
            return self.tr("离线 · 纸质号票") + current + waiting, "warning"
        if view.paused:
            return self.tr("已暂停 · 等候 {0} 人").format(view.total_waiting), "warning"
        return self.tr("在线{0} · 等候 {1} 人").format(current, view.total_waiting), "ok"
