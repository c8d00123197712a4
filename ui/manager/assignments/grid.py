"""The windows × categories grid of 窗口调度: one row per window, its open state and a weight
(0–9, 0 = not served) per category, edited from the keyboard.

Arrows move; a digit sets the weight under the cursor at once (0 clears it); Space opens or
closes the row's window; Delete clears the cell. Edited cells are tinted until applied, and
`edited()` gives every window as it now stands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.window_assignments import MAX_WEIGHT
from app.services.manager.assignments import AssignmentsView

CONTEXT = "AssignmentsGrid"
EDITED = QBrush(QColor("#fff3bf"))
CLOSED = QBrush(QColor("#e9ecef"))
PLAIN = QBrush()


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class WeightsGrid(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.view: AssignmentsView | None = None
        self._weights: list[list[int]] = []
        self._open: list[bool] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setToolTip(
            translate("AssignmentsGrid", "数字键设权重（0为不办理），空格键开放/关闭窗口，Delete清零")
        )

    # -- showing ---------------------------------------------------------------------------------
    def show_view(self, view: AssignmentsView, keep_edits: bool = False) -> None:
        """Show `view`; with keep_edits the edits of windows still at the version they were made
        against stay on top of it (a window someone else changed meanwhile shows their change)."""
        old = {}
        if keep_edits and self.view is not None:
            versions = {line.window: line.version for line in self.view.windows}
            unchanged = {line.window for line in view.windows if versions.get(line.window) == line.version}
            old = {window: edit for window, edit in self.edited().items() if window in unchanged}
        self.view = view
        self._weights = [list(line.weights) for line in view.windows]
        self._open = [line.open for line in view.windows]
        for row, line in enumerate(view.windows):
            if line.window in old:
                weights, is_open = old[line.window]
                self._weights[row], self._open[row] = list(weights), is_open
        names = [name for _, name in view.categories]
        self.setColumnCount(2 + len(names))
        self.setHorizontalHeaderLabels(
            [translate("AssignmentsGrid", "开放"), *names, translate("AssignmentsGrid", "窗口工作人员")]
        )
        self.setRowCount(len(view.windows))
        self.setVerticalHeaderLabels([line.window for line in view.windows])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row in range(len(view.windows)):
            self._paint_row(row)
        if self.currentRow() < 0 and view.windows:
            self.setCurrentCell(0, 1)

    def _paint_row(self, row: int) -> None:
        assert self.view is not None
        line = self.view.windows[row]
        is_open = self._open[row]
        cell = self._item(
            row, 0, translate("AssignmentsGrid", "开放") if is_open else translate("AssignmentsGrid", "关闭")
        )
        cell.setBackground(EDITED if is_open != line.open else PLAIN if is_open else CLOSED)
        for column, weight in enumerate(self._weights[row], start=1):
            item = self._item(row, column, str(weight) if weight else "·")
            changed = weight != line.weights[column - 1]
            item.setBackground(EDITED if changed else PLAIN if is_open else CLOSED)
        self._item(row, len(self._weights[row]) + 1, line.clerk or "—")

    def _item(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, column, item)
        item.setText(text)
        return item

    # -- editing ---------------------------------------------------------------------------------
    def set_weight(self, row: int, column: int, weight: int) -> None:
        if not (0 <= row < len(self._weights) and 1 <= column <= len(self._weights[row])):
            return
        self._weights[row][column - 1] = max(0, min(MAX_WEIGHT, weight))
        self._paint_row(row)
        self.changed.emit()

    def toggle_open(self, row: int) -> None:
        if 0 <= row < len(self._open):
            self._open[row] = not self._open[row]
            self._paint_row(row)
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        key, row, column = event.key(), self.currentRow(), self.currentColumn()
        if (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.set_weight(row, column, key - Qt.Key.Key_0)
            return
        if key == Qt.Key.Key_Space:
            self.toggle_open(row)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_weight(row, column, 0)
            return
        super().keyPressEvent(event)

    def edited(self) -> dict[str, tuple[tuple[int, ...], bool]]:
        """Every window as the grid shows it: {window: (weights, open)}."""
        if self.view is None:
            return {}
        return {
            line.window: (tuple(self._weights[row]), self._open[row])
            for row, line in enumerate(self.view.windows)
        }

    def is_edited(self) -> bool:
        if self.view is None:
            return False
        return any(
            (tuple(self._weights[row]), self._open[row]) != (line.weights, line.open)
            for row, line in enumerate(self.view.windows)
        )
