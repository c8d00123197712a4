"""预约 at the window, the use case against a fake of the queue's transport: what is checked before
anything is sent, the booking code, a resend after a lost answer keeping its code, the words for
no server, a refusal in the server's words, the slip of a counter booking, and the day shown."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from app.domain.appointments import Channel
from app.services.errors import ValidationFailed
from app.services.queue.appointments import (
    CODE_LETTERS,
    AppointmentRefused,
    Appointments,
    NewBooking,
    new_code,
)
from app.sync.appointment_protocol import BookingAnswer, DaySlots, SlotFree
from app.sync.errors import Refused, ServerUnreachable, Unauthorised
from app.sync.protocol import HallConfig, ServiceCategory

VALID_ID = "11010519491231002X"
NOW = datetime(2026, 11, 23, 9, 30)  # a Monday in the hall
TOMORROW = date(2026, 11, 24)


class FakeQueue:
    """QueueTransport's 预约 calls: answers as the server would, or fails as told."""

    def __init__(self) -> None:
        self.sent: list = []
        self.fail: list[Exception] = []  # raised by the next calls, in order
        self.taken: dict[str, int] = {}
        self.asked_days: list[date] = []

    def _maybe_fail(self) -> None:
        if self.fail:
            raise self.fail.pop(0)

    def day_slots(self, category: str, day: date) -> DaySlots:
        self.asked_days.append(day)
        self._maybe_fail()
        bookable = [TOMORROW, date(2026, 11, 25)]
        if day not in bookable:
            return DaySlots(category=category, day=day, closed=f"{day}不能预约", bookable_days=bookable)
        slots = [
            SlotFree(label=s, capacity=2, taken=self.taken.get(s, 0)) for s in ("09:00-09:30", "09:30-10:00")
        ]
        return DaySlots(category=category, day=day, slots=slots, bookable_days=bookable)

    def book(self, request) -> BookingAnswer:
        self.sent.append(request)
        self._maybe_fail()
        return answer(request.code, request.day, request.slot, request.channel, request.matter_name)

    def cancel_booking(self, request) -> BookingAnswer:
        self.sent.append(request)
        self._maybe_fail()
        return answer(request.code, request.day, "09:00-09:30", "window", "", state="cancelled")

    def hall(self) -> HallConfig:
        self._maybe_fail()
        return HallConfig(
            code="330429",
            name="安和县政务服务中心",
            categories=[
                ServiceCategory(code="general", name="综合受理", prefix="A"),
                ServiceCategory(code="closed", name="停办", prefix="Z", active=False),
            ],
        )


def answer(code, day, slot, channel, matter_name, state="booked") -> BookingAnswer:
    return BookingAnswer(
        code=code,
        category="general",
        category_name="综合受理",
        day=day,
        slot=slot,
        matter_name=matter_name,
        channel=channel,
        state=state,
        booked_at=datetime(2026, 11, 23, 1, 30),
        masked_name="王**",
        message=f"已预约{day} {slot} 综合受理，预约码{code}",
    )


class Slips:
    def __init__(self) -> None:
        self.printed: list[tuple] = []

    def print_booking_slip(self, *args):
        from app.services.documents.slips import SlipOutcome

        self.printed.append(args)
        return SlipOutcome(True, "预约凭条已打印。", 0)


def typed(**changes) -> NewBooking:
    fields = {
        "channel": Channel.WINDOW,
        "category": "general",
        "day": TOMORROW,
        "slot": "09:00-09:30",
        "name": " 王小明 ",
        "id_number": VALID_ID.lower(),
        "phone": "138 0013 8000",
        "matter_code": "M1",
        "matter_name": "内地居民结婚登记",
    }
    return NewBooking(**{**fields, **changes})


@pytest.fixture
def queue() -> FakeQueue:
    return FakeQueue()


@pytest.fixture
def slips() -> Slips:
    return Slips()


@pytest.fixture
def appointments(queue, slips) -> Appointments:
    return Appointments(lambda: queue, lambda: "", lambda: NOW, slips)


def test_a_booking_goes_trimmed_with_a_code_of_its_own_and_prints_its_slip(appointments, queue, slips):
    booked = appointments.book(typed())
    (sent,) = queue.sent
    assert len(sent.code) == 8 and set(sent.code) <= set(CODE_LETTERS)
    assert (sent.name, sent.id_number, sent.phone, sent.channel) == (
        "王小明",
        VALID_ID,
        "13800138000",
        "window",
    )
    assert (sent.matter_code, sent.matter_name, sent.slot, sent.day) == (
        "M1",
        "内地居民结婚登记",
        "09:00-09:30",
        TOMORROW,
    )
    assert booked.code == sent.code and booked.channel is Channel.WINDOW and booked.slip == "预约凭条已打印。"
    assert slips.printed == [(sent.code, "综合受理", TOMORROW, "09:00-09:30", "内地居民结婚登记", "王**")]
    # a caller on the phone gets the SMS, no slip; and another booking another code
    phoned = appointments.book(typed(channel=Channel.PHONE, name="李秀英", id_number="11010519491231002x"))
    assert phoned.channel is Channel.PHONE and phoned.slip == "" and len(slips.printed) == 1
    assert queue.sent[1].code != sent.code


