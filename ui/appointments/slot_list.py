"""The slots of a category's day, one a line with its places left: ``09:00-09:30 余2``. A slot
full is listed (the clerk can tell the caller what is gone) but cannot be chosen: ↑↓ pass over
it. A day with no slots lists nothing and says why above the list."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from app.services.queue.booking_form import BookingDay

_LABEL = Qt.ItemDataRole.UserRole


class SlotList(QListWidget):
    chosen_changed = Signal(str)  # the slot's label ("" when none)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFlow(QListWidget.Flow.TopToBottom)
        self.setWrapping(True)  # a day of 14 slots in columns, not in a long scroll
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.currentItemChanged.connect(lambda *_: self.chosen_changed.emit(self.chosen()))
        # seven lines: a day of half-hour slots in two or three columns, with no scrolling
        self.setFixedHeight(7 * (self.fontMetrics().height() + 6) + 2 * self.frameWidth() + 4)

    def show_day(self, day: BookingDay | None, keep: str = "") -> None:
        """The day's slots; `keep`: the slot chosen before, chosen again while it has room."""
        self.blockSignals(True)
        self.clear()
        for slot in day.slots if day is not None else ():
            if slot.free:
                item = QListWidgetItem(self.tr("{0}  余{1}").format(slot.label, slot.free))
            else:
                item = QListWidgetItem(self.tr("{0}  已约满").format(slot.label))
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # listed, never chosen
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(self.tr("已约满（{0}人）").format(slot.capacity))
            item.setData(_LABEL, slot.label if slot.free else "")
            self.addItem(item)
        self.blockSignals(False)
        self._fit_grid()
        free = [i for i in range(self.count()) if self.item(i).data(_LABEL)]
        # the slot chosen before while it has room, else the next free one after it (a refused
        # 10:00 goes on to 10:30, not back to the morning's first), else the first free one
        wanted = next((i for i in free if self.item(i).data(_LABEL) >= keep), None) if keep else None
        if wanted is None and free:
            wanted = free[0]
        if wanted is not None:
            self.setCurrentRow(wanted)
        self.chosen_changed.emit(self.chosen())

    def _fit_grid(self) -> None:
        """Columns as wide as the widest line ("10:00-10:30  已约满"), so none is cut short."""
        metrics = self.fontMetrics()
        texts = [self.item(i).text() for i in range(self.count())] or ["00:00-00:00"]
        width = max(metrics.horizontalAdvance(t) for t in texts) + 24
        self.setGridSize(QSize(width, metrics.height() + 6))

    def chosen(self) -> str:
        item = self.currentItem()
        return item.data(_LABEL) or "" if item is not None else ""

    def free_labels(self) -> list[str]:
        return [self.item(i).data(_LABEL) for i in range(self.count()) if self.item(i).data(_LABEL)]

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
