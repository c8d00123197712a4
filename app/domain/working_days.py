"""Working days: the State Council's holiday schedule plus what a hall decides itself.

Time limits (承诺时限, 法定时限) count working days, and those follow the yearly schedule with its
make-up working days (调休). The official source is the `chinese_calendar` package; it only knows
the years it was released with, and raises NotImplementedError for any other year.

A window must never be blocked by a missing calendar: a year nobody knows (no package data, no
schedule entered) counts weekends only — Monday to Friday working, plus the hall's own closures
and extra working days — and every date computed across such a year is *estimated*
(`DueDate.estimated`, shown as 暂按周末计算) until the year's schedule is entered and the date
recomputed (app/services/calendar_import.py).

A hall adds on top (`HallOverrides`):
- single days: closures (停电, 装修, a local emergency) and extra working days (a weekend
  service day); these beat every schedule;
- whole years (`YearSchedule`): its own copy of a year's schedule when the package has none yet
  (the State Council publishes next year's around November), or a year explicitly marked
  provisional, "weekends only", until the schedule is known. A hall year beats the package, so
  a hall can also correct a year after a late change (as in the 2020 Spring Festival).

Counting convention (行政许可法: the day of acceptance is not counted): `add_working_days(start,
n)` is the n-th working day after `start`; `working_days_between(a, b)` counts working days in
(a, b], so `working_days_between(a, add_working_days(a, n)) == n`.

JSON format of the overrides (`parse_overrides` / `dump_overrides`), all keys optional except
that a year needs either holidays or `"provisional": true`; unknown keys are refused so a typo
("holiday") is not silently ignored. A date is "YYYY-MM-DD"; a run of days may be written
"YYYY-MM-DD/YYYY-MM-DD" (both ends included)::

    {
      "format": "onewindow-hall-calendar",
      "version": 1,
      "closures": ["2026-07-15", "2026-08-03/2026-08-05"],
      "extra_workdays": ["2026-12-26"],
      "years": {
        "2027": {
          "source": "国务院办公厅关于2027年部分节假日安排的通知",
          "holidays": ["2027-01-01/2027-01-03", "2027-02-06/2027-02-14"],
          "workdays": ["2027-02-20"]
        },
        "2028": {"provisional": true, "source": "暂按周末计算"}
      }
    }

`holidays` are the days off of the schedule (放假), `workdays` its make-up working days (调休上班).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, listed

FORMAT_NAME = "onewindow-hall-calendar"
FORMAT_VERSION = 1
MAX_RANGE_DAYS = 366

OfficialSchedule = Callable[[date], bool]


NOT_A_DATE = QT_TRANSLATE_NOOP(
    "messages", "{where}中的“{value}”不是有效日期，应写成YYYY-MM-DD，例如2027-01-01。"
)
BAD_RANGE = QT_TRANSLATE_NOOP(
    "messages", "{where}中的日期段“{value}”无效：结束日期不能早于开始日期，且一段不能超过{days}天。"
)
WRONG_YEAR = QT_TRANSLATE_NOOP("messages", "{day}不属于{year}年，不能写在{year}年的安排中。")
TWICE = QT_TRANSLATE_NOOP("messages", "{day}同时出现在{first}和{second}中，请只保留一处。")
HOLIDAYS = QT_TRANSLATE_NOOP("messages", "放假日期")
MAKEUP_DAYS = QT_TRANSLATE_NOOP("messages", "调休上班日期")
CLOSURE_DAYS = QT_TRANSLATE_NOOP("messages", "闭厅日期")
EXTRA_DAYS = QT_TRANSLATE_NOOP("messages", "额外工作日")
YEAR_IN_WRONG_PLACE = QT_TRANSLATE_NOOP("messages", "{year}年的位置上放的是{other}年的安排。")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("messages", "节假日设置应为一个JSON对象（{{…}}）。")
SETTINGS = QT_TRANSLATE_NOOP("messages", "节假日设置")
NOT_OUR_FILE = QT_TRANSLATE_NOOP("messages", "这不是OneWindow的节假日设置文件（format应为{format}）。")
BAD_VERSION = QT_TRANSLATE_NOOP("messages", "不支持的节假日设置版本：{version}（应为{expected}）。")
YEARS_OBJECT = QT_TRANSLATE_NOOP("messages", 'years应为以年份为键的对象，例如 {{"2027": {{…}}}}。')
NOT_A_YEAR = QT_TRANSLATE_NOOP("messages", "years中的“{key}”不是四位年份。")
YEAR_SCHEDULE = QT_TRANSLATE_NOOP("messages", "{year}年安排")
ENTRY_OBJECT = QT_TRANSLATE_NOOP("messages", '{where}应为一个对象，例如 {{"provisional": true}}。')
PROVISIONAL_FLAG = QT_TRANSLATE_NOOP("messages", "{where}的provisional只能是true或false。")
HOLIDAYS_OF = QT_TRANSLATE_NOOP("messages", "{where}的放假日期(holidays)")
WORKDAYS_OF = QT_TRANSLATE_NOOP("messages", "{where}的调休上班日期(workdays)")
CLOSURES_KEY = QT_TRANSLATE_NOOP("messages", "闭厅日期(closures)")
EXTRA_KEY = QT_TRANSLATE_NOOP("messages", "额外工作日(extra_workdays)")
DATE_LIST = QT_TRANSLATE_NOOP("messages", '{where}应为日期列表，例如 ["2027-01-01"]。')
UNKNOWN_KEYS = QT_TRANSLATE_NOOP("messages", "{where}中有无法识别的项：{keys}（可用的项：{allowed}）。")


class CalendarOverridesError(MessageError, ValueError):
    """Base of the errors in a hall's calendar settings; `message` is for the administrator."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)


