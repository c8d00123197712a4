"""预约登记: the booking form of the 预约 dialog (ui/appointments/booking_dialog.py).

渠道 (at the counter, or for a caller on the phone), 业务类别, 日期 (the days bookable now, as
the server says), 时段 (with the places left; a full one listed but not chosen), 事项 (may be
left empty), then who: 姓名 and 证件号码 (a card on the reader fills both), 手机号码 for the
reminder SMS. The category and the day ask the server for the slots at once; a booking refused
keeps everything typed and shows the day's slots as they are now (a slot just taken, full).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.appointments import Channel
from app.domain.masking import mask_name, mask_phone
from app.services.errors import ValidationFailed
from app.services.queue.appointments import AppointmentRefused, Appointments, Booked, BookingDay, NewBooking
from ui.appointments.slot_list import SlotList
from ui.banner import Banner
from ui.field import ProblemField
from ui.intake.matter_search import MatterSearch
from ui.messages import describe, render

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("BookingForm", "周一"),
    QT_TRANSLATE_NOOP("BookingForm", "周二"),
    QT_TRANSLATE_NOOP("BookingForm", "周三"),
    QT_TRANSLATE_NOOP("BookingForm", "周四"),
    QT_TRANSLATE_NOOP("BookingForm", "周五"),
    QT_TRANSLATE_NOOP("BookingForm", "周六"),
    QT_TRANSLATE_NOOP("BookingForm", "周日"),
)


class BookingForm(QWidget):
    booked = Signal(object)  # Booked: a booking the server holds now

    def __init__(self, worker, appointments: Appointments, catalog_search, banner: Banner, parent=None):
        super().__init__(parent)
        self._worker, self._appointments, self.banner = worker, appointments, banner
        self._asked = 0  # the latest slots asked for: an older answer arriving late is dropped
        self._sending = False
        self._picked: tuple[str, str, str] | None = None  # matter code, name, the text it showed
        self.day_shown: BookingDay | None = None
        self.channel = QComboBox(self)
        for channel in (Channel.WINDOW, Channel.PHONE):
            self.channel.addItem(render(channel.label), channel)
        self.category = QComboBox(self)
        self.category.currentIndexChanged.connect(lambda _i: self.load_day(None))
        self.day = QComboBox(self)
        self.day.activated.connect(lambda _i: self.load_day(self.day.currentData()))
        self.closed = QLabel(self)  # why the day has no slots
        self.closed.setObjectName("FieldProblem")
        self.closed.setWordWrap(True)
        self.closed.hide()
        self.slots = SlotList(self)
        self.matter = MatterSearch(catalog_search, self)
        self.matter.edit.setPlaceholderText(self.tr("可不填；输入名称、编码或拼音首字母查找"))
        self.matter.picked.connect(self._matter_picked)
        self.name, self.id_number, self.phone = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.name.setMaxLength(60)
        self.id_number.setMaxLength(36)
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("提醒短信发往此号"))
        self.fields = {
            "booking.category": ProblemField(self.category, self),
            "booking.slot": ProblemField(self.slots, self),
            "booking.name": ProblemField(self.name, self),
            "booking.id_number": ProblemField(self.id_number, self),
            "booking.phone": ProblemField(self.phone, self),
        }
        for key in ("booking.name", "booking.id_number", "booking.phone"):
            self.fields[key].editor.textEdited.connect(lambda *_, key=key: self.fields[key].set_problem(""))
        self.slots.chosen_changed.connect(lambda label: label and self.fields["booking.slot"].set_problem(""))
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        day_box = QWidget(self)
        day_layout = QVBoxLayout(day_box)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day)
        day_layout.addWidget(self.closed)
        rows = (
            (self.tr("渠道（&Q）"), self.channel, self.channel),
            (self.tr("业务类别（&K）"), self.fields["booking.category"], self.category),
            (self.tr("日期（&D）"), day_box, self.day),
            (self.tr("时段（&T）"), self.fields["booking.slot"], self.slots),
            (self.tr("事项（&M）"), self.matter, self.matter.edit),
            (self.tr("姓名（&N）"), self.fields["booking.name"], self.name),
            (self.tr("证件号码（&I）"), self.fields["booking.id_number"], self.id_number),
            (self.tr("手机号码（&P）"), self.fields["booking.phone"], self.phone),
        )
        for text, widget, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)  # the form keeps its rows together; the height left stays below
        self.walked = [self.channel, self.category, self.day, self.slots, self.matter.edit]
        self.walked += [self.name, self.id_number, self.phone]
        for first, second in pairwise(self.walked):
            QWidget.setTabOrder(first, second)
        for widget in self.walked:
            widget.installEventFilter(self)  # after MatterSearch's own filter: this one sees keys first

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Enter goes to the next field, as Tab does (Ctrl+Enter is the dialog's: book)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if obj is self.matter.edit and self.matter.hits.isVisible():
                return False  # Enter picks the highlighted matter (MatterSearch), then moves on
            if obj is not self.phone:
                self.focusNextChild()
            return True
        return super().eventFilter(obj, event)

    # -- the category's days and slots -------------------------------------------------------------
    def start(self) -> None:
        """Opened: the hall's categories when not yet known, then the first one's days."""
        if self.category.count() == 0:
            self._worker.run(self._appointments.categories, self._show_categories, self._unavailable)
        elif self.day_shown is None:
            self.load_day(None)

    def _show_categories(self, categories: tuple[tuple[str, str], ...]) -> None:
        self.category.blockSignals(True)
        for code, name in categories:
            self.category.addItem(name, code)
        self.category.blockSignals(False)
        self.load_day(None)

    def load_day(self, day: date | None, keep: str = "") -> None:
        code = self.category.currentData()
        if not code:
            return
        self._asked += 1
        asked, appointments = self._asked, self._appointments
        self.fields["booking.category"].set_problem("")
        self._worker.run(
            lambda: appointments.day(code, day),
            lambda shown: self._show_day(asked, shown, keep),
            lambda error: self._unavailable(error) if asked == self._asked else None,
        )

    def _show_day(self, asked: int, shown: BookingDay, keep: str) -> None:
        if asked != self._asked:
            return  # the clerk has chosen another category or day meanwhile
        self.day_shown = shown
        self.day.blockSignals(True)
        self.day.clear()
        for day in shown.bookable_days or (shown.day,):
            weekday = QCoreApplication.translate("BookingForm", WEEKDAYS[day.weekday()])
            self.day.addItem(self.tr("{0}（{1}）").format(day.isoformat(), weekday), day)
        # (findData does not match a Python date held by the combo: compared here)
        at = next((i for i in range(self.day.count()) if self.day.itemData(i) == shown.day), 0)
        self.day.setCurrentIndex(at)
        self.day.blockSignals(False)
        self.closed.setText(shown.closed)
        self.closed.setVisible(bool(shown.closed))
        self.slots.show_day(shown, keep or self.slots.chosen())

    def _unavailable(self, error) -> None:
        self.banner.show_message(describe(error), "error")

    # -- the applicant -------------------------------------------------------------------------------
    def prefill(self, name: str, id_number: str, phone: str, matter_code: str, matter_name: str) -> None:
        """The intake's applicant (and matter), when nothing is typed here yet."""
        if any(e.text().strip() for e in (self.name, self.id_number, self.phone, self.matter.edit)):
            return
        self.name.setText(name)
        self.id_number.setText(id_number)
        self.phone.setText(phone)
        if matter_name:
            shown = f"{matter_name}（{matter_code}）" if matter_code else matter_name
            self.matter.edit.setText(shown)
            self._picked = (matter_code, matter_name, shown) if matter_code else None

    def take_card(self, holder) -> str:
        """A card on the reader: the booker's name and ID number; returns what to tell the clerk."""
        self.name.setText(holder.name)
        self.id_number.setText(holder.cert_number)
        for key in ("booking.name", "booking.id_number"):
            self.fields[key].set_problem("")
        if not self.phone.text().strip():
            self.phone.setFocus()
        return self.tr("已读取{0}：{1}，已填入姓名和证件号码。").format(
            holder.card_label, mask_name(holder.name)
        )

    def _matter_picked(self, code: str, name: str) -> None:
        self._picked = (code, name, self.matter.edit.text())
        self.name.setFocus()

    # -- booking -------------------------------------------------------------------------------------
    def typed(self) -> NewBooking:
        code, name = "", self.matter.edit.text().strip()
        if self._picked is not None and self._picked[2] == self.matter.edit.text():
            code, name = self._picked[0], self._picked[1]
        return NewBooking(
            channel=Channel(self.channel.currentData()),  # (the combo hands a StrEnum back as str)
            category=self.category.currentData() or "",
            day=self.day.currentData(),
            slot=self.slots.chosen(),
            name=self.name.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            matter_code=code,
            matter_name=name,
        )

    def book(self) -> None:
        if self._sending:
            return  # a second Ctrl+Enter while the first is on its way books nothing more
        if self.day_shown is None:  # no slots came (no server): ask again, it says why if still none
            self.start()
            return
        self._sending = True
        typed, appointments = self.typed(), self._appointments
        self._worker.run(lambda: appointments.book(typed), self._booked, self._refused)

    def _booked(self, booked: Booked) -> None:
        self._sending = False
        phone = self.phone.text()
        for edit in (self.name, self.id_number, self.phone):
            edit.clear()
        self.matter.reset()
        self._picked = None
        what = booked.category_name + (f"（{booked.matter_name}）" if booked.matter_name else "")
        text = self.tr("已预约：预约码 {0}，{1} {2}，{3}。预约前一天将向{4}发送提醒短信。").format(
            booked.code, booked.day.isoformat(), booked.slot, what, mask_phone("".join(phone.split()))
        )
        if booked.channel is Channel.PHONE:
            text += self.tr("请把预约码读给来电人。")
        if booked.slip:
            text += " " + render(booked.slip)
        self.banner.show_message(text, "success")
        self.load_day(booked.day)  # one place fewer in that slot
        self.booked.emit(booked)
        self.name.setFocus()

    def _refused(self, error) -> None:
        self._sending = False
        problems = error.problems if isinstance(error, ValidationFailed) else ()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(render(problem.message))
        for key, field in self.fields.items():
            field.set_problem("；".join(by_field.get(key, [])))
        self.banner.show_message(describe(error), "error")
        first = next((f for f in self.fields.values() if f.problem_text()), None)
        if first is not None:
            first.editor.setFocus()
        elif isinstance(error, AppointmentRefused) and error.code == "slot_full":
            self.load_day(self.day.currentData())  # the slot shows full now; the others as they are
            self.slots.setFocus()
