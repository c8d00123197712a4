"""取消预约: the booking's code, its day and the booker's ID number (the server cancels only for the
person who booked, and says the same for a wrong number as for no such booking). A card on the
reader fills the ID number. Ctrl+Enter cancels; a refusal keeps what was typed."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.errors import ValidationFailed
from app.services.queue.appointments import Appointments, Booked
from ui.banner import Banner
from ui.field import ProblemField
from ui.messages import describe, render

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CancelForm(QWidget):
    def __init__(self, worker, appointments: Appointments, banner: Banner, parent=None) -> None:
        super().__init__(parent)
        self._worker, self._appointments, self.banner = worker, appointments, banner
        self._sending = False
        self.code = QLineEdit(self)
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("短信或预约凭条上的预约码"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.id_number = QLineEdit(self)
        self.id_number.setMaxLength(36)
        self.id_number.setPlaceholderText(self.tr("预约时登记的证件号码；可读卡"))
        self.fields = {
            "cancel.code": ProblemField(self.code, self),
            "cancel.id_number": ProblemField(self.id_number, self),
        }
        for key, field in self.fields.items():
            field.editor.textEdited.connect(lambda *_, key=key: self.fields[key].set_problem(""))
        form = QFormLayout()
        for text, widget, buddy in (
            (self.tr("预约码（&C）"), self.fields["cancel.code"], self.code),
            (self.tr("预约日期（&D）"), self.day, self.day),
            (self.tr("证件号码（&I）"), self.fields["cancel.id_number"], self.id_number),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, widget)
        note = QLabel(self.tr("只能为预约人本人取消：请核对证件。已签到或时段已开始的预约不能取消。"), self)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        for first, second in pairwise((self.code, self.day, self.id_number)):
            QWidget.setTabOrder(first, second)
        for widget in (self.code, self.day, self.id_number):
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False  # Ctrl+Enter: cancel the booking
            if obj is not self.id_number:
                self.focusNextChild()
            return True
        return super().eventFilter(obj, event)

    def focus(self) -> None:
        for edit in (self.code, self.id_number):
            if not edit.text().strip():
                edit.setFocus()
                return
        self.code.setFocus()

    def set_booking(self, code: str, day: date) -> None:
        """The booking just made (a booker who changed their mind at once needs no typing)."""
        if not self.code.text().strip():
            self.code.setText(code)
            self.day.setDate(QDate(day.year, day.month, day.day))

    def take_card(self, holder) -> str:
        self.id_number.setText(holder.cert_number)
        self.fields["cancel.id_number"].set_problem("")
        return self.tr("已读取{0}，已填入证件号码。").format(holder.card_label)

    def cancel(self) -> None:
        if self._sending:
            return
        self._sending = True
        code, day, id_number = self.code.text(), self.day.date().toPython(), self.id_number.text()
        appointments = self._appointments
        self._worker.run(lambda: appointments.cancel(code, day, id_number), self._cancelled, self._refused)

    def _cancelled(self, booked: Booked) -> None:
        self._sending = False
        self.code.clear()
        self.id_number.clear()
        text = self.tr("已取消预约 {0}（{1} {2}，{3}）。").format(
            booked.code, booked.day.isoformat(), booked.slot, booked.category_name
        )
        self.banner.show_message(text, "success")
        self.code.setFocus()

    def _refused(self, error) -> None:
        self._sending = False
        problems = error.problems if isinstance(error, ValidationFailed) else ()
        by_field = {p.field: render(p.message) for p in problems}
        for key, field in self.fields.items():
            field.set_problem(by_field.get(key, ""))
        self.banner.show_message(describe(error), "error")
        first = next((f for f in self.fields.values() if f.problem_text()), None)
        (first.editor if first is not None else self.code).setFocus()
