"""调度建议 (Ctrl+3): the use cases behind the console's tab, building plain view models.

The figures are the server's (GET /manager/staffing: the forecast, the windows each category
needs against those serving it, the moves, today's forecast against what arrived); this module
only shapes them for the screen and words each move. Whatever the server or the transport
refuses comes back as StaffingRefused with its reason.

A suggestion is applied as one window assignment change (app/sync/manager_assignments.py) with
the version the suggestion was computed against and the move as its reason, so it is audited and
undone like any other change, and a window changed meanwhile is refused rather than overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.window_assignments import MAX_WEIGHT
from app.services.errors import ServiceError
from app.sync.manager_assignments import AssignmentChange, WindowAssignment
from app.sync.manager_staffing import (
    MAX_TARGET_MINUTES,
    MAX_TARGET_SHARE,
    MIN_TARGET_MINUTES,
    MIN_TARGET_SHARE,
    CategoryEffect,
    StaffingSuggestion,
    StaffingView,
    WaitTarget,
)
from app.sync.manager_staffing_transport import StaffingTransport
from app.sync.transport import TransportError

MOVE = QT_TRANSLATE_NOOP("messages", "{window}：由“{donor}”改办“{category}”")
MOVE_IDLE = QT_TRANSLATE_NOOP("messages", "{window}：开始办理“{category}”")
EFFECT = QT_TRANSLATE_NOOP("messages", "{category}预计平均等候 {before} → {after}")
MINUTES = QT_TRANSLATE_NOOP("messages", "{minutes:.1f}分钟")
GROWING = QT_TRANSLATE_NOOP("messages", "持续增长")
APPLIED = QT_TRANSLATE_NOOP("messages", "已采纳：{move}（调整单{change}，可在“窗口调度”中撤销）")
BAD_TARGET = QT_TRANSLATE_NOOP(
    "messages", "“{category}”的等候目标应为{low}至{high}分钟、{share_low}%至{share_high}%"
)

T = TypeVar("T")


class StaffingRefused(ServiceError):
    """The server (or the link to it) refused; nothing changed. ``message`` says why."""


@dataclass(frozen=True)
class CategoryLine:
    code: str
    name: str
    waiting: int
    forecast_next_hour: float
    service_minutes: float
    service_from_history: bool
    needed: int
    serving: float  # window-equivalents
    windows: tuple[str, ...]
    mean_wait: float | None  # minutes; None: grows without bound
    within_target: float  # 0–1
    meets_target: bool
    target_minutes: int
    target_share: int  # percent
    hours_ahead: tuple[tuple[int, float], ...] = ()  # (hour, forecast) of the hours still to come


@dataclass(frozen=True)
class SuggestionLine:
    window: str
    category: str  # the code it gains
    donor: str  # the code it gives up ("" when the window served nothing)
    categories_after: dict[str, int]
    version: int
    title: Message  # 3号综合窗口：由“企业开办”改办“不动产登记”
    effects: tuple[Message, ...]  # the expected waits of both categories, before → after


@dataclass(frozen=True)
class HourPoint:
    hour: int
    forecast: float
    actual: int | None  # None: still ahead
    by_category: dict[str, float] = field(default_factory=dict)  # forecast
    actual_by_category: dict[str, int] = field(default_factory=dict)

    def of(self, code: str | None) -> tuple[float, int | None]:
        """(forecast, actual) of one category, or of the whole hall for None."""
        if code is None:
            return self.forecast, self.actual
        actual = None if self.actual is None else self.actual_by_category.get(code, 0)
        return self.by_category.get(code, 0.0), actual


@dataclass(frozen=True)
class StaffingScreen:
    at: datetime  # in the hall's time
    history_days: int
    forecast_error: float | None  # 0.12 = 12 %
    categories: tuple[CategoryLine, ...]
    suggestions: tuple[SuggestionLine, ...]
    hours: tuple[HourPoint, ...]


@dataclass(frozen=True)
class TargetLine:
    code: str
    name: str
    minutes: int
    share: int  # percent


def wait_text(minutes: float | None) -> Message:
    return Message(GROWING) if minutes is None else Message(MINUTES, minutes=minutes)


def _call(fn: Callable[..., T], *args) -> T:
    try:
        return fn(*args)
    except TransportError as exc:
        raise StaffingRefused(exc.message) from exc


def _effect(effect: CategoryEffect) -> Message:
    return Message(
        EFFECT,
        category=effect.name,
        before=wait_text(effect.mean_wait_before),
        after=wait_text(effect.mean_wait_after),
    )


def _suggestion(s: StaffingSuggestion) -> SuggestionLine:
    if s.from_effect is not None:
        title = Message(MOVE, window=s.window, donor=s.from_effect.name, category=s.to_effect.name)
        effects: tuple[Message, ...] = (_effect(s.to_effect), _effect(s.from_effect))
    else:
        title = Message(MOVE_IDLE, window=s.window, category=s.to_effect.name)
        effects = (_effect(s.to_effect),)
    return SuggestionLine(
        window=s.window,
        category=s.to_category,
        donor=s.from_category,
        categories_after=dict(s.categories_after),
        version=s.version,
        title=title,
        effects=effects,
    )


def screen_of(view: StaffingView) -> StaffingScreen:
    return StaffingScreen(
        at=view.at.astimezone(HALL_TIMEZONE),
        history_days=view.history_days,
        forecast_error=view.forecast_error,
        categories=tuple(
            CategoryLine(
                code=c.code,
                name=c.name,
                waiting=c.waiting_now,
                forecast_next_hour=c.forecast_next_hour,
                service_minutes=c.service_minutes,
                service_from_history=c.service_from_history,
                needed=c.needed,
                serving=c.serving,
                windows=tuple(c.windows),
                mean_wait=c.mean_wait_minutes,
                within_target=c.called_within_target,
                meets_target=c.meets_target,
                target_minutes=c.target_minutes,
                target_share=c.target_share,
                hours_ahead=tuple(
                    (h.hour, h.by_category.get(c.code, 0.0)) for h in view.hours if h.hour > view.now_hour
                ),
            )
            for c in view.categories
        ),
        suggestions=tuple(_suggestion(s) for s in view.suggestions),
        hours=tuple(
            HourPoint(h.hour, h.forecast, h.actual, dict(h.by_category), dict(h.actual_by_category))
            for h in view.hours
        ),
    )


class Staffing:
    def __init__(self, transport: StaffingTransport) -> None:
        self.transport = transport

    def load(self) -> StaffingScreen:
        return screen_of(_call(self.transport.view))

    def targets(self) -> tuple[TargetLine, ...]:
        found = _call(self.transport.targets)
        return tuple(TargetLine(t.category, t.name, t.minutes, t.share) for t in found.targets)

    def save_targets(self, lines: tuple[TargetLine, ...]) -> tuple[TargetLine, ...]:
        """Save the targets as edited; a value out of range is refused here, naming the category."""
        for line in lines:
            if not (
                MIN_TARGET_MINUTES <= line.minutes <= MAX_TARGET_MINUTES
                and MIN_TARGET_SHARE <= line.share <= MAX_TARGET_SHARE
            ):
                raise StaffingRefused(
                    Message(
                        BAD_TARGET,
                        category=line.name or line.code,
                        low=MIN_TARGET_MINUTES,
                        high=MAX_TARGET_MINUTES,
                        share_low=MIN_TARGET_SHARE,
                        share_high=MAX_TARGET_SHARE,
                    )
                )
        body = [WaitTarget(category=line.code, minutes=line.minutes, share=line.share) for line in lines]
        saved = _call(self.transport.save_targets, body)
        return tuple(TargetLine(t.category, t.name, t.minutes, t.share) for t in saved.targets)

    def apply(self, line: SuggestionLine) -> Message:
        """Make the move; the categories it gives up are sent with weight 0 (not served)."""
        categories = {code: min(weight, MAX_WEIGHT) for code, weight in line.categories_after.items()}
        if line.donor and line.donor not in categories:
            categories[line.donor] = 0
        change = AssignmentChange(
            changes=[WindowAssignment(window=line.window, categories=categories, open=True)],
            expected_versions={line.window: line.version},
            reason=str(line.title)[:200],
        )
        result = _call(self.transport.change_assignments, change)
        return Message(APPLIED, move=line.title, change=result.change_id)
