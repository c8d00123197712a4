"""实时大厅: the server's snapshot of the hall as plain view models for the console's tab.

``fetch()`` (off the GUI thread) gets one LiveHall; ``picture(snapshot, elapsed)`` (pure, cheap)
turns it into what the tab paints, ``elapsed`` after it arrived: every duration (a ticket served
for how long, the longest wait, a window idle) is counted from the server's clock as of the
snapshot plus the time elapsed on this machine since — never from this machine's wall clock, which
may be wrong — and the alarm rules (app/domain/hall_alarms.py) are applied to that moment, so a
wait crossing its limit between two refreshes raises its alarm on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.hall_alarms import (
    Alarm,
    CategoryNow,
    Thresholds,
    WindowNow,
    WindowStatus,
    hall_alarms,
    threshold_problems,
)
from app.domain.messages import QT_TRANSLATE_NOOP, Message, joined, message_of
from app.domain.tickets import HALL_TIMEZONE
from app.services.errors import ServiceError
from app.sync.manager_live import CategoryThresholds, LiveHall, LiveWindow, ThresholdsChange
from app.sync.manager_live_transport import LiveHallTransport
from app.sync.transport import TransportError

STATUS_TEXT = {
    WindowStatus.OPEN: QT_TRANSLATE_NOOP("messages", "开放"),
    WindowStatus.PAUSED: QT_TRANSLATE_NOOP("messages", "暂停"),
    WindowStatus.CLOSED: QT_TRANSLATE_NOOP("messages", "已关闭"),
    WindowStatus.OFFLINE: QT_TRANSLATE_NOOP("messages", "终端离线"),
}
NO_CONTACT = QT_TRANSLATE_NOOP("messages", "未收到本窗口终端的任何联系")
LAST_CONTACT = QT_TRANSLATE_NOOP("messages", "终端{terminal}最后联系：{at:%H:%M:%S}")
NOBODY = QT_TRANSLATE_NOOP("messages", "无人登录")
BAD_THRESHOLDS = QT_TRANSLATE_NOOP("messages", "{category}：{problems}")


class LiveHallUnavailable(ServiceError):
    """The live hall could not be read or its thresholds kept; str() says why, in Chinese."""


@dataclass(frozen=True)
class WindowTile:
    name: str
    status: WindowStatus
    status_text: Message
    pause_reason: str
    clerk: Message | str  # the clerk's name, or 无人登录
    contact: Message  # how the console knows the terminal is there (or that it is not)
    serving: str  # the ticket number served now; "" nothing
    serving_category: str
    serving_for: timedelta | None  # since its latest call
    idle_for: timedelta | None  # holds nothing since its last action
    categories: str  # 综合受理×10、企业开办×5
    alarms: tuple[Message, ...]


@dataclass(frozen=True)
class CategoryLine:
    code: str
    name: str
    waiting: int
    longest_wait: timedelta | None
    estimated_wait_minutes: int
    open_windows: int
    service_minutes: float
    served_today: int
    mean_service_minutes: float | None
    alarmed: bool


@dataclass(frozen=True)
class LivePicture:
    hall_name: str
    now: datetime  # the server's clock, as of this picture
    windows: tuple[WindowTile, ...]
    categories: tuple[CategoryLine, ...]
    alarms: tuple[Alarm, ...]


def thresholds_of(snapshot: LiveHall) -> dict[str, Thresholds]:
    return {t.category: t.rule() for t in snapshot.thresholds}


def _since(moment: datetime | None, now: datetime) -> timedelta | None:
    return max(timedelta(0), now - moment) if moment is not None else None


def _contact(window: LiveWindow) -> Message:
    if window.last_contact is None:
        return Message(NO_CONTACT)
    # the hall's wall clock (UTC+8) is what the manager reads on the hall's clocks
    local = window.last_contact.astimezone(HALL_TIMEZONE)
    return Message(LAST_CONTACT, terminal=window.terminal_name or window.window, at=local)


def _tile(window: LiveWindow, now: datetime, alarms: tuple[Alarm, ...]) -> WindowTile:
    serving = window.serving
    return WindowTile(
        name=window.window,
        status=window.status,
        status_text=Message(STATUS_TEXT[window.status]),
        pause_reason=window.pause_reason,
        clerk=window.clerk_name or window.clerk or Message(NOBODY),
        contact=_contact(window),
        serving=serving.number if serving else "",
        serving_category=serving.category_name if serving else "",
        serving_for=_since(serving.called_at, now) if serving else None,
        idle_for=_since(window.idle_since, now) if serving is None else None,
        categories="、".join(f"{c.name}×{c.weight}" for c in window.categories),
        alarms=tuple(a.text for a in alarms if a.window == window.window),
    )


def picture(snapshot: LiveHall, elapsed: timedelta) -> LivePicture:
    now = snapshot.server_time + max(timedelta(0), elapsed)
    categories = [CategoryNow(c.code, c.name, c.waiting, c.oldest_issued_at) for c in snapshot.categories]
    windows = [
        WindowNow(
            name=w.window,
            status=w.status,
            serves=frozenset(c.code for c in w.categories),
            busy=w.serving is not None,
            idle_since=w.idle_since,
        )
        for w in snapshot.windows
    ]
    alarms = hall_alarms(categories, windows, thresholds_of(snapshot), now)
    alarmed = {a.category for a in alarms if not a.window}
    return LivePicture(
        hall_name=snapshot.hall_name,
        now=now,
        windows=tuple(_tile(w, now, alarms) for w in snapshot.windows),
        categories=tuple(
            CategoryLine(
                code=c.code,
                name=c.name,
                waiting=c.waiting,
                longest_wait=_since(c.oldest_issued_at, now),
                estimated_wait_minutes=c.estimated_wait_minutes,
                open_windows=c.open_windows,
                service_minutes=c.service_minutes,
                served_today=c.served_today,
                mean_service_minutes=(
                    round(c.mean_service_seconds / 60, 1) if c.mean_service_seconds is not None else None
                ),
                alarmed=c.code in alarmed,
            )
            for c in snapshot.categories
        ),
        alarms=alarms,
    )


class LiveHallService:
    def __init__(self, transport: LiveHallTransport) -> None:
        self.transport = transport

    def fetch(self) -> LiveHall:
        try:
            return self.transport.live()
        except TransportError as exc:
            raise LiveHallUnavailable(message_of(exc)) from exc

    def set_thresholds(self, snapshot: LiveHall, wanted: dict[str, Thresholds]) -> LiveHall:
        """Keep `wanted` (category code → thresholds) as the hall's whole set; checked here first,
        so a slip is named per category before anything is sent."""
        names = {c.code: c.name for c in snapshot.categories}
        problems = [
            Message(BAD_THRESHOLDS, category=names.get(code, code), problems=joined(found))
            for code, rule in wanted.items()
            if (found := threshold_problems(rule))
        ]
        if problems:
            raise LiveHallUnavailable(joined(problems))
        change = ThresholdsChange(
            thresholds=[
                CategoryThresholds(
                    category=code,
                    max_waiting=rule.max_waiting,
                    max_wait_minutes=rule.max_wait_minutes,
                    max_idle_minutes=rule.max_idle_minutes,
                )
                for code, rule in wanted.items()
                if rule.any
            ]
        )
        try:
            return self.transport.set_thresholds(change)
        except TransportError as exc:
            raise LiveHallUnavailable(message_of(exc)) from exc
