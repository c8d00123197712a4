"""Forecast of a hall's arrivals per category and hour (来号预测): history in, numbers out.

The method, chosen because a hall's day repeats by weekday (Monday mornings peak, lunch dips,
Friday afternoons are quiet — DOMAIN.md "The hall manager's day") while a given day runs hotter
or cooler as a whole (a policy deadline, rain):

* **Baseline**: for each category and hour of the hall's clock, the mean arrivals of the same
  weekday in the past weeks the hall was open (a holiday with no tickets is left out by the
  caller, so it does not drag the mean down).
* **Today's pace**: the ratio of today's arrivals so far to what the baseline expected by now
  (the current hour counted pro rata). The ratio is shrunk towards 1 by a prior of
  PACE_PRIOR tickets, so the first few tickets of a morning do not swing it, and bounded to
  [PACE_FLOOR, PACE_CEILING]: a forecast never falls below half of what the weekday usually
  brings (the floor) nor rises above twice that.
* **Forecast** of an hour still ahead = baseline × pace. A category without any history (new in
  the hall) is forecast at today's own hourly pace so far; a hall without any history (its
  first weeks) is taken to stay open at least until the hour after the current one.

The same forecast, made as it would have been at the start of each hour already past, is set
against what happened (`hindcast`), so the manager sees how far to trust it; the error figure
is the weighted absolute percentage error, sum |forecast − actual| ÷ sum actual, which unlike a
mean of per-hour percentages stays finite for an empty lunch hour.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

PACE_PRIOR = 5.0  # tickets: how much evidence today needs before its pace counts fully
PACE_FLOOR = 0.5
PACE_CEILING = 2.0

# (category code, hour of the hall's clock 0–23) → tickets
Counts = Mapping[tuple[str, int], int]


@dataclass(frozen=True)
class HourFigure:
    """One hour of the hall's day: what was (or is) forecast, and what arrived."""

    hour: int
    forecast: float  # all categories; for an hour past, as forecast at that hour's start
    actual: int | None  # None for an hour still ahead; the current hour counts so far
    by_category: Mapping[str, float]  # the forecast per category
    actual_by_category: Mapping[str, int]  # empty for an hour still ahead


def baseline(past_days: Sequence[Counts]) -> dict[tuple[str, int], float]:
    """Mean arrivals per (category, hour) over the past days given (each day one Counts)."""
    if not past_days:
        return {}
    totals: dict[tuple[str, int], int] = {}
    for day in past_days:
        for key, count in day.items():
            totals[key] = totals.get(key, 0) + count
    return {key: total / len(past_days) for key, total in totals.items()}


def opening_hours(past_days: Sequence[Counts], today: Counts) -> list[int]:
    """The hours of the hall's day in which tickets are taken: from the first to the last hour
    that ever had an arrival (the hours between count, a lunch hour without tickets too)."""
    hours = {hour for day in (*past_days, today) for (_, hour) in day}
    return list(range(min(hours), max(hours) + 1)) if hours else []


def _expected_until(base: Mapping[tuple[str, int], float], category: str, now: float, first: int) -> float:
    whole = int(now)
    expected = sum(base.get((category, h), 0.0) for h in range(first, whole))
    return expected + (now - whole) * base.get((category, whole), 0.0)


def _arrived_until(today: Counts, category: str, now: float) -> int:
    return sum(count for (code, hour), count in today.items() if code == category and hour <= int(now))


def pace(
    base: Mapping[tuple[str, int], float], today: Counts, category: str, now: float, first: int
) -> float:
    """Today's pace of `category` against its baseline by `now` (hours, e.g. 10.5 = 10:30),
    shrunk towards 1 and bounded (see the module's doc)."""
    expected = _expected_until(base, category, now, first)
    arrived = _arrived_until(today, category, now)
    ratio = (arrived + PACE_PRIOR) / (expected + PACE_PRIOR)
    return min(PACE_CEILING, max(PACE_FLOOR, ratio))


def _own_pace(today: Counts, category: str, now: float, first: int) -> float:
    """Arrivals per hour of a category with no history, from today alone."""
    elapsed = max(1.0, now - first)
    return _arrived_until(today, category, now) / elapsed


def forecast_hours(
    past_days: Sequence[Counts],
    today: Counts,
    categories: Iterable[str],
    now: float,
    base: Mapping[tuple[str, int], float] | None = None,
) -> dict[str, dict[int, float]]:
    """category → {hour → forecast arrivals} for each opening hour of the day, as forecast at
    `now` (hours of the hall's clock). Hours before `now` are included for completeness.
    `base`: baseline(past_days), when the caller has it already."""
    base = baseline(past_days) if base is None else base
    hours = opening_hours(past_days, today)
    if not hours:
        return {code: {} for code in categories}
    first = hours[0]
    if not past_days:  # a hall with no history yet: its day runs on at least an hour past now
        # …but not past midnight: a clerk at work at 23:30 forecasts no 24th hour
        hours = list(range(first, min(max(hours[-1], int(now)) + 2, 24)))
    result: dict[str, dict[int, float]] = {}
    for code in categories:
        known = any(base.get((code, h), 0.0) > 0 for h in hours)
        if known:
            ratio = pace(base, today, code, now, first)
            result[code] = {h: base.get((code, h), 0.0) * ratio for h in hours}
        else:
            rate = _own_pace(today, code, now, first)
            result[code] = dict.fromkeys(hours, rate)
    return result


def next_hour_arrivals(by_hour: Mapping[int, float], now: float) -> float:
    """Forecast arrivals in the 60 minutes after `now`: the rest of this hour and the matching
    part of the next, each at its own hour's rate."""
    whole = int(now)
    part = now - whole
    return (1.0 - part) * by_hour.get(whole, 0.0) + part * by_hour.get(whole + 1, 0.0)


def hindcast(
    past_days: Sequence[Counts], today: Counts, categories: Sequence[str], now: float
) -> list[HourFigure]:
    """Every opening hour of today: for an hour begun before `now`, the forecast made at its
    start and what arrived (the current hour: so far); for an hour ahead, the forecast now."""
    base = baseline(past_days)
    ahead = forecast_hours(past_days, today, categories, now, base)
    hours = sorted({hour for by_hour in ahead.values() for hour in by_hour})
    figures = []
    for hour in hours:
        if hour <= now:
            at_start = forecast_hours(past_days, _before(today, hour), categories, float(hour), base)
            by_category = {code: at_start[code].get(hour, 0.0) for code in categories}
            arrived = {code: today.get((code, hour), 0) for code in categories}
            actual: int | None = sum(arrived.values())
        else:
            by_category = {code: ahead[code].get(hour, 0.0) for code in categories}
            arrived, actual = {}, None
        figures.append(HourFigure(hour, sum(by_category.values()), actual, by_category, arrived))
    return figures


def _before(today: Counts, hour: int) -> dict[tuple[str, int], int]:
    return {key: n for key, n in today.items() if key[1] < hour}


def forecast_error(figures: Sequence[HourFigure], now: float) -> float | None:
    """Weighted absolute percentage error over the hours completed by `now` (None before the
    first hour ends or when nothing arrived in them)."""
    done = [f for f in figures if f.actual is not None and f.hour + 1 <= now]
    arrived = sum(f.actual or 0 for f in done)
    if not done or arrived == 0:
        return None
    error = sum(abs(f.forecast - (f.actual or 0)) for f in done) / arrived
    return error if math.isfinite(error) else None
