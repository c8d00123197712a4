"""Tickets and windows as terminals see them (app.sync.queue_protocol views)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from app.domain.masking import mask_name
from app.domain.tickets import PriorityClass, TicketSource, TicketState
from app.sync.queue_protocol import ApplicantCard, CategoryWaiting, TicketView, WindowQueueState
from server.queue.calling import WAITING_NOW, inline
from server.queue.common import HallQueue
from server.store.db import as_utc
from server.store.models import TicketRow, WindowStateRow

TICKETS = TicketRow.__table__
WINDOWS = WindowStateRow.__table__


def ticket_view(ticket, hall: HallQueue, with_applicant: bool = False) -> TicketView:
    """`ticket` is a queue_tickets row (Core row or ORM object). Only the window holding a ticket
    gets its applicant; everyone else sees the masked name."""
    category = hall.categories.get(ticket.category)
    applicant = ticket.applicant or None
    return TicketView(
        number=ticket.number,
        category=ticket.category,
        category_name=category.name if category else ticket.category,
        source=TicketSource(ticket.source),
        priority=PriorityClass(ticket.priority),
        state=TicketState(ticket.state),
        service_day=ticket.day,
        issued_at=as_utc(ticket.issued_at),
        masked_name=mask_name(applicant.get("name")) if applicant else "",
        window=ticket.window or "",
        calls=ticket.calls or 0,
        applicant=ApplicantCard.model_validate(applicant) if applicant and with_applicant else None,
        matter_code=ticket.matter_code or "",
        matter_name=ticket.matter_name or "",
    )


def waiting_counts(
    session: Session, hall: HallQueue, day: date, categories: list[str] | None = None, window: str = ""
) -> list[CategoryWaiting]:
    """Waiting tickets per category (those `window` may call, when a window is given)."""
    codes = counted_codes(hall, categories)
    counts: dict[str, int] = {}
    if codes:
        params = {"n_hall": hall.code, "n_day": day, "n_codes": codes, "n_window": window}
        counts = dict(session.execute(WINDOW_COUNTS if window else COUNTS, params).all())
    return category_waiting(hall, codes, counts)


def counted_codes(hall: HallQueue, categories: list[str] | None) -> list[str]:
    """The codes of `categories` the hall has, in the hall's order (all of them for None)."""
    return list(hall.categories) if categories is None else [c for c in hall.categories if c in categories]


def category_waiting(hall: HallQueue, codes: list[str], counts: dict[str, int]) -> list[CategoryWaiting]:
    return [
        CategoryWaiting(
            code=c.code, name=c.name, prefix=c.prefix, waiting=counts.get(c.code, 0), active=c.active
        )
        for c in (hall.categories[code] for code in codes)
    ]


def window_state(
    hall: HallQueue,
    name: str,
    state,
    held,
    waiting: list[CategoryWaiting],
    now: datetime,
    with_applicant: bool = True,
) -> WindowQueueState:
    """`state` a queue_windows row or None (never acted), `held` the ticket it holds or None."""
    return WindowQueueState(
        window=name,
        paused=bool(state.paused) if state is not None else False,
        pause_reason=(state.reason or "") if state is not None else "",
        clerk=(state.clerk or "") if state is not None else "",
        current=ticket_view(held, hall, with_applicant) if held is not None else None,
        waiting=waiting,
        server_time=now,
    )


_HELD = select(TICKETS).where(
    TICKETS.c.hall_code == bindparam("hall"),
    TICKETS.c.window == bindparam("window"),
    TICKETS.c.state == TicketState.CALLED.value,
)
# bound as n_… : a statement that also updates queue_tickets (server/queue/finish_and_call.py)
# would take a parameter named after one of its columns ("day", "window") for a value to set
COUNTS = (
    select(TICKETS.c.category, func.count().label("waiting"))
    .where(
        TICKETS.c.hall_code == bindparam("n_hall"),
        TICKETS.c.day == bindparam("n_day"),
        TICKETS.c.state == WAITING_NOW,
        TICKETS.c.category.in_(bindparam("n_codes", expanding=True)),
    )
    .group_by(TICKETS.c.category)
)
WINDOW_COUNTS = COUNTS.where(or_(TICKETS.c.window == inline(""), TICKETS.c.window == bindparam("n_window")))


def held_ticket(session: Session, hall_code: str, window: str):
    """The ticket `window` holds (state called), or None."""
    return session.execute(_HELD, {"hall": hall_code, "window": window}).first()


def read_window_state(
    session: Session, hall: HallQueue, name: str, day: date, now: datetime
) -> WindowQueueState:
    """GET /queue/windows/{window}: no lock, a plain read."""
    weights = hall.weights(name)
    state = session.execute(
        select(WINDOWS).where(WINDOWS.c.hall_code == hall.code, WINDOWS.c.window == name)
    ).first()
    held = held_ticket(session, hall.code, name)
    waiting = waiting_counts(session, hall, day, list(weights), window=name)
    return window_state(hall, name, state, held, waiting, now)
