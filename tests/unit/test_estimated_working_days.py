"""A year without a holiday schedule never blocks a window; a year's schedule entered later.

Explicit dates only: 2026 is the last year of the packaged schedule; 2027 has none. The 2027
holidays below are invented (the shape of a real schedule, not its dates).
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from case_fixtures import APP_FORM, CAL, promised_matter, ready_case

from app.domain.calendar_years import ScheduleFileError, dump_year, parse_year, parse_year_text
from app.domain.case_status import CaseStatus
from app.domain.matters import TimeLimit
from app.domain.working_days import (
    CalendarOverridesError,
    DueDate,
    HallOverrides,
    ScheduleSource,
    WorkCalendar,
    YearSchedule,
)

TODAY = date(2026, 12, 4)  # a Friday, the day the packaged data ran out of road


def long_matter(days: int = 20):
    return promised_matter(TimeLimit(days), APP_FORM)


Y2027 = YearSchedule(
    year=2027,
    holidays=frozenset({date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)}),
    workdays=frozenset({date(2027, 1, 9)}),
    source="国务院办公厅关于2027年部分节假日安排的通知",
)
WITH_2027 = WorkCalendar(HallOverrides(years={2027: Y2027}))


def test_twenty_working_days_from_4_december_2026_is_estimated_not_an_error() -> None:
    due = WorkCalendar().due_date(TODAY, 20)
    # Dec 7–31 gives 19 working days; 1 January 2027 (a Friday) counts as the 20th, weekends only
    assert due == DueDate(date(2027, 1, 1), estimated=True)
    assert due.label() == "2027-01-01（暂按周末计算）"


def test_with_the_2027_schedule_the_date_is_exact() -> None:
    due = WITH_2027.due_date(TODAY, 20)
    assert due == DueDate(date(2027, 1, 4), estimated=False)
    assert due.label() == "2027-01-04"
    assert WITH_2027.year_source(2027) is ScheduleSource.HALL


def test_hall_closures_still_count_in_a_year_without_schedule() -> None:
    cal = WorkCalendar(HallOverrides(closures=frozenset({date(2027, 1, 1)})))
    assert cal.due_date(TODAY, 20) == DueDate(date(2027, 1, 4), estimated=True)


def test_a_provisional_hall_year_is_estimated_too() -> None:
    cal = WorkCalendar(HallOverrides(years={2027: YearSchedule.weekends_only(2027)}))
    assert cal.due_date(TODAY, 20).estimated


def test_case_accepted_today_is_marked_and_recounted_once_the_year_is_known() -> None:
    now = datetime(2026, 12, 4, 10)
    case = ready_case(long_matter(), when=now)
    case.accept(now, "李窗口", CAL)
    assert (case.promised_date, case.promised_estimated) == (date(2027, 1, 1), True)
    assert case.events[-1].summary.startswith("受理，承诺2027-01-01前办结（暂按周末计算）")

    later = datetime(2026, 12, 20, 9)
    version = case.version
    assert case.recount_promised_date(later, "节假日导入", CAL, WITH_2027)
    assert (case.promised_date, case.promised_estimated) == (date(2027, 1, 4), False)
    event = case.events[-1]
    assert event.kind == "promised_recounted" and event.at == later
    assert event.summary == "承诺办结日期由2027-01-01调整为2027-01-04（已按国务院节假日安排重新计算）"
    assert event.detail == {
        "promised_date": "2027-01-04",
        "previous_date": "2027-01-01",
        "promised_estimated": False,
    }
    assert case.version == version + 1
    assert case.status is CaseStatus.ACCEPTED
    # once exact, nothing more to recount
    assert not case.recount_promised_date(later, "节假日导入", WITH_2027, WITH_2027)


def test_recount_keeps_a_suspension_already_added() -> None:
    now = datetime(2026, 12, 4, 10)
    case = ready_case(long_matter(), when=now)
    case.accept(now, "李窗口", CAL)
    case.suspend(datetime(2026, 12, 7, 9), "李窗口", "专家评审")
    case.resume(datetime(2026, 12, 9, 9), "李窗口", CAL)  # 2 working days stopped
    assert (case.promised_date, case.promised_estimated) == (date(2027, 1, 5), True)
    assert "（暂按周末计算）" in case.events[-1].summary
    case.recount_promised_date(datetime(2026, 12, 20, 9), "节假日导入", CAL, WITH_2027)
    assert case.promised_date == date(2027, 1, 6)  # 22 working days after 4 December


def test_exact_cases_and_closed_cases_are_not_recounted() -> None:
    now = datetime(2026, 11, 20, 10)
    exact = ready_case(long_matter(5), when=now)
    exact.accept(now, "李窗口", CAL)
    assert not exact.promised_estimated
    assert not exact.recount_promised_date(now, "x", CAL, WITH_2027)

    refused = ready_case(long_matter(), when=now)
    refused.refuse(now, "李窗口", "不符合条件")
    assert not refused.recount_promised_date(now, "x", CAL, WITH_2027)


# --- the year's file -------------------------------------------------------------------------

GOOD = {
    "format": "onewindow-year-schedule",
    "year": 2027,
    "source": "国务院办公厅关于2027年部分节假日安排的通知",
    "holidays": ["2027-01-01/2027-01-03", "2027-02-06/2027-02-14"],
    "workdays": ["2027-02-20"],
    "names": {"元旦": ["2027-01-01/2027-01-03"], "春节": ["2027-02-06/2027-02-14"]},
}


def test_a_good_file() -> None:
    schedule = parse_year_text(json.dumps(GOOD, ensure_ascii=False))
    assert schedule.year == 2027 and not schedule.provisional
    assert len(schedule.holidays) == 12 and schedule.workdays == {date(2027, 2, 20)}
    assert parse_year(dump_year(schedule)) == schedule


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"year": "2027"}, "year应为四位数字的年份，例如2027，而不是“2027”。"),
        ({"year": 27}, "年份27不合理，应在2000至2100之间。"),
        ({"holidays": ["2027-01-01", "2028-01-01"]}, "2028-01-01不属于2027年，不能写在2027年的安排中。"),
        ({"workdays": ["2027-01-02"]}, "2027-01-02同时出现在放假日期和调休上班日期中，请只保留一处。"),
        (
            {"workdays": ["2027-02-19"]},
            "调休上班日期2027-02-19是星期五，本来就上班；workdays只列周六、周日上班的日子。",
        ),
        ({"holidays": ["2027-02-30"]}, "2027年的放假日期(holidays)中的“2027-02-30”不是有效日期"),
        ({"holidays": []}, "2027年安排未列出任何放假日期"),
        ({"holiday": []}, "节假日安排中有无法识别的项：holiday"),
        ({"names": {"国庆": ["2027-10-01"]}}, "“国庆”中的2027-10-01不在放假日期(holidays)中。"),
    ],
)
def test_bad_files_name_the_problem(change: dict, message: str) -> None:
    with pytest.raises(CalendarOverridesError) as info:
        parse_year({**GOOD, **change})
    assert message in info.value.message


def test_not_json() -> None:
    with pytest.raises(ScheduleFileError, match="不是有效的JSON：第1行"):
        parse_year_text('{"year": 2027,')


def test_with_years_puts_entered_years_on_top_and_keeps_the_hall_s_days() -> None:
    base = WorkCalendar(HallOverrides(closures=frozenset({date(2027, 1, 4)})))
    cal = base.with_years({2027: Y2027})
    assert not cal.is_workday(date(2027, 1, 1))  # the entered holiday
    assert not cal.is_workday(date(2027, 1, 4))  # the hall's closure still wins
    assert cal.is_workday(date(2027, 1, 9))  # the entered make-up Saturday
    assert cal.due_date(TODAY, 20) == DueDate(date(2027, 1, 5), estimated=False)
    assert base.year_source(2027) is ScheduleSource.MISSING  # the original is untouched
