"""Reconciling what kiosks issued and windows served while the server was away (POST /queue/offline).

Each record is applied once, in a transaction of its own, and its outcome is stored under its
record_id, so a resend is answered DUPLICATE and changes nothing. Clocks are data: a
terminal's times are kept in the events' data and, clamped into the record's day and never
later than the server's now, stand in for the times the server could not see.

* ISSUED (a kiosk's offline number): it must lie in the kiosk's block of the offline range.
  Unknown number → a waiting ticket ordered by the kiosk's time. Already known because a
  window served it first → MERGED: the category and applicant are filled in, it stays finished.
* SERVED (a number a window served from the paper ticket): waiting or dropped → finished at
  that window by that clerk; unknown → created finished (source paper); already called online
  or finished → MERGED, nothing finished twice. A served ticket is never called again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.domain.tickets import (
    HALL_TIMEZONE,
    PriorityClass,
    TicketSource,
    TicketState,
    format_number,
    parse_number,
    service_day,
)
from app.sync.queue_protocol import (
    OfflineAnswer,
    OfflineBatch,
    OfflineKind,
    OfflineOutcome,
    OfflineRecord,
    OfflineResult,
)
from server.context import ServerContext
from server.manager.statistics_rollup import forget_day
from server.queue.calling import TICKETS, end_ticket
from server.queue.common import (
    HallQueue,
    day_start,
    id_hash,
    load_hall,
    notify_queue,
    retrying,
)
from server.queue.journal import Events, stored_answer
from server.sealing.columns import keyring_of
from server.store.db import as_utc

WAITING, CALLED = TicketState.WAITING.value, TicketState.CALLED.value
FINISHED, DROPPED = TicketState.FINISHED.value, TicketState.DROPPED.value


class Rejected(Exception):
    """A record the rules refuse; its reason is stored and answered."""


def reconcile(ctx: ServerContext, hall_code: str, batch: OfflineBatch) -> OfflineAnswer:
    with ctx.sessions() as session:
        hall = load_hall(session, hall_code)
    return OfflineAnswer(results=[_record(ctx, hall, r) for r in batch.records])


def _record(ctx: ServerContext, hall: HallQueue, record: OfflineRecord) -> OfflineResult:
    # the same number created at this moment by another record (or a resend racing its
    # original): nothing was kept; the next attempt sees the other's ticket
    return retrying(
        ctx,
        lambda session, _resent: _apply(session, hall, record, ctx.now()),
        "离线记录与其他记录冲突，未生效，请重试",
    )


def _fits(answer: dict) -> bool:
    return "record_id" in answer and "outcome" in answer


def _apply(session: Session, hall: HallQueue, record: OfflineRecord, now: datetime) -> OfflineResult:
    stored = stored_answer(session, record.record_id, hall.code, _fits)
    if stored is not None:
        return OfflineResult(
            record_id=record.record_id, outcome=OfflineOutcome.DUPLICATE, reason=stored["reason"]
        )
    events = Events(hall.code, record.service_day, now)
    try:
        _check_day(record, now)
        handler = _issued if record.kind is OfflineKind.ISSUED else _served
        outcome, reason = handler(session, hall, record, now, events)
    except Rejected as refusal:
        outcome, reason = OfflineOutcome.REJECTED, str(refusal)
        events.add(
            "offline_rejected", record_kind=record.kind.value, record_number=record.number, reason=reason
        )
    result = OfflineResult(record_id=record.record_id, outcome=outcome, reason=reason)
    events.write(session, record.record_id, result.model_dump(mode="json"))
    if outcome is not OfflineOutcome.REJECTED:
        forget_day(session, hall.code, record.service_day)  # 统计报表's kept facts of a closed day
        notify_queue(session, hall.code)
    return result


def _check_day(record: OfflineRecord, now: datetime) -> None:
    if record.service_day > service_day(now):
        raise Rejected(f"记录日期{record.service_day.isoformat()}晚于服务器日期，请检查终端时钟")


def _clamped(moment: datetime | None, record: OfflineRecord, now: datetime) -> datetime:
    """A terminal's time, kept inside the record's day and never after the server's now."""
    start = day_start(record.service_day)
    end = min(now, day_start(record.service_day + timedelta(days=1)))
    if moment is None:
        return end
    if moment.tzinfo is None:  # a terminal that sent local time without an offset
        moment = moment.replace(tzinfo=HALL_TIMEZONE)
    return min(max(moment, start), end)


def _category(hall: HallQueue, record: OfflineRecord) -> tuple[str, str]:
    """(number, category code) of the record, checked against the hall's categories."""
    try:
        prefix, counter = parse_number(record.number)
        number = format_number(prefix, counter)
    except ValueError as exc:  # BadTicketNumber is one
        raise Rejected(str(exc)) from None
    by_prefix = hall.by_prefix(prefix)
    if record.category:
        category = hall.categories.get(record.category)
        if category is None:
            raise Rejected(f"本大厅没有编码为“{record.category}”的业务类别")
        if category.prefix != prefix:
            raise Rejected(f"{number}的字母与业务类别“{category.name}”的取号字母{category.prefix}不符")
    elif by_prefix is None:
        raise Rejected(f"本大厅没有取号字母为{prefix}的业务类别")
    else:
        category = by_prefix
    return number, category.code


