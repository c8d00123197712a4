"""预约 at the window against the real central server (the demo hall, its clock on Monday
23 November 2026, 09:30): the workbench's use case reads a category's days and slots, books at
the counter with a matter, is refused a full slot in the server's words, resends a booking whose
answer was lost without booking twice, says when there is no server, cancels for the booker;
and the booking checked in at the kiosk reaches the window's call with its matter."""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_window_queue_service import hall_workbench, open_hall

from app.domain.appointments import Channel
from app.domain.tickets import TicketSource
from app.services.queue.appointments import AppointmentRefused, NewBooking
from app.sync.protocol import TERMINAL_HEADER
from app.sync.queue_protocol import TicketRequest
from server.seed import DEMO_PASSWORD
from server.store.models import AppointmentRow

MORNING = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in the hall, a Monday
TODAY, TOMORROW = date(2026, 11, 23), date(2026, 11, 24)
WANG = ("王小明", "11010519491231002X")
LI = ("李秀英", "341021195608120021")


@pytest.fixture
def hall(tmp_path):
    with open_hall(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path) as h:
        h.app.state.ctx.now = lambda: MORNING
        yield h


@pytest.fixture
def window(hall, tmp_path):
    services = hall_workbench(hall, tmp_path / "wb")
    open_for_booking(hall, services)
    yield services
    services.close()


def open_for_booking(hall, services) -> None:
    """The hall manager zhangjl (signed in on the workbench's terminal) sets the hours and 号源:
    综合受理 takes one booking a half hour."""
    terminal_id, secret = services.sync.credentials()
    session = hall.client.post(
        "/v1/sessions",
        json={"username": "zhangjl", "password": DEMO_PASSWORD},
        headers={"Authorization": f"Terminal {terminal_id}:{secret}"},
    )
    assert session.status_code == 200, session.text
    manager = {
        "Authorization": f"Bearer {session.json()['token']}",
        TERMINAL_HEADER: f"{terminal_id}:{secret}",
    }
    hours = {"workday": ["09:00-12:00", "13:30-17:00"], "saturday": [], "sunday": [], "closures": []}
    assert hall.client.put("/v1/manager/calendar/hours", json=hours, headers=manager).status_code == 200
    plans = {
        "plans": [{"category": "general", "slot_minutes": 30, "capacity": 1, "horizon_days": 5}],
        "rules": {"open_bookings_limit": 3, "no_show_limit": 3, "no_show_window_days": 30, "block_days": 30},
    }
    r = hall.client.put("/v1/manager/appointment-plans", json=plans, headers=manager)
    assert r.status_code == 200, r.text


def matter(services) -> tuple[str, str]:
    hit = services.catalog.search("jhdj", 1)[0]
    return hit.code, hit.name


def booking(who=WANG, day=TOMORROW, slot="09:00-09:30", **changes) -> NewBooking:
    fields = {
        "channel": Channel.WINDOW,
        "category": "general",
        "day": day,
        "slot": slot,
        "name": who[0],
        "id_number": who[1],
        "phone": "13800138000",
    }
    return NewBooking(**{**fields, **changes})


def rows(hall) -> list[AppointmentRow]:
    with hall.app.state.ctx.sessions() as s:
        return list(s.scalars(select(AppointmentRow).where(AppointmentRow.code.not_like("YY%"))))


def test_the_days_and_slots_then_a_booking_then_a_full_slot_refused(hall, window):
    day = window.appointments.day("general")
    assert day.day == TODAY and day.bookable_days[:2] == (TODAY, TOMORROW) and len(day.bookable_days) == 5
    assert day.slots[0].label == "10:00-10:30"  # today: the slots not yet begun
    code, name = matter(window)
    booked = window.appointments.book(booking(matter_code=code, matter_name=name))
    assert booked.state == "booked" and booked.category_name == "综合受理" and booked.masked_name == "王**"
    assert "预约凭条" in booked.slip  # booked at the counter: its slip went to the slip printer
    (row,) = rows(hall)
    assert (row.code, row.channel, row.matter_code, row.phone) == (booked.code, "window", code, "13800138000")
    assert [(s.label, s.free) for s in window.appointments.day("general", TOMORROW).slots[:2]] == [
        ("09:00-09:30", 0),
        ("09:30-10:00", 1),
    ]
    with pytest.raises(AppointmentRefused) as full:
        window.appointments.book(booking(LI, channel=Channel.PHONE))
    assert full.value.code == "slot_full" and "已约满（1人）" in str(full.value)
    phoned = window.appointments.book(booking(LI, slot="09:30-10:00", channel=Channel.PHONE))
    assert phoned.channel is Channel.PHONE and phoned.slip == ""
    assert len(rows(hall)) == 2


def test_a_lost_answer_is_resent_as_the_same_booking_and_no_server_is_said(hall, window):
    window.net.lose_answer_of = "POST /v1/queue/appointments"
    with pytest.raises(AppointmentRefused) as lost:
        window.appointments.book(booking())
    assert lost.value.code == "unreachable"
    booked = window.appointments.book(booking())  # Ctrl+Enter again
    (row,) = rows(hall)
    assert row.code == booked.code
    window.net.down = True
    with pytest.raises(AppointmentRefused) as offline:
        window.appointments.day("general", TOMORROW)
    assert str(offline.value) == "预约需要连接服务器：现在连不上，请稍后再试或请申请人网上预约"
    window.net.down = False
    cancelled = window.appointments.cancel(booked.code.lower(), TOMORROW, WANG[1])
    assert cancelled.state == "cancelled"
    with pytest.raises(AppointmentRefused):  # another person's number cancels nothing
        window.appointments.cancel(booked.code, TOMORROW, LI[1])


def test_a_booking_checked_in_reaches_the_windows_call_with_its_matter(hall, window):
    code, name = matter(window)
    booked = window.appointments.book(
        booking(day=TODAY, slot="14:00-14:30", matter_code=code, matter_name=name)
    )
    link = window.queue_link()
    request = TicketRequest(
        request_id=str(uuid.uuid4()),
        category="general",
        source=TicketSource.APPOINTMENT,
        appointment_code=booked.code,
    )
    number = link.take_ticket(request).ticket.number
    view = window.queue.call_next()
    assert view.current.number == number
    assert (view.current.matter_code, view.current.matter_name) == (code, name)
