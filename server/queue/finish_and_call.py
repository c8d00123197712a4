"""Call next on PostgreSQL in one statement: finish what the window holds, call the next ticket,
and count who still waits for the window — the call every window makes all day.

Three statements made three round trips; as data-modifying CTEs they are one. The choice of
the ticket is calling.next_waiting's (the same statements, the same order), so the call rules
keep one home. What one statement changes:

* its parts share one snapshot, and the count (the main query) does not see the CTEs' writes:
  the ticket called was counted as waiting, and is taken off its category's count here;
* the call must run after the finish (ux_queue_tickets_held refuses a window holding two
  tickets): the call's WHERE reads the finish's RETURNING, so PostgreSQL runs the finish to its
  end first.

The window's row is locked before, by its own statement (calling.lock_window): this one then
starts from a snapshot taken under that lock, so it sees whatever the window's previous action
committed. When every head candidate is being taken by other windows, the caller falls back to
calling.call_next_waiting, which sorts the whole queue (rare; one more round trip then).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from server.queue.calling import TICKETS, calling_update, finish_held_statement, inline, next_statements
from server.queue.views import WINDOW_COUNTS


class FinishedTicket(NamedTuple):
    """What is read of the ticket finished: its event names it."""

    id: int
    number: str


def finish_and_call(
    session: Session,
    hall_code: str,
    day: date,
    window: str,
    weights: dict[str, int],
    now: datetime,
    counted: list[str],
):
    """(finished, called, waiting): the rows of the ticket finished and of the ticket called
    (each None when there was none), and the waiting tickets of each category in `counted`
    that `window` may call, as they are after this call ({code: count})."""
    params = {
        "b_hall": hall_code,
        "b_window": window,
        "b_now": now,
        "q_hall": hall_code,
        "q_day": day,
        "q_window": window,
        "q_now_seconds": now.timestamp(),
        "c_window": window,
        "c_now": now,
        "n_hall": hall_code,
        "n_day": day,
        "n_window": window,
        "n_codes": counted,
    }
    row = session.execute(_statement(tuple(sorted(weights.items()))), params).one()
    finished = None if row.finished_id is None else FinishedTicket(row.finished_id, row.finished_number)
    called = None if row.id is None else row
    waiting = dict(row.waiting or {})
    if called is not None and waiting.get(called.category, 0) > 0:
        waiting[called.category] -= 1  # counted in the snapshot before it was called
    return finished, called, waiting


# what is read of the ticket called: its view (views.ticket_view), its event, whether it is held
CALLED_COLUMNS = (
    *("id", "number", "category", "source", "priority", "state", "day", "issued_at"),
    *("applicant", "window", "calls", "matter_code", "matter_name"),
)


@lru_cache(maxsize=1024)
def _statement(weights: tuple[tuple[str, int], ...]):
    """The statement for one set of weights (a window's), built and compiled once. Kept short
    (under psycopg's 4 KiB for a window of up to four categories; 5.3 KiB when it returned every
    column thrice), so that psycopg keeps its conversion to PostgreSQL's placeholders instead of
    parsing the text again on every call (4 % of a serve process's CPU in the burst)."""
    finished = finish_held_statement(TICKETS.c.id, TICKETS.c.number).cte("finished")
    heads = next_statements(weights, postgres=True)[0]
    called = (
        calling_update(heads, *(TICKETS.c[name] for name in CALLED_COLUMNS))
        # after the finish: reading its result makes PostgreSQL run it first
        .where(select(func.count()).select_from(finished).scalar_subquery() >= inline(0))
        .cte("called")
    )
    counts = WINDOW_COUNTS.subquery("counts")
    waiting = select(func.json_object_agg(counts.c.category, counts.c.waiting).label("waiting")).subquery()
    # one row with the counts and the ticket finished, however many tickets the CTEs returned
    return select(
        waiting.c.waiting,
        select(finished.c.id).scalar_subquery().label("finished_id"),
        select(finished.c.number).scalar_subquery().label("finished_number"),
        *called.c,
    ).select_from(waiting.outerjoin(called, true()))
