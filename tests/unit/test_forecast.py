"""The arrivals forecast on a fixed history (two past Mondays), figures worked out by hand."""

from __future__ import annotations

import pytest

from app.domain.forecast import (
    PACE_FLOOR,
    baseline,
    forecast_error,
    forecast_hours,
    hindcast,
    next_hour_arrivals,
    opening_hours,
    pace,
)

# two past Mondays: general 10+14 at 9h and 20+16 at 10h; realty 2+4 at 9h and 0+2 at 10h
PAST = [
    {("general", 9): 10, ("general", 10): 20, ("realty", 9): 2},
    {("general", 9): 14, ("general", 10): 16, ("realty", 9): 4, ("realty", 10): 2},
]
CATEGORIES = ["general", "realty"]


def test_the_baseline_is_the_mean_of_the_same_weekday():
    assert baseline(PAST) == {("general", 9): 12, ("general", 10): 18, ("realty", 9): 3, ("realty", 10): 1}
    assert opening_hours(PAST, {}) == [9, 10]


def test_a_busy_morning_scales_the_rest_of_the_day_up():
    today = {("general", 9): 17}
    # by 10:00 general expected 12 and got 17: (17 + 5) / (12 + 5) = 22/17
    forecast = forecast_hours(PAST, today, CATEGORIES, now=10.0)
    assert forecast["general"][10] == pytest.approx(18 * 22 / 17)
    # realty expected 3 and got none: (0 + 5) / (3 + 5) = 0.625
    assert forecast["realty"][10] == pytest.approx(0.625)


def test_the_current_hour_counts_pro_rata():
    today = {("general", 9): 17, ("general", 10): 10}
    # by 10:30: expected 12 + 18/2 = 21, arrived 27 → (27 + 5) / (21 + 5)
    assert pace(baseline(PAST), today, "general", 10.5, first=9) == pytest.approx(32 / 26)


def test_the_pace_has_a_floor():
    past = [{("general", 9): 40}]
    assert pace(baseline(past), {}, "general", 10.0, first=9) == PACE_FLOOR


def test_a_category_without_history_goes_at_its_own_pace():
    today = {("general", 9): 12, ("social", 9): 6}
    forecast = forecast_hours(PAST, today, ["social"], now=10.5)
    assert forecast["social"][10] == pytest.approx(6 / 1.5)


def test_the_next_hour_takes_the_rest_of_this_one_and_part_of_the_next():
    assert next_hour_arrivals({10: 20.0, 11: 40.0}, 10.25) == pytest.approx(0.75 * 20 + 0.25 * 40)


def test_the_hindcast_sets_each_past_hour_against_what_arrived():
    today = {("general", 9): 17}
    figures = hindcast(PAST, today, CATEGORIES, now=10.0)
    nine, ten = figures
    # at 9:00 nothing had arrived: pace 1, the baseline itself
    assert (nine.hour, nine.forecast, nine.actual) == (9, pytest.approx(15.0), 17)
    # 10:00 has just begun: forecast at its start, nothing arrived in it yet
    assert ten.forecast == pytest.approx(18 * 22 / 17 + 0.625)
    assert ten.actual == 0
    # only the completed hour counts: |15 − 17| / 17
    assert forecast_error(figures, 10.0) == pytest.approx(2 / 17)


def test_an_hour_ahead_has_no_actual_and_no_error_before_an_hour_ends():
    figures = hindcast(PAST, {("general", 9): 3}, CATEGORIES, now=9.5)
    assert [f.actual for f in figures] == [3, None]
    assert forecast_error(figures, 9.5) is None


def test_a_hall_without_history_goes_on_at_todays_pace_into_the_next_hour():
    forecast = forecast_hours([], {("realty", 9): 8}, ["realty"], now=9.5)
    assert forecast["realty"] == {9: 8.0, 10: 8.0}  # 8 in the first (counted whole) hour
    assert next_hour_arrivals(forecast["realty"], 9.5) == 8.0


def test_a_hall_without_history_working_late_forecasts_no_hour_past_midnight():
    forecast = forecast_hours([], {("realty", 22): 3}, ["realty"], now=23.5)
    assert max(forecast["realty"]) == 23
    assert [f.hour for f in hindcast([], {("realty", 22): 3}, ["realty"], 23.5)] == [22, 23]
