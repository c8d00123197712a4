"""Taking a number: counters per category and day, limits, closed categories, one waiting
ticket per ID, appointment check-in, and resends (sqlite and postgresql)."""

from __future__ import annotations

import pytest
from appointment_hall import booking, open_for_booking
from queue_hall import LI, W3, WANG, open_hall, rid


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def test_numbers_count_per_category_and_restart_the_next_day(hall):
    first = hall.take()
    assert first["ticket"]["number"] == "A001" and first["ahead"] == 0
    assert first["message"] == "您已领取A001号，前方等待0人"
    assert first["hall_name"] == "安和县政务服务中心"
    assert first["ticket"]["service_day"] == "2026-11-23" and first["ticket"]["state"] == "waiting"
    assert hall.number() == "A002"
    assert hall.number("realty") == "C001"
    third = hall.take()
    assert third["ticket"]["number"] == "A003" and third["ahead"] == 2
    assert third["message"] == "您已领取A003号，前方等待2人"
    # three windows serve 综合受理 at the default 8 minutes a service: 2 ahead → about 5 minutes
    assert third["estimated_wait_minutes"] == 5
    hall.clock.advance(hours=15)  # 00:30 the next day in the hall (16:30 UTC)
    nxt = hall.take()
    assert nxt["ticket"]["number"] == "A001" and nxt["ticket"]["service_day"] == "2026-11-24"
    assert nxt["ahead"] == 0  # yesterday's waiting tickets are not in today's queue


def test_a_resent_request_gets_the_same_ticket_and_takes_no_number(hall):
    request_id = rid()
    first = hall.take_raw(request_id=request_id).json()
    again = hall.take_raw(request_id=request_id)
    assert again.status_code == 200 and again.json() == first
    assert hall.number() == "A002"  # the resend used no number
    # the same id for another purpose is a client fault, refused
    r = hall.act_raw(W3, "call_next", request_id=request_id)
    hall.refused(r, 409, "request_reused")


def test_daily_limit_and_closed_and_unknown_categories_are_refused(hall):
    hall.configure(category_changes={"realty": {"daily_limit": 2}, "social": {"active": False}})
    assert hall.number("realty") == "C001" and hall.number("realty") == "C002"
    detail = hall.refused(hall.take_raw("realty"), 409, "category_full")
    assert "不动产登记" in detail and "2" in detail
    assert "不动产登记" in hall.refused(hall.take_raw("realty"), 409, "category_full")
    assert "社保医保" in hall.refused(hall.take_raw("social"), 409, "category_closed")
    hall.refused(hall.take_raw("passport"), 404, "unknown_category")
    # refusals used no number: lifting the limit continues at C003
    hall.configure(category_changes={"realty": {"daily_limit": 0}})
    assert hall.number("realty") == "C003"


def test_the_online_range_ends_below_the_offline_blocks(hall):
    hall.configure(queue={"offline_first": 103, "kiosk_block": 10})  # online numbers 1 … 102
    for expected in range(1, 103):
        assert hall.number("social") == f"D{expected:03d}"
    hall.refused(hall.take_raw("social"), 409, "category_full")


def test_one_waiting_ticket_per_id_card_and_category(hall):
    first = hall.take(source="id_card", applicant=WANG)
    assert first["ticket"]["masked_name"] == "王**" and first["ticket"]["applicant"] is None
    detail = hall.refused(hall.take_raw(source="id_card", applicant=WANG), 409, "already_waiting")
    assert "A001" in detail
    assert hall.number("enterprise", source="id_card", applicant=WANG) == "B001"  # another category
    assert hall.act(W3, "call_next")["ticket"]["number"] == "A001"
    # called is not finished: still one
    hall.refused(hall.take_raw(source="id_card", applicant=WANG), 409, "already_waiting")
    hall.act(W3, "finish")
    assert hall.number(source="id_card", applicant=WANG) == "A002"
    # a hall that allows several
    hall.configure(queue={"one_waiting_per_id": False})
    assert hall.number(source="id_card", applicant=WANG) == "A003"


def test_requests_that_make_no_sense_are_refused_with_a_reason(hall):
    assert "身份证" in hall.refused(hall.take_raw(source="id_card"), 400, "bad_request")
    assert "离线" in hall.refused(hall.take_raw(source="offline_kiosk"), 400, "bad_request")
    assert "预约" in hall.refused(hall.take_raw(priority="appointment"), 400, "bad_request")
    assert "预约" in hall.refused(hall.take_raw(source="appointment"), 400, "bad_request")
    r = hall.take_raw(source="walk_in", extra="x")
    assert r.status_code == 422 and r.json()["code"] == "bad_request"


def test_appointment_check_in_by_code_or_id_card_gets_priority_once(hall):
    walk_in = hall.number()
    by_code = hall.take("enterprise", source="appointment", appointment_code="yy0001")
    # the appointment's category wins over the button pressed
    assert by_code["ticket"]["number"] == "A002" and by_code["ticket"]["category"] == "general"
    assert by_code["ticket"]["priority"] == "appointment" and by_code["ahead"] == 0
    detail = hall.refused(
        hall.take_raw(source="appointment", appointment_code="YY0001"), 409, "no_appointment"
    )
    assert "YY0001" in detail and "A002" in detail
    by_card = hall.take("general", source="appointment", applicant=LI)
    assert by_card["ticket"]["number"] == "C001" and by_card["ticket"]["priority"] == "appointment"
    hall.refused(hall.take_raw(source="appointment", applicant=LI), 409, "no_appointment")
    hall.refused(hall.take_raw(source="appointment", appointment_code="YY9999"), 409, "no_appointment")
    # checked-in appointments are called before the walk-in who came earlier
    assert hall.call(W3) == "A002"
    assert hall.call(W3) == "C001"  # an appointment too (不动产登记, which window 3 serves)
    assert hall.call(W3) == walk_in


def test_booking_an_appointment(hall):
    """In short (test_appointment_*.py has the rules): booked at a window, checked in at the kiosk."""
    open_for_booking(hall)
    body = booking("WX-1234", "2026-11-23", name=WANG["name"], id_number=WANG["id_number"])
    r = hall.client.post("/v1/queue/appointments", json=body, headers=hall.headers)
    assert r.status_code == 200, r.text
    answer = r.json()
    assert (answer["code"], answer["category"], answer["day"], answer["slot"]) == (
        "WX-1234",
        "social",
        "2026-11-23",
        "10:00-10:30",
    )
    assert answer["state"] == "booked" and answer["masked_name"] == "王**"
    again = hall.client.post("/v1/queue/appointments", json=body, headers=hall.headers)
    assert again.json() == answer
    other = {**body, "category": "general"}
    r = hall.client.post("/v1/queue/appointments", json=other, headers=hall.headers)
    hall.refused(r, 409, "appointment_exists")
    past = {**body, "code": "WX-9", "day": "2026-11-20"}
    hall.refused(
        hall.client.post("/v1/queue/appointments", json=past, headers=hall.headers), 409, "booking_refused"
    )
    ticket = hall.take(source="appointment", appointment_code="wx-1234")
    assert ticket["ticket"]["number"] == "D001"


def test_the_queue_needs_a_terminal_credential(hall):
    r = hall.client.post("/v1/queue/tickets", json={"request_id": rid(), "category": "general"})
    assert r.status_code == 401 and r.json()["code"] == "unauthorised"
    assert hall.client.get("/v1/queue/board").status_code == 401
