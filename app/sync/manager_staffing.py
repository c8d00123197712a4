"""Wire models of the console's 调度建议 area (staffing suggestions), shared by server and console.

Paths (under ``/v1``; the hall manager's Bearer token, or an admin's with ``?hall=``):

==========================================  =====================================================
``GET  /manager/staffing``                  → StaffingView (forecast, need, suggestions, hindcast)
``GET  /manager/staffing/targets``          → WaitTargets (every category of the hall)
``PUT  /manager/staffing/targets``          WaitTargets → WaitTargets
==========================================  =====================================================

A suggestion is applied through the tidal windows' route (``POST /manager/assignments``,
app/sync/manager_assignments.py) with the window's version as it was when the suggestion was
computed, so a window changed meanwhile is refused there rather than overwritten.
Refusals are ErrorAnswer with the codes ``unknown_category``, ``bad_request``, ``unknown_hall``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.sync.queue_protocol import PlainText

MIN_TARGET_MINUTES, MAX_TARGET_MINUTES = 1, 240
MIN_TARGET_SHARE, MAX_TARGET_SHARE = 50, 99  # percent called within the target


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WaitTarget(_Strict):
    """A category's wait target: `share` percent of applicants called within `minutes`."""

    category: Annotated[PlainText, Field(min_length=1, max_length=20)]
    minutes: int = Field(ge=MIN_TARGET_MINUTES, le=MAX_TARGET_MINUTES)
    share: int = Field(ge=MIN_TARGET_SHARE, le=MAX_TARGET_SHARE)
    name: str = Field(default="", max_length=100)  # the category's name (answers only)


class WaitTargets(_Strict):
    targets: list[WaitTarget] = Field(max_length=100)


class CategoryStaffing(_Strict):
    """One category now: the forecast, the windows it needs against those serving it."""

    code: str
    name: str
    forecast_next_hour: float  # arrivals forecast for the next 60 minutes
    waiting_now: int
    service_minutes: float  # mean service, from the past weeks
    service_from_history: bool  # False: too few services yet, the hall's default was used
    needed: int  # whole windows that would meet the target serving it alone
    serving: float  # window-equivalents serving it now (shared windows count in part)
    windows: list[str]  # the open windows that serve it
    mean_wait_minutes: float | None  # expected; None: the queue grows faster than it is served
    called_within_target: float  # expected share (0–1) called within the target
    meets_target: bool
    target_minutes: int
    target_share: int  # percent


class CategoryEffect(_Strict):
    category: str
    name: str
    mean_wait_before: float | None  # minutes; None: grows without bound
    mean_wait_after: float | None
    within_before: float  # share called within the target, 0–1
    within_after: float


class StaffingSuggestion(_Strict):
    """Give `window` to `to_category` in place of `from_category` ("" when it served nothing)."""

    window: str
    from_category: str
    to_category: str
    categories_before: dict[str, int]
    categories_after: dict[str, int]
    version: int  # the window's assignment version this was computed against
    to_effect: CategoryEffect
    from_effect: CategoryEffect | None


class HourFigure(_Strict):
    hour: int = Field(ge=0, le=23)  # of the hall's clock
    forecast: float  # for an hour begun: as forecast at its start
    actual: int | None  # None: still ahead; the current hour counts so far
    by_category: dict[str, float]
    actual_by_category: dict[str, int] = Field(default_factory=dict)  # empty for an hour ahead


class StaffingView(_Strict):
    hall_code: str
    at: datetime  # the server's time of the figures
    now_hour: float  # the hall's clock as hours (10.5 = 10:30)
    history_days: int  # past same weekdays the forecast stands on (days with no tickets left out)
    categories: list[CategoryStaffing]  # the hall's, in its order
    suggestions: list[StaffingSuggestion]  # the shortest category first
    hours: list[HourFigure]  # today's opening hours
    forecast_error: float | None  # weighted absolute percentage error of the hours completed
