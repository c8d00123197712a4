"""预约 at the window and by phone: a clerk books a later visit for the applicant at the counter,
or for a caller on the phone, and cancels one for its booker (app/sync/appointment_protocol.py).

Booking needs the server (a slot's last place goes to one booking, hall-wide), so unlike the
queue's paper tickets nothing is kept here to send later: with no server the clerk is told so at
once and the applicant can book online. The calls go through the queue's link, in the name of
the clerk signed in (QueueTransport's day_slots, book, cancel_booking).

The booking code is made here: 8 letters and digits without 0/O and 1/I, read out on the phone
without spelling. A booking sent again after an answer was lost keeps its code, so the server
answers it as the first (one booking, not two); another booking gets a new one. A booking made
at the counter prints a 预约凭条 on the slip printer; a phone booking's caller gets the SMS.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from app.domain.appointments import Channel
from app.domain.masking import mask_name
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.clock import Clock
from app.services.errors import ServiceError
from app.services.queue.booking_form import (
    Booked,
    BookingDay,
    FreeSlot,
    NewBooking,
    check_booking,
    check_cancel,
)
from app.sync.errors import Refused, ServerUnreachable, TransportError, Unauthorised

if TYPE_CHECKING:  # the wire models load with the first request
    from app.services.documents.slips import SlipService
    from app.sync.appointment_protocol import BookingAnswer
    from app.sync.queue_transport import QueueTransport

__all__ = ["AppointmentRefused", "Appointments", "Booked", "BookingDay", "FreeSlot", "NewBooking"]

CODE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, no 1/I: read out without spelling
CODE_LENGTH = 8
OFFLINE = QT_TRANSLATE_NOOP("messages", "预约需要连接服务器：现在连不上，请稍后再试或请申请人网上预约")
STANDALONE = QT_TRANSLATE_NOOP(
    "messages", "本工作台未连接中心服务器（单机模式），不能登记预约：请申请人网上预约或到服务台预约"
)
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP(
    "messages",
    "中心服务器要求您重新登录后才能登记预约（您是离线登录的，或登录已过期）：请按“切换用户”重新登录",
)
NO_CATEGORIES = QT_TRANSLATE_NOOP("messages", "尚未取得本大厅的业务类别：请连通服务器后再试")
SLIP_NOT_PRINTED = QT_TRANSLATE_NOOP("messages", "预约凭条未打印：{reason}")


class AppointmentRefused(ServiceError):
    """No booking: the server refused (its reason), cannot be reached, or this workbench has none."""

    def __init__(self, message: Message | str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


class Appointments:
    def __init__(
        self,
        link: Callable[[], QueueTransport | None],
        hall_config: Callable[[], str],
        clock: Clock,
        slips: SlipService | None = None,
        make_code: Callable[[], str] = new_code,
    ) -> None:
        self._link = link  # None: standalone
        self._hall_config = hall_config  # the hall's configuration JSON as last pulled
        self._clock = clock
        self._slips = slips
        self._make_code = make_code
        self._lock = threading.Lock()
        self._unanswered: tuple[NewBooking, str] | None = None  # a booking sent, no answer, its code

    # -- reading ---------------------------------------------------------------------------------
    def categories(self) -> tuple[tuple[str, str], ...]:
        """The hall's open categories (code, name): as last pulled, else asked of the server."""
        found = _categories_of(self._hall_config())
        if found:
            return found
        hall = self._call(lambda link: link.hall())
        found = tuple((c.code, c.name) for c in hall.categories if c.active)
        if not found:
            raise AppointmentRefused(Message(NO_CATEGORIES))
        return found

    def day(self, category: str, day: date | None = None) -> BookingDay:
        """The category's slots on `day` (today when None) and the days bookable now; a day
        asked that is not bookable while others are comes back as the first of those."""
        asked = day or self._clock().date()
        answer = self._call(lambda link: link.day_slots(category, asked))
        if answer.closed and answer.bookable_days and day is None and asked not in answer.bookable_days:
            first = answer.bookable_days[0]
            answer = self._call(lambda link: link.day_slots(category, first))
        return BookingDay(
            category=answer.category,
            day=answer.day,
            slots=tuple(FreeSlot(s.label, s.capacity, s.taken) for s in answer.slots),
            closed=answer.closed,
            bookable_days=tuple(answer.bookable_days),
        )

    # -- booking ---------------------------------------------------------------------------------
    def book(self, typed: NewBooking) -> Booked:
        """Book (checked here first: ValidationFailed with each problem on its field), then
        print the slip of a booking made at the counter."""
        booking = check_booking(typed, self._clock().date())
        with self._lock:
            code = self._code_for(booking)
            try:
                answer = self._send(booking, code)
            except AppointmentRefused as exc:
                if exc.code != "appointment_exists":
                    raise
                # another booking of that day holds the code (one in 32⁸): a new one, once
                answer = self._send(booking, self._code_for(booking, fresh=True))
        booked = _booked(answer)
        if booking.channel is Channel.WINDOW and self._slips is not None:
            booked = _with_slip(booked, self._slips, booking)
        return booked

    def _code_for(self, booking: NewBooking, fresh: bool = False) -> str:
        if not fresh and self._unanswered is not None and self._unanswered[0] == booking:
            return self._unanswered[1]  # the same booking again: the server answers as before
        self._unanswered = (booking, self._make_code())
        return self._unanswered[1]

    def _send(self, booking: NewBooking, code: str) -> BookingAnswer:
        from app.sync.appointment_protocol import BookingRequest

        request = BookingRequest(
            code=code,
            category=booking.category,
            day=booking.day,
            slot=booking.slot,
            name=booking.name,
            id_number=booking.id_number,
            phone=booking.phone,
            matter_code=booking.matter_code,
            matter_name=booking.matter_name[:200],
            channel=booking.channel.value,
        )
        try:
            answer = self._call(lambda link: link.book(request))
        except AppointmentRefused as exc:
            if exc.code != "unreachable":
                self._unanswered = None  # answered (no): the next try is a new booking
            raise
        self._unanswered = None
        return answer

    def cancel(self, code: str, day: date, id_number: str) -> Booked:
        """Cancel the booking of `code` on `day` for the person whose ID number it was made with."""
        from app.sync.appointment_protocol import CancelRequest

        code, id_number = check_cancel(code, id_number, self._clock().date())
        request = CancelRequest(code=code, day=day, id_number=id_number)
        return _booked(self._call(lambda link: link.cancel_booking(request)))

    # -- the server ------------------------------------------------------------------------------
    def _call(self, fn):
        link = self._link()
        if link is None:
            raise AppointmentRefused(Message(STANDALONE), "standalone")
        try:
            return fn(link)
        except ServerUnreachable as exc:
            raise AppointmentRefused(Message(OFFLINE), "unreachable") from exc
        except Unauthorised as exc:
            said = Message(SIGN_IN_AGAIN) if exc.code == "sign_in_required" else message_of(exc)
            raise AppointmentRefused(said, exc.code) from exc
        except Refused as exc:
            raise AppointmentRefused(exc.detail, exc.code) from exc
        except TransportError as exc:
            raise AppointmentRefused(message_of(exc), exc.code) from exc


def _categories_of(stored: str) -> tuple[tuple[str, str], ...]:
    if not stored:
        return ()
    try:
        categories = json.loads(stored).get("categories") or []
        return tuple((c["code"], c["name"]) for c in categories if c.get("active", True))
    except (ValueError, AttributeError, KeyError, TypeError):
        return ()  # unreadable: asked of the server instead


def _booked(answer: BookingAnswer) -> Booked:
    return Booked(
        code=answer.code,
        category_name=answer.category_name,
        day=answer.day,
        slot=answer.slot,
        matter_name=answer.matter_name,
        channel=Channel(answer.channel),
        state=answer.state,
        masked_name=answer.masked_name,
        message=answer.message,
    )


def _with_slip(booked: Booked, slips: SlipService, booking: NewBooking) -> Booked:
    """The booking stands whatever the printer does: its outcome is said beside it."""
    try:
        outcome = slips.print_booking_slip(
            booked.code,
            booked.category_name,
            booked.day,
            booked.slot,
            booked.matter_name,
            booked.masked_name or mask_name(booking.name),
        )
    except ServiceError as exc:
        return replace(booked, slip=Message(SLIP_NOT_PRINTED, reason=exc.message))
    return replace(booked, slip=outcome.message)