class OverridesDateError(CalendarOverridesError):
    def __init__(self, value: object, where: Message | str) -> None:
        super().__init__(Message(NOT_A_DATE, where=where, value=value))
        self.value = value
        self.where = where


class OverridesRangeError(CalendarOverridesError):
    def __init__(self, value: str, where: Message | str) -> None:
        super().__init__(Message(BAD_RANGE, where=where, value=value, days=MAX_RANGE_DAYS))
        self.value = value
        self.where = where


class OverridesYearMismatchError(CalendarOverridesError):
    def __init__(self, day: date, year: int) -> None:
        super().__init__(Message(WRONG_YEAR, day=day.isoformat(), year=year))
        self.day = day
        self.year = year


class OverridesConflictError(CalendarOverridesError):
    def __init__(self, day: date, first: Message | str, second: Message | str) -> None:
        super().__init__(Message(TWICE, day=day.isoformat(), first=first, second=second))
        self.day = day


class ScheduleSource(Enum):
    """Where the working days of a year come from (the UI warns on anything but OFFICIAL)."""

    OFFICIAL = "official"  # the chinese_calendar package
    HALL = "hall"  # a schedule the hall entered
    PROVISIONAL = "provisional"  # entered by the hall, marked provisional (weekends only, …)
    MISSING = "missing"  # nobody knows: counted weekends only, dates estimated

    @property
    def estimated(self) -> bool:
        """Dates counted across such a year are provisional (暂按周末计算)."""
        return self in (ScheduleSource.PROVISIONAL, ScheduleSource.MISSING)


ESTIMATED_NOTE = "暂按周末计算"  # said beside every estimated date: screen, receipt, case


@dataclass(frozen=True)
class DueDate:
    """A date counted in working days, and whether a year on the way lacked its schedule."""

    day: date
    estimated: bool = False

    def label(self) -> str:
        """ "2027-01-04" or "2027-01-04（暂按周末计算）"."""
        return f"{self.day.isoformat()}（{ESTIMATED_NOTE}）" if self.estimated else self.day.isoformat()


@dataclass(frozen=True)
class YearSchedule:
    """One year's schedule as a hall enters it: days off and make-up working days.

    Days not listed follow the week: Monday–Friday work, Saturday–Sunday rest.
    `provisional=True` with no days listed means "weekends only until the schedule is known".
    """

    year: int
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    provisional: bool = False
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "workdays", frozenset(self.workdays))
        for day in sorted(self.holidays | self.workdays):
            if day.year != self.year:
                raise OverridesYearMismatchError(day, self.year)
        for day in sorted(self.holidays & self.workdays):
            raise OverridesConflictError(day, Message(HOLIDAYS), Message(MAKEUP_DAYS))
        if not self.provisional and not self.holidays:
            # An official year always has holidays: an empty one is a forgotten list, not a fact.
            raise CalendarOverridesError(
                f"{self.year}年安排未列出任何放假日期；若暂按周末计算，请标记为暂定（provisional）。"
            )

    @classmethod
    def weekends_only(cls, year: int, source: str = "暂按周末计算") -> YearSchedule:
        return cls(year=year, provisional=True, source=source)

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


