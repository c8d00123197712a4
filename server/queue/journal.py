"""Queue events (every action, with server time) and the idempotency record they carry.

The event written for a request carries its request_id and the JSON answered to it; a resend
finds it and gets exactly that answer back, nothing done twice (answered_once: the one way every
window action and every ticket request is answered).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from app.domain.tickets import BadTicketNumber, TicketRuleError
from server.context import ServerContext
from server.queue.common import retrying
from server.refusals import Conflict, Refused
from server.store.models import QueueEventRow

EVENTS = QueueEventRow.__table__
T = TypeVar("T")
# what a request the rules refuse raises; a refusal records nothing
REFUSALS = (Refused, TicketRuleError, BadTicketNumber)


def answered_once(ctx: ServerContext, work: Callable[[Session, bool], T], conflict: str) -> T:
    """`work(session, resent)` in a transaction of its own, answered once per request_id.

    `work` records its request_id with its answer (Events.write) in the same transaction, and
    with resent=True it first returns the answer stored for that request_id (stored_answer). The
    first attempt does not look (a round trip every call would pay); a resend — a double click,
    a retry after a lost answer, on this server process or another — is told apart by what
    doing it again runs into, whatever the window did since:

    * it breaks the unique request_id when it records it (call next, pause: they can be done
      again): all rolled back, the next attempt is a resend;
    * the rules refuse it (finish, recall, no-show: the ticket has gone since): the next
      attempt is a resend too, and answers the stored answer, or the same refusal when there
      is none (a refusal records nothing, so a refused request sent again is tried again).

    A unique key broken RETRIES times (two writers racing on a new row) is Conflict.
    """
    return retrying(ctx, work, conflict, resend_after=REFUSALS)


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
        # one multi-row INSERT: a list of parameter sets would go as an executemany, which the
        # driver runs in a pipeline of several round trips even for the two rows of a call
        params = {f"{name}_{n}": value for n, row in enumerate(self.rows) for name, value in row.items()}
        session.execute(_insert_rows(len(self.rows)), params)
        self.rows = []


# every column but the generated id: what Events.add fills in
_COLUMNS = tuple(column.name for column in EVENTS.c if not column.primary_key)


@lru_cache(maxsize=8)
def _insert_rows(count: int):
    """The INSERT of `count` events, its values bound by name (`kind_0`, …) and typed as the
    columns (JSON, dates, the sealed answer). A text statement: SQLAlchemy never caches the
    compiled form of a multi-row insert(), and it was compiled anew on every action."""
    columns = ", ".join(f'"{name}"' for name in _COLUMNS)
    rows = ", ".join("(" + ", ".join(f":{name}_{n}" for name in _COLUMNS) + ")" for n in range(count))
    binds = [bindparam(f"{name}_{n}", type_=EVENTS.c[name].type) for n in range(count) for name in _COLUMNS]
    return text(f"INSERT INTO {EVENTS.name} ({columns}) VALUES {rows}").bindparams(*binds)


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
        raise Conflict("该请求编号已用于另一项操作，请重新发起本次操作", code="request_reused")
    return found.answer
