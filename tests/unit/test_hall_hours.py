"""The hall's opening hours and closures (app/domain/hall_hours.py): open or not, and when next."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.domain.hall_hours import (
    DayKind,
    HallHours,
    HallHoursError,
    day_kind,
    dump_hours,
    parse_hours,
)
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.working_days import WorkCalendar, YearSchedule

# 2027: a made-up schedule, entered as the State Council would publish it
SCHEDULE_2027 = YearSchedule(
    year=2027,
    holidays=frozenset(
        [date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)] + [date(2027, 10, d) for d in range(1, 8)]
    ),
    workdays=frozenset([date(2027, 10, 9)]),  # a Saturday worked (调休)
)
CALENDAR = WorkCalendar().with_years({2027: SCHEDULE_2027})
HOURS = parse_hours(
    {
        "workday": ["09:00-12:00", "13:30-19:00"],  # 延时服务 to 19:00
        "saturday": ["09:00-12:00"],  # 周六上午
        "sunday": [],
        "closures": [{"first": "2027-03-01", "last": "2027-03-02", "reason": "大厅装修"}],
    }
)


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=HALL_TIMEZONE)


def status(moment: datetime, hours: HallHours = HOURS):
    return hours.status(moment, CALENDAR.is_workday)


def test_open_within_a_session_and_closed_over_lunch_with_the_afternoon_named():
    assert status(at(2027, 3, 3, 9, 0)).open
    assert status(at(2027, 3, 3, 18, 59)).open  # 延时服务
    lunch = status(at(2027, 3, 3, 12, 0))
    assert not lunch.open
    assert lunch.next_opening == at(2027, 3, 3, 13, 30)
    assert "今日09:00-12:00、13:30-19:00" in lunch.why
    assert "2027-03-03（周三）13:30" in lunch.refusal()


def test_after_hours_on_friday_the_next_opening_is_saturday_morning():
    evening = status(at(2027, 3, 5, 19, 0))  # Friday, the moment the extension ends
    assert not evening.open
    assert evening.next_opening == at(2027, 3, 6, 9, 0)
    assert status(at(2027, 3, 6, 10, 0)).open
    sunday = status(at(2027, 3, 7, 10, 0))
    assert not sunday.open and "休息日" in sunday.why
    assert sunday.next_opening == at(2027, 3, 8, 9, 0)


def test_a_closure_names_its_reason_and_the_day_after_it():
    closed = status(at(2027, 3, 1, 10, 0))
    assert not closed.open
    assert "2027-03-01至2027-03-02闭厅（大厅装修）" in closed.why
    assert closed.next_opening == at(2027, 3, 3, 9, 0)


def test_next_opening_across_the_national_holiday_skips_its_weekend_but_not_the_worked_saturday():
    eve = status(at(2027, 9, 30, 19, 30))
    assert eve.next_opening == at(2027, 10, 8, 9, 0)  # 10-02/03 are a weekend inside 国庆: closed
    holiday = status(at(2027, 10, 2, 10, 0))  # a Saturday inside the holiday
    assert not holiday.open and "法定节假日" in holiday.why
    # the worked Saturday (调休) keeps the workday hours, afternoon included
    assert status(at(2027, 10, 9, 15, 0)).open


def test_day_kinds_by_the_legal_calendar():
    is_workday = CALENDAR.is_workday
    assert day_kind(date(2027, 10, 9), is_workday) is DayKind.WORKDAY
    assert day_kind(date(2027, 10, 1), is_workday) is DayKind.HOLIDAY
    assert day_kind(date(2027, 10, 3), is_workday) is DayKind.HOLIDAY  # a Sunday inside 国庆
    assert day_kind(date(2027, 3, 6), is_workday) is DayKind.SATURDAY
    assert day_kind(date(2027, 3, 7), is_workday) is DayKind.SUNDAY


def test_a_hall_without_hours_is_open_at_any_time_but_on_its_closures():
    hours = parse_hours({"closures": [{"first": "2027-03-01", "reason": "停电"}]})
    assert not hours.hours_set
    assert status(at(2027, 3, 7, 23, 0), hours).open  # a Sunday night: no hours set
    closed = status(at(2027, 3, 1, 8, 0), hours)
    assert not closed.open and "今日闭厅（停电）" in closed.why
    assert closed.next_opening == at(2027, 3, 2, 0, 0)
    assert hours.summary() == []


def test_closures_do_not_move_the_legal_calendar():
    # 2027-03-01 is a closure of the hall, yet a working day for the time limits
    assert CALENDAR.is_workday(date(2027, 3, 1))
    assert CALENDAR.add_working_days(date(2027, 2, 26), 1) == date(2027, 3, 1)


def test_the_display_summary_names_each_kind_of_day():
    assert [str(line) for line in HOURS.summary()] == [
        "工作日 09:00-12:00、13:30-19:00",
        "周六 09:00-12:00",
        "周日不办公",
    ]


def test_json_round_trip_and_sessions_written_as_one_text():
    assert parse_hours(dump_hours(HOURS)) == HOURS
    hours = parse_hours({"workday": "09:00-12:00、13:30-17:00"})
    assert [(s.opens, s.closes) for s in hours.workday] == [(time(9), time(12)), (time(13, 30), time(17))]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"workday": ["12:00-09:00"]}, "不是有效的时段"),
        ({"workday": []}, "工作日至少要有一个时段"),
        ({"workday": ["9点到12点"]}, "不是有效的时段"),
        ({"workday": ["09:00-12:00", "11:00-17:00"]}, "重叠或顺序颠倒"),
        ({"workday": ["08:00-09:00"] * 5}, "最多填写4个时段"),
        ({"closures": [{"first": "2027-03-05", "last": "2027-03-01", "reason": "装修"}]}, "结束日期不能早于"),
        ({"closures": [{"first": "2027-02-30", "reason": "装修"}]}, "无效"),
        ({"closures": [{"first": "2027-03-01", "reason": " "}]}, "请填写2027-03-01起闭厅的原因"),
        (
            {
                "closures": [
                    {"first": "2027-03-01", "last": "2027-03-05", "reason": "装修"},
                    {"first": "2027-03-04", "reason": "停电"},
                ]
            },
            "重叠",
        ),
        ([], "营业时间应为一个对象"),
    ],
)
def test_bad_hours_are_refused_with_what_to_correct(data, said):
    with pytest.raises(HallHoursError) as refused:
        parse_hours(data)
    assert said in str(refused.value)
