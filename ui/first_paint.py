"""Run something once the window has painted for the first time.

The workbench opens its services (the database, SQLAlchemy, the catalog index) on a worker
thread. Started before the first paint, that thread's imports take the interpreter lock in turns
with the GUI thread that is laying out and painting the window, so the clerk sees the window
later and the services are not ready any sooner (on a 2-core window PC, often later). Started
right after the first paint, the window is there at once and the services open behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window shown minimized, or on a screen that never exposes it, never paints


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once the event loop is done with ``window``'s first paint (at once if it is
    not shown: nothing will paint it)."""
    if not window.isVisible():
        then()
        return
    _FirstPaint(window, then)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)  # the window's own events only, not its children's
        QTimer.singleShot(FALLBACK_MS, self, self._go)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # after the event loop turn that paints the children too and flushes the window
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        self.deleteLater()
        then()
