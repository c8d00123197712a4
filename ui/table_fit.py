"""Measuring a table's texts as the view draws them, to share out the width there is.

Qt's ResizeToContents and Stretch know nothing of the room a window has: a long text in one
column pushes the others out of sight (a long applicant name hid 今日办件's status column) or
is cut with "…" (the material names at 1366×768). A table that must show some texts whole
measures them here and decides itself which column gives way: wraps, or elides with a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableWidget


def text_margins(view: QTableWidget) -> int:
    """What a cell takes around its text: the item delegate insets the text by
    PM_FocusFrameHMargin + 1 on each side, and the grid line takes one more pixel."""
    # imported here: making QStyle's Python class (its many enums) costs ~5 ms, and no table
    # is measured before the workbench's first paint
    from PySide6.QtWidgets import QStyle

    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 2 * margin + 1


def one_line_width(view: QTableWidget, texts: Iterable[str]) -> int:
    """The width a column needs to show the widest of ``texts`` on one line."""
    metrics = QFontMetrics(view.font())
    widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
    return widest + text_margins(view) + 1


def column_texts(view: QTableWidget, column: int) -> list[str]:
    return [item.text() for r in range(view.rowCount()) if (item := view.item(r, column)) is not None]


def content_width(view: QTableWidget, column: int) -> int:
    """The header's label or the widest cell of ``column``, whichever is wider, on one line."""
    header = view.horizontalHeader().sectionSizeHint(column)
    return max(header, one_line_width(view, column_texts(view, column)))
