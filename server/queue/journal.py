"""Queue events (every action, with server time) and the idempotency record they carry.

The event written for a request carries its request_id and the JSON answered to it; a resend
finds it and gets exactly that answer back, nothing done twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from server.errors import ApiError
from server.store.models import QueueEventRow

EVENTS = QueueEventRow.__table__


class Events:
    """The events of one transaction, written with one INSERT at the end."""

    def __init__(self, hall_code: str, day: date, now: datetime) -> None:
        self.hall_code, self.day, self.now = hall_code, day, now
        self.rows: list[dict[str, Any]] = []

    def add(self, kind: str, ticket=None, window: str = "", clerk: str = "", **data: Any) -> None:
        row = {
            "hall_code": self.hall_code,
            "day": self.day,
            "ticket_id": ticket.id if ticket is not None else None,
            "number": ticket.number if ticket is not None else "",
            "kind": kind,
            "window": window,
            "clerk": clerk,
            "at": self.now,
            "data": data,
            "request_id": None,
            "answer": None,
        }
        self.rows.append(row)

    def write(self, session: Session, request_id: str | None = None, answer: dict | None = None) -> None:
        """Insert the events; the last one records the request and its answer."""
        if not self.rows:
            return
        if request_id is not None:
            self.rows[-1]["request_id"] = request_id
            self.rows[-1]["answer"] = answer
        session.execute(insert(EVENTS), self.rows)
        self.rows = []


def stored_answer(
    session: Session, request_id: str, hall_code: str, fits: Callable[[dict], bool]
) -> dict | None:
    """The answer given to this request before, or None; the same id used for something else is
    a client fault (a UUID is made once per intent) and is refused."""
    found = session.execute(
        select(EVENTS.c.hall_code, EVENTS.c.answer).where(EVENTS.c.request_id == request_id)
    ).first()
    if found is None:
        return None
    if found.hall_code != hall_code or found.answer is None or not fits(found.answer):
        raise ApiError(409, "request_reused", "该请求编号已用于另一项操作，请重新发起本次操作")
    return found.answer
