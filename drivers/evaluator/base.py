"""The evaluator interface every backend implements, and what it hands back.

A backend (the serial pad, the on-screen window, the simulator) asks the applicant one
question per service and answers with a :class:`Rating` or with None when no rating came in
time. None means nothing is recorded: no default rating is ever made up at the window
(DOMAIN.md "好差评").
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from drivers.device import DeviceError, DeviceStatus


def new_rating_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RatingRequest:
    case_number: str  # the case number, or the ticket (A001) when there is no case
    clerk: str = ""
    window: str = ""
    timeout: int | None = None  # seconds the pad keeps the question open; None = its default
    rating_id: str = field(default_factory=new_rating_id)  # the answer carries it back


@dataclass(frozen=True)
class Rating:
    rating_id: str
    level: int  # 5 非常满意 … 1 非常不满意
    reasons: tuple[str, ...] = ()  # codes from drivers.evaluator.codes, for a 差评
    text: str = ""  # optional free text of a 差评

    def as_dict(self) -> dict:
        return {
            "rating_id": self.rating_id,
            "level": self.level,
            "reasons": list(self.reasons),
            "text": self.text,
        }


@dataclass(frozen=True)
class PadInfo:
    model: str
    firmware: str
    protocol: str


# the callback of ask_async: (rating or None, None) on an answer, (None, error) on a failure
RatingCallback = Callable[[Rating | None, DeviceError | None], None]


class Evaluator(Protocol):
    url: str

    def ask(self, request: RatingRequest, timeout: float) -> Rating | None:
        """Show the question and wait; None when no rating came within `timeout` seconds.

        Blocks: call it on a device thread, never on the GUI thread. Raises DeviceError.
        """
        ...

    def ask_async(self, request: RatingRequest, timeout: float, callback: RatingCallback) -> None:
        """The same on the evaluator's own thread; `callback` is called there, exactly once."""
        ...

    def cancel(self, rating_id: str) -> None:
        """Close the question (the applicant left, the clerk moved on); the ask returns None."""
        ...

    def status(self) -> DeviceStatus: ...

    def close(self) -> None: ...
