"""节假日与营业时间 (Ctrl+6): enter a year of the State Council's schedule, set the hall's hours.

Left, the years (Alt+Y): the package's (程序自带), entered ones (已录入) and those counted weekends
only (暂按周末计算). Middle, the chosen year on one grid: mark days 休 / 班 (H / B / Delete), or
paste the notice's text and read it (Ctrl+R). Ctrl+P previews what entering it changes (how many
open cases' promised dates move); Ctrl+S saves once the preview shows the marks on screen (the
first Ctrl+S after a change previews). Right, the hall's hours and closures (HoursPanel), and
under them 预约号源 (Ctrl+Y, plans_dialog.py), cut from those hours.
Everything runs on the tab's own worker; a "change" poke reloads what is not being edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.manager.calendar import CalendarPage, YearRow, parse_notice
from app.sync.manager_calendar import YearPreview
from ui.manager.calendar.hours import HoursPanel
from ui.manager.calendar.plans_dialog import PlansOpener
from ui.manager.calendar.year_grid import YearGrid
from ui.messages import describe
from ui.worker import Worker


class CalendarTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = services.calendar
        self.worker = Worker(self)
        self.page: CalendarPage | None = None
        self.preview: YearPreview | None = None
        self.previewed: tuple | None = None  # (year, holidays, workdays) the preview was made for
        self.dirty = False
        self._loading = self._load_again = False
        self._build()
        self._keys()
        self.plans = PlansOpener(self, getattr(services, "appointment_plans", None))  # 预约号源, Ctrl+Y
        self.pokes = services.pokes
        self.pokes.poked.connect(self._poked)
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.years = QListWidget(self)
        self.years.setMaximumWidth(190)
        self.years.currentItemChanged.connect(lambda *_: self._show_year())
        years_label = QLabel(self.tr("年份（&Y）"), self)
        years_label.setBuddy(self.years)
        left = QVBoxLayout()
        left.addWidget(years_label)
        left.addWidget(self.years, 1)

        self.grid = YearGrid(self)
        self.grid.changed.connect(self._marks_changed)
        self.setFocusProxy(self.grid)  # Ctrl+6 lands on the year's days
        self.year_note = QLabel(self)
        self.year_note.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setMaxLength(200)
        self.source.setPlaceholderText(self.tr("通知名称，例如：国务院办公厅关于2027年部分节假日安排的通知"))
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(
            self.tr("粘贴通知正文（如“春节：2月6日至14日放假调休，共9天。2月20日上班。”），按 Ctrl+R 读取")
        )
        self.paste.setMaximumHeight(80)
        self.paste.setTabChangesFocus(True)
        self.read_button = QPushButton(self.tr("读取粘贴的通知 (Ctrl+R)"), self)
        self.preview_button = QPushButton(self.tr("预览影响 (Ctrl+P)"), self)
        self.save_button = QPushButton(self.tr("保存本年安排 (Ctrl+S)"), self)
        self.read_button.clicked.connect(self.read_notice)
        self.preview_button.clicked.connect(self.preview_year)
        self.save_button.clicked.connect(self.save_year)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.read_button, self.preview_button, self.save_button):
            buttons.addWidget(button)
        year_box = QGroupBox(self.tr("国务院节假日安排（适用于所有大厅）"), self)
        middle = QVBoxLayout(year_box)
        middle.addWidget(self.year_note)
        middle.addWidget(self.grid, 1)
        middle.addWidget(self.source)
        middle.addWidget(self.paste)
        middle.addLayout(buttons)
        middle.addWidget(self.outcome)

        self.hours = HoursPanel(self)
        self.hours.save_requested.connect(self.save_hours)
        self.hours.setMaximumWidth(420)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(year_box, 1)
        layout.addWidget(self.hours)

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+R", self.read_notice),
            ("Ctrl+P", self.preview_year),
            ("Ctrl+S", self.save_year),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:  # a busy hall pokes often: one load at a time, one more after it
            self._load_again = True
            return
        self._loading, self._load_again = True, False
        self.worker.run(self.calendar.load, self._loaded, self._load_failed)

    def _poked(self, kind: str) -> None:
        # what the manager is editing is never replaced under their hands
        if kind in ("change", "hello") and not self.dirty and not self.hours.dirty:
            self.reload()

    def _load_ended(self) -> None:
        self._loading = False
        if self._load_again:
            self.reload()

    def _load_failed(self, error) -> None:
        self._failed(error)
        self._load_ended()

    def _loaded(self, page: CalendarPage) -> None:
        self._load_ended()
        if self.dirty:  # the grid was changed while loading: keep it
            return
        chosen = self._chosen_year()
        self.page = page
        self.years.blockSignals(True)
        self.years.clear()
        for row in page.years:
            item = QListWidgetItem(self._year_label(row), self.years)
            item.setData(Qt.ItemDataRole.UserRole, row.year)
            if row.estimated:
                item.setForeground(Qt.GlobalColor.darkRed)
        self.years.blockSignals(False)
        wanted = chosen or next((r.year for r in page.years if r.estimated), page.years[-1].year)
        for index in range(self.years.count()):
            if self.years.item(index).data(Qt.ItemDataRole.UserRole) == wanted:
                self.years.setCurrentRow(index)
        if not self.hours.dirty:
            self.hours.show_hours(page.hours)

    def _year_label(self, row: YearRow) -> str:
        if row.source == "official":
            return self.tr("{0}年（程序自带）").format(row.year)
        if row.source == "entered":
            return self.tr("{0}年（已录入）").format(row.year)
        return self.tr("{0}年（暂按周末计算）").format(row.year)

    def _chosen_year(self) -> int | None:
        item = self.years.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show_year(self) -> None:
        year = self._chosen_year()
        row = self.page.year(year) if self.page and year else None
        if row is None:
            return
        editable = row.estimated or self.page.may_replace_years
        self.grid.show_year(row.year, row.holidays, row.workdays, editable)
        self.source.setText(row.note)
        self.dirty, self.preview, self.previewed = False, None, None
        if row.estimated:
            note = self.tr(
                "{0}年尚无节假日安排：承诺日期暂按周末计算。请按国务院通知标记放假（H）和调休上班（B），或粘贴通知。"
            )
        elif editable:
            note = self.tr("{0}年安排已有；修改会改变所有大厅的承诺日期，请核对后再保存。")
        else:
            note = self.tr("{0}年安排已有（程序自带或已录入），只能由系统管理员修改。")
        self.year_note.setText(note.format(row.year))
        for widget in (self.source, self.paste, self.read_button, self.preview_button, self.save_button):
            widget.setEnabled(editable)
        self.outcome.clear()

    # -- a year's schedule ---------------------------------------------------------------------
    def _marks(self) -> tuple:
        return (self.grid.year, frozenset(self.grid.holidays), frozenset(self.grid.workdays))

    def _marks_changed(self) -> None:
        self.dirty = True
        self.preview = None

    def read_notice(self) -> None:
        if not self.grid.editable or not self.paste.toPlainText().strip():
            return
        try:
            notice = parse_notice(self.grid.year, self.paste.toPlainText())
        except ServiceError as exc:
            self.outcome.setText(describe(exc))
            return
        self.grid.show_year(self.grid.year, notice.holidays, notice.workdays, True)
        if notice.source and not self.source.text().strip():
            self.source.setText(notice.source)
        self._marks_changed()
        names = "；".join(f"{n} {len(days)}" for n, days in notice.names.items())
        self.outcome.setText(
            self.tr("读出放假{0}天、调休上班{1}天（{2}）。请在日历上核对，再按 Ctrl+P 预览。").format(
                len(notice.holidays), len(notice.workdays), names
            )
        )
        self.grid.setFocus()

    def preview_year(self) -> None:
        if not self.grid.editable:
            return
        marks = self._marks()
        _, holidays, workdays = marks
        source = self.source.text()
        self.worker.run(
            lambda: self.calendar.preview(marks[0], holidays, workdays, source),
            lambda preview: self._previewed(marks, preview),
            self._failed,
        )

    def _previewed(self, marks: tuple, preview: YearPreview) -> None:
        self.preview, self.previewed = preview, marks
        moved = "、".join(f"{c.number}：{c.before}→{c.after}" for c in preview.cases[:5])
        text = self.tr(
            "{0}年：比现行安排多放假{1}天、少放假{2}天。本大厅{3}件在办件的承诺日期暂按周末计算，其中{4}件将改变。"
        ).format(
            preview.year,
            preview.added_days_off,
            preview.removed_days_off,
            preview.estimated_cases,
            preview.moved,
        )
        if moved:
            text += " " + moved
        if not preview.stored:
            text += " " + self.tr("按 Ctrl+S 保存。")
        self.outcome.setText(text)

    def save_year(self) -> None:
        if not self.grid.editable:
            return
        marks = self._marks()
        if self.preview is None or self.previewed != marks:
            self.preview_year()  # the manager sees what changes before anything is stored
            return
        _, holidays, workdays = marks
        source = self.source.text()
        self.worker.run(
            lambda: self.calendar.enter(marks[0], holidays, workdays, source),
            lambda preview: self._saved(marks, preview),
            self._failed,
        )

    def _saved(self, marks: tuple, preview: YearPreview) -> None:
        self._previewed(marks, preview)
        self.outcome.setText(self.tr("已保存，各终端将重新计算承诺日期。") + " " + self.outcome.text())
        self.dirty = False
        self.reload()

    # -- the hall's hours ----------------------------------------------------------------------
    def save_hours(self) -> None:
        panel = self.hours
        args = (
            panel.workday.text(),
            panel.saturday.text(),
            panel.sunday.text(),
            list(panel.closures),
            panel.hours_set.isChecked(),
        )
        self.worker.run(
            lambda: self.calendar.save_hours(*args),
            self._hours_saved,
            lambda error: self.hours.message.setText(describe(error)),
        )

    def _hours_saved(self, hours) -> None:
        self.hours.show_hours(hours)
        self.hours.message.setText(self.tr("营业时间与闭厅已保存，本大厅的取号机和显示屏将随之更新。"))

    def _failed(self, error) -> None:
        self.outcome.setText(describe(error))

    def stop(self) -> None:
        self.worker.stop()
