"""The statistics' rules (app/domain/statistics.py) and the report's kind (日报 / 月报)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.messages import MessageError
from app.domain.statistics import (
    MAX_RANGE_DAYS,
    Period,
    PeriodKind,
    check_period,
    nearest_rank,
    period_of,
    satisfaction_rate,
)
from app.services.manager.report_export import report_kind


def test_p90_is_the_nearest_rank_value_never_an_interpolation():
    assert nearest_rank([]) is None
    assert nearest_rank([7]) == 7
    assert nearest_rank([300, 1020]) == 1020  # rank ⌈1.8⌉ = 2
    assert nearest_rank(list(range(1, 11))) == 9  # rank ⌈9.0⌉ = 9, not 9.1
    assert nearest_rank(list(range(1, 12))) == 10  # rank ⌈9.9⌉ = 10
    assert nearest_rank([5, 1, 4, 2, 3], 0.5) == 3


def test_satisfaction_counts_levels_three_to_five():
    assert satisfaction_rate({}) is None
    assert satisfaction_rate({5: 1, 4: 1, 3: 0, 2: 1, 1: 0}) == pytest.approx(2 / 3)
    assert satisfaction_rate({3: 2, 1: 2}) == 0.5


def test_periods_run_to_today_and_are_bounded():
    wednesday = date(2026, 11, 25)
    assert period_of(PeriodKind.TODAY, wednesday) == Period(wednesday, wednesday)
    assert period_of(PeriodKind.WEEK, wednesday) == Period(date(2026, 11, 23), wednesday)
    assert period_of(PeriodKind.MONTH, wednesday) == Period(date(2026, 11, 1), wednesday)
    assert check_period(date(2026, 1, 1), date(2026, 12, 31)).days == 365
    assert check_period(date(2024, 1, 1), date(2024, 12, 31)).days == MAX_RANGE_DAYS  # a leap year
    with pytest.raises(MessageError, match="最长366天，所选期间为367天"):
        check_period(date(2024, 1, 1), date(2025, 1, 1))
    with pytest.raises(MessageError, match="结束日期2026-11-01早于开始日期2026-11-02"):
        check_period(date(2026, 11, 2), date(2026, 11, 1))


def test_a_report_is_a_daily_or_monthly_one_by_its_period():
    today = date(2026, 11, 25)
    assert report_kind(Period(today, today), today) == "日报"
    assert report_kind(Period(date(2026, 10, 1), date(2026, 10, 31)), today) == "月报"
    assert report_kind(Period(date(2026, 11, 1), today), today) == "月报"  # this month so far
    assert report_kind(Period(date(2026, 10, 1), date(2026, 10, 30)), today) == "统计报表"
    assert report_kind(Period(date(2026, 11, 23), today), today) == "统计报表"
