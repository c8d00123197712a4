"""The time source of the use cases; tests pass their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    # hall-local wall time: documents, due dates and "today" are all in the hall's day
    return datetime.now().replace(microsecond=0)