@dataclass(frozen=True)
class HallOverrides:
    closures: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()
    years: dict[int, YearSchedule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "closures", frozenset(self.closures))
        object.__setattr__(self, "extra_workdays", frozenset(self.extra_workdays))
        object.__setattr__(self, "years", dict(self.years))  # a private copy: frozen in spirit
        for day in sorted(self.closures & self.extra_workdays):
            raise OverridesConflictError(day, Message(CLOSURE_DAYS), Message(EXTRA_DAYS))
        for year, schedule in self.years.items():
            if schedule.year != year:
                raise CalendarOverridesError(Message(YEAR_IN_WRONG_PLACE, year=year, other=schedule.year))


class WorkCalendar:
    """Answers "is this a working day" and counts working days for one hall."""

    def __init__(
        self, overrides: HallOverrides | None = None, official: OfficialSchedule | None = None
    ) -> None:
        self.overrides = overrides or HallOverrides()
        if official is None:
            # here, not at the top: the workbench's widgets import this module before the window
            # paints, and the package's tables load in ~40 ms; a calendar is made when it opens
            import chinese_calendar

            official = chinese_calendar.is_workday
        self._official = official

    def with_years(self, years: dict[int, YearSchedule]) -> WorkCalendar:
        """This calendar with `years` entered on top (they beat the package and earlier entries)."""
        merged = HallOverrides(
            self.overrides.closures, self.overrides.extra_workdays, {**self.overrides.years, **years}
        )
        return WorkCalendar(merged, self._official)

    def is_workday(self, day: date) -> bool:
        day = _as_date(day)
        if day in self.overrides.closures:
            return False
        if day in self.overrides.extra_workdays:
            return True
        schedule = self.overrides.years.get(day.year)
        if schedule is not None:
            return schedule.is_workday(day)
        try:
            return bool(self._official(day))
        except NotImplementedError:
            # no schedule anywhere: weekends only, and the dates say so (see is_estimated)
            return day.weekday() < 5

    def year_source(self, year: int) -> ScheduleSource:
        schedule = self.overrides.years.get(year)
        if schedule is not None:
            return ScheduleSource.PROVISIONAL if schedule.provisional else ScheduleSource.HALL
        try:
            self._official(date(year, 1, 1))
        except NotImplementedError:
            return ScheduleSource.MISSING
        return ScheduleSource.OFFICIAL

    def is_estimated(self, a: date, b: date) -> bool:
        """Whether counting between a and b (either order) crosses a year without a known schedule."""
        first, last = sorted((_as_date(a), _as_date(b)))
        return any(self.year_source(y).estimated for y in range(first.year, last.year + 1))

    def due_date(self, start: date, n: int) -> DueDate:
        """`add_working_days`, with the mark of a date counted across an unknown year."""
        day = self.add_working_days(start, n)
        return DueDate(day, self.is_estimated(start, day))

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (start itself not counted); n=0 → start.

        A negative n counts backwards (the n-th working day before start), for reminders.
        """
        day = _as_date(start)
        step = timedelta(days=1 if n > 0 else -1)
        remaining = abs(n)
        while remaining:
            day += step
            if self.is_workday(day):
                remaining -= 1
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a. Today→due = days left."""
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a
        while day < b:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count

    def period_end(self, start: date, calendar_days: int) -> DueDate:
        """The last day of a period counted in calendar days (补正期限: 30 days from the notice).

        民法典第二百零三条: when the last day is a statutory rest day, the day after the rest ends
        is the last day instead — here the next working day of the hall's calendar.
        """
        start = _as_date(start)
        day = start + timedelta(days=calendar_days)
        while not self.is_workday(day):
            day += timedelta(days=1)
        return DueDate(day, self.is_estimated(start, day))

    def extend_for_suspension(self, due: date, suspended_days: int) -> date:
        """Move a due date by the working days a special procedure (听证, 鉴定, …) stopped the clock.

        `suspended_days` is a count of working days; for a suspension from `first` to `last`
        (both included) it is `working_days_between(first - 1 day, last)`.
        """
        if suspended_days < 0:
            raise ValueError("中止的工作日数不能为负数")
        return self.add_working_days(due, suspended_days)


# --- JSON ------------------------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_KEYS = {"holidays", "workdays", "provisional", "source"}
_TOP_KEYS = {"format", "version", "closures", "extra_workdays", "years"}


