"""The hall manager's statistics (统计报表): the rules behind the figures, no I/O.

The server computes the figures in SQL (server/manager/statistics.py); what a figure *means* is
written here once, so the SQL, the tests' hand-made expectations, the screen and the printed
report agree:

* A wait is a ticket's issue → first call; a service is first call → 办结 (finished tickets
  only). Averages are arithmetic means over the tickets that have the figure.
* p90 is the nearest-rank percentile: the smallest value with at least 90 % of the values at or
  below it, i.e. the value of rank ⌈0.9·n⌉ in ascending order, always a value that occurred,
  never an interpolation, at the values' full precision. The server picks it by this rank
  (nearest_rank_position) from the values themselves: a few days' sorted, a long period's read
  from the top of an index down to it (server/manager/statistics_p90.py); the server's tests
  check both ways, on both engines, against the same hand-worked figures.
* Satisfaction rate (满意率) = ratings at levels 3–5 ÷ all ratings (DOMAIN.md "The hall
  manager's day"); no ratings: no rate.
* A report covers at most MAX_RANGE_DAYS days: a year, the longest period a hall reports on
  (a longer range would only be a slower year).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

MAX_RANGE_DAYS = 366
P90 = 0.9
LEVELS = (5, 4, 3, 2, 1)  # 非常满意 … 非常不满意, the order a report lists them in
SATISFIED_LEVELS = frozenset({3, 4, 5})

RANGE_TOO_LONG = QT_TRANSLATE_NOOP("messages", "统计期间最长{limit}天，所选期间为{days}天，请缩短")
RANGE_REVERSED = QT_TRANSLATE_NOOP("messages", "统计期间的结束日期{end:%Y-%m-%d}早于开始日期{start:%Y-%m-%d}")


class Grouping(StrEnum):
    """What one row of the report stands for."""

    HALL = "hall"
    CATEGORY = "category"
    WINDOW = "window"
    CLERK = "clerk"
    MATTER = "matter"

    @property
    def label(self) -> Message:
        return Message(_GROUPING_LABELS[self])

    @property
    def has_queue(self) -> bool:
        """Tickets have a category, window and clerk but no matter (a matter is chosen later)."""
        return self is not Grouping.MATTER

    @property
    def has_cases(self) -> bool:
        """A case is not tied to a queue category (it is opened at a window, for a matter)."""
        return self is not Grouping.CATEGORY

    @property
    def has_ratings(self) -> bool:
        return self is not Grouping.CATEGORY

    @property
    def has_unresolved_reports(self) -> bool:
        """A 办不成事 反映 is counted under the window that took it down and the matter it names;
        it has no queue category, and the clerk who took it down is not the one it is about."""
        return self in (Grouping.HALL, Grouping.WINDOW, Grouping.MATTER)


_GROUPING_LABELS = {
    Grouping.HALL: QT_TRANSLATE_NOOP("messages", "全大厅"),
    Grouping.CATEGORY: QT_TRANSLATE_NOOP("messages", "按业务类别"),
    Grouping.WINDOW: QT_TRANSLATE_NOOP("messages", "按窗口"),
    Grouping.CLERK: QT_TRANSLATE_NOOP("messages", "按工作人员"),
    Grouping.MATTER: QT_TRANSLATE_NOOP("messages", "按事项"),
}

LEVEL_LABELS = {
    5: QT_TRANSLATE_NOOP("messages", "非常满意"),
    4: QT_TRANSLATE_NOOP("messages", "满意"),
    3: QT_TRANSLATE_NOOP("messages", "基本满意"),
    2: QT_TRANSLATE_NOOP("messages", "不满意"),
    1: QT_TRANSLATE_NOOP("messages", "非常不满意"),
}


class PeriodKind(StrEnum):
    TODAY = "today"
    WEEK = "week"  # this week, Monday to today
    MONTH = "month"  # this month, the 1st to today
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_one_day(self) -> bool:
        return self.start == self.end


def check_period(start: date, end: date) -> Period:
    """The period start…end (both included), or MessageError: reversed, or longer than allowed."""
    if end < start:
        raise MessageError(Message(RANGE_REVERSED, start=start, end=end))
    period = Period(start, end)
    if period.days > MAX_RANGE_DAYS:
        raise MessageError(Message(RANGE_TOO_LONG, limit=MAX_RANGE_DAYS, days=period.days))
    return period


def period_of(kind: PeriodKind, today: date) -> Period:
    """Today, this week (from Monday) or this month (from the 1st), each up to today."""
    if kind is PeriodKind.WEEK:
        return Period(today - timedelta(days=today.weekday()), today)
    if kind is PeriodKind.MONTH:
        return Period(today.replace(day=1), today)
    return Period(today, today)


def nearest_rank_position(count: int, share: float = P90) -> int:
    """Which value (1 = the smallest) of `count` the nearest-rank percentile is: ⌈share·n⌉."""
    return max(1, math.ceil(share * count - 1e-9))


def nearest_rank(values: Sequence[float], share: float = P90) -> float | None:
    """The nearest-rank percentile: the ⌈share·n⌉-th smallest value (None for no values)."""
    if not values:
        return None
    return sorted(values)[nearest_rank_position(len(values), share) - 1]


def satisfaction_rate(by_level: dict[int, int]) -> float | None:
    """Share of ratings at levels 3–5, 0…1; None when nobody rated."""
    total = sum(by_level.values())
    if total == 0:
        return None
    return sum(n for level, n in by_level.items() if level in SATISFIED_LEVELS) / total


def minutes(seconds: float | None) -> str:
    """Seconds as minutes with one decimal for tables and reports ("—" when there is none)."""
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"
