from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.working_days import (
    CalendarOverridesError,
    DueDate,
    HallOverrides,
    OverridesConflictError,
    OverridesDateError,
    OverridesRangeError,
    OverridesYearMismatchError,
    ScheduleSource,
    WorkCalendar,
    YearSchedule,
    dump_overrides,
    parse_overrides,
)

EXAMPLE_FILE = Path(__file__).resolve().parents[2] / "resources" / "calendar" / "hall_overrides.json"
CAL = WorkCalendar()


# --- the official 2026 schedule (from the chinese_calendar package) -----------------------


def test_national_day_week_2026() -> None:
    assert all(not CAL.is_workday(date(2026, 10, d)) for d in range(1, 8))
    assert CAL.is_workday(date(2026, 10, 8))
    # accepted Wednesday 30 September with 1 working day: the holiday week is skipped
    assert CAL.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)


def test_national_day_make_up_days_2026() -> None:
    # Sunday 20 September and Saturday 10 October are make-up working days (调休上班)
    assert CAL.is_workday(date(2026, 9, 20))
    assert CAL.is_workday(date(2026, 10, 10))
    assert not CAL.is_workday(date(2026, 9, 19))  # an ordinary Saturday
    # accepted Friday 9 October with 1 working day: the make-up Saturday counts
    assert CAL.add_working_days(date(2026, 10, 9), 1) == date(2026, 10, 10)
    # Mid-Autumn (25–27 September) sits right before
    assert CAL.add_working_days(date(2026, 9, 24), 1) == date(2026, 9, 28)


def test_spring_festival_2026() -> None:
    assert all(not CAL.is_workday(date(2026, 2, d)) for d in range(15, 24))
    assert CAL.is_workday(date(2026, 2, 14))  # make-up Saturday before
    assert CAL.is_workday(date(2026, 2, 28))  # make-up Saturday after
    assert CAL.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert CAL.add_working_days(date(2026, 2, 14), 1) == date(2026, 2, 24)
    assert CAL.add_working_days(date(2026, 2, 12), 20) == date(2026, 3, 18)


def test_ordinary_week() -> None:
    friday = date(2026, 11, 20)
    assert CAL.add_working_days(friday, 0) == friday
    assert CAL.add_working_days(friday, 1) == date(2026, 11, 23)
    assert CAL.add_working_days(date(2026, 11, 21), 1) == date(2026, 11, 23)  # accepted Saturday
    assert CAL.add_working_days(date(2026, 11, 23), -1) == friday
    assert CAL.add_working_days(datetime(2026, 11, 20, 16, 30), 1) == date(2026, 11, 23)


def test_working_days_between() -> None:
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 8)) == 1
    assert CAL.working_days_between(date(2026, 11, 20), date(2026, 11, 20)) == 0
    assert CAL.working_days_between(date(2026, 11, 23), date(2026, 11, 20)) == -1
    assert CAL.working_days_between(date(2026, 11, 16), date(2026, 11, 30)) == 10


@given(st.dates(min_value=date(2004, 3, 1), max_value=date(2026, 10, 31)), st.integers(0, 30))
def test_between_inverts_add(start: date, n: int) -> None:
    assert CAL.working_days_between(start, CAL.add_working_days(start, n)) == n
    # counting back lands on a working day, and from a working day it inverts too
    back = CAL.add_working_days(start, -n)
    assert n == 0 or CAL.is_workday(back)
    if CAL.is_workday(start):
        assert CAL.working_days_between(start, back) == -n


def test_extend_for_suspension() -> None:
    due = date(2026, 9, 30)
    assert CAL.extend_for_suspension(due, 0) == due
    assert CAL.extend_for_suspension(due, 2) == date(2026, 10, 9)
    with pytest.raises(ValueError):
        CAL.extend_for_suspension(due, -1)


# --- hall overrides -------------------------------------------------------------------------


def test_hall_closure() -> None:
    cal = WorkCalendar(HallOverrides(closures=frozenset({date(2026, 11, 23)})))
    assert not cal.is_workday(date(2026, 11, 23))
    assert cal.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 24)


def test_hall_extra_workday() -> None:
    cal = WorkCalendar(HallOverrides(extra_workdays=frozenset({date(2026, 11, 21)})))
    assert cal.is_workday(date(2026, 11, 21))
    assert cal.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 21)


def test_2027_without_data_counts_weekends_only_and_says_so() -> None:
    # a missing year never blocks a window (it raised NoScheduleError before): Mon–Fri work
    assert CAL.is_workday(date(2027, 3, 1))  # a Monday
    assert not CAL.is_workday(date(2027, 3, 6))  # a Saturday
    assert CAL.add_working_days(date(2026, 12, 30), 5) == date(2027, 1, 6)
    due = CAL.due_date(date(2026, 12, 30), 5)
    assert due == DueDate(date(2027, 1, 6), estimated=True)
    assert due.label() == "2027-01-06（暂按周末计算）"
    assert CAL.due_date(date(2026, 11, 20), 5) == DueDate(date(2026, 11, 27), estimated=False)
    assert CAL.year_source(2027) is ScheduleSource.MISSING
    assert CAL.year_source(2026) is ScheduleSource.OFFICIAL


def test_single_day_overrides_need_no_year_data() -> None:
    cal = WorkCalendar(HallOverrides(closures=frozenset({date(2027, 3, 1)})))
    assert not cal.is_workday(date(2027, 3, 1))


