"""窗口调度's two small dialogs: saving the grid as a work profile (name and schedule) and a
clerk's qualifications. Both are keyboard-first: Tab through, Enter accepts, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.manager.assignments import ClerkLine, ProfileLine

CONTEXT = "AssignmentsDialogs"
MAX_SCHEDULES = 20  # as many as a work profile holds (app.sync.manager_assignments.WorkProfile)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周一"),
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周二"),
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周三"),
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周四"),
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周五"),
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周六"),
    QT_TRANSLATE_NOOP("AssignmentsDialogs", "周日"),
)


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AssignmentsDialogs", "确定"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("AssignmentsDialogs", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ScheduleRow(QWidget):
    """One time a profile applies by itself: on/off, the hall's time, the weekdays."""

    def __init__(self, schedule: tuple[tuple[int, ...], str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduled = QCheckBox(translate("AssignmentsDialogs", "定时套用"), self)
        self.at = QTimeEdit(self)
        self.at.setDisplayFormat("HH:mm")
        self.days = [QCheckBox(translate("AssignmentsDialogs", day), self) for day in WEEKDAYS]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scheduled)
        layout.addWidget(self.at)
        for box in self.days:
            layout.addWidget(box)
        self.scheduled.toggled.connect(self._enable)
        if schedule is None:  # a new time: workdays at the opening, for the manager to change
            self.at.setTime(QTime(8, 30))
            for box in self.days[:5]:
                box.setChecked(True)
        else:
            weekdays, at = schedule
            self.scheduled.setChecked(True)
            self.at.setTime(QTime.fromString(at, "HH:mm"))
            for day in weekdays:
                self.days[day - 1].setChecked(True)
        self._enable(self.scheduled.isChecked())

    def _enable(self, on: bool) -> None:
        self.at.setEnabled(on)
        for box in self.days:
            box.setEnabled(on)

    def schedule(self) -> tuple[list[int], str] | None:
        days = [i + 1 for i, box in enumerate(self.days) if box.isChecked()]
        if not self.scheduled.isChecked() or not days:
            return None
        return days, self.at.time().toString("HH:mm")


class ProfileDialog(QDialog):
    """The grid as it stands, saved under a name, applied by itself at some times on some
    weekdays: every time the profile has is a row (午间错时 at 11:30 on workdays and at 12:00 on
    Saturdays are two); Alt+A adds one, unticking 定时套用 drops it."""

    def __init__(self, profile: ProfileLine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AssignmentsDialogs", "保存为工作方案"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(20)
        self.name.setPlaceholderText(translate("AssignmentsDialogs", "如：早高峰、午间错时、周末"))
        self.rows_layout = QVBoxLayout()
        self.rows: list[ScheduleRow] = []
        for schedule in (profile.schedules if profile is not None else ()) or (None,):
            self._add(schedule)
        self.add_button = QPushButton(translate("AssignmentsDialogs", "再加一个时间 (Alt+A)"), self)
        self.add_button.clicked.connect(self.add_schedule)
        add = QShortcut(QKeySequence("Alt+A"), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.add_schedule)
        form = QFormLayout()
        form.addRow(translate("AssignmentsDialogs", "方案名称"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("AssignmentsDialogs", "方案记下表格中各窗口现在的安排（含未应用的修改）。"), self
            )
        )
        layout.addLayout(form)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        layout.addWidget(_buttons(self))
        if profile is not None:
            self.name.setText(profile.name)

    def add_schedule(self) -> None:
        if len(self.rows) < MAX_SCHEDULES:
            row = self._add(None)
            row.scheduled.setChecked(True)  # asked for: it is meant to apply
            row.scheduled.setFocus()

    def _add(self, schedule: tuple[tuple[int, ...], str] | None) -> ScheduleRow:
        row = ScheduleRow(schedule, self)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if hasattr(self, "add_button"):
            self.add_button.setEnabled(len(self.rows) < MAX_SCHEDULES)
        return row

    # the first row's widgets, as the simple case of one time reads them
    @property
    def scheduled(self) -> QCheckBox:
        return self.rows[0].scheduled

    @property
    def at(self) -> QTimeEdit:
        return self.rows[0].at

    @property
    def days(self) -> list[QCheckBox]:
        return self.rows[0].days

    def schedules(self) -> list[tuple[list[int], str]]:
        return [found for row in self.rows if (found := row.schedule()) is not None]


class QualificationDialog(QDialog):
    """Which categories a clerk may serve; 全部业务类别 lifts every limit."""

    def __init__(self, clerk: ClerkLine, categories: tuple[tuple[str, str], ...], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AssignmentsDialogs", "{0}可办理的业务类别").format(clerk.display_name))
        self.every = QCheckBox(translate("AssignmentsDialogs", "全部业务类别（不限）"), self)
        self.boxes: list[tuple[str, QCheckBox]] = []
        grid = QGridLayout()
        for i, (code, name) in enumerate(categories):
            box = QCheckBox(name, self)
            box.setChecked(clerk.all_categories or code in clerk.categories)
            grid.addWidget(box, i // 3, i % 3)
            self.boxes.append((code, box))
        layout = QVBoxLayout(self)
        layout.addWidget(self.every)
        layout.addLayout(grid)
        layout.addWidget(_buttons(self))
        self.every.toggled.connect(lambda on: [box.setEnabled(not on) for _, box in self.boxes])
        self.every.setChecked(clerk.all_categories)

    def chosen(self) -> list[str] | None:
        """None: every category; else the codes ticked."""
        if self.every.isChecked():
            return None
        return [code for code, box in self.boxes if box.isChecked()]
