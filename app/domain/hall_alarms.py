"""The live hall's rules: what state a window is in, and when the hall manager is alarmed.

Pure functions over plain values (the console's use case feeds them the server's snapshot, and
re-applies them every second as waits grow between two snapshots), so they are tested on fixed
inputs without a server or a screen.

A window's state, in this order of precedence:
- 已关闭 (closed): it serves no category — the manager closed it, or assigned it nothing;
- 终端离线 (terminal offline): the window's terminal has not been heard from for longer than
  OFFLINE_AFTER — its last contact is the latest of its sync pulls and pushes (a workbench pulls
  every 15 s while it runs) and of the queue actions taken at the window;
- 暂停 (paused), with the clerk's reason;
- 开放 (open).

Thresholds are per category and each may be off (None): people waiting more than
``max_waiting``; the longest wait now past ``max_wait_minutes``; a window that serves the
category and holds no ticket for more than ``max_idle_minutes`` while people of that category
wait (the window is idle while others queue).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.messages import QT_TRANSLATE_NOOP, Message

OFFLINE_AFTER = timedelta(seconds=60)  # four missed pulls of a workbench (one every 15 s)
MAX_WAITING_LIMIT = 999
MAX_WAIT_MINUTES_LIMIT = 600
MAX_IDLE_MINUTES_LIMIT = 240


class WindowStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"
    OFFLINE = "offline"


def window_status(
    *,
    serves_any: bool,
    paused: bool,
    last_contact: datetime | None,
    now: datetime,
    offline_after: timedelta = OFFLINE_AFTER,
) -> WindowStatus:
    if not serves_any:
        return WindowStatus.CLOSED
    if last_contact is None or now - last_contact > offline_after:
        return WindowStatus.OFFLINE
    return WindowStatus.PAUSED if paused else WindowStatus.OPEN


@dataclass(frozen=True)
class Thresholds:
    """One category's alarm thresholds; None: that alarm is off."""

    max_waiting: int | None = None
    max_wait_minutes: int | None = None
    max_idle_minutes: int | None = None

    @property
    def any(self) -> bool:
        return any(v is not None for v in (self.max_waiting, self.max_wait_minutes, self.max_idle_minutes))


BAD_WAITING = QT_TRANSLATE_NOOP("messages", "等候人数上限应为1至{limit}之间的整数，或不设。")
BAD_WAIT = QT_TRANSLATE_NOOP("messages", "最长等候时间上限应为1至{limit}分钟，或不设。")
BAD_IDLE = QT_TRANSLATE_NOOP("messages", "窗口空闲时间上限应为1至{limit}分钟，或不设。")


def threshold_problems(t: Thresholds) -> list[Message]:
    """Why these thresholds cannot be kept (the server refuses them whole; the tab says so first)."""
    problems = []
    for value, limit, template in (
        (t.max_waiting, MAX_WAITING_LIMIT, BAD_WAITING),
        (t.max_wait_minutes, MAX_WAIT_MINUTES_LIMIT, BAD_WAIT),
        (t.max_idle_minutes, MAX_IDLE_MINUTES_LIMIT, BAD_IDLE),
    ):
        if value is not None and not 1 <= value <= limit:
            problems.append(Message(template, limit=limit))
    return problems


class AlarmKind(StrEnum):
    TOO_MANY_WAITING = "too_many_waiting"
    WAIT_TOO_LONG = "wait_too_long"
    WINDOW_IDLE = "window_idle"


TOO_MANY = QT_TRANSLATE_NOOP("messages", "{category}等候{waiting}人，超过上限{limit}人")
TOO_LONG = QT_TRANSLATE_NOOP("messages", "{category}最长已等候{minutes}分钟，超过上限{limit}分钟")
IDLE = QT_TRANSLATE_NOOP(
    "messages", "{window}已空闲{minutes}分钟（上限{limit}分钟），而{category}仍有{waiting}人等候"
)


@dataclass(frozen=True)
class CategoryNow:
    code: str
    name: str
    waiting: int
    oldest_issued_at: datetime | None  # the longest-waiting ticket's issue time; None: nobody


@dataclass(frozen=True)
class WindowNow:
    name: str
    status: WindowStatus
    serves: frozenset[str]  # category codes with a weight above 0
    busy: bool  # holds a called ticket
    idle_since: datetime | None  # when it last had something to do (its last action)


@dataclass(frozen=True)
class Alarm:
    kind: AlarmKind
    category: str  # code
    window: str  # "" unless WINDOW_IDLE
    text: Message

    @property
    def key(self) -> tuple[str, str, str]:
        """Same key, same alarm: a chime sounds when a key appears, not on every refresh."""
        return (self.kind.value, self.category, self.window)


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def category_alarms(category: CategoryNow, limits: Thresholds, now: datetime) -> list[Alarm]:
    alarms = []
    if limits.max_waiting is not None and category.waiting > limits.max_waiting:
        text = Message(TOO_MANY, category=category.name, waiting=category.waiting, limit=limits.max_waiting)
        alarms.append(Alarm(AlarmKind.TOO_MANY_WAITING, category.code, "", text))
    if limits.max_wait_minutes is not None and category.oldest_issued_at is not None:
        minutes = _minutes(now - category.oldest_issued_at)
        if minutes >= limits.max_wait_minutes:
            text = Message(TOO_LONG, category=category.name, minutes=minutes, limit=limits.max_wait_minutes)
            alarms.append(Alarm(AlarmKind.WAIT_TOO_LONG, category.code, "", text))
    return alarms


def idle_alarms(
    window: WindowNow, categories: Iterable[CategoryNow], limits: Mapping[str, Thresholds], now: datetime
):
    """A window open, holding nothing, idle past a category's limit while that category waits."""
    if window.status is not WindowStatus.OPEN or window.busy or window.idle_since is None:
        return []
    minutes = _minutes(now - window.idle_since)
    alarms = []
    for category in categories:
        limit = limits.get(category.code, Thresholds()).max_idle_minutes
        if category.code not in window.serves or category.waiting <= 0 or limit is None:
            continue
        if minutes >= limit:
            text = Message(
                IDLE,
                window=window.name,
                minutes=minutes,
                limit=limit,
                category=category.name,
                waiting=category.waiting,
            )
            alarms.append(Alarm(AlarmKind.WINDOW_IDLE, category.code, window.name, text))
    return alarms


def hall_alarms(
    categories: Iterable[CategoryNow],
    windows: Iterable[WindowNow],
    limits: Mapping[str, Thresholds],
    now: datetime,
) -> tuple[Alarm, ...]:
    """Every alarm of the hall now: categories in the hall's order, then idle windows."""
    categories = list(categories)
    found: list[Alarm] = []
    for category in categories:
        found += category_alarms(category, limits.get(category.code, Thresholds()), now)
    for window in windows:
        found += idle_alarms(window, categories, limits, now)
    return tuple(found)


def raised(before: Iterable[Alarm], after: Iterable[Alarm]) -> tuple[Alarm, ...]:
    """The alarms of `after` that `before` did not have (what the chime announces)."""
    known = {alarm.key for alarm in before}
    return tuple(alarm for alarm in after if alarm.key not in known)
