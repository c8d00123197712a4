"""预约号源与预约规则 (Ctrl+Y on the 节假日与营业时间 tab): one row per service category — minutes
per slot, bookings per slot (0 = 不接受预约), open days ahead — and the hall's booking rules.

The slots are cut from the hall's hours saved on the tab, so each row says what its figures
make of an ordinary workday. Keys: ↑↓←→ between cells, a digit starts editing, Enter keeps it;
Tab goes on to the rules; Ctrl+S checks (the domain's rules, before anything is sent) and saves;
Esc closes, keeping what was typed for the next Ctrl+Y. A refusal (ours or the server's) is said
under the table and the value to correct gets the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.appointments import BookingRules
from app.services.manager.appointments import (
    AppointmentPlans,
    PlanRow,
    PlansPage,
    PlansRefused,
    workday_places,
)
from ui.messages import describe

FIELDS = ("slot_minutes", "capacity", "horizon_days")  # the editable columns, after the name
RULES = ("open_bookings_limit", "no_show_limit", "no_show_window_days", "block_days")
_ROW = Qt.ItemDataRole.UserRole


class _Digits(QStyledItemDelegate):
    """A cell edited with digits only (the rules' checks say what range is right)."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, 9999, editor))
        return editor


class PlansDialog(QDialog):
    def __init__(self, worker, plans: AppointmentPlans, hours, parent: QWidget | None = None) -> None:
        """`hours()`: the hall's hours as saved (HallHours, or None before the tab loaded)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("预约号源与预约规则"))
        self._worker, self._plans, self._hours = worker, plans, hours
        self.page: PlansPage | None = None
        self.dirty = False
        self._filling = False
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("业务类别"),
                self.tr("每个时段分钟数"),
                self.tr("每个时段可约人数\n（0 = 不接受预约）"),
                self.tr("可提前预约开放日数"),
                self.tr("普通工作日"),
            ]
        )
        self.table.setItemDelegate(_Digits(self.table))
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.AnyKeyPressed | triggers.EditKeyPressed | triggers.DoubleClicked)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the rules
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._edited)
        self.rules = {name: self._digits() for name in RULES}
        rules_box = QGroupBox(self.tr("预约规则（本大厅）"), self)
        form = QFormLayout(rules_box)
        for name, label in zip(
            RULES,
            (
                self.tr("每人未到期预约数（&O）"),
                self.tr("爽约次数（&N）"),
                self.tr("爽约统计天数（&W）"),
                self.tr("限制网上预约天数（&B）"),
            ),
            strict=True,
        ):
            form.addRow(label, self.rules[name])
        rule_note = QLabel(
            self.tr("统计天数内爽约达到次数的，自最后一次爽约起限制网上预约；窗口和电话预约不受限制。")
        )
        rule_note.setWordWrap(True)
        form.addRow(rule_note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"), self)
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭 (Esc)"), self)
        close.clicked.connect(self.reject)
        for button in (self.save_button, close):
            button.setAutoDefault(False)  # Enter keeps a cell; it never saves by itself
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(rules_box)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self.resize(860, 600)

    def _digits(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setValidator(QIntValidator(0, 9999, edit))
        edit.setMaximumWidth(120)
        edit.textEdited.connect(lambda *_: self._edited())
        return edit

    # -- loading ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Shown by Ctrl+Y: loaded again unless something typed waits to be saved."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()
        if not self.dirty:
            self.message.setText(self.tr("正在读取号源……"))
            self._worker.run(self._plans.load, self.show_page, self._refused)

    def show_page(self, page: PlansPage) -> None:
        self.page, self._filling = page, True
        self.table.setRowCount(len(page.rows))
        for row, plan in enumerate(page.rows):
            name = QTableWidgetItem(plan.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(_ROW, plan)
            self.table.setItem(row, 0, name)
            for column, field in enumerate(FIELDS, start=1):
                item = QTableWidgetItem(str(getattr(plan, field)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            day = QTableWidgetItem()
            day.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 4, day)
        for name in RULES:
            self.rules[name].setText(str(getattr(page.rules, name)))
        self._filling, self.dirty = False, False
        self._show_days()
        self._show_note()
        self.message.clear()
        if self.table.rowCount():
            self.table.setCurrentCell(0, 1)

    def _show_note(self) -> None:
        hours = self._hours()
        if hours is None or not hours.hours_set:
            self.note.setText(self.tr("本大厅尚未设定营业时间：设定并保存营业时间后才有可预约的时段。"))
            return
        workday = "、".join(str(s) for s in hours.workday or ())
        weekend = "、".join(str(s) for s in (*hours.saturday, *hours.sunday)) or self.tr("不办公")
        self.note.setText(
            self.tr(
                "时段按本大厅营业时间切分（工作日 {0}；周末 {1}），法定节假日和闭厅日不开放预约。"
            ).format(workday, weekend)
        )

    def _show_days(self) -> None:
        hours = self._hours()
        self._filling = True
        for row in range(self.table.rowCount()):
            plan = self.row_plan(row)
            slots, places = workday_places(plan, hours) if hours is not None else (0, 0)
            text = self.tr("{0}个时段，共{1}人").format(slots, places) if places else self.tr("不接受预约")
            self.table.item(row, 4).setText(text)
        self._filling = False

    # -- editing ---------------------------------------------------------------------------------
    def _edited(self, *_) -> None:
        if self._filling:
            return
        self.dirty = True
        self._show_days()

    def row_plan(self, row: int) -> PlanRow:
        shown: PlanRow = self.table.item(row, 0).data(_ROW)
        values = {
            field: _number(self.table.item(row, column).text()) for column, field in enumerate(FIELDS, 1)
        }
        return PlanRow(shown.category, shown.name, planned=shown.planned, **values)

    def typed_rules(self) -> BookingRules:
        return BookingRules(**{name: _number(self.rules[name].text()) for name in RULES})

    def reject(self) -> None:
        """Esc: put aside; what was typed stays for the next Ctrl+Y."""
        super().reject()
        if self.parentWidget() is not None:
            self.parentWidget().activateWindow()

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.page is None or not self.save_button.isEnabled():
            return
        editor = QApplication.focusWidget()
        if self.table.state() == QAbstractItemView.State.EditingState and isinstance(editor, QLineEdit):
            self.table.commitData(editor)  # the cell being typed in counts: Ctrl+S right after a digit
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        rows = [self.row_plan(row) for row in range(self.table.rowCount())]
        rules, plans = self.typed_rules(), self._plans
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("正在保存……"))
        self._worker.run(lambda: plans.save(rows, rules), self._saved, self._refused)

    def _saved(self, page: PlansPage) -> None:
        self.save_button.setEnabled(True)
        self.show_page(page)
        taking = sum(1 for row in page.rows if row.capacity > 0)
        self.message.setText(
            self.tr("号源已保存：{0}个业务类别接受预约。窗口和网上预约即按新号源放号。").format(taking)
        )

    def _refused(self, error) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(describe(error))
        if not isinstance(error, PlansRefused) or not error.field:
            return
        if error.field in self.rules:
            self.rules[error.field].setFocus()
            self.rules[error.field].selectAll()
            return
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(_ROW).category == error.category:
                self.table.setCurrentCell(row, 1 + FIELDS.index(error.field))
                self.table.setFocus()


def _number(text: str) -> int:
    return int(text) if text.strip().isdigit() else 0


class PlansOpener:
    """The 节假日与营业时间 tab's way in: a button under the hours and Ctrl+Y on the tab; one
    dialog for the tab, so what was typed and put aside is there the next time."""

    def __init__(self, tab, plans: AppointmentPlans | None) -> None:
        self.tab, self.plans = tab, plans
        self.dialog: PlansDialog | None = None
        if plans is None:  # a console without the area (an older server's tests): no key
            return
        button = QPushButton(
            QCoreApplication.translate("PlansDialog", "预约号源与预约规则… (Ctrl+Y)"), tab.hours
        )
        button.clicked.connect(self.open)
        tab.hours.layout().addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Y"), tab, activated=self.open, context=context)

    def open(self) -> None:
        if self.dialog is None:
            tab = self.tab
            self.dialog = PlansDialog(
                tab.worker, self.plans, lambda: tab.page.hours if tab.page else None, tab
            )
        self.dialog.start()
