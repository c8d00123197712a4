"""The hall display's window: dark, high contrast, everything sized from the screen it is on.

It paints the BoardUpdates of app.services.queue.hall_board (delivered through `board_updated`, which
any thread may emit), flashes a new current call a few times, hands each new call to the voice
announcer once, and dims everything under a red banner while the server cannot be reached.
The operator's keys: + / - volume, R how often a call is read out, F11 full screen on/off,
Esc leaves full screen, Ctrl+Q quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.services.queue.hall_board import BoardUpdate
from app.sync.queue_protocol import CallView
from ui.display.calls import latest_calls, still_called
from ui.display.fit import FitLabel, Marquee
from ui.display.panels import CurrentCallPanel, RecentCallsPanel, WaitingPanel, set_flag
from ui.display.settings import DisplaySettings
from ui.display.style import DISPLAY_STYLESHEET, NOTICE_COLOUR
from ui.messages import render

log = logging.getLogger(__name__)

FLASH_TOGGLES = 6  # three flashes
FLASH_MS = 450
OSD_MS = 3000
ANNOUNCED_MEMORY = 500  # call_ids remembered so a call is never read out twice


class DisplayWindow(QWidget):
    board_updated = Signal(object)  # a BoardUpdate; emitted from the board's thread
    sink_trouble = Signal(str)  # from the voice thread: why a call was not heard ("" heard again)

    def __init__(
        self,
        settings: DisplaySettings | None = None,
        announcer=None,
        *,
        hall_name: str = "",
        on_settings: Callable[[DisplaySettings], None] | None = None,
        voice_problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Display")
        self.setWindowTitle(self.tr("大厅叫号屏"))
        self.setStyleSheet(DISPLAY_STYLESHEET)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.settings = settings or DisplaySettings()
        self.announcer = announcer
        self._on_settings = on_settings
        self.voice_problem = voice_problem
        self.sound_problem = ""  # no audio output, or the sink failing (ui/display/sound.py)
        self.last: BoardUpdate | None = None
        self.announced: list[int] = []  # call_ids handed to the announcer, oldest first
        self._clock_offset = timedelta(0)  # server time − this PC's time, from the last board
        self._flashes_left = 0
        self._windows: list[str] = []  # the hall's window names the announcer was given
        self._normal_geometry: QRect | None = None  # where the window was before full screen
        self._build(hall_name)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        self._osd_timer = QTimer(self)
        self._osd_timer.setSingleShot(True)
        self._osd_timer.timeout.connect(self._osd_done)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick_clock)
        self._clock_timer.start()
        self._tick_clock()
        self._osd_done()
        self.board_updated.connect(self.show_update)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, hall_name: str) -> None:
        top = QFrame(self)
        top.setObjectName("TopBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(24, 4, 24, 4)
        bar.setSpacing(16)
        self.hall = FitLabel(
            hall_name or self.tr("大厅叫号屏"), share=0.62, bold=True, align=Qt.AlignmentFlag.AlignLeft
        )
        self.hall.setObjectName("HallName")
        self.status = FitLabel(share=0.5)
        self.status.setObjectName("Status")
        self.osd = FitLabel(share=0.5)
        self.osd.setObjectName("Osd")
        self.clock = FitLabel(share=0.55, align=Qt.AlignmentFlag.AlignRight)
        self.clock.setObjectName("Clock")
        for label, stretch in ((self.hall, 38), (self.status, 15), (self.osd, 17), (self.clock, 30)):
            bar.addWidget(label, stretch)

        self.banner = QFrame(self)
        self.banner.setObjectName("Banner")
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(24, 2, 24, 2)
        self.banner_text = FitLabel(share=0.6, bold=True)
        self.banner_detail = FitLabel(share=0.42)
        banner.addWidget(self.banner_text, 55)
        banner.addWidget(self.banner_detail, 45)
        self.banner.setVisible(False)

        self.current = CurrentCallPanel(self)
        self.recent = RecentCallsPanel(self)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.current, 60)
        middle.addWidget(self.recent, 40)

        self.waiting = WaitingPanel(self)

        notes = QFrame(self)
        notes.setObjectName("Notices")
        row = QHBoxLayout(notes)
        row.setContentsMargins(24, 0, 24, 0)
        row.setSpacing(16)
        self.notice_title = FitLabel(self.tr("公告"), share=0.55, bold=True)
        self.notice_title.setObjectName("NoticeTitle")
        self.notice_title.setVisible(False)  # until a board brings notices
        self.notices = Marquee(notes, NOTICE_COLOUR)
        row.addWidget(self.notice_title, 6)
        row.addWidget(self.notices, 94)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(10)
        layout.addWidget(top, 8)
        layout.addWidget(self.banner, 6)
        layout.addLayout(middle, 62)
        layout.addWidget(self.waiting, 16)
        layout.addWidget(notes, 7)
        self._top = top
        self._notes = notes

    def labels(self) -> list[FitLabel]:
        """Every text on screen (for the layout tests)."""
        top = [self.hall, self.status, self.osd, self.clock, self.notice_title]
        banner = [self.banner_text, self.banner_detail] if self.banner.isVisible() else []
        return [*top, *banner, *self.current.labels(), *self.recent.labels(), *self.waiting.labels()]

    # -- the board ------------------------------------------------------------------------------
    def show_update(self, update: BoardUpdate) -> None:
        self.last = update
        board = update.board
        if board is not None:
            self.hall.setText(board.hall_name)
            calls = latest_calls(list(board.calls))
            if calls and still_called(calls[0], list(board.windows)):
                self.current.show_call(calls[0])
                calls = calls[1:]
            else:  # nobody called yet, or the window has finished with the last one called
                self.current.show_waiting(self.tr("请留意叫号"), self.tr("叫到您的号码时，请到所示窗口办理"))
            self.recent.show_calls(calls)
            self.waiting.show_waiting(list(board.waiting))
            self.notices.set_notices(list(board.notices))
            self.notice_title.setVisible(bool(board.notices))
            self._tell_windows([w.window for w in board.windows])
            if update.connection.connected:
                self._clock_offset = board.server_time - datetime.now(board.server_time.tzinfo)
        self._show_connection(update)
        if update.flash and update.connection.connected:
            self._start_flash()
        for call in update.new_calls:
            self._announce(call)
        self._tick_clock()

    def _show_connection(self, update: BoardUpdate) -> None:
        connection = update.connection
        if connection.connected:
            self.banner.setVisible(False)
            self.status.setText(self.tr("● 已连接"))
            self._set_status_tone("ok")
            self._dim(False)
            return
        self._stop_flash()  # nothing flashes while the picture may be out of date
        self._dim(update.board is not None)
        if update.board is None:
            # never connected yet: the reason is the whole message, shown where the call would be
            self.current.show_waiting(self.tr("正在连接中心服务器…"), render(connection.problem))
            self.status.setText(self.tr("● 连接中"))
            self._set_status_tone("warn")
            return
        since = connection.since.strftime("%H:%M") if connection.since else ""
        text = self.tr("连接中断，正在重新连接…")
        self.banner_text.setText(self.tr("{0}（{1}起）").format(text, since) if since else text)
        self.status.setText(self.tr("● 连接中断"))
        self._set_status_tone("bad")
        self.banner_detail.setText(render(connection.problem))
        self.banner.setVisible(True)

    def _set_status_tone(self, tone: str) -> None:
        if self.status.property("tone") != tone:
            self.status.setProperty("tone", tone)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _dim(self, dim: bool) -> None:
        """While the server is away the picture may be out of date: all of it is greyed."""
        self.current.set_state(dim=dim)
        set_flag(self.recent, "dim", dim)
        set_flag(self.waiting, "dim", dim)

    @property
    def dimmed(self) -> bool:
        return bool(self.current.property("dim"))

    # -- flashing -------------------------------------------------------------------------------
    def _start_flash(self) -> None:
        self._flashes_left = FLASH_TOGGLES
        self.current.set_state(flash=True)
        self._flash_timer.start()

    def _flash_step(self) -> None:
        self._flashes_left -= 1
        if self._flashes_left <= 0:
            self._stop_flash()
            return
        self.current.set_state(flash=self._flashes_left % 2 == 0)

    def _stop_flash(self) -> None:
        self._flash_timer.stop()
        self._flashes_left = 0
        self.current.set_state(flash=False)

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    # -- voice ----------------------------------------------------------------------------------
    def _announce(self, call: CallView) -> None:
        if call.call_id in self.announced:  # once per call_id, whatever the board says
            return
        self.announced = [*self.announced[-(ANNOUNCED_MEMORY - 1) :], call.call_id]
        if self.announcer is None:
            return
        try:
            self.announcer.announce(call.number, call.window)
        except Exception as exc:  # a sound card or a window name it cannot say: the board goes on
            log.warning("call %s not announced: %s: %s", call.number, type(exc).__name__, exc)

    def _tell_windows(self, names: list[str]) -> None:
        """The hall's windows, in order: the announcer numbers those whose names have none."""
        if self.announcer is None or names == self._windows:
            return
        self._windows = names
        try:
            self.announcer.set_windows(names)
        except Exception:
            log.exception("the hall's windows were not given to the announcer")

    def _apply_settings(self, settings: DisplaySettings, message: str) -> None:
        self.settings = settings
        if self.announcer is not None:
            try:
                self.announcer.set_volume(settings.volume)
                self.announcer.set_repeat(settings.repeat)
            except Exception:
                log.exception("voice settings not applied")
        if self._on_settings is not None:
            self._on_settings(settings)
        self.osd.setText(message)
        self._osd_timer.start(OSD_MS)

    def set_sound_problem(self, text: str) -> None:
        self.sound_problem = text
        if not self._osd_timer.isActive():  # a volume message finishes its seconds first
            self._osd_done()

    def _osd_done(self) -> None:
        """The top bar's message slot, between the operator's key messages: why the hall
        hears nothing, if it does not."""
        problem = self.voice_problem or self.sound_problem
        self.osd.setText(problem)
        set_flag(self.osd, "warn", bool(problem))

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Q and mods & Qt.KeyboardModifier.ControlModifier:
            self.close()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            louder = self.settings.louder()
            self._apply_settings(louder, self.tr("音量 {0}%").format(louder.volume))
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            quieter = self.settings.quieter()
            self._apply_settings(quieter, self.tr("音量 {0}%").format(quieter.volume))
        elif key == Qt.Key.Key_R:
            again = self.settings.next_repeat()
            self._apply_settings(again, self.tr("每次叫号播报 {0} 遍").format(again.repeat))
        elif key == Qt.Key.Key_F11:
            self.set_full_screen(not self.isFullScreen())
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.set_full_screen(False)
        else:
            super().keyPressEvent(event)

    def set_full_screen(self, on: bool) -> None:
        if on:
            if not self.isFullScreen():
                self._normal_geometry = self.geometry()
            # many display PCs boot into a bare X session: with no window manager to honour
            # "full screen", the window must cover the screen by itself
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.showFullScreen()
            self.setCursor(Qt.CursorShape.BlankCursor)  # nobody uses a mouse on a hall display
        else:
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
            self.unsetCursor()

    # -- clock ----------------------------------------------------------------------------------
    def _tick_clock(self) -> None:
        now = datetime.now().astimezone() + self._clock_offset
        weekdays = (
            self.tr("星期一"),
            self.tr("星期二"),
            self.tr("星期三"),
            self.tr("星期四"),
            self.tr("星期五"),
            self.tr("星期六"),
            self.tr("星期日"),
        )
        self.clock.setText(
            self.tr("{0}月{1}日 {2} {3}").format(
                now.month, now.day, weekdays[now.weekday()], now.strftime("%H:%M:%S")
            )
        )

    def closeEvent(self, event) -> None:
        self._clock_timer.stop()
        self._flash_timer.stop()
        super().closeEvent(event)
