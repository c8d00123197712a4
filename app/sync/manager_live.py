"""Wire models of the console's 实时大厅 (live hall), shared by server and console.

Paths (under ``/v1``; the hall manager's Bearer token, or an admin's with ``?hall=``):

==========================================  ==============================================
``GET /manager/live``                       → LiveHall (the whole picture, one round trip)
``PUT /manager/live/thresholds``            ThresholdsChange → LiveHall
==========================================  ==============================================

Everything is as of ``server_time`` (the server's clock); the console ticks durations on from
there with its own elapsed time, never with its own wall clock. Refusals are ErrorAnswer with the
codes ``unknown_category`` and ``bad_request``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.domain.hall_alarms import (
    MAX_IDLE_MINUTES_LIMIT,
    MAX_WAIT_MINUTES_LIMIT,
    MAX_WAITING_LIMIT,
    Thresholds,
    WindowStatus,
)
from app.sync.queue_protocol import PlainText

CategoryCode = Annotated[PlainText, Field(min_length=1, max_length=20)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServedCategory(_Strict):
    code: str
    name: str
    weight: int


class ServingTicket(_Strict):
    number: str
    category_name: str
    called_at: datetime  # its latest call: the service runs from here
    first_called_at: datetime | None = None
    calls: int = 1
    masked_name: str = ""


class LiveWindow(_Strict):
    window: str
    status: WindowStatus  # at server_time (app.domain.hall_alarms.window_status)
    pause_reason: str = ""
    clerk: str = ""  # username of the clerk signed in at the window; "" nobody
    clerk_name: str = ""
    terminal_name: str = ""  # the terminal heard last for this window
    last_contact: datetime | None = None  # how the console knows the terminal is there
    serving: ServingTicket | None = None
    idle_since: datetime | None = None  # its last queue action, when it holds nothing
    categories: list[ServedCategory]  # weight > 0, in the hall's order


class LiveCategory(_Strict):
    code: str
    name: str
    prefix: str
    active: bool = True
    waiting: int
    oldest_issued_at: datetime | None = None  # the longest waiting ticket's; None: nobody waits
    open_windows: int  # open windows serving it now
    service_minutes: float  # per service, for the estimate: the day's latest 20, else the default
    estimated_wait_minutes: int  # a new ticket: waiting × service_minutes ÷ max(1, open_windows)
    served_today: int
    mean_service_seconds: float | None = None  # today's finished services; None: none yet


class CategoryThresholds(_Strict):
    category: CategoryCode
    max_waiting: int | None = Field(default=None, ge=1, le=MAX_WAITING_LIMIT)
    max_wait_minutes: int | None = Field(default=None, ge=1, le=MAX_WAIT_MINUTES_LIMIT)
    max_idle_minutes: int | None = Field(default=None, ge=1, le=MAX_IDLE_MINUTES_LIMIT)

    def rule(self) -> Thresholds:
        return Thresholds(self.max_waiting, self.max_wait_minutes, self.max_idle_minutes)


class LiveHall(_Strict):
    hall_code: str
    hall_name: str
    day: date
    server_time: datetime
    offline_after_seconds: float
    windows: list[LiveWindow]
    categories: list[LiveCategory]
    thresholds: list[CategoryThresholds]  # one per category that has any set
    thresholds_updated_by: str = ""
    thresholds_updated_at: datetime | None = None


class ThresholdsChange(_Strict):
    """The hall's whole set: a category left out has no thresholds afterwards."""

    thresholds: list[CategoryThresholds] = Field(max_length=100)
