"""A category's 预约 slots on a day, and the open days a booking may reach, around 2026's
National Day: the hall's hours cut into slots on a workday, a 不打烊 Saturday morning and a
调休 Saturday; none on a public holiday or a closure, each saying why; the horizon counts open
days, so the holiday pushes it out (sqlite and postgresql)."""

from __future__ import annotations

import pytest
from appointment_hall import (
    SLOTS,
    booked,
    booking,
    hall_moment,
    online_gateway,
    open_for_booking,
    plan,
    refused,
)
from queue_hall import open_hall

MORNING = ["09:00-09:30", "09:30-10:00", "10:00-10:30", "10:30-11:00", "11:00-11:30", "11:30-12:00"]
AFTERNOON = ["13:30-14:00", "14:00-14:30", "14:30-15:00", "15:00-15:30", "15:30-16:00", "16:00-16:30"]
AFTERNOON += ["16:30-17:00"]


@pytest.fixture
def hall(server_config):
    for hall in open_hall(server_config):
        hall.clock.now = hall_moment("2026-09-28")  # Monday before National Day, 09:30
        open_for_booking(
            hall,
            plans=[plan("general", capacity=2, horizon_days=12), plan("social", horizon_days=5)],
            closures=[{"first": "2026-10-09", "last": "2026-10-09", "reason": "停电检修"}],
        )
        yield hall


def _slots(hall, day: str, category: str = "general", headers=None) -> dict:
    r = hall.client.get(SLOTS, params={"category": category, "day": day}, headers=headers or hall.headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_a_workday_is_cut_into_slots_and_today_offers_those_not_yet_begun(hall):
    tomorrow = _slots(hall, "2026-09-29")
    assert [s["label"] for s in tomorrow["slots"]] == MORNING + AFTERNOON  # 12:00-13:30 is lunch
    assert {(s["capacity"], s["taken"]) for s in tomorrow["slots"]} == {(2, 0)}
    assert tomorrow["closed"] == ""
    today = _slots(hall, "2026-09-28")  # 09:30: the 09:30 slot has begun
    assert today["slots"][0]["label"] == "10:00-10:30" and len(today["slots"]) == len(MORNING + AFTERNOON) - 2
    booked(hall, booking("SL-1", "2026-09-29", "09:00-09:30", category="general"))
    taken = {s["label"]: s["taken"] for s in _slots(hall, "2026-09-29")["slots"]}
    assert taken["09:00-09:30"] == 1 and taken["09:30-10:00"] == 0


def test_saturdays_holidays_and_closures(hall):
    # 不打烊: an ordinary Saturday keeps the hall's Saturday morning
    assert [s["label"] for s in _slots(hall, "2026-10-17")["slots"]] == MORNING
    # a 调休 Saturday is a working day, with the workday's hours
    assert [s["label"] for s in _slots(hall, "2026-10-10")["slots"]] == MORNING + AFTERNOON
    holiday = _slots(hall, "2026-10-02")
    assert holiday["slots"] == [] and "法定节假日" in holiday["closed"]
    closure = _slots(hall, "2026-10-09")
    assert closure["slots"] == [] and "闭厅" in closure["closed"] and "停电检修" in closure["closed"]
    sunday = _slots(hall, "2026-10-11")
    assert sunday["slots"] == [] and "休息" in sunday["closed"]
    past = _slots(hall, "2026-09-27")
    assert past["slots"] == [] and "已过" in past["closed"]
    # a category without 号源 takes no bookings
    assert "不接受预约" in _slots(hall, "2026-09-29", "realty")["closed"]
    # and nobody books what the day does not have
    assert "法定节假日" in refused(hall, booking("SL-2", "2026-10-02", category="general"), "booking_refused")
    said = refused(hall, booking("SL-3", "2026-09-29", "12:00-12:30", category="general"), "booking_refused")
    assert "没有12:00-12:30这个时段" in said
    assert "已开始" in refused(
        hall, booking("SL-4", "2026-09-28", "09:00-09:30", category="general"), "booking_refused"
    )


def test_the_horizon_counts_open_days_across_the_holiday(hall):
    days = _slots(hall, "2026-09-29", "social")["bookable_days"]
    # five open days: three before National Day, none during it or on the closure, then two after
    assert days == ["2026-09-28", "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-10"]
    last = booked(hall, booking("HZ-1", "2026-10-10"))
    assert last["state"] == "booked" and last["slot"] == "10:00-10:30"
    far = refused(hall, booking("HZ-2", "2026-10-12", id_number="330429199003152029"), "booking_refused")
    assert "最多可预约5个开放日内（至2026-10-10）" in far
    assert "还不能预约" in _slots(hall, "2026-10-12", "social")["closed"]


def test_the_online_hall_reads_slots_too_but_a_window_needs_its_clerk(hall):
    gateway = online_gateway(hall)
    assert _slots(hall, "2026-09-29", headers=gateway)["slots"][0]["label"] == "09:00-09:30"
    r = hall.client.get(
        SLOTS, params={"category": "general", "day": "2026-09-29"}, headers=hall.window_terminal
    )
    assert r.status_code == 401 and r.json()["code"] == "sign_in_required"
    r = hall.client.get(SLOTS, params={"category": "nope", "day": "2026-09-29"}, headers=gateway)
    assert r.status_code == 404 and r.json()["code"] == "unknown_category"
