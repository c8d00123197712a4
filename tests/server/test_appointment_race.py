"""Bookings racing on PostgreSQL, each on a connection of its own: a slot's last place goes to one
booking only, and a person's limit holds against their own bookings of two categories at once."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date

import pytest
from appointment_hall import open_for_booking, plan
from queue_hall import open_hall
from sqlalchemy import func, select, text

from app.domain.appointments import Channel
from app.sync.appointment_protocol import BookingRequest
from server.config import ServerConfig
from server.queue.booking import book
from server.refusals import Conflict
from server.store.models import AppointmentRow

DAY = date(2026, 11, 24)  # the clock: Monday 2026-11-23, 09:30 in the hall
PEOPLE = [  # made-up residents (valid check digits)
    "110101199001010015",
    "110101199001020010",
    "110101199001030016",
    "110101199001040011",
    "110101199001050017",
    "110101199001060012",
    "110101199001070018",
    "110101199001080013",
]
BOUND = 60  # seconds: bounds a hang only


@pytest.fixture
def hall(pg_url, tmp_path):
    config = ServerConfig(database_url=pg_url, blob_dir=tmp_path / "blobs", statistics_keep_interval=0)
    yield from open_hall(replace(config, queue_analyze_interval=0))


def _request(
    code: str, id_number: str, category: str = "social", slot: str = "10:00-10:30"
) -> BookingRequest:
    return BookingRequest(
        code=code,
        category=category,
        day=DAY,
        slot=slot,
        name="赛跑者",
        id_number=id_number,
        phone="13900000000",
    )


def _race(hall, requests: list[BookingRequest]) -> tuple[list[str], list[Conflict]]:
    """Every request booked at once, each on a thread (and so a connection) of its own."""
    start = threading.Barrier(len(requests))
    won: list[str] = []
    lost: list[Conflict] = []

    def run(request: BookingRequest) -> None:
        start.wait(BOUND)
        try:
            won.append(book(hall.ctx, "330429", request, Channel.WINDOW).code)
        except Conflict as refusal:
            lost.append(refusal)

    threads = [threading.Thread(target=run, args=(r,)) for r in requests]
    for t in threads:
        t.start()
    for t in threads:
        t.join(BOUND)
    assert not any(t.is_alive() for t in threads)
    return won, lost


def test_the_last_place_goes_to_one_of_eight_at_once(hall):
    open_for_booking(hall, plans=[plan("social", capacity=1)])
    won, lost = _race(hall, [_request(f"RACE-{n}", person) for n, person in enumerate(PEOPLE)])
    assert len(won) == 1 and len(lost) == 7
    assert {refusal.code for refusal in lost} == {"slot_full"}
    with hall.ctx.sessions() as s:
        booked = select(func.count()).select_from(AppointmentRow).where(AppointmentRow.day == DAY)
        assert s.scalar(booked) == 1


def test_a_booking_waits_for_the_one_holding_the_plan_and_then_sees_it(hall):
    """Deterministic: a booking in progress holds the category's plan row; the other waits on it
    (seen in pg_locks) and, once the first commits its booking, finds the slot full."""
    open_for_booking(hall, plans=[plan("social", capacity=1)])
    first = hall.ctx.engine.connect()
    transaction = first.begin()
    first.execute(
        text("SELECT 1 FROM appointment_plans WHERE hall_code = '330429' AND category = 'social' FOR UPDATE")
    )
    outcome: list[object] = []
    second = threading.Thread(target=lambda: outcome.append(_attempt(hall, _request("WAIT-2", PEOPLE[1]))))
    second.start()
    _wait_until_blocked(hall)
    # the first's booking, written under its lock, then committed
    first.execute(
        AppointmentRow.__table__.insert().values(
            hall_code="330429",
            day=DAY,
            code="WAIT-1",
            category="social",
            id_hash="x" * 64,
            name="",
            slot="10:00-10:30",
            booked_at=hall.clock.now,
            ticket="",
            channel="window",
            matter_code="",
            matter_name="",
            phone="",
        )
    )
    transaction.commit()
    first.close()
    second.join(BOUND)
    assert isinstance(outcome[0], Conflict) and outcome[0].code == "slot_full", outcome


def test_one_person_booking_two_categories_at_once_keeps_to_their_limit(hall):
    open_for_booking(hall, plans=[plan("social"), plan("general")], rules={"open_bookings_limit": 1})
    person = PEOPLE[0]
    won, lost = _race(
        hall, [_request("ME-1", person, "social"), _request("ME-2", person, "general", "14:00-14:30")]
    )
    assert len(won) == 1 and [refusal.code for refusal in lost] == ["too_many_bookings"]


def _attempt(hall, request: BookingRequest) -> object:
    try:
        return book(hall.ctx, "330429", request, Channel.WINDOW)
    except Conflict as refusal:
        return refusal


def _wait_until_blocked(hall) -> None:
    """Until a backend of the test's database waits on a lock (the second booking)."""
    deadline = time.monotonic() + BOUND
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    while True:
        with hall.ctx.engine.connect() as c:
            if c.scalar(waiting):
                return
        assert time.monotonic() < deadline, "the second booking never waited on the plan's lock"
        threading.Event().wait(0.01)
