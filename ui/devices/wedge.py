"""Keyboard-wedge barcode scanners: they type the code fast and press Enter.

A scanner types a case number (24 characters) in a few tens of milliseconds; a person needs
well over 100 ms a key. So a burst of at least MIN_CHARS printable keys, each within MAX_GAP of
the one before, ended by Enter, that parses as a case number, is a scan. The keys of the burst
have already reached the field that had the focus (nothing is held back, so normal typing is
never delayed); when the scan is recognised they are taken back out of that field, the Enter is
eaten, and `scanned` carries the code to whoever routes it (the issuance search).

Only fields whose typing can be taken back are watched: line edits, editable combo boxes, and
widgets that do nothing with letters (buttons, labels, tab bars). Text areas and lists, where a
key may already have done something, are left alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.case_numbers import CaseNumber, CaseNumberError

MIN_CHARS = 8
MAX_GAP = 0.05  # seconds between two keys of one scan
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOD = Qt.KeyboardModifier
_CHORD = _MOD.ControlModifier | _MOD.AltModifier | _MOD.MetaModifier


def case_number_of(text: str) -> str:
    """The case number a scan spells, normalised; '' when it is not one."""
    try:
        return str(CaseNumber.parse(text))
    except CaseNumberError:
        return ""


class WedgeDetector(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        scope: QWidget,
        recognise: Callable[[str], str] = case_number_of,
        clock: Callable[[], float] = time.monotonic,
        *,
        listening: bool = True,
    ) -> None:
        """``listening=False``: the filter goes in at ``listen()``. The app-wide filter sees every
        event of the program (thousands while a window is built and first painted), so the main
        window puts it in once the workbench is ready, when a scan can mean something."""
        super().__init__(scope)  # goes away with its scope, and its event filter with it
        self._scope = scope
        self._recognise = recognise
        self.clock = clock  # replaceable, so tests can type at a chosen pace
        self._chars: list[str] = []
        self._last = 0.0
        self._target: QWidget | None = None
        self._listening = False
        if listening:
            self.listen()

    def listen(self) -> None:
        if not self._listening:
            QApplication.instance().installEventFilter(self)
            self._listening = True

    def reset(self) -> None:
        self._chars.clear()
        self._target = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        # the app-wide filter sees a key once per widget it propagates to: count the first only
        if not isinstance(obj, QWidget) or obj is not QApplication.focusWidget():
            return False
        if not (obj is self._scope or self._scope.isAncestorOf(obj)):
            self.reset()
            return False
        now = self.clock()
        if event.key() in _ENTER and not event.modifiers() & _CHORD:
            return self._ended(obj, now)
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & _CHORD:
            self.reset()
            return False
        if self._chars and (now - self._last > MAX_GAP or obj is not self._target):
            self.reset()
        self._chars.append(text)
        self._last, self._target = now, obj
        return False

    def _ended(self, widget: QWidget, now: float) -> bool:
        burst = "".join(self._chars)
        fast = len(burst) >= MIN_CHARS and now - self._last <= MAX_GAP and widget is self._target
        self.reset()
        if not fast:
            return False
        code = self._recognise(burst)
        if not code or not _take_back(widget, burst):
            return False
        self.scanned.emit(code)
        return True  # the Enter belonged to the scanner, not to the field


def _take_back(widget: QWidget, burst: str) -> bool:
    """Remove the scanner's keys from the field they landed in; False where that is not possible."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
        if widget is None:
            return True  # a plain combo box only jumped to an item: nothing typed to remove
    if isinstance(widget, QLineEdit):
        text, cursor = widget.text(), widget.cursorPosition()
        start = cursor - len(burst)
        if start < 0 or text[start:cursor] != burst:
            return False  # the field changed the keys (upper-casing, a mask): leave it be
        widget.setText(text[:start] + text[cursor:])
        widget.setCursorPosition(start)
        return True
    return not isinstance(widget, QPlainTextEdit | QTextEdit | QAbstractItemView | QAbstractSpinBox)
