"""A table header whose long column titles take two lines, so a table of figures fits the screen.

The console's tables show many short figures under long titles ("Supplement notices", "Mean wait
(min)", "Arrivals expected next hour"): on one line the titles, not the figures, set the columns'
widths, and in English 统计报表's sixteen columns and 实时大厅's six were wider than a 1366 px
screen (the last ones out of sight, or cut with "…"). A long title is drawn on two lines, broken
before its unit in brackets or at the space nearest its middle; the model keeps the title as it
was (tests, exports and tooltips read it whole). A title without a place to break stays whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

LONG_IN_DIGITS = 10  # a title wider than ten digits takes two lines (a figure is seldom wider)


def two_lines(text: str, metrics: QFontMetrics) -> str:
    """`text` broken once when it is long: before its bracketed unit, else at a middle space."""
    if "\n" in text or metrics.horizontalAdvance(text) <= LONG_IN_DIGITS * metrics.horizontalAdvance("0"):
        return text
    for bracket in ("（", "("):
        at = text.rfind(bracket)
        if at > 0:
            return text[:at].rstrip() + "\n" + text[at:]
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    middle = len(text) / 2
    at = min(spaces, key=lambda i: abs(i - middle))
    return text[:at] + "\n" + text[at + 1 :]


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the header QTableView makes for itself
        self.setHighlightSections(True)

    def _titles(self, logical: int) -> tuple[str, str]:
        text = self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        text = "" if text is None else str(text)
        return text, two_lines(text, self.fontMetrics())

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        text, shown = self._titles(logical)
        if shown == text:
            return size
        one, two = self.fontMetrics().size(0, text), self.fontMetrics().size(0, shown)
        return QSize(size.width() - one.width() + two.width(), size.height() - one.height() + two.height())

    def paintSection(self, painter, rect, logical: int) -> None:
        text, shown = self._titles(logical)
        if shown == text:
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = shown
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


def wrap_titles(table: QTableView) -> WrappingHeader:
    """Give `table` a wrapping header (before its sections' resize modes are set)."""
    header = WrappingHeader(table)
    table.setHorizontalHeader(header)
    return header
