"""Booking through the online hall's gateway (an ONLINE terminal): always channel online, and
barred after no-shows (爽约) — three within 30 days bar online booking for 30 days from the last,
while the window and the phone still book for the person (sqlite and postgresql)."""

from __future__ import annotations

import pytest
from appointment_hall import (
    ONLINE_BOOK,
    ONLINE_CANCEL,
    QIAN,
    ZHAO,
    booked,
    booking,
    clerk,
    hall_moment,
    online_gateway,
    open_for_booking,
    refused,
)
from queue_hall import open_hall


@pytest.fixture
def hall(server_config):
    for hall in open_hall(server_config):
        open_for_booking(hall)
        yield hall


def test_three_no_shows_bar_online_booking_for_thirty_days_but_not_the_window(hall):
    gateway = online_gateway(hall)
    # booked online (the only channel there) and missed, three days running
    for code, day in (("NS-1", "2026-11-23"), ("NS-2", "2026-11-24"), ("NS-3", "2026-11-25")):
        answer = booked(hall, booking(code, day, channel="window"), gateway, ONLINE_BOOK)
        assert answer["channel"] == "online"  # the route's, whatever the body says
    hall.clock.now = hall_moment("2026-11-26")
    said = refused(hall, booking("NS-4", "2026-11-27"), "booking_blocked", gateway, ONLINE_BOOK)
    assert "30天内爽约已达3次，2026-12-25前不能网上预约" in said
    # a person at the window, or on the phone to it, still books
    window = clerk(hall)
    assert booked(hall, booking("NS-5", "2026-11-27"), window)["channel"] == "window"
    assert booked(hall, booking("NS-6", "2026-11-30", channel="phone"), window)["channel"] == "phone"
    for code, day in (("NS-5", "2026-11-27"), ("NS-6", "2026-11-30")):  # and cancels online
        r = hall.client.post(
            ONLINE_CANCEL, json={"code": code, "day": day, "id_number": ZHAO}, headers=gateway
        )
        assert r.status_code == 200 and r.json()["state"] == "cancelled", r.text
    # someone else is not barred
    booked(hall, booking("NS-7", "2026-11-27", id_number=QIAN, name="钱二"), gateway, ONLINE_BOOK)
    hall.clock.now = hall_moment("2026-12-24")
    refused(hall, booking("NS-8", "2026-12-25"), "booking_blocked", gateway, ONLINE_BOOK)
    hall.clock.now = hall_moment("2026-12-25")  # 30 days after the last no-show
    assert booked(hall, booking("NS-9", "2026-12-25"), gateway, ONLINE_BOOK)["state"] == "booked"


def test_a_booking_checked_in_or_cancelled_is_no_no_show(hall):
    gateway = online_gateway(hall)
    booked(hall, booking("OK-1", "2026-11-23"), gateway, ONLINE_BOOK)
    assert hall.take(source="appointment", appointment_code="OK-1")["ticket"]["priority"] == "appointment"
    booked(hall, booking("OK-2", "2026-11-24"), gateway, ONLINE_BOOK)
    cancel = {"code": "OK-2", "day": "2026-11-24", "id_number": ZHAO}
    assert hall.client.post(ONLINE_CANCEL, json=cancel, headers=gateway).status_code == 200
    booked(hall, booking("OK-3", "2026-11-25"), gateway, ONLINE_BOOK)  # the one no-show
    hall.clock.now = hall_moment("2026-11-26")
    assert booked(hall, booking("OK-4", "2026-11-27"), gateway, ONLINE_BOOK)["state"] == "booked"
