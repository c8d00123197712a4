"""Text that fills the space the layout gives it, and never more: the hall display's building block.

The display is read from metres away, on 1366×768 and 1920×1080 screens alike, so no font size
is fixed: each FitLabel takes a share of its own height as the font's pixel size and shrinks
until the text fits its width. Its size policy is Ignored, so the layout's stretch factors alone
decide the geometry (a label whose size followed its font would make the layout chase itself).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_PIXELS = 9


def fitted_font(base: QFont, text: str, width: int, height: int, share: float) -> QFont:
    """`base` at the largest pixel size ≤ share × height whose `text` is no wider than `width`."""
    font = QFont(base)
    px = max(MIN_PIXELS, int(height * share))
    font.setPixelSize(px)
    advance = QFontMetrics(font).horizontalAdvance(text) if text else 0
    if advance > width > 0:
        px = max(MIN_PIXELS, int(px * width / advance))
        font.setPixelSize(px)
        while px > MIN_PIXELS and QFontMetrics(font).horizontalAdvance(text) > width:
            px -= 1
            font.setPixelSize(px)
    return font


class FitLabel(QLabel):
    def __init__(
        self,
        text: str = "",
        *,
        share: float = 0.72,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._share = share
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        self.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.setWordWrap(False)
        font = self.font()
        font.setBold(bold)
        self.setFont(font)

    def set_share(self, share: float) -> None:
        if share != self._share:
            self._share = share
            self.fit()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        rect = self.contentsRect()
        if rect.width() < 2 or rect.height() < 2:
            return
        font = fitted_font(self.font(), self.text(), rect.width(), rect.height(), self._share)
        if font.pixelSize() != self.font().pixelSize():
            self.setFont(font)

    def fits(self) -> bool:
        """The whole text is inside the label (what the layout tests check)."""
        rect = self.contentsRect()
        metrics = QFontMetrics(self.font())
        return metrics.horizontalAdvance(self.text()) <= rect.width() and metrics.height() <= rect.height()


class Marquee(QWidget):
    """The hall's notices on one line: a notice that fits stands still and the next one follows
    after a while; a longer one scrolls slowly through, then the next comes."""

    STEP_PIXELS = 2
    TICK_MS = 40  # 50 px/s: slow enough to read from a bench
    HOLD_TICKS = 200  # a notice that fits stays 8 s

    def __init__(self, parent: QWidget | None = None, colour: str = "#ffffff") -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        self._colour = QColor(colour)
        self._notices: list[str] = []
        self._index = 0
        self._offset = 0.0
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)

    def set_notices(self, notices: list[str]) -> None:
        notices = [n.strip() for n in notices if n and n.strip()]
        if notices == self._notices:
            return
        self._notices = notices
        self._index, self._offset, self._ticks = 0, 0.0, 0
        self._restart()
        self.update()

    def current(self) -> str:
        return self._notices[self._index] if self._notices else ""

    def text_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(MIN_PIXELS, int(self.height() * 0.62)))
        return font

    def scrolling(self) -> bool:
        width = QFontMetrics(self.text_font()).horizontalAdvance(self.current())
        return width > self.width()

    def _restart(self) -> None:
        self._offset = float(self.width()) if self.scrolling() else 0.0
        if self._notices and not self._timer.isActive():
            self._timer.start()
        elif not self._notices:
            self._timer.stop()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._restart()

    def _tick(self) -> None:
        if not self._notices:
            return
        if self.scrolling():
            self._offset -= self.STEP_PIXELS
            width = QFontMetrics(self.text_font()).horizontalAdvance(self.current())
            if self._offset < -width:
                self._next()
            self.update()
            return
        self._ticks += 1
        if self._ticks >= self.HOLD_TICKS:
            self._next()
            self.update()

    def _next(self) -> None:
        self._index = (self._index + 1) % max(1, len(self._notices))
        self._ticks = 0
        self._offset = float(self.width()) if self.scrolling() else 0.0

    def paintEvent(self, _event) -> None:
        text = self.current()
        if not text:
            return
        painter = QPainter(self)
        painter.setFont(self.text_font())
        painter.setPen(self._colour)
        flags = Qt.AlignmentFlag.AlignVCenter
        if self.scrolling():
            rect = QRectF(
                self._offset, 0, QFontMetrics(self.text_font()).horizontalAdvance(text) + 4, self.height()
            )
            painter.drawText(rect, int(flags | Qt.AlignmentFlag.AlignLeft), text)
        else:
            painter.drawText(QRectF(self.rect()), int(flags | Qt.AlignmentFlag.AlignLeft), text)
        painter.end()
