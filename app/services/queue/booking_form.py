"""What the clerk types to book 预约 for an applicant, what comes back, and the checks made here
before anything is sent: each problem on its field, in words the clerk can act on, so a booking
the server would only refuse for a typo is corrected at the counter (or on the phone) at once.

The server checks again (app/domain/appointments.booking_problem and its own form checks); this
is the part that needs no server: a name, a readable ID number, a mobile for the SMS, a slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.appointments import Channel
from app.domain.id_numbers import IdNumberError, validate_resident_id
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.errors import Problem, ValidationFailed

NAME_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写预约人的姓名")
ID_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写预约人的证件号码：签到刷证、取消预约都凭它")
ID_FORM = QT_TRANSLATE_NOOP("messages", "证件号码应为6至36位字母或数字，请核对")
PHONE_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写手机号码：预约前一天的提醒短信发往此号")
PHONE_FORM = QT_TRANSLATE_NOOP("messages", "手机号码应为1开头的11位数字（提醒短信发往此号），请核对")
CATEGORY_NEEDED = QT_TRANSLATE_NOOP("messages", "请选择业务类别")
SLOT_NEEDED = QT_TRANSLATE_NOOP("messages", "请选择预约日期和时段")
CODE_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写预约码（短信或预约凭条上的8位字母数字）")
TO_CORRECT = QT_TRANSLATE_NOOP("messages", "请改正标出的内容后再提交")

MAX_NAME = 60
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_OTHER_ID = re.compile(r"^[A-Z0-9]{6,36}$")  # passports, permits: their own forms, checked by length
_RESIDENT_LIKE = re.compile(r"^\d{17}[\dX]$|^\d{15}$")  # read as a resident ID, with its checks


@dataclass(frozen=True)
class NewBooking:
    """A booking as typed in the dialog."""

    channel: Channel
    category: str
    day: date | None
    slot: str  # 09:00-09:30
    name: str
    id_number: str
    phone: str
    matter_code: str = ""
    matter_name: str = ""


@dataclass(frozen=True)
class FreeSlot:
    label: str
    capacity: int
    taken: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.taken)


@dataclass(frozen=True)
class BookingDay:
    """A category's slots on a day, or why there are none (`closed`), and the days bookable now."""

    category: str
    day: date
    slots: tuple[FreeSlot, ...]
    closed: str
    bookable_days: tuple[date, ...]


@dataclass(frozen=True)
class Booked:
    """A booking the server holds (made, or cancelled)."""

    code: str
    category_name: str
    day: date
    slot: str
    matter_name: str
    channel: Channel
    state: str  # booked | cancelled | checked_in | missed
    masked_name: str
    message: str  # the server's sentence (已预约… / 已取消…)
    slip: Message | str = ""  # what printing the booking slip said ("" when none was printed)


def normalised_id(text: str) -> str:
    return "".join(text.split()).upper()


def check_booking(booking: NewBooking, today: date) -> NewBooking:
    """The booking trimmed as it will be sent, or ValidationFailed with each problem on its field
    (booking.category, booking.slot, booking.name, booking.id_number, booking.phone)."""
    problems: list[Problem] = []
    if not booking.category:
        problems.append(Problem("booking.category", Message(CATEGORY_NEEDED)))
    if booking.day is None or not booking.slot:
        problems.append(Problem("booking.slot", Message(SLOT_NEEDED)))
    name = " ".join(booking.name.split())
    if not name:
        problems.append(Problem("booking.name", Message(NAME_NEEDED)))
    id_number = normalised_id(booking.id_number)
    problem = id_problem(id_number, today)
    if problem is not None:
        problems.append(Problem("booking.id_number", problem))
    phone = "".join(booking.phone.split()).replace("-", "")
    if not phone:
        problems.append(Problem("booking.phone", Message(PHONE_NEEDED)))
    elif not _MOBILE.match(phone):
        problems.append(Problem("booking.phone", Message(PHONE_FORM)))
    if problems:
        raise ValidationFailed(problems, Message(TO_CORRECT))
    return NewBooking(
        Channel(booking.channel),
        booking.category,
        booking.day,
        booking.slot,
        name[:MAX_NAME],
        id_number,
        phone,
        booking.matter_code.strip(),
        booking.matter_name.strip(),
    )


def id_problem(id_number: str, today: date) -> Message | None:
    """What is wrong with a booker's ID number: a resident ID's own checks (a typo caught
    here, not at the kiosk on the day), any other document's length and characters."""
    if not id_number:
        return Message(ID_NEEDED)
    if _RESIDENT_LIKE.match(id_number):
        try:
            validate_resident_id(id_number, today)
        except IdNumberError as exc:
            return exc.message
        return None
    return None if _OTHER_ID.match(id_number) else Message(ID_FORM)


def check_cancel(code: str, id_number: str, today: date) -> tuple[str, str]:
    """The code and the ID number as they will be sent, or ValidationFailed (cancel.code,
    cancel.id_number)."""
    problems: list[Problem] = []
    code = "".join(code.split()).upper()
    if len(code) < 4:
        problems.append(Problem("cancel.code", Message(CODE_NEEDED)))
    id_number = normalised_id(id_number)
    problem = id_problem(id_number, today)
    if problem is not None:
        problems.append(Problem("cancel.id_number", problem))
    if problems:
        raise ValidationFailed(problems, Message(TO_CORRECT))
    return code, id_number
