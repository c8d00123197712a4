"""Eight weeks of the demo hall's past, so statistics, forecasts and follow-ups have a history.

Every past working day (weekends and the State Council's holidays have none; today stays live)
is replayed through the server's own write paths at the moment each thing happened: numbers
taken and called through server.queue (issue_ticket, act), cases and ratings pushed by the
windows' terminals through server.sync.push, as a live hall records them (see day.py and
cases.py). Deterministic: one seed drives every draw.

Exactly once: each day is one transaction, skipped when the hall already has numbers that day,
and the end is marked by an audit entry (HISTORY_EVENT) that the seeding checks first; a run
cut off midway resumes with the first day it did not finish.
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.catalog_format import parse_catalog
from app.domain.hall_time import hall_date
from app.domain.masking import mask_phone
from app.domain.matters import Matter
from app.sync.protocol import Role, TerminalKind
from server.auth.audit import audit
from server.auth.passwords import hash_password
from server.auth.tokens import sha256_hex
from server.calendar_years import server_calendar
from server.catalog_store import latest_catalog
from server.context import ServerContext
from server.demo_history import profile
from server.demo_history.cases import Desk, Terminal
from server.demo_history.day import Day
from server.demo_history.followups import work_followups
from server.demo_history.office import Office
from server.demo_history.people import People
from server.demo_history.replay import Ids, Replay
from server.queue.common import day_start
from server.store.models import AuditRow, NoticeRow, TerminalRow, TicketRow, UserRow
from server.sync.change_log import record_change

HISTORY_EVENT = "demo.history"
SEED = 20_261_205
WEEKS = 8
# the demo hall's windows and who sits at them (3号's clerk is the demo's own 李晓梅)
CLERKS = {
    "1号综合窗口": ("wangfang", "王芳"),
    "2号综合窗口": ("chenjie", "陈杰"),
    "3号综合窗口": ("lixm", "李晓梅"),
    "4号不动产窗口": ("zhaomin", "赵敏"),
}


@dataclass(frozen=True)
class HistoryReport:
    complete: bool  # the history is all there now (False: it was before, or it stopped midway)
    days: int = 0
    tickets: int = 0
    cases: int = 0
    ratings: int = 0
    seconds: float = 0.0


def has_history(session: Session, hall_code: str) -> bool:
    return (
        session.scalar(
            select(AuditRow.id).where(AuditRow.event == HISTORY_EVENT, AuditRow.detail == hall_code).limit(1)
        )
        is not None
    )


def generate_history(
    ctx: ServerContext,
    hall_code: str,
    password: str,
    *,
    weeks: int = WEEKS,
    today: date | None = None,
    keep_going: Callable[[], bool] = lambda: True,
) -> HistoryReport:
    """Replay the `weeks` before `today` (the hall's today by default) for the demo hall, once.

    `password` is the demo's, given to the window clerks the history needs (王芳, 陈杰, 赵敏).
    `keep_going` is asked before each day: False stops there, unmarked, to resume later."""
    started = time.perf_counter()
    today = today or hall_date(ctx.now())
    with ctx.transaction() as s:
        if has_history(s, hall_code):
            return HistoryReport(complete=True)
        desk = _desk(s, ctx, hall_code, password, today)
    days = tickets = 0
    day = today - timedelta(weeks=weeks)
    while day < today:
        if not keep_going():
            return HistoryReport(
                False, days, tickets, desk.cases, desk.ratings, time.perf_counter() - started
            )
        if desk.calendar.is_workday(day):
            with ctx.transaction() as s:
                if not _has_numbers(s, hall_code, day):
                    desk.start_day(s, day)
                    windows = {name: CLERKS[name][0] for name in desk.terminals}
                    run = Day(
                        Replay.of(ctx, s),
                        hall_code,
                        day,
                        windows,
                        desk.rng,
                        desk.arriving,
                        desk.served,
                        desk.ids,
                    )
                    tickets += run.run()
                    _sent_back_then(s, hall_code, day)
                    work_followups(s, hall_code, day, desk.calendar)
                    days += 1
        day += timedelta(days=1)
    with ctx.transaction() as s:
        audit(s, ctx.now(), HISTORY_EVENT, username="seed", detail=hall_code)
    return HistoryReport(True, days, tickets, desk.cases, desk.ratings, time.perf_counter() - started)


def _has_numbers(session: Session, hall_code: str, day: date) -> bool:
    found = select(TicketRow.id).where(TicketRow.hall_code == hall_code, TicketRow.day == day).limit(1)
    return session.scalar(found) is not None


def _desk(session: Session, ctx: ServerContext, hall_code: str, password: str, today: date) -> Desk:
    """The windows' terminals and clerks, the catalog's matters by queue category, the calendar."""
    now = ctx.now()
    rng, calendar, ids = random.Random(SEED), server_calendar(session), Ids(SEED + 1)
    terminals = {}
    for index, (window, (username, name)) in enumerate(CLERKS.items(), start=1):
        if session.get(UserRow, username) is None:
            session.add(
                UserRow(
                    username=username,
                    display_name=name,
                    role=Role.CLERK.value,
                    hall_code=hall_code,
                    window_name=window,
                    password_hash=hash_password(password),
                    active=True,
                    updated_at=now,
                )
            )
            session.flush()
            record_change(session, hall_code, "users", username, {})
        clerk = (username, name)
        terminals[window] = _terminal(session, hall_code, f"W{index:02d}", window, clerk, now, ids)
    row = latest_catalog(session)
    if row is None:
        raise RuntimeError("演示历史数据需要事项目录：请先发布目录")
    return Desk(
        session=session,
        hall_code=hall_code,
        terminals=terminals,
        matters=matters_by_category(parse_catalog(row.catalog).matters),
        calendar=calendar,
        rng=rng,
        people=People(rng, today),
        office=Office(hall_code, calendar, rng),
        ids=ids,
    )


def _terminal(
    session: Session,
    hall_code: str,
    code: str,
    window: str,
    clerk: tuple[str, str],  # (user name, display name)
    now: datetime,
    ids: Ids,
) -> Terminal:
    """The window's terminal of the past weeks: enrolled then, revoked now (it was replaced by
    the PC the demo enrols today), so its credential opens nothing. A run that resumes goes on
    from the terminal's last applied seq."""
    name = f"{window}（历史）"
    found = session.execute(
        select(TerminalRow.id, TerminalRow.last_applied_seq).where(
            TerminalRow.hall_code == hall_code, TerminalRow.name == name
        )
    ).first()
    if found is not None:
        return Terminal(found.id, code, window, clerk[1], clerk[0], seq=found.last_applied_seq)
    terminal_id = ids()
    session.add(
        TerminalRow(
            id=terminal_id,
            hall_code=hall_code,
            name=name,
            code=code,
            secret_hash=sha256_hex(secrets.token_urlsafe(32)),  # nobody holds it
            enrolled_at=now,
            last_applied_seq=0,
            revoked=True,
            kind=TerminalKind.WINDOW.value,
        )
    )
    session.flush()
    return Terminal(terminal_id, code, window, clerk[1], clerk[0])


