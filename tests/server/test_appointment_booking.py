"""Booking 预约 at a window: a slot fills to its capacity, one booking per person, category and
day, so many open bookings a person; a resend answers as before; the booker alone cancels; the
kiosk's check-in carries the booking's matter to the ticket the window calls, and refuses a
booking cancelled, missed or of another day (sqlite and postgresql)."""

from __future__ import annotations

from datetime import date

import pytest
from appointment_hall import (
    BOOK,
    CANCEL,
    LI_SI,
    ONLINE_CANCEL,
    QIAN,
    SUN,
    ZHAO,
    booked,
    booking,
    online_gateway,
    open_for_booking,
    plan,
    refused,
)
from queue_hall import W2, open_hall
from sqlalchemy import select

from server.store.models import AppointmentRow
from server.sync.catalog_codes import current_codes

TOMORROW = "2026-11-24"  # the clock: Monday 2026-11-23, 09:30 in the hall


@pytest.fixture
def hall(server_config):
    for hall in open_hall(server_config):
        open_for_booking(hall, plans=[plan("social", capacity=2), plan("general"), plan("realty")])
        yield hall


def test_a_slot_fills_to_its_capacity_and_a_cancellation_frees_a_place(hall):
    first = booked(hall, booking("CAP-1", TOMORROW))
    assert first["state"] == "booked" and first["channel"] == "window" and first["masked_name"] == "赵*"
    assert first["category_name"] == "社保医保" and "预约码CAP-1" in first["message"]
    booked(hall, booking("CAP-2", TOMORROW, id_number=QIAN, name="钱二", channel="phone"))
    full = refused(hall, booking("CAP-3", TOMORROW, id_number=SUN, name="孙三"), "slot_full")
    assert "已约满（2人）" in full
    # the next slot is free, and a cancellation gives the place back
    booked(hall, booking("CAP-3", TOMORROW, "10:30-11:00", id_number=SUN, name="孙三"))
    cancelled = hall.client.post(
        CANCEL, json={"code": "cap-1", "day": TOMORROW, "id_number": ZHAO}, headers=hall.headers
    )
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled", cancelled.text
    assert booked(hall, booking("CAP-4", TOMORROW, id_number=LI_SI, name="李四"))["state"] == "booked"


def test_one_booking_per_category_and_day_and_a_limit_on_open_bookings(hall):
    booked(hall, booking("ONE-1", TOMORROW))
    same_day = refused(hall, booking("ONE-2", TOMORROW, "14:00-14:30"), "already_booked")
    assert "已预约2026-11-24的此类业务（10:00-10:30）" in same_day
    booked(hall, booking("ONE-3", TOMORROW, "14:00-14:30", category="general"))  # another category
    booked(hall, booking("ONE-4", "2026-11-25"))
    too_many = refused(hall, booking("ONE-5", "2026-11-26"), "too_many_bookings")
    assert "已有3个未到期的预约（每人最多3个）" in too_many


def test_a_resend_answers_as_before_and_another_booking_under_its_code_is_refused(hall):
    body = booking("wx-1234", TOMORROW)
    first = booked(hall, body)
    assert first["code"] == "WX-1234"
    booked(hall, booking("FILL-1", TOMORROW, id_number=QIAN, name="钱二"))  # the slot is full now
    assert booked(hall, body) == first  # … the resend still answers as the first did
    for other in ({"slot": "10:30-11:00"}, {"id_number": QIAN}, {"phone": "13900000009"}):
        said = refused(hall, {**body, **other}, "appointment_exists")
        assert "WX-1234" in said
    with hall.ctx.sessions() as s:
        assert s.scalar(select(AppointmentRow.id).where(AppointmentRow.code == "WX-1234")) is not None
        tomorrow = select(AppointmentRow).where(AppointmentRow.day == date(2026, 11, 24))
        assert len(s.scalars(tomorrow).all()) == 2


def test_bodies_that_are_no_booking_are_refused_with_a_reason(hall):
    cases = [
        ({"channel": "online"}, "网上大厅"),
        ({"phone": "not a phone"}, "手机号码"),
        ({"name": "赵\x00一"}, "控制字符"),
        ({"matter_code": "NO-SUCH-MATTER"}, "事项清单"),
    ]
    for change, said in cases:
        r = hall.client.post(BOOK, json={**booking("BAD-1", TOMORROW), **change}, headers=hall.headers)
        assert said in hall.refused(r, 400, "bad_request"), change
    r = hall.client.post(BOOK, json={**booking("BAD-1", TOMORROW), "slot": "10:00"}, headers=hall.headers)
    assert r.status_code == 422 and r.json()["code"] == "bad_request"
    assert "已过" in refused(hall, booking("OLD-1", "2026-11-20"), "booking_refused")


