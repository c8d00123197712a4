"""The call engine: the window's row lock, and the next ticket by the hall's order, in SQL.

One transaction per action. The window's queue_windows row is created-or-locked first (an
upsert that always touches the row, so it takes the row lock even when the row is new and two
requests race to create it); everything the window does then happens one request at a time,
and a window can never end up holding two tickets (the unique partial index
ux_queue_tickets_held says so once more, in the database).

The next ticket is chosen by the ORDER BY of app.domain.tickets.call_order_key: priority rank,
then the wait multiplied by the category's weight for this window (descending), then arrival;
PostgreSQL locks the chosen row with FOR UPDATE SKIP LOCKED, so two windows of any server
process never take the same ticket and never queue behind each other. SQLite has no row locks:
its transactions start with BEGIN IMMEDIATE (server/store/db.py), so the write lock is held
before the waiting ticket is read, and two threads cannot both read it as waiting.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import (
    Double,
    Integer,
    String,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain.tickets import TicketState
from server.queue.common import QUEUE_CHANNEL
from server.store.models import HallRow, TicketRow, WindowStateRow

TICKETS = TicketRow.__table__
WINDOWS = WindowStateRow.__table__
WAITING, CALLED = TicketState.WAITING.value, TicketState.CALLED.value
CANDIDATES = 32  # per category: more than the windows that take its head at one moment


def inline(value: str | int | float):
    """A constant of the call engine's own (a state, a weight, a count) written into the SQL
    text instead of bound: psycopg keeps its conversion of a statement only up to 50 parameters
    (and 4 KiB), and call-next's (finish_and_call) bound 41 for a window of two categories, 50
    for three. Never for what users type: category codes stay bound."""
    if isinstance(value, str):
        if not (value == "" or (value.replace("_", "").isalnum() and value.isascii())):
            raise ValueError(f"not a constant to write into SQL: {value!r}")
        return literal_column(f"'{value}'", String())
    if isinstance(value, float):
        return literal_column(repr(float(value)), Double())
    return literal_column(str(int(value)), Integer())


WAITING_NOW = inline(WAITING)


def lock_window(session: Session, hall_code: str, window: str, now: datetime, clerk: str):
    """Create the window's state row if absent, lock it, record `clerk` as the one acting there,
    and return it (paused, reason, and the hall's config_version, read in the same round trip).

    On PostgreSQL the same statement queues the NOTIFY of the change (delivered at commit, and
    dropped with a rollback: a refused action pokes nobody), one round trip fewer per action;
    setting the clerk here spares another (a refused action rolls it back with the rest).
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    params = {"w_hall": hall_code, "w_window": window, "w_clerk": clerk, "w_now": now}
    row = session.execute(_lock_window_statement(postgres), params).one()
    if postgres:
        session.info.setdefault("queue_halls", set()).add(hall_code)
    return row


@lru_cache(maxsize=2)
def _lock_window_statement(postgres: bool):
    """lock_window's upsert, its values bound by name: built and compiled once, not per action."""
    dialect = postgresql if postgres else sqlite
    hall, clerk = (
        bindparam("w_hall", type_=WINDOWS.c.hall_code.type),
        bindparam("w_clerk", type_=WINDOWS.c.clerk.type),
    )
    now = bindparam("w_now", type_=WINDOWS.c.updated_at.type)
    version = select(HallRow.config_version).where(HallRow.code == hall).scalar_subquery()
    stmt = dialect.insert(WINDOWS).values(
        hall_code=hall,
        window=bindparam("w_window", type_=WINDOWS.c.window.type),
        paused=False,
        reason="",
        clerk=clerk,
        updated_at=now,
    )
    returning = [WINDOWS.c.paused, WINDOWS.c.reason, WINDOWS.c.clerk, version.label("config_version")]
    if postgres:
        returning.append(func.pg_notify(QUEUE_CHANNEL, hall).label("notified"))
    return stmt.on_conflict_do_update(
        index_elements=[WINDOWS.c.hall_code, WINDOWS.c.window], set_={"updated_at": now, "clerk": clerk}
    ).returning(*returning)


def call_order(weights: dict[str, int]) -> list:
    """ORDER BY terms equal to call_order_key: (rank, -max(0, now - key) × weight, key), + id;
    `q_now_seconds` is a bound parameter (q_…: the names of an UPDATE's columns are taken)."""
    now = bindparam("q_now_seconds", type_=Double())
    waited = case((TICKETS.c.order_key < now, now - TICKETS.c.order_key), else_=inline(0.0))
    weight = case({code: inline(w) for code, w in weights.items()}, value=TICKETS.c.category, else_=inline(0))
    return [TICKETS.c.priority_rank, (waited * weight).desc(), TICKETS.c.order_key, TICKETS.c.id]


def _eligible(categories):
    return (
        TICKETS.c.hall_code == bindparam("q_hall"),
        TICKETS.c.day == bindparam("q_day"),
        TICKETS.c.state == WAITING_NOW,
        TICKETS.c.category.in_(categories)
        if isinstance(categories, list)
        else TICKETS.c.category == categories,
        or_(TICKETS.c.window == inline(""), TICKETS.c.window == bindparam("q_window")),
    )


@lru_cache(maxsize=1024)
def next_statements(weights: tuple[tuple[str, int], ...], postgres: bool):
    """(from the heads, from all): built once per set of weights (a window's).

    Within one category the weighted wait falls as arrival rises, so the ticket a window calls
    is the head (by rank, arrival) of one of its categories. The first statement sorts only
    the first CANDIDATES waiting tickets of each category (read along ix_queue_tickets_waiting)
    instead of the whole day's queue; SKIP LOCKED may pass over heads other windows are taking
    at that moment, and when every candidate is taken the second statement sorts them all.
    """
    as_dict = dict(weights)
    heads = [
        select(TICKETS.c.id)
        .where(*_eligible(code))
        .order_by(TICKETS.c.priority_rank, TICKETS.c.order_key)
        .limit(inline(CANDIDATES))
        .subquery()
        for code in as_dict
    ]
    ids = union_all(*(select(h.c.id) for h in heads)) if len(heads) > 1 else select(heads[0].c.id)
    # PostgreSQL: `id = ANY(ARRAY(…))` reads the few candidates by primary key; with `IN (…)`
    # the planner may hash-join them against a scan of the whole day's tickets
    by_key = TICKETS.c.id == func.any(func.array(ids.scalar_subquery()))
    chosen = by_key if postgres else TICKETS.c.id.in_(ids)
    order = call_order(as_dict)
    first = (
        select(TICKETS)
        .where(chosen, TICKETS.c.state == WAITING_NOW)
        .order_by(*order)
        .limit(inline(1))
        .with_for_update(skip_locked=True)
    )
    every = (
        select(TICKETS)
        .where(*_eligible(list(as_dict)))
        .order_by(*order)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    return first, every


def next_waiting(
    session: Session, hall_code: str, day: date, window: str, weights: dict[str, int], now_seconds: float
):
    """Lock and return the ticket `window` calls next (queue_tickets row), or None."""
    if not weights:
        return None
    postgres = session.get_bind().dialect.name == "postgresql"
    first, every = next_statements(tuple(sorted(weights.items())), postgres)
    params = {"q_hall": hall_code, "q_day": day, "q_window": window, "q_now_seconds": now_seconds}
    return session.execute(first, params).first() or session.execute(every, params).first()


def call_next_waiting(
    session: Session, hall_code: str, day: date, window: str, weights: dict[str, int], now: datetime
):
    """Call the ticket `window` calls next: its queue_tickets row as it is now called, or None.

    On PostgreSQL one UPDATE chooses, locks and calls it (the choice is next_waiting's, as a
    subquery): a round trip fewer on the call every window makes all day. SQLite chooses and
    then calls, under the write lock its transaction holds since BEGIN."""
    if not weights:
        return None
    if session.get_bind().dialect.name != "postgresql":
        ticket = next_waiting(session, hall_code, day, window, weights, now.timestamp())
        return None if ticket is None else mark_called(session, ticket, window, now)
    params = {"q_hall": hall_code, "q_day": day, "q_window": window, "q_now_seconds": now.timestamp()}
    params.update(c_window=window, c_now=now)
    for choice in _calling_statements(tuple(sorted(weights.items()))):
        called = session.execute(choice, params).first()
        if called is not None:
            return called
    return None


@lru_cache(maxsize=1024)
def _calling_statements(weights: tuple[tuple[str, int], ...]):
    """next_waiting's two choices (from the heads, from all), each as the UPDATE that calls it."""
    return tuple(calling_update(choice, *TICKETS.c) for choice in next_statements(weights, postgres=True))


def calling_update(choice, *returning):
    """The UPDATE that calls the ticket the SELECT `choice` locks, at window c_window at time
    c_now, returning `returning` of it."""
    now = bindparam("c_now")
    return (
        update(TICKETS)
        .where(TICKETS.c.id == choice.with_only_columns(TICKETS.c.id).scalar_subquery())
        .where(TICKETS.c.state == WAITING_NOW)  # locked by the subquery; the invariant, said again
        .values(
            state=inline(CALLED),
            window=bindparam("c_window"),
            calls=inline(1),
            called_at=now,
            first_called_at=func.coalesce(TICKETS.c.first_called_at, now),
        )
        .returning(*returning)
    )


def mark_called(session: Session, ticket, window: str, now: datetime, recall: bool = False):
    """The ticket is now called at `window`; returns its row as it is now."""
    values = {"state": CALLED, "window": window, "calls": (ticket.calls or 0) + 1 if recall else 1}
    values["called_at"] = now
    if ticket.first_called_at is None:
        values["first_called_at"] = now
    stmt = update(TICKETS).where(TICKETS.c.id == ticket.id).values(**values).returning(*TICKETS.c)
    if not recall:
        # the row is locked by this transaction; the state check guards the invariant anyway
        stmt = stmt.where(TICKETS.c.state.in_([WAITING, TicketState.DROPPED.value]))
    row = session.execute(stmt).first()
    if row is None:
        raise RuntimeError(f"ticket {ticket.number} changed under a lock")
    return row


def finish_held(session: Session, hall_code: str, window: str, now: datetime):
    """Finish whatever `window` holds, in one statement; the finished row or None."""
    return session.execute(FINISH_HELD, {"b_hall": hall_code, "b_window": window, "b_now": now}).first()


def finish_held_statement(*returning):
    """The UPDATE that finishes what a window holds (b_hall, b_window, b_now), returning
    `returning` of the row it finished."""
    return (
        update(TICKETS)
        .where(
            TICKETS.c.hall_code == bindparam("b_hall"),
            TICKETS.c.window == bindparam("b_window"),
            TICKETS.c.state == inline(CALLED),
        )
        .values(state=inline(TicketState.FINISHED.value), finished_at=bindparam("b_now"))
        .returning(*returning)
    )


FINISH_HELD = finish_held_statement(*TICKETS.c)


def set_window(session: Session, hall_code: str, window: str, **values) -> None:
    session.execute(
        update(WINDOWS).where(WINDOWS.c.hall_code == hall_code, WINDOWS.c.window == window).values(**values)
    )


def end_ticket(session: Session, ticket, state: TicketState, now: datetime, **values):
    """Finish the held ticket (it keeps the window that served it) or send it elsewhere; the
    row as it is now."""
    if state in (TicketState.FINISHED, TicketState.UNSERVED):  # ended at this window, at this time
        values.setdefault("finished_at", now)
    else:
        values.setdefault("window", "")
    stmt = update(TICKETS).where(TICKETS.c.id == ticket.id).values(state=state.value, **values)
    return session.execute(stmt.returning(*TICKETS.c)).one()