def matters_by_category(matters: tuple[Matter, ...]) -> dict[str, list[Matter]]:
    """Queue category → the catalog's one-applicant matters taken at its windows."""
    result: dict[str, list[Matter]] = {code: [] for code in profile.SHARES}
    for matter in matters:
        if matter.parties:
            continue  # two parties (结婚登记): the history's applicants come alone
        category = next(
            (
                code
                for code, words in profile.DEPARTMENTS.items()
                if any(w in matter.department.name for w in words)
            ),
            "general",
        )
        if "二手房" in matter.name or "不动产" in matter.name:
            category = "realty"
        result[category].append(matter)
    return result


def _sent_back_then(session: Session, hall_code: str, day: date) -> None:
    """The day's SMS notices went out that day: sent, the number masked as the dispatcher
    leaves it, so the demo's dispatcher has no eight-week backlog to send on its first start."""
    pending = session.execute(
        select(NoticeRow.id, NoticeRow.phone, NoticeRow.created_at).where(
            NoticeRow.hall_code == hall_code,
            NoticeRow.status == "pending",
            NoticeRow.created_at >= day_start(day),
            NoticeRow.created_at < day_start(day + timedelta(days=1)),
        )
    ).all()
    if pending:
        session.execute(
            update(NoticeRow),
            [
                {
                    "id": i,
                    "phone": mask_phone(phone),
                    "status": "sent",
                    "attempts": 1,
                    "sent_at": at + timedelta(seconds=5),
                }
                for i, phone, at in pending
            ],
        )
