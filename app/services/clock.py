"""The time source of the use cases; tests pass their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.domain.hall_time import HALL_TIMEZONE

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    # the hall's wall time, whatever zone this PC's clock is set to (a PC left on UTC would
    # otherwise date a 17:00 receipt 09:00 and number the evening's cases on yesterday):
    # documents, due dates and "today" are all in the hall's day, and the server reads a
    # window's times in the hall's zone (server/sync/payloads.py)
    return datetime.now(HALL_TIMEZONE).replace(tzinfo=None, microsecond=0)
