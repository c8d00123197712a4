"""The day's figures (GET /queue/stats): mean wait (issued → first call) and service (first
call → finish) per ticket, window, clerk and category, from the tickets and their events."""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.domain.tickets import TicketState
from app.sync.queue_protocol import QueueStats, TimingRow
from server.queue.common import HallQueue
from server.store.db import as_utc
from server.store.models import QueueEventRow, TicketRow

TICKETS = TicketRow.__table__
EVENTS = QueueEventRow.__table__
RECENT_SERVICES = 20  # the estimate of a ticket's wait follows the latest services of the day
FINISHED = TicketState.FINISHED.value


# engine → {(hall, category, day, default): (server time, minutes)}: an estimate need not be
# exact to the second, and a busy kiosk would otherwise read the day's services for every ticket
_SERVICE_CACHE: weakref.WeakKeyDictionary[Engine, dict[tuple, tuple[datetime, float]]] = (
    weakref.WeakKeyDictionary()
)
_SERVICE_LOCK = threading.Lock()
SERVICE_CACHE_SECONDS = 30.0


def mean_service_minutes(session: Session, hall: HallQueue, category: str, day: date, now: datetime) -> float:
    """Mean service of the category's latest finished tickets today, else the hall's default
    (remembered for SERVICE_CACHE_SECONDS of server time)."""
    key = (hall.code, category, day, hall.policy.default_service_minutes)
    with _SERVICE_LOCK:
        cache = _SERVICE_CACHE.setdefault(session.get_bind(), {})
        cached = cache.get(key)
    if cached is not None and 0 <= (now - cached[0]).total_seconds() < SERVICE_CACHE_SECONDS:
        return cached[1]
    minutes = _mean_service_minutes(session, hall, category, day)
    with _SERVICE_LOCK:
        if len(cache) > 10_000:
            cache.clear()
        cache[key] = (now, minutes)
    return minutes


def _mean_service_minutes(session: Session, hall: HallQueue, category: str, day: date) -> float:
    rows = session.execute(
        select(TICKETS.c.first_called_at, TICKETS.c.finished_at)
        .where(
            TICKETS.c.hall_code == hall.code,
            TICKETS.c.day == day,
            TICKETS.c.category == category,
            TICKETS.c.state == FINISHED,
            TICKETS.c.first_called_at.is_not(None),
        )
        .order_by(TICKETS.c.finished_at.desc())
        .limit(RECENT_SERVICES)
    ).all()
    seconds = [(as_utc(f) - as_utc(c)).total_seconds() for c, f in rows if f is not None]
    seconds = [s for s in seconds if s > 0]
    if not seconds:
        return float(hall.policy.default_service_minutes)
    return sum(seconds) / len(seconds) / 60


@dataclass
class _Tally:
    tickets: int = 0
    served: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)

    def row(self, key: str) -> TimingRow:
        return TimingRow(
            key=key,
            tickets=self.tickets,
            served=self.served,
            mean_wait_seconds=_mean(self.waits),
            mean_service_seconds=_mean(self.services),
            max_wait_seconds=max(self.waits) if self.waits else None,
        )


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def queue_stats(session: Session, hall: HallQueue, day: date) -> QueueStats:
    tickets = session.execute(
        select(
            TICKETS.c.id,
            TICKETS.c.number,
            TICKETS.c.category,
            TICKETS.c.state,
            TICKETS.c.issued_at,
            TICKETS.c.first_called_at,
            TICKETS.c.finished_at,
        )
        .where(TICKETS.c.hall_code == hall.code, TICKETS.c.day == day)
        .order_by(TICKETS.c.id)
    ).all()
    # who served each ticket: the window and clerk of its finish, else of its latest call
    served_by: dict[int, tuple[str, str]] = {}
    events = session.execute(
        select(EVENTS.c.ticket_id, EVENTS.c.kind, EVENTS.c.window, EVENTS.c.clerk)
        .where(
            EVENTS.c.hall_code == hall.code,
            EVENTS.c.day == day,
            EVENTS.c.kind.in_(("called", "finished")),
        )
        .order_by(EVENTS.c.id)
    ).all()
    finished_by: dict[int, tuple[str, str]] = {}
    for ticket_id, kind, window, clerk in events:
        target = finished_by if kind == "finished" else served_by
        target[ticket_id] = (window, clerk)
    served_by.update(finished_by)
    by: dict[str, dict[str, _Tally]] = {k: defaultdict(_Tally) for k in ("category", "window", "clerk")}
    by_ticket: list[TimingRow] = []
    for t in tickets:
        tally = _Tally(tickets=1)
        called, finished = t.first_called_at, t.finished_at
        if called is not None:
            tally.waits.append(max(0.0, (as_utc(called) - as_utc(t.issued_at)).total_seconds()))
        if t.state == FINISHED:
            tally.served = 1
            if called is not None and finished is not None:
                tally.services.append(max(0.0, (as_utc(finished) - as_utc(called)).total_seconds()))
        by_ticket.append(tally.row(t.number))
        window, clerk = served_by.get(t.id, ("", ""))
        for name, key in (("category", t.category), ("window", window), ("clerk", clerk)):
            if not key:
                continue
            total = by[name][key]
            total.tickets += 1
            total.served += tally.served
            total.waits.extend(tally.waits)
            total.services.extend(tally.services)
    order = {code: i for i, code in enumerate(hall.categories)}
    return QueueStats(
        day=day,
        by_category=[
            by["category"][k].row(k) for k in sorted(by["category"], key=lambda c: order.get(c, 99))
        ],
        by_window=[by["window"][k].row(k) for k in sorted(by["window"])],
        by_clerk=[by["clerk"][k].row(k) for k in sorted(by["clerk"])],
        by_ticket=by_ticket,
    )