def parse_overrides(data: dict[str, Any]) -> HallOverrides:
    """Build HallOverrides from the JSON structure described in the module docstring."""
    if not isinstance(data, dict):
        raise CalendarOverridesError(Message(NOT_AN_OBJECT))
    _refuse_unknown(data, _TOP_KEYS, Message(SETTINGS))
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise CalendarOverridesError(Message(NOT_OUR_FILE, format=FORMAT_NAME))
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise CalendarOverridesError(
            Message(BAD_VERSION, version=data.get("version"), expected=FORMAT_VERSION)
        )
    years_data = data.get("years", {})
    if not isinstance(years_data, dict):
        raise CalendarOverridesError(Message(YEARS_OBJECT))
    years: dict[int, YearSchedule] = {}
    for key, entry in years_data.items():
        key_text = str(key)
        if not re.fullmatch(r"\d{4}", key_text):
            raise CalendarOverridesError(Message(NOT_A_YEAR, key=key))
        year = int(key_text)
        where = Message(YEAR_SCHEDULE, year=year)
        if not isinstance(entry, dict):
            raise CalendarOverridesError(Message(ENTRY_OBJECT, where=where))
        _refuse_unknown(entry, _YEAR_KEYS, where)
        provisional = entry.get("provisional", False)
        if not isinstance(provisional, bool):
            raise CalendarOverridesError(Message(PROVISIONAL_FLAG, where=where))
        years[year] = YearSchedule(
            year=year,
            holidays=_parse_days(entry.get("holidays", []), Message(HOLIDAYS_OF, where=where)),
            workdays=_parse_days(entry.get("workdays", []), Message(WORKDAYS_OF, where=where)),
            provisional=provisional,
            source=str(entry.get("source", "")),
        )
    return HallOverrides(
        closures=_parse_days(data.get("closures", []), Message(CLOSURES_KEY)),
        extra_workdays=_parse_days(data.get("extra_workdays", []), Message(EXTRA_KEY)),
        years=years,
    )


def dump_overrides(overrides: HallOverrides) -> dict[str, Any]:
    """The JSON structure for `overrides`; consecutive days are written as ranges."""
    years: dict[str, Any] = {}
    for year in sorted(overrides.years):
        schedule = overrides.years[year]
        entry: dict[str, Any] = {}
        if schedule.provisional:
            entry["provisional"] = True
        if schedule.source:
            entry["source"] = schedule.source
        entry["holidays"] = _dump_days(schedule.holidays)
        entry["workdays"] = _dump_days(schedule.workdays)
        years[str(year)] = entry
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "closures": _dump_days(overrides.closures),
        "extra_workdays": _dump_days(overrides.extra_workdays),
        "years": years,
    }


def _parse_days(items: object, where: Message | str) -> frozenset[date]:
    if not isinstance(items, list):
        raise CalendarOverridesError(Message(DATE_LIST, where=where))
    days: set[date] = set()
    for item in items:
        if not isinstance(item, str):
            raise OverridesDateError(item, where)
        first_text, _, last_text = item.strip().partition("/")
        first = _parse_date(first_text, item, where)
        last = _parse_date(last_text, item, where) if last_text else first
        if last < first or (last - first).days >= MAX_RANGE_DAYS:
            raise OverridesRangeError(item, where)
        days.update(first + timedelta(days=i) for i in range((last - first).days + 1))
    return frozenset(days)


def _parse_date(text: str, item: str, where: Message | str) -> date:
    text = text.strip()
    if not _DATE.fullmatch(text):
        raise OverridesDateError(item, where)
    try:
        return date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:  # 2027-02-30 and the like
        raise OverridesDateError(item, where) from None


def _dump_days(days: Iterable[date]) -> list[str]:
    runs: list[list[date]] = []
    for day in sorted(days):
        # a run stops short of MAX_RANGE_DAYS so that parse_overrides takes back what we write
        if runs and day - runs[-1][1] == timedelta(days=1) and (day - runs[-1][0]).days < MAX_RANGE_DAYS:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}" for a, b in runs]


def _refuse_unknown(data: dict[str, Any], allowed: set[str], where: Message | str) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise CalendarOverridesError(
            Message(UNKNOWN_KEYS, where=where, keys=listed(unknown), allowed=listed(sorted(allowed)))
        )


def _as_date(value: date) -> date:
    # datetime is a date subclass but never equal to one, so sets of dates would miss it.
    return value.date() if isinstance(value, datetime) else value
