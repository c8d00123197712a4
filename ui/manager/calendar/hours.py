"""The hall's own days: its opening hours by kind of day, and its closures (闭厅) with reasons.

Hours are typed as the hall posts them (``09:00-12:00、13:30-17:00``; 延时服务 is a later end);
an empty 周六/周日 line means closed on ordinary weekends. Without 设定营业时间 the kiosk issues
numbers at any time but on closures, as before. Saved as a whole (Ctrl+Shift+S): the server
sends them to the hall's kiosks and displays. Closures never move a legal time limit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.hall_hours import MAX_REASON, HallHours, HallHoursError, closure
from ui.messages import render


class HoursPanel(QGroupBox):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("本大厅营业时间与闭厅"), parent)
        self.closures: list[tuple[date, date, str]] = []
        self.dirty = False  # typed or changed since shown or saved: a reload must not replace it
        self.hours_set = QCheckBox(self.tr("设定营业时间（&T）（不设定则除闭厅外随时可取号）"), self)
        self.workday = QLineEdit(self)
        self.saturday = QLineEdit(self)
        self.sunday = QLineEdit(self)
        self.workday.setPlaceholderText("09:00-12:00、13:30-17:00")
        self.saturday.setPlaceholderText(self.tr("留空：普通周六不办公"))
        self.sunday.setPlaceholderText(self.tr("留空：普通周日不办公"))
        form = QFormLayout()
        form.addRow(self.hours_set)
        form.addRow(self.tr("工作日（&W）"), self.workday)
        form.addRow(self.tr("周六（&A）"), self.saturday)
        form.addRow(self.tr("周日（&U）"), self.sunday)
        self.hours_set.toggled.connect(self._enable)
        self.hours_set.clicked.connect(self._edited)
        for field in (self.workday, self.saturday, self.sunday):
            field.textEdited.connect(self._edited)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("开始"), self.tr("结束"), self.tr("闭厅原因")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.first.dateChanged.connect(lambda d: self.last.setDate(max(d, self.last.date())))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("原因，例如：大厅装修"))
        self.add_button = QPushButton(self.tr("添加闭厅 (Ctrl+N)"), self)
        self.remove_button = QPushButton(self.tr("删除所选闭厅 (Del)"), self)
        self.save_button = QPushButton(self.tr("保存营业时间 (Ctrl+Shift+S)"), self)
        self.add_button.clicked.connect(self.add_closure)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save_requested)
        adding = QHBoxLayout()
        for widget in (self.first, QLabel(self.tr("至"), self), self.last):
            adding.addWidget(widget)
        adding.addStretch(1)
        reason = QHBoxLayout()
        reason.addWidget(self.reason, 1)
        reason.addWidget(self.add_button)
        note = QLabel(self.tr("闭厅只停止取号，不影响法定办理时限：工作日仍按国务院节假日安排计算。"), self)
        note.setWordWrap(True)
        self.message = QLabel(self)  # what saving said (stored, or why not)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        closures_label = QLabel(self.tr("闭厅安排（&C）"), self)
        closures_label.setBuddy(self.table)
        layout.addWidget(closures_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self._keys()

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+N", self.add_closure),
            ("Ctrl+Shift+S", self.save_requested.emit),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def show_hours(self, hours: HallHours) -> None:
        self.hours_set.setChecked(hours.hours_set)
        self.workday.setText("、".join(str(s) for s in hours.workday or ()))
        self.saturday.setText("、".join(str(s) for s in hours.saturday))
        self.sunday.setText("、".join(str(s) for s in hours.sunday))
        self.closures = [(c.first, c.last, c.reason) for c in hours.closures]
        self._fill()
        self._enable(hours.hours_set)
        self.dirty = False

    def add_closure(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        try:  # the rules' own check, so a closure without its reason never reaches the list
            checked = closure(first.isoformat(), last.isoformat(), self.reason.text())
        except HallHoursError as exc:
            self.message.setText(render(exc.message))
            self.reason.setFocus()
            return
        self.closures.append((checked.first, checked.last, checked.reason))
        self.closures.sort()
        self.reason.clear()
        self.message.clear()
        self._fill()
        self.dirty = True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.closures[row]
        self._fill()
        self.dirty = self.dirty or bool(rows)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.closures))
        for row, (first, last, reason) in enumerate(self.closures):
            for column, value in enumerate((first.isoformat(), last.isoformat(), reason)):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _edited(self, *_) -> None:
        self.dirty = True

    def _enable(self, on: bool) -> None:
        for field in (self.workday, self.saturday, self.sunday):
            field.setEnabled(on)
