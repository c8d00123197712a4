"""查找办件 (Ctrl+F): find any case by number, name, ID number, phone or intake dates.

The applicant at the window came back — to ask how far the case is, or to collect the result —
and the case may be weeks old or taken in at another window. The clerk types what the applicant
can tell, Enter searches, ↓ goes to the results, Enter opens the chosen case in 办件详情 (a case
held only by the server is brought to this PC first). Online the hall's cases are searched with
this PC's; offline the line under the results says only this PC's were. ID numbers and phones
are masked in the list. The dialog keeps what was typed between uses: the next search of the
same applicant is one key away. An ID card placed on the reader while it is open is searched
for at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
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

from app.services.cases.search import FoundCase, SearchAnswer, SearchInput
from app.services.errors import ValidationFailed
from ui.messages import describe, render
from ui.theme import ERROR, MUTED

_ID_ROLE = Qt.ItemDataRole.UserRole
_NO_DATE = QDate(2000, 1, 1)  # the minimum of a date field, shown as 不限


class _Results(QTableWidget):
    open_row = Signal(int)
    up_from_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_row.emit(self.currentRow())
            return
        if event.key() == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.up_from_top.emit()  # back to the fields, to change the search
            return
        super().keyPressEvent(event)


class _Field(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CaseSearchDialog(QDialog):
    open_case = Signal(str)  # the id of a case this PC now holds

    def __init__(self, worker, search, hall_cases, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("查找办件"))
        self.setObjectName("CaseSearchDialog")
        self._worker, self._search, self._hall_cases = worker, search, hall_cases
        self.answer: SearchAnswer | None = None
        self.user = None  # the clerk it was opened for (the main window's SignedInUser)

        self.number = _Field()
        self.number.setPlaceholderText(self.tr("编号或其一部分，如末尾的序号"))
        self.name = _Field()
        self.name.setPlaceholderText(self.tr("申请人或代理人的姓名，或其中连续两个字以上"))
        self.cert_number = _Field()
        self.cert_number.setPlaceholderText(self.tr("完整号码"))
        self.phone = _Field()
        self.phone.setPlaceholderText(self.tr("完整号码或后7位以上"))
        self.date_from, self.date_to = self._date_field(), self._date_field()
        self.fields = {
            "number": self.number,
            "name": self.name,
            "cert_number": self.cert_number,
            "phone": self.phone,
            "date_from": self.date_from,
            "date_to": self.date_to,
        }
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.date_to, 1)
        form = QFormLayout()
        form.addRow(self.tr("办件编号"), self.number)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("证件号码"), self.cert_number)
        form.addRow(self.tr("电话"), self.phone)
        form.addRow(self.tr("受理日期"), dates)

        self.search_button = QPushButton(self.tr("查找 [Enter]"))
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.run_search)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR};")
        self.problem.setWordWrap(True)
        self.scope = QLabel(self.tr("联网时查找全大厅的办件；离线时只查找本机的办件。"))
        self.scope.setStyleSheet(f"color: {MUTED};")
        self.scope.setWordWrap(True)

        self.results = _Results(0, 7)
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("办件编号"),
                self.tr("申请人"),
                self.tr("证件号码"),
                self.tr("事项"),
                self.tr("状态"),
                self.tr("受理时间"),
                self.tr("受理窗口"),
            ]
        )
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the matter takes the rest
        self.results.open_row.connect(self._open_row)
        self.results.cellDoubleClicked.connect(lambda row, _column: self._open_row(row))
        self.results.up_from_top.connect(lambda: self.number.setFocus())
        keys = QLabel(self.tr("Enter 查找 · ↓ 到结果 · 结果中 Enter 打开办件详情 · Esc 关闭"))
        keys.setObjectName("KeyHint")

        top = QHBoxLayout()
        top.addLayout(form, 1)
        button_column = QVBoxLayout()
        button_column.addStretch(1)
        button_column.addWidget(self.search_button)
        top.addLayout(button_column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.scope)
        layout.addWidget(keys)
        for field in (self.number, self.name, self.cert_number, self.phone):
            field.returnPressed.connect(self.run_search)
            field.down.connect(self.focus_results)
        self.resize(980, 560)

    def _date_field(self) -> QDateEdit:
        field = QDateEdit()
        field.setDisplayFormat("yyyy-MM-dd")
        field.setCalendarPopup(True)
        field.setMinimumDate(_NO_DATE)
        field.setSpecialValueText(self.tr("不限"))
        field.setDate(_NO_DATE)
        return field

    # -- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a date field searches too (QDialog would otherwise press a default button)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.results.hasFocus():
            self.run_search()
            return
        super().keyPressEvent(event)

    def start(self) -> None:
        """Shown by Ctrl+F: the first field with text selected, so typing replaces it."""
        self.raise_()
        self.activateWindow()
        self.number.setFocus()
        self.number.selectAll()

    def take_card(self, cert_number: str) -> None:
        """An ID card placed on the reader while the dialog is open: search by its number at once
        (the applicant who came back hands over the card; nothing else needs typing)."""
        self.cert_number.setText(cert_number)
        self.run_search()

    def focus_results(self) -> None:
        if self.results.rowCount():
            self.results.setFocus()
            self.results.selectRow(max(self.results.currentRow(), 0))

    # -- search -------------------------------------------------------------------------------
    def typed(self) -> SearchInput:
        return SearchInput(
            number=self.number.text(),
            name=self.name.text(),
            cert_number=self.cert_number.text(),
            phone=self.phone.text(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
        )

    @staticmethod
    def _date(field: QDateEdit) -> date | None:
        return None if field.date() == _NO_DATE else field.date().toPython()

    def run_search(self) -> None:
        typed, search = self.typed(), self._search
        self._mark_problem(None)
        self.search_button.setEnabled(False)
        self.scope.setText(self.tr("正在查找……"))
        self._worker.run(lambda: search.search(typed), self.show_answer, self._search_failed)

    def show_answer(self, answer: SearchAnswer) -> None:
        self.search_button.setEnabled(True)
        self.answer = answer
        self.results.setRowCount(0)
        for case in answer.cases:
            self._add_row(case)
        lines = [render(note) for note in answer.notes]
        if not answer.cases:
            lines.insert(0, self.tr("没有找到符合条件的办件。"))
        self.scope.setText("\n".join(lines))
        if answer.cases:
            self.results.setFocus()
            self.results.selectRow(0)

    def _add_row(self, case: FoundCase) -> None:
        row = self.results.rowCount()
        self.results.insertRow(row)
        where = case.window if case.on_this_pc else self.tr("{0}（服务器）").format(case.window)
        texts = [
            case.number,
            case.applicant_masked,
            case.cert_masked,
            case.title,
            render(case.status_label),
            case.created_at.strftime("%Y-%m-%d %H:%M"),
            where,
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(_ID_ROLE, case.id)
            item.setToolTip(text)
            self.results.setItem(row, column, item)

    def _search_failed(self, error) -> None:
        self.search_button.setEnabled(True)
        self.scope.setText("")
        problems = getattr(error, "problems", ())
        field = problems[0].field if isinstance(error, ValidationFailed) and problems else None
        self._mark_problem(field, describe(error))

    def _mark_problem(self, field: str | None, text: str = "") -> None:
        for name, widget in self.fields.items():
            widget.setProperty("problem", name == field)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.problem.setText(text)
        if field in self.fields:
            self.fields[field].setFocus()

    # -- open ---------------------------------------------------------------------------------
    def _open_row(self, row: int) -> None:
        item = self.results.item(row, 0)
        if item is None:
            return
        case_id, hall_cases = item.data(_ID_ROLE), self._hall_cases
        self.problem.setText("")
        self._worker.run(
            lambda: hall_cases.bring_here(case_id), self._opened, self._open_failed, changes=True
        )

    def _opened(self, case_id: str) -> None:
        self.accept()
        if self.parentWidget() is not None:
            self.parentWidget().activateWindow()  # the workbench's keys work at once on the case
        self.open_case.emit(case_id)

    def _open_failed(self, error) -> None:
        self.problem.setText(describe(error))