def _locked(session: Session, hall: HallQueue, record: OfflineRecord, number: str):
    return session.execute(
        select(TICKETS)
        .where(
            TICKETS.c.hall_code == hall.code, TICKETS.c.day == record.service_day, TICKETS.c.number == number
        )
        .with_for_update()
    ).first()


def _issued(session, hall: HallQueue, record: OfflineRecord, now: datetime, events: Events):
    if not record.category:
        raise Rejected("离线取号记录缺少业务类别")
    number, category = _category(hall, record)
    try:
        block = hall.policy.offline_block(record.kiosk_slot)
    except ValueError as exc:
        raise Rejected(str(exc)) from None
    if parse_number(number)[1] not in block:
        raise Rejected(
            f"{number}不在{record.kiosk_slot}号取号机的离线号段（{block.start:03d}至{block.stop - 1:03d}）内"
        )
    at = _clamped(record.at, record, now)
    applicant = record.applicant.model_dump(mode="json") if record.applicant else None
    keyring = keyring_of(session.get_bind())
    hashed = id_hash(keyring, hall.code, record.applicant.id_number) if record.applicant else None
    existing = _locked(session, hall, record, number)
    if existing is None:
        current = record.service_day == service_day(now)
        ticket = _insert(
            session,
            hall,
            record,
            number,
            category,
            TicketSource.OFFLINE_KIOSK,
            record.priority,
            at,
            state=WAITING if current else DROPPED,
            window="",
            calls=0,
            applicant=applicant,
            id_hash=hashed,
        )
        events.add("issued", ticket, offline=True, terminal_at=record.at.isoformat(), slot=record.kiosk_slot)
        if not current:
            return OfflineOutcome.APPLIED, "非当日号票：已记录，不再排队"
        return OfflineOutcome.APPLIED, ""
    if existing.source != TicketSource.PAPER.value:
        raise Rejected(f"{number}号已由其他记录使用，本条离线取号记录未入队（请检查取号机编号设置）")
    session.execute(
        update(TICKETS)
        .where(TICKETS.c.id == existing.id)
        .values(
            category=category,
            source=TicketSource.OFFLINE_KIOSK.value,
            applicant=existing.applicant or applicant,
            id_hash=existing.id_hash or hashed,
            issued_at=min(as_utc(existing.issued_at), at),
        )
    )
    events.add("offline_merged", existing, record_kind="issued", terminal_at=record.at.isoformat())
    return OfflineOutcome.MERGED, f"{number}号已在窗口离线办理，已补全取号信息"


def _insert(session, hall: HallQueue, record, number, category, source, priority, at, **values):
    """A ticket the server learns of from an offline record (issued at ``at``, queued by it)."""
    return session.execute(
        insert(TICKETS)
        .values(
            hall_code=hall.code,
            day=record.service_day,
            number=number,
            category=category,
            source=source.value,
            priority=priority.value,
            priority_rank=hall.policy.priority_rank(priority),
            order_key=at.timestamp(),
            issued_at=at,
            request_id=record.record_id,
            **values,
        )
        .returning(TICKETS.c.id, TICKETS.c.number)
    ).one()


def _served(session, hall: HallQueue, record: OfflineRecord, now: datetime, events: Events):
    if not record.window.strip():
        raise Rejected("离线办理记录缺少办理窗口")
    number, category = _category(hall, record)
    called = _clamped(record.at, record, now)
    finished = max(called, _clamped(record.finished_at or record.at, record, now))
    window, clerk = record.window.strip(), record.clerk.strip()
    times = {
        "offline": True,
        "terminal_at": record.at.isoformat(),
        "terminal_finished_at": record.finished_at.isoformat() if record.finished_at else None,
    }
    existing = _locked(session, hall, record, number)
    if existing is not None and existing.state == CALLED and existing.window == window:
        # this window called it online, lost the link and finished it offline: finish it now at
        # the time the clerk did (the next online call would otherwise close it much later)
        done_at = max(as_utc(existing.called_at), finished) if existing.called_at else finished
        ticket = end_ticket(session, existing, TicketState.FINISHED, now, finished_at=done_at)
        events.add("finished", ticket, window=window, clerk=clerk, **times)
        return OfflineOutcome.APPLIED, ""
    if existing is not None and existing.state in (CALLED, FINISHED):
        where = f"已在{existing.window}" if existing.window else "已"
        what = "呼叫" if existing.state == CALLED else "办结"
        events.add("offline_merged", existing, window=window, clerk=clerk, record_kind="served", **times)
        return OfflineOutcome.MERGED, f"{number}号{where}{what}，未重复办结"
    values = {
        "state": FINISHED,
        "window": window,
        "calls": 1,
        "called_at": called,
        "first_called_at": called,
        "finished_at": finished,
    }
    if existing is None:
        ticket = _insert(
            session,
            hall,
            record,
            number,
            category,
            TicketSource.PAPER,
            PriorityClass.NONE,
            called,
            applicant=None,
            id_hash=None,
            **values,
        )
        events.add("issued", ticket, source=TicketSource.PAPER.value, **times)
    else:
        ticket = existing
        if existing.first_called_at is not None:
            values["first_called_at"] = as_utc(existing.first_called_at)
        session.execute(update(TICKETS).where(TICKETS.c.id == existing.id).values(**values))
    events.add("served_offline", ticket, window=window, clerk=clerk, **times)
    events.add("finished", ticket, window=window, clerk=clerk, **times)
    return OfflineOutcome.APPLIED, ""
