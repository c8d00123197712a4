"""A whole year on one grid: a row per month, a column per day, each day marked 休 or 班.

Days off (休) and make-up working days (班) are what a year's schedule lists; every other day
follows the week (weekends shaded). Keys: arrows move, H marks 休, B marks 班, Delete (or
Backspace) takes the mark away; a click on a day does the same as H, a second click clears it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "YearGrid"
# one letter in a cell a day wide: the marks have a context of their own (English H / W)
MARKS = "YearGridMark"
OFF, ON = QT_TRANSLATE_NOOP("YearGridMark", "休"), QT_TRANSLATE_NOOP("YearGridMark", "班")
MONTH = QT_TRANSLATE_NOOP("YearGrid", "{0}月")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("YearGrid", "周一"),
    QT_TRANSLATE_NOOP("YearGrid", "周二"),
    QT_TRANSLATE_NOOP("YearGrid", "周三"),
    QT_TRANSLATE_NOOP("YearGrid", "周四"),
    QT_TRANSLATE_NOOP("YearGrid", "周五"),
    QT_TRANSLATE_NOOP("YearGrid", "周六"),
    QT_TRANSLATE_NOOP("YearGrid", "周日"),
)
OFF_COLOUR, ON_COLOUR, WEEKEND_COLOUR = QColor("#f4c7c3"), QColor("#c6dafc"), QColor("#eeeeee")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class YearGrid(QTableWidget):
    changed = Signal()  # the marks changed by the keyboard or the mouse

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(12, 31, parent)
        self.year = date.today().year
        self.holidays: set[date] = set()
        self.workdays: set[date] = set()
        self.editable = True
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalHeaderLabels([str(d) for d in range(1, 32)])
        self.setVerticalHeaderLabels([_tr(MONTH).format(m) for m in range(1, 13)])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(20)
        self.setMinimumSize(31 * 22 + 50, 12 * 22 + 30)
        self.cellClicked.connect(self._clicked)

    def show_year(self, year: int, holidays, workdays, editable: bool) -> None:
        self.year, self.editable = year, editable
        self.holidays, self.workdays = set(holidays), set(workdays)
        self._paint()

    def day_at(self, row: int, column: int) -> date | None:
        try:
            return date(self.year, row + 1, column + 1)
        except ValueError:  # 2月30日 and the like: an empty cell
            return None

    def current_day(self) -> date | None:
        return self.day_at(self.currentRow(), self.currentColumn())

    def go_to(self, day: date) -> None:
        if day.year == self.year:
            self.setCurrentCell(day.month - 1, day.day - 1)

    def mark(self, day: date, mark: str | None) -> None:
        """`mark` OFF (休), ON (班) or None (follow the week)."""
        if not self.editable or day.year != self.year:
            return
        self.holidays.discard(day)
        self.workdays.discard(day)
        if mark == OFF:
            self.holidays.add(day)
        elif mark == ON:
            self.workdays.add(day)
        self._paint_day(day)
        self.changed.emit()

    def keyPressEvent(self, event) -> None:
        day = self.current_day()
        key = event.key()
        if day is not None and event.modifiers() in (Qt.KeyboardModifier.NoModifier,):
            if key == Qt.Key.Key_H:
                self.mark(day, OFF)
                return
            if key == Qt.Key.Key_B:
                self.mark(day, ON)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.mark(day, None)
                return
        super().keyPressEvent(event)

    def _clicked(self, row: int, column: int) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self.mark(day, None if day in self.holidays or day in self.workdays else OFF)

    def _paint(self) -> None:
        for row in range(12):
            for column in range(31):
                day = self.day_at(row, column)
                if day is None:
                    item = QTableWidgetItem("")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    self.setItem(row, column, item)
                else:
                    self._paint_day(day)

    def _paint_day(self, day: date) -> None:
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        weekday = _tr(WEEKDAYS[day.weekday()])
        if day in self.holidays:
            item.setText(QCoreApplication.translate(MARKS, OFF))
            item.setBackground(QBrush(OFF_COLOUR))
        elif day in self.workdays:
            item.setText(QCoreApplication.translate(MARKS, ON))
            item.setBackground(QBrush(ON_COLOUR))
        elif day.weekday() >= 5:
            item.setBackground(QBrush(WEEKEND_COLOUR))
        item.setToolTip(f"{day.isoformat()} {weekday}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{day.isoformat()} {weekday} {item.text()}")
        self.setItem(day.month - 1, day.day - 1, item)