def test_2027_with_hall_schedule() -> None:
    y2027 = YearSchedule(
        year=2027,
        holidays=frozenset({date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)}),
        workdays=frozenset({date(2027, 1, 9)}),  # an invented make-up Saturday
        source="测试",
    )
    cal = WorkCalendar(HallOverrides(years={2027: y2027}))
    assert cal.year_source(2027) is ScheduleSource.HALL
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.is_workday(date(2027, 1, 9))
    assert cal.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
    assert cal.add_working_days(date(2027, 1, 8), 1) == date(2027, 1, 9)
    # 2026 still comes from the package
    assert cal.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)


def test_provisional_year_weekends_only() -> None:
    cal = WorkCalendar(HallOverrides(years={2027: YearSchedule.weekends_only(2027)}))
    assert cal.year_source(2027) is ScheduleSource.PROVISIONAL
    assert cal.is_workday(date(2027, 1, 1))  # a Friday: provisional knows no holidays
    assert cal.add_working_days(date(2027, 1, 1), 1) == date(2027, 1, 4)
    assert cal.working_days_between(date(2026, 12, 31), date(2027, 1, 8)) == 6


def test_hall_year_beats_the_package() -> None:
    corrected = YearSchedule(year=2026, holidays=frozenset({date(2026, 11, 23)}))
    cal = WorkCalendar(HallOverrides(years={2026: corrected}))
    assert not cal.is_workday(date(2026, 11, 23))
    assert cal.is_workday(date(2026, 10, 1))  # the hall's list replaces the whole year


def test_official_source_is_injectable() -> None:
    cal = WorkCalendar(official=lambda d: d.weekday() != 0)  # a world where only Mondays rest
    assert not cal.is_workday(date(2026, 11, 23))


def test_inconsistent_overrides_are_refused() -> None:
    day = date(2026, 11, 23)
    with pytest.raises(OverridesConflictError, match="2026-11-23同时出现在闭厅日期和额外工作日中"):
        HallOverrides(closures=frozenset({day}), extra_workdays=frozenset({day}))
    with pytest.raises(OverridesYearMismatchError, match="2026-11-23不属于2027年"):
        YearSchedule(year=2027, holidays=frozenset({day}))
    with pytest.raises(CalendarOverridesError, match="provisional"):
        YearSchedule(year=2027)


# --- JSON -----------------------------------------------------------------------------------

SAMPLE = {
    "format": "onewindow-hall-calendar",
    "version": 1,
    "closures": ["2026-07-15", "2026-08-03/2026-08-05"],
    "extra_workdays": ["2026-12-26"],
    "years": {
        "2027": {
            "source": "通知",
            "holidays": ["2027-01-01/2027-01-03", "2027-02-06/2027-02-14"],
            "workdays": ["2027-02-20"],
        },
        "2028": {"provisional": True},
    },
}


def test_parse_sample() -> None:
    overrides = parse_overrides(SAMPLE)
    assert date(2026, 8, 4) in overrides.closures
    assert len(overrides.closures) == 4
    assert len(overrides.years[2027].holidays) == 12
    assert overrides.years[2028].provisional
    assert dump_overrides(overrides)["years"]["2027"]["holidays"] == SAMPLE["years"]["2027"]["holidays"]


def test_round_trip_through_json_text() -> None:
    overrides = parse_overrides(SAMPLE)
    assert parse_overrides(json.loads(json.dumps(dump_overrides(overrides)))) == overrides


def test_empty_and_example_file() -> None:
    assert parse_overrides({}) == HallOverrides()
    example = parse_overrides(json.loads(EXAMPLE_FILE.read_text(encoding="utf-8")))
    assert example.closures == frozenset()
    WorkCalendar(example).add_working_days(date(2026, 9, 30), 1)


@pytest.mark.parametrize(
    ("data", "error", "text"),
    [
        ({"closures": ["2026-02-30"]}, OverridesDateError, "闭厅日期(closures)中的“2026-02-30”不是有效日期"),
        ({"closures": ["2026/07/15"]}, OverridesDateError, "应写成YYYY-MM-DD"),
        ({"extra_workdays": [20261226]}, OverridesDateError, "额外工作日"),
        ({"closures": ["2026-08-05/2026-08-03"]}, OverridesRangeError, "日期段"),
        ({"closures": ["2026-01-01/2027-12-31"]}, OverridesRangeError, "不能超过366天"),
        ({"years": {"2027": {"holidays": ["2027-13-01"]}}}, OverridesDateError, "2027年安排的放假日期"),
        ({"years": {"2027": {"holidays": ["2026-10-01"]}}}, OverridesYearMismatchError, "不属于2027年"),
        ({"years": {"27": {"provisional": True}}}, CalendarOverridesError, "不是四位年份"),
        ({"years": {"2027": {"holiday": []}}}, CalendarOverridesError, "无法识别的项：holiday"),
        ({"years": {"2027": {"provisional": "yes"}}}, CalendarOverridesError, "true或false"),
        ({"closure": []}, CalendarOverridesError, "无法识别的项：closure"),
        ({"closures": "2026-07-15"}, CalendarOverridesError, "应为日期列表"),
        ({"version": 2}, CalendarOverridesError, "不支持的节假日设置版本"),
        ([], CalendarOverridesError, "JSON对象"),
    ],
)
def test_parse_errors(data: object, error: type[Exception], text: str) -> None:
    with pytest.raises(error, match=re.escape(text)):
        parse_overrides(data)  # type: ignore[arg-type]


@given(st.sets(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))))
def test_dump_parse_round_trip(days: set[date]) -> None:
    overrides = HallOverrides(closures=frozenset(days))
    assert parse_overrides(dump_overrides(overrides)) == overrides


def test_long_runs_are_split_so_they_parse_back() -> None:
    start = date(2026, 1, 1)
    days = frozenset(start + timedelta(days=i) for i in range(800))
    overrides = HallOverrides(closures=days)
    assert parse_overrides(dump_overrides(overrides)) == overrides
