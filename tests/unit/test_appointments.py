"""预约 rules: a day's slots from the hall's hours, the horizon across a holiday, the limits a hall
sets (one per category and day, bookings not yet due, online booking barred after no-shows)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from app.domain.appointments import (
    AppointmentRuleError,
    BookingRules,
    Channel,
    PersonBookings,
    Slot,
    SlotPlan,
    blocked_until,
    bookable_days,
    booking_problem,
    check_plan,
    check_rules,
    day_slots,
)
from app.domain.hall_hours import Closure, HallHours, Session

# 2026-10-01…07 国庆 (Thu 1 … Wed 7), 2026-10-10 (Sat) a make-up working day
HOLIDAYS = {date(2026, 10, d) for d in range(1, 8)}
MAKE_UP = {date(2026, 10, 10)}


def is_workday(day: date) -> bool:
    if day in MAKE_UP:
        return True
    return day.weekday() < 5 and day not in HOLIDAYS


HOURS = HallHours(
    workday=(Session(time(9), time(12)), Session(time(13, 30), time(19))),  # 延时 to 19:00
    saturday=(Session(time(9), time(12)),),  # 不打烊 Saturday mornings
    sunday=(),
    closures=(Closure(date(2026, 10, 13), date(2026, 10, 13), "停电检修"),),
)
PLAN = SlotPlan("enterprise", slot_minutes=60, capacity=2, horizon_days=5)
RULES = BookingRules()


def _on(day: date):
    return day_slots(day, PLAN, HOURS, is_workday)


def _labels(slots) -> list[str]:
    return [s.label for s in slots]


def test_a_day_s_slots_are_its_opening_sessions_cut_into_slots() -> None:
    monday = date(2026, 9, 28)
    assert _labels(day_slots(monday, PLAN, HOURS, is_workday)) == [
        "09:00-10:00",
        "10:00-11:00",
        "11:00-12:00",
        "13:30-14:30",
        "14:30-15:30",
        "15:30-16:30",
        "16:30-17:30",
        "17:30-18:30",
    ]  # fmt: skip  (18:30-19:00 is shorter than a slot: not offered)
    assert _labels(day_slots(date(2026, 9, 26), PLAN, HOURS, is_workday)) == [
        "09:00-10:00",
        "10:00-11:00",
        "11:00-12:00",
    ]  # 不打烊 Saturday
    assert day_slots(date(2026, 9, 27), PLAN, HOURS, is_workday) == "2026-09-27大厅休息，不能预约"
    assert (
        day_slots(date(2026, 10, 2), PLAN, HOURS, is_workday)
        == "2026-10-02是法定节假日，大厅不开放，不能预约"
    )
    # the weekend inside 国庆 is the holiday's, not an ordinary Saturday
    assert "法定节假日" in day_slots(date(2026, 10, 3), PLAN, HOURS, is_workday)
    assert len(day_slots(date(2026, 10, 10), PLAN, HOURS, is_workday)) == 8  # 调休: a working day
    assert (
        day_slots(date(2026, 10, 13), PLAN, HOURS, is_workday) == "2026-10-13大厅闭厅（停电检修），不能预约"
    )
    assert day_slots(monday, replace(PLAN, capacity=0), HOURS, is_workday) == "该业务类别不接受预约"
    # a hall without hours (its kiosk open always) is booked in office hours on working days
    assert _labels(day_slots(monday, PLAN, HallHours(), is_workday)) == [
        "09:00-10:00", "10:00-11:00", "11:00-12:00", "13:30-14:30", "14:30-15:30", "15:30-16:30"
    ]  # fmt: skip
    assert "休息" in day_slots(date(2026, 9, 27), PLAN, HallHours(), is_workday)


def test_the_horizon_counts_open_days_so_a_holiday_does_not_eat_it() -> None:
    # Tuesday 29 September: 29, 30, then 国庆 (1–7 closed, 3–4 its weekend), then 8, 9, 10 (调休)
    days = bookable_days(date(2026, 9, 29), PLAN, HOURS, is_workday)
    assert days == (
        date(2026, 9, 29),
        date(2026, 9, 30),
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),
    )


def _problem(day: date, slot: str, now: datetime, **changes) -> str | None:
    args = dict(
        day=day, slot_label=slot, plan=PLAN, rules=RULES, hours=HOURS, is_workday=is_workday, now=now,
        taken=0, person=PersonBookings(), channel=Channel.WINDOW,
    )  # fmt: skip
    args.update(changes)
    return booking_problem(**args)


NOW = datetime(2026, 9, 29, 10, 15)  # Tuesday before 国庆


def test_a_booking_within_the_horizon_on_a_free_slot_is_fine() -> None:
    assert _problem(date(2026, 10, 9), "14:30-15:30", NOW) is None
    assert _problem(date(2026, 9, 29), "11:00-12:00", NOW) is None  # later today


@pytest.mark.parametrize(
    ("day", "slot", "changes", "said"),
    [
        (date(2026, 9, 28), "09:00-10:00", {}, "2026-09-28已过，不能预约"),
        (date(2026, 10, 2), "09:00-10:00", {}, "2026-10-02是法定节假日"),
        (date(2026, 10, 12), "09:00-10:00", {}, "最多可预约5个开放日内（至2026-10-10），2026-10-12还不"),
        (date(2026, 9, 30), "12:00-13:00", {}, "2026-09-30没有12:00-13:00这个时段"),
        (date(2026, 9, 29), "10:00-11:00", {}, "10:00-11:00时段已开始，不能再预约"),
        (date(2026, 9, 30), "09:00-10:00", {"taken": 2}, "2026-09-30 09:00-10:00已约满（2人），请选其他时段"),
        (
            date(2026, 9, 30), "09:00-10:00", {"person": PersonBookings(same_day_slot="15:30-16:30")},
            "该申请人已预约2026-09-30的此类业务（15:30-16:30），不能重复预约",
        ),
        (
            date(2026, 9, 30), "09:00-10:00", {"person": PersonBookings(open_bookings=3)},
            "该申请人已有3个未到期的预约（每人最多3个）",
        ),
    ],
)  # fmt: skip
def test_a_booking_refused_says_why(day, slot, changes, said) -> None:
    assert said in _problem(day, slot, NOW, **changes)


def test_three_no_shows_within_thirty_days_bar_online_booking_for_thirty_days() -> None:
    missed = (date(2026, 9, 1), date(2026, 9, 10), date(2026, 9, 20))
    assert blocked_until(list(missed), date(2026, 9, 29), RULES) == date(2026, 10, 20)
    assert blocked_until(list(missed), date(2026, 10, 20), RULES) is None  # the bar has run out
    spread = [date(2026, 7, 1), date(2026, 8, 15), date(2026, 9, 20)]  # never three within 30 days
    assert blocked_until(spread, date(2026, 9, 29), RULES) is None
    assert blocked_until(list(missed[:2]), date(2026, 9, 29), RULES) is None
    person = PersonBookings(no_show_days=missed)
    online = _problem(date(2026, 9, 30), "09:00-10:00", NOW, person=person, channel=Channel.ONLINE)
    assert online == "该申请人30天内爽约已达3次，2026-10-20前不能网上预约；可到窗口或电话预约"
    # at the window (or by phone through it) a person is there to hear why: not barred
    assert _problem(date(2026, 9, 30), "09:00-10:00", NOW, person=person, channel=Channel.PHONE) is None


def test_plans_and_rules_are_bounded() -> None:
    check_plan(PLAN)
    check_rules(RULES)
    with pytest.raises(AppointmentRuleError, match="每个时段应为10至240分钟"):
        check_plan(replace(PLAN, slot_minutes=5))
    with pytest.raises(AppointmentRuleError, match="可提前预约的天数应为1至60"):
        check_plan(replace(PLAN, horizon_days=0))
    with pytest.raises(AppointmentRuleError, match="爽约次数应为1至20"):
        check_rules(replace(RULES, no_show_limit=0))


def test_a_slot_is_labelled_as_the_screen_and_the_ticket_show_it() -> None:
    assert Slot(time(9), time(9, 30)).label == "09:00-09:30"
    assert (datetime(2026, 1, 1, 9) + timedelta(minutes=30)).time() == time(9, 30)
