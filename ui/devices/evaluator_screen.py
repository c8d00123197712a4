"""The on-screen evaluator (`screen://2`): a touch window on the applicant's monitor.

It is the same Evaluator as the serial pad: `ask(request, timeout)` blocks a device thread while
the window, which lives on the GUI thread, shows the question; the two meet through queued
signals and a threading.Event, so no widget is ever touched off the GUI thread.

The screen shows five equal buttons in a row, nothing selected, nothing focused, no colour that
favours one (the clerk must not hint, and neither may we). 不满意 and 非常不满意 lead to the reason
codes and an optional line of text; then a thank-you. When nobody answers in time the window
closes and the answer is None: nothing is recorded.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.ratings import BAD_REASONS, INDICATORS, LEVELS, MAX_COMMENT, is_bad
from drivers.device import BackendSupport, DeviceError, DeviceState, DeviceStatus, parse_device_url
from drivers.evaluator.base import Rating, RatingCallback, RatingRequest

THANKS_MS = 2500
GRACE = 2.0  # the asking thread waits this much longer than the window stays open


class EvaluatorWindow(QWidget):
    answered = Signal(str, object)  # rating id, Rating or None

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("EvaluatorWindow")
        self.setWindowTitle(self.tr("请您评价本次服务"))
        self.request: RatingRequest | None = None
        self.level = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.finish(None))
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.timeout.connect(self.hide)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._levels_page())
        self.pages.addWidget(self._reasons_page())
        self.thanks = QLabel(self.tr("感谢您的评价！"), self)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setStyleSheet("font-size: 40px;")
        self.pages.addWidget(self.thanks)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # sizes in the window's own style sheet: the workbench's sheet (min-height 20px for every
        # button) would otherwise win over setMinimumSize and shrink the touch targets
        self.setStyleSheet(
            "QPushButton#Level { min-height: 120px; min-width: 150px; font-size: 28px; }"
            "QPushButton#Reason { min-height: 64px; min-width: 150px; font-size: 18px; }"
            "QPushButton#Step { min-height: 80px; min-width: 180px; font-size: 24px; }"
        )
        self.resize(1024, 600)

    def _big(self, text: str, parent: QWidget, kind: str = "Step") -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(kind)  # Level, Reason or Step: its size in the window's style sheet
        # touch only: no focus ring and no default button, so nothing looks pre-selected
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        return button

    def _levels_page(self) -> QWidget:
        page = QWidget(self)
        self.subject = QLabel(page)
        self.subject.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subject.setStyleSheet("font-size: 22px;")
        ask = QLabel(self.tr("请您对本次服务作出评价"), page)
        ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ask.setStyleSheet("font-size: 34px;")
        row = QHBoxLayout()
        self.level_buttons: dict[int, QPushButton] = {}
        for level in sorted(LEVELS, reverse=True):
            button = self._big(QCoreApplication.translate("messages", LEVELS[level]), page, "Level")
            button.clicked.connect(lambda _=False, lv=level: self.choose(lv))
            self.level_buttons[level] = button
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.subject)
        layout.addWidget(ask)
        layout.addLayout(row)
        return page

    def _reasons_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("请选择不满意的方面和原因（可多选）"), page)
        title.setStyleSheet("font-size: 26px;")
        grid = QGridLayout()
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, (code, name) in enumerate({**INDICATORS, **BAD_REASONS}.items()):
            button = self._big(QCoreApplication.translate("messages", name), page, "Reason")
            button.setCheckable(True)
            button.toggled.connect(self._reasons_changed)
            self.reason_buttons[code] = button
            grid.addWidget(button, i // 4, i % 4)
        self.text = QLineEdit(page)
        self.text.setMaxLength(MAX_COMMENT)
        self.text.setPlaceholderText(self.tr("您还想说的话（可不填）"))
        self.text.setStyleSheet("font-size: 20px;")
        self.back = self._big(self.tr("返回"), page)
        self.back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.submit = self._big(self.tr("提交评价"), page)
        self.submit.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        return page

    # -- a question ------------------------------------------------------------------------------
    def show_question(self, request: RatingRequest, timeout: float, screen_number: int) -> None:
        self.request, self.level = request, 0
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self.text.clear()
        self._reasons_changed()
        self.subject.setText(
            self.tr("办件 {0}    {1}  {2}").format(request.case_number, request.window, request.clerk)
        )
        self.pages.setCurrentIndex(0)
        self._close_timer.stop()
        self._timer.start(int(timeout * 1000))
        place_on_screen(self, screen_number)

    def choose(self, level: int) -> None:
        if self.request is None:
            return
        self.level = level
        if is_bad(level):
            self.pages.setCurrentIndex(1)
        else:
            self.finish(Rating(self.request.rating_id, level))

    def _reasons_changed(self, *_args) -> None:
        self.submit.setEnabled(any(b.isChecked() for b in self.reason_buttons.values()))

    def _submit(self) -> None:
        reasons = tuple(code for code, b in self.reason_buttons.items() if b.isChecked())
        if self.request is None or not reasons:
            return
        self.finish(Rating(self.request.rating_id, self.level, reasons, self.text.text().strip()))

    def finish(self, rating: Rating | None) -> None:
        """End the question once: with a rating (thanks, then close) or None (close at once)."""
        request, self.request = self.request, None
        self._timer.stop()
        if request is None:
            return
        if rating is None:
            self.hide()
        else:
            self.pages.setCurrentIndex(2)
            self._close_timer.start(THANKS_MS)
        self.answered.emit(request.rating_id, rating)

    def cancel(self, rating_id: str) -> None:
        if self.request is not None and self.request.rating_id == rating_id:
            self.finish(None)


def place_on_screen(window: QWidget, number: int) -> None:
    """Full screen on monitor `number` (1-based); a plain window when that monitor is not there."""
    screens = QGuiApplication.screens()
    if number >= 2 and len(screens) >= number:
        screen = screens[number - 1]
        window.setScreen(screen)
        window.move(screen.geometry().topLeft())
        window.showFullScreen()
    else:
        window.showNormal()
    window.raise_()


class ScreenEvaluator(QObject):
    """The Evaluator interface over EvaluatorWindow. Create it anywhere; it moves to the GUI thread."""

    _show = Signal(object, float)
    _cancel = Signal(str)
    _close = Signal()

    def __init__(self, url: str, screen_number: int) -> None:
        super().__init__()
        self.url = url
        self.screen_number = screen_number
        self.window: EvaluatorWindow | None = None
        self._waiting: dict[str, RatingCallback] = {}
        self._lock = threading.Lock()
        app = QCoreApplication.instance()
        if app is None:
            raise DeviceError("屏幕评价器需要图形界面。", "needs_gui")
        if self.thread() is not app.thread():
            self.moveToThread(app.thread())  # the window must be made and shown on the GUI thread
        queued = Qt.ConnectionType.QueuedConnection
        self._show.connect(self._on_show, queued)
        self._cancel.connect(self._on_cancel, queued)
        self._close.connect(self._on_close, queued)

    def ask(self, request: RatingRequest, timeout: float) -> Rating | None:
        if QThread.currentThread() is self.thread():
            why = "程序错误：屏幕评价器不能在界面线程上等待评价，请使用 ask_async。"
            raise DeviceError(why, "wrong_thread")
        done = threading.Event()
        answer: list = [None, None]

        def got(rating: Rating | None, error: DeviceError | None) -> None:
            answer[:] = [rating, error]
            done.set()

        self.ask_async(request, timeout, got)
        if not done.wait(timeout + GRACE):
            self.cancel(request.rating_id)
            return None
        if answer[1] is not None:
            raise answer[1]
        return answer[0]

    def ask_async(self, request: RatingRequest, timeout: float, callback: RatingCallback) -> None:
        """`callback` is called on the GUI thread, once, when the window has an answer."""
        with self._lock:
            if self._waiting:
                callback(None, DeviceError("评价窗口正在等待上一位申请人评价，请稍后再试。", "busy"))
                return
            self._waiting[request.rating_id] = callback
        self._show.emit(request, float(timeout))

    def cancel(self, rating_id: str) -> None:
        self._cancel.emit(rating_id)

    def status(self) -> DeviceStatus:
        # no Qt call here: the hub polls from a device thread, and the screen list is GUI-thread data
        detail = f"第 {self.screen_number} 个显示器；没有该显示器时以窗口显示"
        return DeviceStatus(DeviceState.READY, "就绪", detail)

    def close(self) -> None:
        self._close.emit()

    @Slot(object, float)
    def _on_show(self, request: RatingRequest, timeout: float) -> None:
        if self.window is None:
            self.window = EvaluatorWindow()
            self.window.answered.connect(self._answered)
        self.window.show_question(request, timeout, self.screen_number)

    @Slot(str)
    def _on_cancel(self, rating_id: str) -> None:
        if self.window is not None:
            self.window.cancel(rating_id)

    @Slot()
    def _on_close(self) -> None:
        if self.window is not None:
            if self.window.request is not None:
                self.window.finish(None)
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _answered(self, rating_id: str, rating: Rating | None) -> None:
        with self._lock:
            callback = self._waiting.pop(rating_id, None)
        if callback is not None:
            callback(rating, None)


def open_screen_evaluator(url: str) -> ScreenEvaluator:
    """The factory the GUI program hands to the composition root as "evaluator:screen"."""
    parsed = parse_device_url(url)
    raw = parsed.host or parsed.path.strip("/") or "2"
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"屏幕评价器地址“{url}”应形如 screen://2（第几个显示器）")
    return ScreenEvaluator(url, int(raw))


def support() -> BackendSupport:
    return BackendSupport("screen", "屏幕评价器（第二显示器上的触摸窗口）", True)
