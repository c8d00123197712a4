"""Ticket numbers, the call order, offline kiosk blocks and the wording of a call."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.domain.tickets import (
    Announcement,
    BadTicketNumber,
    PriorityClass,
    QueuePolicy,
    WaitingTicket,
    estimated_wait_minutes,
    format_number,
    next_for_window,
    normalise_number,
    parse_number,
    service_day,
    window_number,
)


def test_numbers_are_prefix_and_three_digits():
    assert format_number("A", 1) == "A001"
    assert format_number("BC", 999) == "BC999"
    with pytest.raises(ValueError):
        format_number("A", 1000)
    with pytest.raises(ValueError):
        format_number("A", 0)


@pytest.mark.parametrize(
    "typed, expected", [("a12", "A012"), (" A 012 ", "A012"), ("c5", "C005"), ("BC999", "BC999")]
)
def test_a_typed_paper_ticket_number_is_normalised(typed, expected):
    assert normalise_number(typed) == expected


@pytest.mark.parametrize("typed", ["", "012", "A", "A0", "A1234", "1A2", "AB-1", "甲001"])
def test_a_bad_typed_number_says_what_a_number_looks_like(typed):
    with pytest.raises(BadTicketNumber, match="字母加三位数字"):
        parse_number(typed)


def test_offline_blocks_never_meet_online_numbers_or_each_other():
    policy = QueuePolicy(offline_first=800, kiosk_block=50)
    blocks = [policy.offline_block(slot) for slot in range(1, policy.kiosk_slots() + 1)]
    assert policy.kiosk_slots() == 4
    assert blocks[0] == range(800, 850) and blocks[-1] == range(950, 1000)
    seen: set[int] = set()
    for block in blocks:
        assert not seen & set(block)
        assert min(block) > policy.online_limit
        seen |= set(block)
    with pytest.raises(ValueError, match="取号机编号"):
        policy.offline_block(5)


def test_priority_rank_follows_the_halls_order_and_walk_ins_come_last():
    policy = QueuePolicy(priority_order=(PriorityClass.GREEN, PriorityClass.SERVICEMAN))
    assert policy.priority_rank(PriorityClass.GREEN) == 0
    assert policy.priority_rank(PriorityClass.SERVICEMAN) == 1
    assert policy.priority_rank(PriorityClass.APPOINTMENT) == 2  # not ranked by this hall
    assert policy.priority_rank(PriorityClass.NONE) == 2


def _t(number, category, rank=3, order=0.0, window=""):
    return WaitingTicket(number=number, category=category, priority_rank=rank, order_key=order, window=window)


def test_priority_before_arrival_across_categories():
    waiting = [_t("A001", "general", order=0), _t("B001", "enterprise", rank=0, order=50)]
    chosen = next_for_window(waiting, {"general": 10, "enterprise": 5}, now=100, window="3号综合窗口")
    assert chosen.number == "B001"


def test_weight_multiplies_the_wait():
    # general waited 3 min at weight 10 (1800), realty 5 min at weight 5 (1500)
    waiting = [_t("C001", "realty", order=0), _t("A001", "general", order=120)]
    chosen = next_for_window(waiting, {"general": 10, "realty": 5}, now=300, window="w")
    assert chosen.number == "A001"


def test_categories_not_served_and_tickets_sent_to_another_window_are_skipped():
    waiting = [_t("D001", "social", order=0), _t("A001", "general", order=0, window="1号综合窗口")]
    assert next_for_window(waiting, {"general": 10, "social": 0}, now=10, window="3号综合窗口") is None
    assert next_for_window(waiting, {"general": 10}, now=10, window="1号综合窗口").number == "A001"


def test_equal_weighted_wait_goes_by_arrival():
    rng = random.Random(5)
    waiting = [_t(format_number("A", i), "general", order=float(i)) for i in range(1, 40)]
    rng.shuffle(waiting)
    assert next_for_window(waiting, {"general": 1}, now=100, window="w").number == "A001"


def test_estimated_wait():
    assert estimated_wait_minutes(0, 2, 8) == 0
    assert estimated_wait_minutes(3, 1, 8) == 24
    assert estimated_wait_minutes(3, 2, 8) == 12
    assert estimated_wait_minutes(1, 4, 1) == 1  # never "0 minutes" with someone ahead


def test_the_call_names_the_number_and_the_window():
    assert Announcement("A012", "3号综合窗口").text == "请A012号到3号综合窗口办理"
    assert window_number("12号窗口") == 12
    assert window_number("不动产窗口") is None


def test_the_service_day_is_the_halls_whatever_the_clocks_zone():
    assert service_day(datetime(2026, 12, 3, 15, 59, tzinfo=UTC)) == date(2026, 12, 3)
    assert service_day(datetime(2026, 12, 3, 16, 0, tzinfo=UTC)) == date(2026, 12, 4)  # hall midnight
    new_york = timezone(timedelta(hours=-5))
    assert service_day(datetime(2026, 12, 3, 12, 0, tzinfo=new_york)) == date(2026, 12, 4)
