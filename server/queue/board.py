"""The hall display's whole picture (GET /queue/board): recent calls, waiting per category,
window states and notices. Masked names only: the board never carries an applicant."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.masking import mask_name
from app.domain.tickets import Announcement, TicketState
from app.sync.queue_protocol import RECENT_CALLS, CallView, CategoryWaiting, QueueBoard
from server.manager.calendar import hours_notices
from server.queue.common import HallQueue
from server.queue.views import window_state
from server.store.db import as_utc
from server.store.models import QueueEventRow, TicketRow, WindowStateRow

TICKETS = TicketRow.__table__
EVENTS = QueueEventRow.__table__
WINDOWS = WindowStateRow.__table__
CALL_KINDS = ("called", "recalled")


def recent_calls(session: Session, hall: HallQueue, day: date, limit: int = RECENT_CALLS) -> list[CallView]:
    rows = session.execute(
        select(EVENTS.c.id, EVENTS.c.number, EVENTS.c.window, EVENTS.c.at, TICKETS.c.applicant)
        .join(TICKETS, TICKETS.c.id == EVENTS.c.ticket_id)
        .where(EVENTS.c.hall_code == hall.code, EVENTS.c.day == day, EVENTS.c.kind.in_(CALL_KINDS))
        .order_by(EVENTS.c.id.desc())
        .limit(limit)
    ).all()
    return [
        CallView(
            call_id=r.id,
            number=r.number,
            window=r.window,
            masked_name=mask_name((r.applicant or {}).get("name")),
            at=as_utc(r.at),
            text=Announcement(r.number, r.window).text,
        )
        for r in rows
    ]


def queue_board(session: Session, hall: HallQueue, day: date, now: datetime) -> QueueBoard:
    counts: dict[str, dict[str, int]] = defaultdict(dict)  # category → {window ("" any): count}
    for category, window, count in session.execute(
        select(TICKETS.c.category, TICKETS.c.window, func.count())
        .where(
            TICKETS.c.hall_code == hall.code,
            TICKETS.c.day == day,
            TICKETS.c.state == TicketState.WAITING.value,
        )
        .group_by(TICKETS.c.category, TICKETS.c.window)
    ):
        counts[category][window] = count
    held = {
        t.window: t
        for t in session.execute(
            select(TICKETS).where(
                TICKETS.c.hall_code == hall.code, TICKETS.c.state == TicketState.CALLED.value
            )
        )
    }
    states = {s.window: s for s in session.execute(select(WINDOWS).where(WINDOWS.c.hall_code == hall.code))}

    def waiting(codes, window: str | None) -> list[CategoryWaiting]:
        out = []
        for code in codes:
            c = hall.categories[code]
            by_window = counts.get(code, {})
            total = (
                sum(by_window.values()) if window is None else by_window.get("", 0) + by_window.get(window, 0)
            )
            out.append(
                CategoryWaiting(code=c.code, name=c.name, prefix=c.prefix, waiting=total, active=c.active)
            )
        return out

    windows = [
        window_state(
            hall,
            name,
            states.get(name),
            held.get(name),
            waiting([c for c in hall.categories if weights.get(c, 0) > 0], name),
            now,
            with_applicant=False,
        )
        for name, weights in hall.windows.items()
    ]
    return QueueBoard(
        hall_code=hall.code,
        hall_name=hall.name,
        calls=recent_calls(session, hall, day),
        waiting=waiting(list(hall.categories), None),
        windows=windows,
        notices=[*hall.notices, *hours_notices(session, hall.code, day)],  # the hours and closures too
        server_time=now,
    )
