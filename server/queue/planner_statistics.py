"""The planner's statistics of queue_tickets kept fresh while a hall's day runs (PostgreSQL).

Every morning the day's tickets are rows PostgreSQL's statistics have never seen: until the
table is analysed again, the planner believes the day has a handful of waiting tickets. Its
plans for call-next are then wrong in the costly direction (measured on the 200-window hall of
bench/queue_call.py, 3,800 waiting): it re-reads every waiting ticket of the hall to find the 64
candidates instead of reading them by key, and counts a window's waiting tickets by walking the
whole day's queue — 3.7 ms per call in-process instead of 2.2 ms.

Autovacuum would analyse the table only after a tenth of it has changed — a week of a big
hall's days on a year of tickets — and it may be off altogether (it is off on the machine these
figures were measured on). So every server process looks every `interval` seconds at how many
rows of the table changed since its last ANALYZE (pg_stat_user_tables.n_mod_since_analyze) and, past CHANGES,
analyses it: a few times an hour in a busy hall, each a sample of at most 30,000 rows (tens of
milliseconds). An advisory lock lets one process at a time do it; the others see the count reset.
"""

from __future__ import annotations

from sqlalchemy import text

from server.context import ServerContext
from server.periodic import EveryFewSeconds
from server.store.models import TicketRow

CHANGES = 500  # inserted, updated or deleted rows: about 150 tickets issued, called and finished
INTERVAL = 15.0  # seconds between looks (about; processes drift apart)
_LOCK_KEY = 0x6F77_7174  # "owqt": the advisory lock of this work, one per database
TABLE = TicketRow.__tablename__
_CHANGED = text("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relid = CAST(:table AS regclass)")


def analyse_if_changed(ctx: ServerContext, changes: int = CHANGES) -> bool:
    """ANALYZE queue_tickets when `changes` or more of its rows changed since it last was;
    whether this call did. Does nothing where another process is at it, or not on PostgreSQL."""
    if ctx.engine.dialect.name != "postgresql":
        return False
    with ctx.engine.connect() as connection:
        if not connection.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _LOCK_KEY}):
            return False
        changed = connection.scalar(_CHANGED, {"table": TABLE})
        if changed is None or changed < changes:
            return False
        connection.execute(text(f"ANALYZE {TABLE}"))
        connection.commit()  # ends the transaction, and with it the advisory lock
        return True


def planner_statistics(ctx: ServerContext, interval: float = INTERVAL) -> EveryFewSeconds:
    """The thread that looks every `interval` seconds (about) until stopped."""
    return EveryFewSeconds(
        "queue-planner-statistics",
        interval,
        lambda: analyse_if_changed(ctx),
        "queue_tickets: the planner's statistics could not be refreshed; next look",
        drift=True,
    )