def test_codes_are_unambiguous():
    codes = {new_code() for _ in range(300)}
    assert len(codes) == 300
    assert not set("".join(codes)) & set("0O1I")


def test_what_cannot_be_booked_is_said_on_its_field_before_anything_is_sent(appointments, queue):
    with pytest.raises(ValidationFailed) as refused:
        appointments.book(typed(name=" ", id_number="110105194912310021", phone="1380013800", slot=""))
    fields = {p.field: str(p.message) for p in refused.value.problems}
    assert set(fields) == {"booking.name", "booking.id_number", "booking.phone", "booking.slot"}
    assert "校验位" in fields["booking.id_number"] and "11位" in fields["booking.phone"]
    assert queue.sent == []
    # a passport number has its own form: letters and digits, checked by length only
    assert appointments.book(typed(id_number="E12345678")).code


def test_no_server_says_so_and_a_resend_after_a_lost_answer_keeps_its_code(appointments, queue):
    queue.fail = [ServerUnreachable("timeout", "timeout")]
    with pytest.raises(AppointmentRefused) as offline:
        appointments.book(typed())
    assert str(offline.value) == "预约需要连接服务器：现在连不上，请稍后再试或请申请人网上预约"
    appointments.book(typed())  # the clerk presses Ctrl+Enter again
    first, again = queue.sent
    assert first.code == again.code  # the server answers it as the first: one booking
    appointments.book(typed())
    assert queue.sent[2].code != first.code  # answered: the next is a new booking


def test_a_refusal_is_the_servers_reason_and_the_next_try_is_a_new_booking(appointments, queue):
    queue.fail = [Refused("2026-11-24 09:00-09:30已约满（2人），请选其他时段", "slot_full")]
    with pytest.raises(AppointmentRefused) as full:
        appointments.book(typed())
    assert full.value.code == "slot_full" and "已约满" in str(full.value)
    appointments.book(typed(slot="09:30-10:00"))
    assert queue.sent[0].code != queue.sent[1].code


def test_a_code_taken_by_another_booking_is_replaced_once(appointments, queue):
    queue.fail = [Refused("2026-11-24已有预约码为X的另一预约，请换一个预约码", "appointment_exists")]
    booked = appointments.book(typed())
    first, second = queue.sent
    assert first.code != second.code and booked.code == second.code


def test_signed_in_offline_or_standalone_says_what_to_do(queue, slips):
    queue.fail = [Unauthorised("请登录", "sign_in_required")]
    appointments = Appointments(lambda: queue, lambda: "", lambda: NOW, slips)
    with pytest.raises(AppointmentRefused, match="重新登录"):
        appointments.day("general", TOMORROW)
    standalone = Appointments(lambda: None, lambda: "", lambda: NOW)
    with pytest.raises(AppointmentRefused, match="单机模式"):
        standalone.categories()


def test_the_first_day_shown_is_the_first_bookable_one(appointments, queue):
    queue.taken = {"09:00-09:30": 2}
    day = appointments.day("general")  # today, 23 November, is not bookable: 24 November is
    assert queue.asked_days == [NOW.date(), TOMORROW]
    assert day.day == TOMORROW and day.closed == "" and day.bookable_days == (TOMORROW, date(2026, 11, 25))
    assert [(s.label, s.free) for s in day.slots] == [("09:00-09:30", 0), ("09:30-10:00", 2)]
    far = appointments.day("general", date(2026, 12, 30))  # a day asked for is answered as it is
    assert far.slots == () and "不能预约" in far.closed


def test_categories_come_from_the_hall_as_last_pulled_else_from_the_server(queue):
    stored = json.dumps({"categories": [{"code": "realty", "name": "不动产登记", "active": True}]})
    assert Appointments(lambda: queue, lambda: stored, lambda: NOW).categories() == (
        ("realty", "不动产登记"),
    )
    assert Appointments(lambda: queue, lambda: "", lambda: NOW).categories() == (("general", "综合受理"),)


def test_cancelling_needs_the_code_and_the_bookers_id(appointments, queue):
    with pytest.raises(ValidationFailed) as refused:
        appointments.cancel("", TOMORROW, "123")
    assert {p.field for p in refused.value.problems} == {"cancel.code", "cancel.id_number"}
    cancelled = appointments.cancel(" abcd2345 ", TOMORROW, VALID_ID)
    assert cancelled.state == "cancelled" and queue.sent[-1].code == "ABCD2345"
