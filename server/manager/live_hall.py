"""The live hall (GET /manager/live): every window and every category of the hall now, in one
read transaction, from the queue's own tables (queue_tickets, queue_windows, windows) and the
terminals' last contact; and the manager's alarm thresholds (PUT /manager/live/thresholds).

Per category one grouped query gives the waiting count, the oldest waiting ticket, the day's
served count and mean service time; the estimate for a new ticket is the kiosk's
(app.domain.tickets.estimated_wait_minutes over server.queue.stats.mean_service_minutes), shared
by the windows open for the category now.

A window's clerk: who acted at it last, while still signed in on a window terminal of the hall;
else a user assigned to the window (users.window_name) signed in on one. Its terminal: the one
on which that clerk's newest live session was opened, else a window terminal named like the
window (a workbench is often enrolled under its window's name).
Its last contact is the latest of that terminal's sync (last_seen_at) and the window's last queue
action (queue_windows.updated_at).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Float, case, delete, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.hall_alarms import OFFLINE_AFTER, WindowStatus, window_status
from app.domain.masking import mask_name
from app.domain.tickets import TicketState, estimated_wait_minutes
from app.sync.manager_live import (
    CategoryThresholds,
    LiveCategory,
    LiveHall,
    LiveWindow,
    ServedCategory,
    ServingTicket,
    ThresholdsChange,
)
from app.sync.protocol import TerminalKind
from server.queue.common import HallQueue
from server.queue.stats import mean_service_minutes
from server.refusals import BadRequest, NotFound
from server.store.db import as_utc
from server.store.models import TerminalRow, TicketRow, UserRow, UserSessionRow, WindowStateRow
from server.store.models_live_hall import LiveHallThresholdRow

TICKETS = TicketRow.__table__
WINDOWS = WindowStateRow.__table__
WAITING, CALLED, FINISHED = (s.value for s in (TicketState.WAITING, TicketState.CALLED, TicketState.FINISHED))


def _service_seconds(dialect: str):
    """first call → finish in seconds, in the engine's own date arithmetic."""
    start, end = TICKETS.c.first_called_at, TICKETS.c.finished_at
    if dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def _category_figures(session: Session, hall: HallQueue, day: date) -> dict[str, tuple]:
    """category → (waiting, oldest waiting issue time, served, mean service seconds)."""
    waiting = TICKETS.c.state == WAITING
    finished = (TICKETS.c.state == FINISHED) & TICKETS.c.first_called_at.is_not(None)
    seconds = _service_seconds(session.get_bind().dialect.name)
    rows = session.execute(
        select(
            TICKETS.c.category,
            func.sum(case((waiting, 1), else_=0)),
            type_coerce(func.min(case((waiting, TICKETS.c.issued_at))), TICKETS.c.issued_at.type),
            func.sum(case((TICKETS.c.state == FINISHED, 1), else_=0)),
            type_coerce(func.avg(case((finished, seconds))), Float),
        )
        .where(TICKETS.c.hall_code == hall.code, TICKETS.c.day == day)
        .group_by(TICKETS.c.category)
    ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


@dataclass(frozen=True)
class _SignedIn:
    """A user with a live session on one of the hall's window terminals (their newest)."""

    display_name: str
    terminal: str
    last_seen: datetime | None
    signed_in_at: datetime  # a window is idle at most since its clerk signed in


def _signed_in(session: Session, hall_code: str, now: datetime):
    """(username → _SignedIn, assigned window name → username of the newest such session)."""
    users: dict[str, _SignedIn] = {}
    assigned: dict[str, str] = {}
    rows = session.execute(
        select(
            UserSessionRow.username,
            UserRow.display_name,
            UserRow.window_name,
            TerminalRow.name,
            TerminalRow.last_seen_at,
            UserSessionRow.created_at,
        )
        .join(TerminalRow, TerminalRow.id == UserSessionRow.terminal_id)
        .join(UserRow, UserRow.username == UserSessionRow.username)
        .where(
            UserSessionRow.expires_at > now,
            TerminalRow.hall_code == hall_code,
            TerminalRow.kind == TerminalKind.WINDOW.value,
            TerminalRow.revoked.is_(False),
        )
        .order_by(UserSessionRow.created_at)
    ).all()
    for username, display_name, window_name, terminal, seen, signed_in in rows:  # the newest last wins
        users[username] = _SignedIn(display_name, terminal, as_utc(seen) if seen else None, as_utc(signed_in))
        if window_name:
            assigned[window_name] = username
    return users, assigned


def _named_terminals(session: Session, hall_code: str) -> dict[str, datetime | None]:
    """Window terminal name → its last sync (a workbench is often enrolled under its window's name)."""
    return {
        name: as_utc(seen) if seen else None
        for name, seen in session.execute(
            select(TerminalRow.name, TerminalRow.last_seen_at).where(
                TerminalRow.hall_code == hall_code,
                TerminalRow.kind == TerminalKind.WINDOW.value,
                TerminalRow.revoked.is_(False),
            )
        )
    }


def _idle_since(acted: datetime | None, person: _SignedIn | None) -> datetime | None:
    if person is None:
        return None  # nobody at the window: not idle, unstaffed (its status says so)
    return _latest(acted, person.signed_in_at)


def _latest(*moments: datetime | None) -> datetime | None:
    known = [m for m in moments if m is not None]
    return max(known) if known else None


def _windows(session: Session, hall: HallQueue, now: datetime) -> list[LiveWindow]:
    states = {s.window: s for s in session.execute(select(WINDOWS).where(WINDOWS.c.hall_code == hall.code))}
    held = {
        t.window: t
        for t in session.execute(
            select(TICKETS).where(TICKETS.c.hall_code == hall.code, TICKETS.c.state == CALLED)
        )
    }
    users, assigned = _signed_in(session, hall.code, now)
    named = _named_terminals(session, hall.code)
    windows = []
    for name, weights in hall.windows.items():
        state, ticket = states.get(name), held.get(name)
        # the clerk at the window: who acted there last, if still signed in; else whoever is
        # signed in and assigned to this window (users.window_name)
        clerk = state.clerk if state is not None and state.clerk in users else assigned.get(name, "")
        person = users.get(clerk)
        terminal, seen = (person.terminal, person.last_seen) if person else (name, named.get(name))
        if person is None and name not in named:
            terminal = ""
        acted = as_utc(state.updated_at) if state is not None else None
        last_contact = _latest(seen, acted)
        served = [
            ServedCategory(code=c.code, name=c.name, weight=weights[c.code])
            for c in hall.categories.values()
            if weights.get(c.code, 0) > 0
        ]
        paused = bool(state.paused) if state is not None else False
        status = window_status(serves_any=bool(served), paused=paused, last_contact=last_contact, now=now)
        windows.append(
            LiveWindow(
                window=name,
                status=status,
                pause_reason=(state.reason or "") if paused else "",
                clerk=clerk,
                clerk_name=person.display_name if person else "",
                terminal_name=terminal,
                last_contact=last_contact,
                serving=_serving(ticket, hall) if ticket is not None else None,
                # idle since its last action, but not before its clerk signed in: a window's
                # last action may be from another day (it read "空闲 552小时")
                idle_since=_idle_since(acted, person) if ticket is None else None,
                categories=served,
            )
        )
    return windows


def _serving(ticket, hall: HallQueue) -> ServingTicket:
    category = hall.categories.get(ticket.category)
    return ServingTicket(
        number=ticket.number,
        category_name=category.name if category else ticket.category,
        called_at=as_utc(ticket.called_at or ticket.issued_at),
        first_called_at=as_utc(ticket.first_called_at) if ticket.first_called_at else None,
        calls=ticket.calls or 1,
        masked_name=mask_name((ticket.applicant or {}).get("name")),
    )


def live_hall(session: Session, hall: HallQueue, day: date, now: datetime) -> LiveHall:
    windows = _windows(session, hall, now)
    figures = _category_figures(session, hall, day)
    categories = []
    for c in hall.categories.values():
        waiting, oldest, served, mean_seconds = figures.get(c.code, (0, None, 0, None))
        open_windows = sum(
            1
            for w in windows
            if w.status is WindowStatus.OPEN and any(s.code == c.code for s in w.categories)
        )
        minutes = mean_service_minutes(session, hall, c.code, day, now)
        categories.append(
            LiveCategory(
                code=c.code,
                name=c.name,
                prefix=c.prefix,
                active=c.active,
                waiting=int(waiting or 0),
                oldest_issued_at=as_utc(oldest) if oldest is not None else None,
                open_windows=open_windows,
                service_minutes=round(minutes, 2),
                estimated_wait_minutes=estimated_wait_minutes(int(waiting or 0), open_windows, minutes),
                served_today=int(served or 0),
                mean_service_seconds=round(float(mean_seconds), 1) if mean_seconds is not None else None,
            )
        )
    rows = session.scalars(
        select(LiveHallThresholdRow).where(LiveHallThresholdRow.hall_code == hall.code)
    ).all()
    order = {code: i for i, code in enumerate(hall.categories)}
    rows = sorted((r for r in rows if r.category in order), key=lambda r: order[r.category])
    latest = max(rows, key=lambda r: as_utc(r.updated_at), default=None)
    return LiveHall(
        hall_code=hall.code,
        hall_name=hall.name,
        day=day,
        server_time=now,
        offline_after_seconds=OFFLINE_AFTER.total_seconds(),
        windows=windows,
        categories=categories,
        thresholds=[
            CategoryThresholds(
                category=r.category,
                max_waiting=r.max_waiting,
                max_wait_minutes=r.max_wait_minutes,
                max_idle_minutes=r.max_idle_minutes,
            )
            for r in rows
        ],
        thresholds_updated_by=latest.updated_by if latest is not None else "",
        thresholds_updated_at=as_utc(latest.updated_at) if latest is not None else None,
    )


def save_thresholds(
    session: Session, hall: HallQueue, change: ThresholdsChange, username: str, now: datetime
) -> str:
    """Replace the hall's thresholds with `change` (all or nothing); the audit line's detail."""
    seen: set[str] = set()
    for item in change.thresholds:
        if item.category not in hall.categories:
            raise NotFound(f"本大厅没有编码为“{item.category}”的业务类别", code="unknown_category")
        if item.category in seen:
            raise BadRequest(f"业务类别“{hall.categories[item.category].name}”的阈值重复填写，请只填一次")
        seen.add(item.category)
    session.execute(delete(LiveHallThresholdRow).where(LiveHallThresholdRow.hall_code == hall.code))
    kept = [item for item in change.thresholds if item.rule().any]
    for item in kept:
        session.add(
            LiveHallThresholdRow(
                hall_code=hall.code,
                category=item.category,
                max_waiting=item.max_waiting,
                max_wait_minutes=item.max_wait_minutes,
                max_idle_minutes=item.max_idle_minutes,
                updated_at=now,
                updated_by=username,
            )
        )
    return f"{hall.code}：{len(kept)}个业务类别设有预警阈值"
