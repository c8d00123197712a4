"""The kiosk window: one screen of pages, the use cases on a worker thread, nothing needing a mouse.

Pages: the categories (with the green channel / serviceman toggles, ID swipe and appointment
check-in), the swipe prompt, the appointment keypad, a busy page, the result with the number very
large (back to the start after RESULT_SECONDS or a tap) and refusals in large text. The top bar
shows the hall, the time and whether the kiosk is online or issuing offline. While offline the
service is asked again every OFFLINE_RETRY_MS; the first answer reconciles the offline tickets.

Operator keys (a keyboard under the counter): Esc back to the start, F5 refresh now, 1–9 the
n-th category, Ctrl+Shift+Q quit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.domain.masking import mask_name
from app.domain.tickets import PriorityClass
from app.services.kiosk.offline import BlockExhausted
from app.services.kiosk.service import KioskService, KioskState, TicketRefused
from app.sync.queue_protocol import ApplicantCard
from ui.kiosk.card_reader import KioskCardReader
from ui.kiosk.pages import AppointmentPage, MessagePage, ResultPage, StartPage, SwipePage, label
from ui.kiosk.style import kiosk_stylesheet
from ui.messages import describe, render
from ui.worker import Worker

RESULT_SECONDS = 10
MESSAGE_SECONDS = 8
IDLE_SECONDS = 60  # a swipe, the keypad or a card left unused this long goes back to the start
OFFLINE_RETRY_MS = 5000
ONLINE_REFRESH_MS = 15000


class KioskWindow(QWidget):
    def __init__(
        self,
        service: KioskService,
        card_reader: KioskCardReader | None = None,
        startup: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("Kiosk")
        self.setWindowTitle(self.tr("取号机"))
        self._scale = 1.0
        self.setStyleSheet(kiosk_stylesheet())
        self.service = service
        self.reader = card_reader
        self._startup = startup
        self.worker = Worker(self)
        self.card: ApplicantCard | None = None
        self.state: KioskState | None = None
        self._categories: tuple = ()
        self._build()
        self._back_timer = QTimer(self, singleShot=True)
        self._back_timer.timeout.connect(self.go_home)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self._tick()
        if self.reader is not None:
            self.reader.card_read.connect(self._card_read)
            self.reader.unreadable.connect(self._card_unreadable)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget()
        bar.setObjectName("TopBar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(28, 10, 28, 10)
        self.hall = QLabel(self.tr("取号机"))
        self.hall.setObjectName("Hall")
        self.status = QLabel(self.tr("正在连接服务器…"))
        self.status.setObjectName("Status")
        self.status.setProperty("tone", "pending")
        self.clock = QLabel()
        self.clock.setObjectName("Clock")
        top.addWidget(self.hall, 1)
        top.addWidget(self.status)
        top.addSpacing(24)
        top.addWidget(self.clock)
        layout.addWidget(bar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.start_page = StartPage()
        self.swipe_page = SwipePage()
        self.appointment_page = AppointmentPage()
        self.busy_page = QWidget()
        QVBoxLayout(self.busy_page).addWidget(label(self.tr("正在取号，请稍候…"), "Title"))
        self.result_page = ResultPage()
        self.message_page = MessagePage()
        for page in (self.start_page, self.swipe_page, self.appointment_page, self.busy_page,
                     self.result_page, self.message_page):  # fmt: skip
            self.stack.addWidget(page)
        self.start_page.category_chosen.connect(self.take)
        self.start_page.swipe_requested.connect(self._show_swipe)
        self.start_page.appointment_requested.connect(self._show_appointment)
        self.start_page.forget_card.connect(self.go_home)
        self.swipe_page.back.connect(self.go_home)
        self.swipe_page.simulate.connect(self._simulate_swipe)
        self.appointment_page.back.connect(self.go_home)
        self.appointment_page.submit.connect(self.check_in)
        self.result_page.done.connect(self.go_home)
        self.message_page.back.connect(self.go_home)
        self.swipe_page.simulate_button.setVisible(bool(self.reader and self.reader.simulated))
        self.message_page.show_message(self.tr("取号机正在启动"), self.tr("正在连接服务器，请稍候…"), False)
        self.stack.setCurrentWidget(self.message_page)

    # -- life ---------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the card reader and fetch the hall (after `startup`: the demo's server, enrolment)."""
        if self.reader is not None:
            self.reader.start()
        startup, service = self._startup, self.service

        def first() -> KioskState:
            if startup is not None:
                startup()
            return service.refresh()

        self.worker.run(first, self._show_state, self._start_failed)

    def stop(self) -> None:
        for timer in (self._back_timer, self._refresh_timer, self._clock_timer):
            timer.stop()
        if self.reader is not None:
            self.reader.stop()
        self.worker.stop()

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        # 1366×768 is the design size; a 1920×1080 screen gets everything 1.4 times as large
        size = event.size()
        scale = round(max(1.0, min(size.width() / 1366, size.height() / 768, 2.0)), 1)
        if scale != self._scale:
            self._scale = scale
            self.setStyleSheet(kiosk_stylesheet(scale))
        super().resizeEvent(event)

    def refresh(self) -> None:
        if self.worker.is_idle():  # a press in progress is served first; the timer comes again
            self.worker.run(self.service.refresh, self._show_state, lambda _e: None)

    # -- the pages --------------------------------------------------------------------------------
    def go_home(self) -> None:
        self._back_timer.stop()
        self.card = None  # the applicant's data leaves the screen with the applicant
        self.start_page.reset()
        self.appointment_page.code.clear()
        if self.state is not None and not self.state.configured:
            self._show_unconfigured(self.state)
            return
        self.stack.setCurrentWidget(self.start_page)

    def _show_swipe(self) -> None:
        self.stack.setCurrentWidget(self.swipe_page)
        self._back_timer.start(IDLE_SECONDS * 1000)

    def _show_appointment(self) -> None:
        self.stack.setCurrentWidget(self.appointment_page)
        self.appointment_page.reset()
        self._back_timer.start(IDLE_SECONDS * 1000)

    def _simulate_swipe(self) -> None:
        if self.reader is not None:
            self.reader.simulate_swipe()

    def _busy(self) -> bool:
        return self.stack.currentWidget() is self.busy_page

    # -- use cases --------------------------------------------------------------------------------
    def take(self, category: str) -> None:
        if self._busy():
            return
        service, priority, card = self.service, self.start_page.priority(), self.card
        self._run(lambda: service.take_ticket(category, priority=priority, applicant=card))

    def check_in(self, code: str = "", card: ApplicantCard | None = None) -> None:
        if self._busy():
            return
        if not code.strip() and card is None:
            self._refused(TicketRefused(self.tr("请输入预约码，或刷预约时登记的身份证。"), "no_appointment"))
            return
        service = self.service
        self._run(lambda: service.check_in(code=code, applicant=card))

    def _run(self, fn) -> None:
        self._back_timer.stop()
        self.stack.setCurrentWidget(self.busy_page)
        service = self.service
        self.worker.run(lambda: (fn(), service.state()), self._issued, self._refused)

    def _issued(self, result) -> None:
        ticket, state = result
        self._show_state(state, stay=True)
        page = self.result_page
        page.number.setText(ticket.number)
        mark = "" if ticket.priority is PriorityClass.NONE else f"（{render(ticket.priority.label)}）"
        page.category.setText(f"{ticket.category_name}{mark}")
        page.message.setText(render(ticket.message))
        wait = (
            self.tr("预计等待约{0}分钟").format(ticket.wait_minutes)
            if ticket.ahead
            else self.tr("即将叫号，请勿远离")
        )
        page.detail.setText(self.tr("{0} · 取号时间 {1:%H:%M}").format(wait, ticket.issued_at))
        notes = []
        if ticket.offline:
            notes.append(self.tr("网络中断期间离线取号，号码有效，请留意叫号屏幕和语音提示。"))
        notes.append(self.tr("请取走号票。") if ticket.printed else render(ticket.print_message))
        page.note.setText("\n".join(notes))
        page.note.setProperty("tone", "ok" if ticket.printed else "warning")
        page.note.style().unpolish(page.note)
        page.note.style().polish(page.note)
        self.card = None
        self.stack.setCurrentWidget(page)
        self._back_timer.start(RESULT_SECONDS * 1000)

    def _refused(self, error) -> None:
        code = getattr(error, "code", "")
        titles = {
            "category_closed": self.tr("该业务暂停取号"),
            "hall_closed": self.tr("大厅暂停取号"),  # closed, or outside its hours: the text says till when
            "category_full": self.tr("今日号源已满"),
            "already_waiting": self.tr("您已在排队"),
            "no_appointment": self.tr("未找到预约"),
            "offline": self.tr("预约签到暂不可用"),
            "unknown_category": self.tr("该业务不存在"),
        }
        if isinstance(error, BlockExhausted):
            title = self.tr("离线号码已发完")
        else:
            title = titles.get(code, self.tr("暂时无法取号"))
        self.message_page.show_message(title, describe(error))
        self.stack.setCurrentWidget(self.message_page)
        self._back_timer.start(MESSAGE_SECONDS * 1000)
        if isinstance(error, TicketRefused) and code in ("category_closed", "category_full"):
            self.refresh()  # the buttons learn what the server knows

    # -- the card reader --------------------------------------------------------------------------
    def _card_read(self, card: ApplicantCard) -> None:
        current = self.stack.currentWidget()
        if current is self.busy_page or (self.state is not None and not self.state.configured):
            return
        if current is self.appointment_page:
            self.check_in(card=card)
            return
        self.card = card
        self.start_page.show_card(mask_name(card.name))
        self.stack.setCurrentWidget(self.start_page)
        self._back_timer.start(IDLE_SECONDS * 1000)

    def _card_unreadable(self, why: str) -> None:
        if self.stack.currentWidget() in (self.swipe_page, self.start_page, self.appointment_page):
            self.message_page.show_message(self.tr("身份证未能读取"), why)
            self.stack.setCurrentWidget(self.message_page)
            self._back_timer.start(MESSAGE_SECONDS * 1000)

    # -- state --------------------------------------------------------------------------------------
    def _start_failed(self, error) -> None:
        self.message_page.show_message(self.tr("取号机未能启动"), describe(error), False)
        self.stack.setCurrentWidget(self.message_page)
        self._refresh_timer.start(OFFLINE_RETRY_MS)

    def _show_state(self, state: KioskState, stay: bool = False) -> None:
        first = self.state is None
        was_configured = self.state is not None and self.state.configured
        self.state = state
        self.hall.setText(state.hall_name or self.tr("取号机"))
        if state.online:
            text, tone = self.tr("● 联网取号"), "online"
        elif state.configured:
            text, tone = self.tr("● 网络中断 · 离线取号"), "offline"
        else:
            text, tone = self.tr("● 未连接服务器"), "error"
        if state.pending:
            text += self.tr(" · {0}张待上报").format(state.pending)
        self.status.setText(text)
        self.status.setToolTip(render(state.problem))
        self.status.setProperty("tone", tone)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._refresh_timer.start(ONLINE_REFRESH_MS if state.online else OFFLINE_RETRY_MS)
        if state.categories != self._categories:
            self._categories = state.categories
            self.start_page.set_categories(state.categories)
        swipe_ok = self.reader is not None and self.reader.available
        self.start_page.set_enabled_modes(swipe_ok, state.online)
        if not state.configured:
            self._show_unconfigured(state)
        elif not stay and (first or not was_configured):
            self.go_home()

    def _show_unconfigured(self, state: KioskState) -> None:
        self.message_page.show_message(self.tr("暂时无法取号"), render(state.problem), False)
        self.stack.setCurrentWidget(self.message_page)

    def _tick(self) -> None:
        self.clock.setText(QDateTime.currentDateTime().toString("yyyy-MM-dd  HH:mm"))

    # -- operator keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Q and (mods & ctrl_shift) == ctrl_shift:
            self.close()
        elif key == Qt.Key.Key_Escape:
            self.go_home()
        elif key == Qt.Key.Key_F5:
            self.refresh()
        elif self.stack.currentWidget() is self.start_page and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            codes = [c.code for c in self._categories]  # the n-th button, as the screen shows them
            index = key - Qt.Key.Key_1
            if index < len(codes):
                self.take(codes[index])
        elif self.stack.currentWidget() is self.result_page and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_home()
        else:
            super().keyPressEvent(event)
