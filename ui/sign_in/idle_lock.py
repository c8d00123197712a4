"""The workbench locks itself: after the hall's idle minutes, or at once with Ctrl+Alt+L.

A clerk called away from the counter leaves the last applicant's record on screen for whoever
sits down next. Locking puts the sign-in screen in the workbench's place with the clerk's name
fixed: only their password (checked online, or offline against the cached hash, with the same
lock-out after repeated failures) brings the workbench back as it was — the draft, the tab, the
field that had the focus. Every other window of the workbench (查找办件, the sync panel) hides
with it. 换人登录 on the locked screen signs the clerk out instead (their draft is saved).

Activity is a key or mouse press, a wheel turn or a touch anywhere in the program; a barcode
scanner typing counts, a card read does not (it is not the clerk at the keyboard).
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.security_defaults import IDLE_LOCK_MINUTES

log = logging.getLogger(__name__)
LOCK_KEY = "Ctrl+Alt+L"  # like the desktop's own lock keys (Win+L; Ctrl+Alt+L on many desktops)
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` once the program has seen no activity for ``interval_ms``."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, minutes: int = IDLE_LOCK_MINUTES) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # what is left can be told exactly
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._watching = False

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, interval: int) -> None:
        running = self.timer.isActive()
        self.timer.setInterval(interval)
        if running:
            self.timer.start()

    def start(self) -> None:
        """Wait from now; every key and click of the program's starts the wait again. The filter
        sees every event of the program, so it is in place only while someone is signed in."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # from now again
        return False


class WorkbenchLock(QObject):
    """The main window's lock: what was hidden and focused, to bring back on unlock."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.watch = IdleWatch(self)
        self.watch.idle.connect(self.lock)
        self.locked_user = None  # the SignedInUser who locked (None: not locked)
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None

    @property
    def locked(self) -> bool:
        return self.locked_user is not None

    def signed_in(self) -> None:
        self.watch.start()

    def lock(self) -> None:
        """Hide the workbench behind the locked sign-in screen (nothing happens when nobody is
        signed in, or it is locked already)."""
        window = self._window
        if self.locked or window.user is None or window.signed_out:
            return
        self.watch.stop()
        self.locked_user = window.user
        self._focus = QApplication.focusWidget()
        if window.intake.case is not None and window.intake.case.editable:
            window.intake.save_applicant()  # a lock may turn into 换人登录: nothing typed is lost
        self._hidden = [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
        for w in self._hidden:
            w.hide()
        window.status.clearMessage()  # a message may name the applicant just served
        window.activateWindow()  # a hidden dialog had the keyboard: the password field takes it
        window.show_locked(self.locked_user)
        log.info("workbench locked")

    def unlocked(self) -> None:
        """The clerk who locked signed in again: their windows and focus come back."""
        for w in self._hidden:
            w.show()
        focus, self._hidden, self._focus, self.locked_user = self._focus, [], None, None
        self._window.activateWindow()
        if focus is not None:
            with contextlib.suppress(RuntimeError):  # the widget went away while locked
                focus.setFocus()
        self.watch.start()
        log.info("workbench unlocked")

    def release(self) -> None:
        """换人登录 or sign-out: the lock ends without its clerk; their windows stay hidden."""
        for w in self._hidden:
            w.close()
        self._hidden, self._focus, self.locked_user = [], None, None
        self.watch.stop()
