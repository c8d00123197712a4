"""Ticket numbers: a per-hall, per-category, per-day counter taken atomically by an upsert.

`INSERT … ON CONFLICT DO UPDATE SET last = last + 1 RETURNING last` is one statement on both
engines: on PostgreSQL the conflicting row is locked until the transaction ends, so concurrent
kiosks of one category take turns for the moment between the upsert and their commit (and a
refused ticket rolls its number back); SQLite serialises writers anyway.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.store.models import QueueCounterRow

COUNTERS = QueueCounterRow.__table__


def take_number(session: Session, hall_code: str, category: str, day: date) -> int:
    """The next counter of the category's day (1 for the day's first ticket)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(COUNTERS).values(hall_code=hall_code, category=category, day=day, last=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[COUNTERS.c.hall_code, COUNTERS.c.category, COUNTERS.c.day],
        set_={"last": COUNTERS.c.last + 1},
    ).returning(COUNTERS.c.last)
    return session.execute(stmt).scalar_one()
