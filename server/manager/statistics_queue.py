"""The queue's facts of a ticket, derived in SQL from queue_tickets and queue_events.

`ticket_facts` is the one statement that says what a ticket counts as in 统计报表 (its wait, its
service, who served it, whether it was passed over or transferred): the days not kept are read
through it at each report, the closed days once, when they are kept (statistics_rollup). What
the figures make of the facts is statistics_tally's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import BigInteger, and_, case, cast, func, literal, select

from app.domain.statistics import Period
from app.domain.tickets import TicketState
from server.manager.statistics_sql import local_hour, seconds_between
from server.store.models import QueueEventRow, TicketRow, UserRow

TICKETS = TicketRow.__table__
EVENTS = QueueEventRow.__table__
USERS = UserRow.__table__
FINISHED = TicketState.FINISHED.value
ENDED_AT_A_WINDOW = (FINISHED, TicketState.UNSERVED.value)  # such a ticket keeps its window


@dataclass(frozen=True)
class QueueFigures:
    tickets: int
    served: int
    no_shows: int
    transfers: int
    mean_wait: float | None
    p90_wait: float | None
    mean_service: float | None
    p90_service: float | None


def microseconds(seconds):
    """A wait or service in whole microseconds (an integer): what the kept sums and the live
    facts both add up, so a mean over any days is the same exact sum whatever the order."""
    return cast(func.round(seconds * 1_000_000), BigInteger)


def ticket_facts(hall_code: str, period: Period, with_clerk: bool = False, with_identity: bool = False):
    """One row per ticket of the hall's days in `period` (a SELECT): category, hour, served,
    wait, service, window, no_show, transferred, clerk ('' unless with_clerk), and its id and day
    (with_identity, to keep them: statistics_rollup).

    Who served it: a ticket that ended at a window (办结, 未办理) keeps that window on its row;
    one that did not (过号, sent on) was last called at the window of its latest call. The clerk
    (with_clerk) is the one of its 办结, else of its latest call. Both are looked up per ticket
    through ix_queue_events_ticket (migration 0016), and the clerk only when a report groups by
    clerk: a year's report reads the events of the few tickets that need them, not all of them.
    """
    t = TICKETS
    in_period = and_(EVENTS.c.hall_code == hall_code, EVENTS.c.day.between(period.start, period.end))
    last_call = (
        select(EVENTS.c.window)
        .where(EVENTS.c.ticket_id == t.c.id, EVENTS.c.kind == "called")
        .order_by(EVENTS.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    window = case(
        (t.c.state.in_(ENDED_AT_A_WINDOW), t.c.window),
        (t.c.first_called_at.is_(None), ""),
        else_=func.coalesce(last_call, ""),
    )
    marks = (
        select(
            EVENTS.c.ticket_id,
            func.max(case((EVENTS.c.kind == "no_show", 1), else_=0)).label("no_show"),
            func.max(case((EVENTS.c.kind == "transferred", 1), else_=0)).label("transferred"),
        )
        .where(in_period, EVENTS.c.kind.in_(("no_show", "transferred")))
        .group_by(EVENTS.c.ticket_id)
        .subquery("marks")
    )
    columns = [
        t.c.category,
        local_hour(t.c.issued_at).label("hour"),
        case((t.c.state == FINISHED, 1), else_=0).label("served"),
        seconds_between(t.c.first_called_at, t.c.issued_at).label("wait"),
        case((t.c.state == FINISHED, seconds_between(t.c.finished_at, t.c.first_called_at))).label("service"),
        window.label("window"),
        func.coalesce(marks.c.no_show, 0).label("no_show"),
        func.coalesce(marks.c.transferred, 0).label("transferred"),
    ]
    if with_clerk:
        finish_first = case((EVENTS.c.kind == "finished", 0), else_=1)
        served_by = (
            select(EVENTS.c.clerk)
            .where(EVENTS.c.ticket_id == t.c.id, EVENTS.c.kind.in_(("called", "finished")))
            .order_by(finish_first, EVENTS.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        columns.append(func.coalesce(served_by, "").label("clerk"))
    else:
        columns.append(literal("").label("clerk"))
    if with_identity:
        columns += [t.c.id, t.c.day]
    return (
        select(*columns)
        .select_from(t.outerjoin(marks, marks.c.ticket_id == t.c.id))
        .where(t.c.hall_code == hall_code, t.c.day.between(period.start, period.end))
    )