def test_only_the_booker_cancels_and_not_once_the_slot_has_begun(hall):
    booked(hall, booking("CXL-1", TOMORROW))
    wrong = {"code": "CXL-1", "day": TOMORROW, "id_number": QIAN}
    said = hall.refused(hall.client.post(CANCEL, json=wrong, headers=hall.headers), 409, "no_appointment")
    assert QIAN not in said
    unknown = {"code": "CXL-9", "day": TOMORROW, "id_number": ZHAO}
    assert said.replace("CXL-1", "CXL-9") == hall.refused(
        hall.client.post(CANCEL, json=unknown, headers=hall.headers), 409, "no_appointment"
    )  # a wrong ID number says no more than a code nobody booked
    right = {"code": "CXL-1", "day": TOMORROW, "id_number": ZHAO.lower()}
    first = hall.client.post(CANCEL, json=right, headers=hall.headers).json()
    assert first["state"] == "cancelled" and "已取消" in first["message"]
    assert hall.client.post(CANCEL, json=right, headers=hall.headers).json() == first  # again: the same
    booked(hall, booking("CXL-2", "2026-11-23", "10:00-10:30"))
    hall.clock.advance(minutes=31)  # 10:01
    begun = {"code": "CXL-2", "day": "2026-11-23", "id_number": ZHAO}
    assert "已开始" in hall.refused(
        hall.client.post(CANCEL, json=begun, headers=hall.headers), 409, "appointment_used"
    )


def test_a_checked_in_booking_carries_its_matter_to_the_ticket_and_the_window(hall):
    with hall.ctx.sessions() as s:
        matter = sorted(current_codes(s))[0]
    body = booking("MAT-1", "2026-11-23", matter_code=matter, matter_name="城乡居民养老保险参保登记")
    assert booked(hall, body)["matter_name"] == "城乡居民养老保险参保登记"
    ticket = hall.take(source="appointment", appointment_code="mat-1")["ticket"]
    assert ticket["priority"] == "appointment" and ticket["category"] == "social"
    assert (ticket["matter_code"], ticket["matter_name"]) == (matter, "城乡居民养老保险参保登记")
    walk_in = hall.take("social")["ticket"]
    assert (walk_in["matter_code"], walk_in["matter_name"]) == ("", "")
    called = hall.act(W2, "call_next")["ticket"]
    assert called["number"] == ticket["number"] and called["matter_code"] == matter
    # checked in: no longer to cancel
    done = {"code": "MAT-1", "day": "2026-11-23", "id_number": ZHAO}
    assert "已签到" in hall.refused(
        hall.client.post(CANCEL, json=done, headers=hall.headers), 409, "appointment_used"
    )


def test_a_booking_cancelled_missed_or_of_another_day_is_not_checked_in(hall):
    booked(hall, booking("CI-1", "2026-11-23"))
    hall.client.post(
        CANCEL, json={"code": "CI-1", "day": "2026-11-23", "id_number": ZHAO}, headers=hall.headers
    )
    said = hall.refused(hall.take_raw(source="appointment", appointment_code="CI-1"), 409, "no_appointment")
    assert "已取消" in said
    by_card = hall.take_raw(source="appointment", applicant={"name": "赵一", "id_number": ZHAO})
    assert "已取消" in hall.refused(by_card, 409, "no_appointment")
    booked(hall, booking("CI-2", TOMORROW, id_number=QIAN, name="钱二"))
    early = hall.refused(hall.take_raw(source="appointment", appointment_code="CI-2"), 409, "no_appointment")
    assert "2026-11-24" in early and "当天签到" in early
    gateway = online_gateway(hall)
    hall.clock.advance(days=2)  # Wednesday: CI-2's day has passed unattended
    missed = hall.refused(hall.take_raw(source="appointment", appointment_code="CI-2"), 409, "no_appointment")
    assert "已过期未签到" in missed
    # nor cancelled any more (the online hall's gateway: a terminal's credential does not expire)
    late = {"code": "CI-2", "day": TOMORROW, "id_number": QIAN}
    answer = hall.client.post(ONLINE_CANCEL, json=late, headers=gateway)
    assert "已过" in hall.refused(answer, 409, "appointment_used")
