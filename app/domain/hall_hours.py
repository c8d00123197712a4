"""A hall's opening hours and closures: when the kiosk may issue numbers, what the display says.

A hall sets its own hours (办公时间) by the kind of day:
- a working day of the State Council's schedule (调休 Saturdays included) keeps the workday
  hours; 延时服务 is simply a later end (09:00-12:00, 13:30-19:00);
- an ordinary Saturday or Sunday keeps the hall's weekend hours (不打烊: 周六 09:00-12:00), or none;
- a public holiday (a weekday off, and the weekend days joined to it by days off: the weekend
  inside 国庆) is closed.
On top, closures (闭厅: 装修, 停电) close the hall for whole days, with a reason.

Closures are the hall's and only the hall's: they close the doors, they do not stop the legal
clock. Time limits count the State Council's working days (`WorkCalendar`, DOMAIN.md), so a
promised date never moves because a hall closed for a day. That is why closures live here and
never in `HallOverrides.closures`.

A hall that has set no hours is open at any time except its closures: halls that never opened the
console keep issuing numbers as before.

JSON (stored by the server, cached by terminals)::

    {"workday": ["09:00-12:00", "13:30-17:00"], "saturday": ["09:00-12:00"], "sunday": [],
     "closures": [{"first": "2027-03-01", "last": "2027-03-02", "reason": "大厅装修"}]}

`workday` missing or null: no hours set (always open but for closures).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum
from itertools import pairwise
from typing import Any

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, listed, text

MAX_SESSIONS = 4  # 上午, 下午, 延时, …: more is a typo
MAX_CLOSURES = 100
MAX_CLOSURE_DAYS = 366
MAX_REASON = 100
LOOK_AHEAD_DAYS = 400  # past a whole year with its holidays: "no opening known"

IsWorkday = Callable[[date], bool]

BAD_SESSION = QT_TRANSLATE_NOOP(
    "messages", "{where}中的“{value}”不是有效的时段，应写成09:00-12:00（开始早于结束）。"
)
OVERLAP = QT_TRANSLATE_NOOP("messages", "{where}中的时段{first}与{second}重叠或顺序颠倒，请按时间先后填写。")
TOO_MANY_SESSIONS = QT_TRANSLATE_NOOP("messages", "{where}最多填写{count}个时段。")
BAD_CLOSURE = QT_TRANSLATE_NOOP(
    "messages", "闭厅日期“{value}”无效：结束日期不能早于开始日期，且一次闭厅不能超过{days}天。"
)
CLOSURE_REASON = QT_TRANSLATE_NOOP("messages", "请填写{first}起闭厅的原因（不超过{length}字）。")
CLOSURES_OVERLAP = QT_TRANSLATE_NOOP("messages", "闭厅日期{first}至{last}与另一次闭厅重叠，请合并为一次。")
TOO_MANY_CLOSURES = QT_TRANSLATE_NOOP("messages", "闭厅安排最多{count}条，请删除已过去的闭厅。")
NO_WORKDAY_HOURS = QT_TRANSLATE_NOOP(
    "messages", "设定营业时间时，工作日至少要有一个时段（例如09:00-17:00）；不限时间请取消设定。"
)
NOT_HOURS = QT_TRANSLATE_NOOP("messages", "营业时间应为一个对象，包含workday、saturday、sunday和closures。")

WORKDAY = QT_TRANSLATE_NOOP("messages", "工作日")
SATURDAY = QT_TRANSLATE_NOOP("messages", "周六")
SUNDAY = QT_TRANSLATE_NOOP("messages", "周日")
HOURS_OF = QT_TRANSLATE_NOOP("messages", "{days} {sessions}")
NO_HOURS = QT_TRANSLATE_NOOP("messages", "{days}不办公")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("messages", "周一"),
    QT_TRANSLATE_NOOP("messages", "周二"),
    QT_TRANSLATE_NOOP("messages", "周三"),
    QT_TRANSLATE_NOOP("messages", "周四"),
    QT_TRANSLATE_NOOP("messages", "周五"),
    SATURDAY,
    SUNDAY,
)
WHEN = QT_TRANSLATE_NOOP("messages", "{day:%Y-%m-%d}（{weekday}）{at}")
CLOSED_FOR = QT_TRANSLATE_NOOP("messages", "本大厅{first}至{last}闭厅（{reason}）")
CLOSED_ON = QT_TRANSLATE_NOOP("messages", "本大厅今日闭厅（{reason}）")
HOLIDAY = QT_TRANSLATE_NOOP("messages", "今日为法定节假日，大厅不办公")
REST_DAY = QT_TRANSLATE_NOOP("messages", "今日为休息日，大厅不办公")
OUTSIDE_HOURS = QT_TRANSLATE_NOOP("messages", "现在不在大厅办公时间内（今日{hours}）")
NEXT_OPENING = QT_TRANSLATE_NOOP("messages", "{why}，暂停取号。下次开放：{when}。")
NO_OPENING = QT_TRANSLATE_NOOP("messages", "{why}，暂停取号。近期没有开放安排，请咨询大厅。")

_SESSION = re.compile(r"(\d{1,2}):(\d{2})\s*[-–—~～至]\s*(\d{1,2}):(\d{2})")


class HallHoursError(MessageError, ValueError):
    """The hours or closures cannot be taken as they are; `message` says what to correct."""


class DayKind(Enum):
    WORKDAY = "workday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"
    HOLIDAY = "holiday"


@dataclass(frozen=True, order=True)
class Session:
    """One stretch of opening on a day: 09:00-12:00."""

    opens: time
    closes: time

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"


@dataclass(frozen=True)
class Closure:
    first: date
    last: date
    reason: str

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class HallStatus:
    """Whether the hall is open at a moment, and if not why and when it opens next."""

    open: bool
    why: Message | str = ""  # "" when open
    next_opening: datetime | None = None

    def refusal(self) -> Message:
        """What the kiosk says when it will not issue a number now."""
        if self.next_opening is None:
            return Message(NO_OPENING, why=self.why)
        return Message(NEXT_OPENING, why=self.why, when=when(self.next_opening))


def when(moment: datetime) -> Message:
    """2027-02-18（周四）09:00."""
    return Message(WHEN, day=moment.date(), weekday=Message(WEEKDAYS[moment.weekday()]), at=f"{moment:%H:%M}")


@dataclass(frozen=True)
class HallHours:
    """`workday` None: the hall set no hours (open always, but for closures)."""

    workday: tuple[Session, ...] | None = None
    saturday: tuple[Session, ...] = ()
    sunday: tuple[Session, ...] = ()
    closures: tuple[Closure, ...] = ()

    @property
    def hours_set(self) -> bool:
        return self.workday is not None

    def sessions(self, kind: DayKind) -> tuple[Session, ...]:
        if kind is DayKind.WORKDAY:
            return self.workday or ()
        if kind is DayKind.SATURDAY:
            return self.saturday
        if kind is DayKind.SUNDAY:
            return self.sunday
        return ()

    def closure_on(self, day: date) -> Closure | None:
        return next((c for c in self.closures if c.covers(day)), None)

    def summary(self) -> list[Message]:
        """The hours as the display shows them, one line per kind of day ([] when none set)."""
        if not self.hours_set:
            return []
        lines = []
        for label, sessions in ((WORKDAY, self.workday), (SATURDAY, self.saturday), (SUNDAY, self.sunday)):
            if sessions:
                lines.append(Message(HOURS_OF, days=Message(label), sessions=_listed(sessions)))
            else:
                lines.append(Message(NO_HOURS, days=Message(label)))
        return lines

    def status(self, moment: datetime, is_workday: IsWorkday) -> HallStatus:
        """Open or not at `moment` (aware; naive is the machine's local time), by the legal
        calendar `is_workday` (the State Council's: WorkCalendar.is_workday) and these hours."""
        local = moment.astimezone(HALL_TIMEZONE)
        today, now = local.date(), local.time().replace(tzinfo=None)
        closure = self.closure_on(today)
        if closure is not None:
            why = (
                Message(CLOSED_ON, reason=text(closure.reason))
                if closure.first == closure.last
                else Message(
                    CLOSED_FOR,
                    first=closure.first.isoformat(),
                    last=closure.last.isoformat(),
                    reason=text(closure.reason),
                )
            )
            return HallStatus(False, why, self.next_opening(local, is_workday))
        if not self.hours_set:
            return HallStatus(True)
        kind = day_kind(today, is_workday)
        sessions = self.sessions(kind)
        if any(s.opens <= now < s.closes for s in sessions):
            return HallStatus(True)
        if kind is DayKind.HOLIDAY:
            why = Message(HOLIDAY)
        elif not sessions:
            why = Message(REST_DAY)
        else:
            why = Message(OUTSIDE_HOURS, hours=_listed(sessions))
        return HallStatus(False, why, self.next_opening(local, is_workday))

    def next_opening(self, moment: datetime, is_workday: IsWorkday) -> datetime | None:
        """The first moment after `moment` at which the hall opens (hall time), None if none soon."""
        local = moment.astimezone(HALL_TIMEZONE)
        for offset in range(LOOK_AHEAD_DAYS):
            day = local.date() + timedelta(days=offset)
            if self.closure_on(day) is not None:
                continue
            if not self.hours_set:
                opening = datetime.combine(day, time(0), HALL_TIMEZONE)
                if opening > local:
                    return opening
                continue
            for session in self.sessions(day_kind(day, is_workday)):
                opening = datetime.combine(day, session.opens, HALL_TIMEZONE)
                if opening > local:
                    return opening
        return None


def day_kind(day: date, is_workday: IsWorkday) -> DayKind:
    """What kind of day `day` is for the hall's hours (see the module's doc).

    A Saturday or Sunday off belongs to a holiday when the days off around it reach a weekday
    off (the 国庆 week, a 清明 Friday–Sunday): halls open on ordinary weekends, not on those.
    """
    if is_workday(day):
        return DayKind.WORKDAY
    if day.weekday() < 5:
        return DayKind.HOLIDAY
    for step in (1, -1):
        other = day + timedelta(days=step)
        for _ in range(12):
            if is_workday(other):
                break
            if other.weekday() < 5:
                return DayKind.HOLIDAY
            other += timedelta(days=step)
    return DayKind.SATURDAY if day.weekday() == 5 else DayKind.SUNDAY


# --- JSON -------------------------------------------------------------------------------------


def parse_hours(data: Any) -> HallHours:
    """HallHours from its JSON (see the module's doc); HallHoursError names the first problem."""
    if not isinstance(data, dict):
        raise HallHoursError(Message(NOT_HOURS))
    workday = data.get("workday")
    if workday is not None and not workday:  # a hall never open on working days: a slip, not a rule
        raise HallHoursError(Message(NO_WORKDAY_HOURS))
    return HallHours(
        workday=None if workday is None else parse_sessions(workday, Message(WORKDAY)),
        saturday=parse_sessions(data.get("saturday") or [], Message(SATURDAY)),
        sunday=parse_sessions(data.get("sunday") or [], Message(SUNDAY)),
        closures=parse_closures(data.get("closures") or []),
    )


def dump_hours(hours: HallHours) -> dict[str, Any]:
    return {
        "workday": None if hours.workday is None else [str(s) for s in hours.workday],
        "saturday": [str(s) for s in hours.saturday],
        "sunday": [str(s) for s in hours.sunday],
        "closures": [
            {"first": c.first.isoformat(), "last": c.last.isoformat(), "reason": c.reason}
            for c in hours.closures
        ],
    }


def parse_sessions(items: Any, where: Message | str) -> tuple[Session, ...]:
    """ "09:00-12:00" items (a text with 、 or , between them is taken too), in order, not overlapping."""
    if isinstance(items, str):
        items = [p for p in re.split(r"[、,，;；\s]+(?=\d)", items.strip()) if p]
    if not isinstance(items, list):
        raise HallHoursError(Message(BAD_SESSION, where=where, value=items))
    if len(items) > MAX_SESSIONS:
        raise HallHoursError(Message(TOO_MANY_SESSIONS, where=where, count=MAX_SESSIONS))
    sessions = [_session(item, where) for item in items]
    for before, after in pairwise(sessions):
        if after.opens < before.closes:
            raise HallHoursError(Message(OVERLAP, where=where, first=str(before), second=str(after)))
    return tuple(sessions)


def parse_closures(items: Any) -> tuple[Closure, ...]:
    if not isinstance(items, list):
        raise HallHoursError(Message(NOT_HOURS))
    if len(items) > MAX_CLOSURES:
        raise HallHoursError(Message(TOO_MANY_CLOSURES, count=MAX_CLOSURES))
    closures = []
    for item in items:
        if not isinstance(item, dict):
            raise HallHoursError(Message(BAD_CLOSURE, value=item, days=MAX_CLOSURE_DAYS))
        closures.append(closure(item.get("first"), item.get("last") or item.get("first"), item.get("reason")))
    closures.sort(key=lambda c: c.first)
    for before, after in pairwise(closures):
        if after.first <= before.last:
            raise HallHoursError(
                Message(CLOSURES_OVERLAP, first=after.first.isoformat(), last=after.last.isoformat())
            )
    return tuple(closures)


def closure(first: Any, last: Any, reason: Any) -> Closure:
    """One closure, checked: dates (YYYY-MM-DD) in order, at most a year, a reason given."""
    value = f"{first}/{last}"
    try:
        first_day, last_day = date.fromisoformat(str(first)), date.fromisoformat(str(last))
    except ValueError:
        raise HallHoursError(Message(BAD_CLOSURE, value=value, days=MAX_CLOSURE_DAYS)) from None
    if last_day < first_day or (last_day - first_day).days >= MAX_CLOSURE_DAYS:
        raise HallHoursError(Message(BAD_CLOSURE, value=value, days=MAX_CLOSURE_DAYS))
    reason_text = reason.strip() if isinstance(reason, str) else ""
    if not reason_text or len(reason_text) > MAX_REASON:
        raise HallHoursError(Message(CLOSURE_REASON, first=first_day.isoformat(), length=MAX_REASON))
    return Closure(first_day, last_day, reason_text)


def _session(item: Any, where: Message | str) -> Session:
    found = _SESSION.fullmatch(item.strip()) if isinstance(item, str) else None
    if found is None:
        raise HallHoursError(Message(BAD_SESSION, where=where, value=item))
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise HallHoursError(Message(BAD_SESSION, where=where, value=item))
    closes = time(23, 59) if h2 == 24 else time(h2, m2)
    session = Session(time(h1, m1), closes)
    if session.closes <= session.opens:
        raise HallHoursError(Message(BAD_SESSION, where=where, value=item))
    return session


def _listed(sessions: tuple[Session, ...]) -> Message:
    return listed(str(s) for s in sessions)
