"""Queued records → the platform, until each is taken or refused (the export's second half).

A round claims the due records (a lease: their next attempt moved LEASE ahead, in a transaction
of its own, skipping rows another process holds), checks each against the exchange tables, sends
the good ones as one batch and writes the outcome. A batch that gets no answer (an outage, a
process stopped mid-send) keeps its id and goes again when its lease or backoff runs out, every
hour at the longest, for as long as the platform is away: nothing is given up, and the ROWGUIDs
make a repeat harmless. A record that fails the check is never sent: it is held as refused with
its reasons, like one the platform refused, for the hall manager to correct.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.domain.platform_tables import problems_of
from server.platform.links import Delivery, OutgoingRecord, PlatformLink, PlatformUnavailable, url_for_logs
from server.store.models_platform import PlatformRecordRow

log = logging.getLogger("onewindow.platform")
BATCH = 200
LEASE = timedelta(minutes=5)  # far beyond one delivery's bounded time
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=1)
LOCAL_CHECK = "本地校验未通过"


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    refused: int = 0
    waiting: int = 0  # not taken this time (the platform unavailable): tried again later
    error: str = ""


def backoff(attempts: int) -> timedelta:
    return min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** max(0, attempts - 1))


def send_due(session_scope, link: PlatformLink, now: datetime, is_postgres: bool) -> SendReport:
    """One batch of due records; `session_scope()` gives a transaction."""
    claimed = _claim(session_scope, now, is_postgres)
    if not claimed:
        return SendReport()
    bad = {c.id: problems for c in claimed if (problems := _problems(c.table, c.fields))}
    good = [c for c in claimed if c.id not in bad]
    refused: dict[str, list[str]] = {}
    error = ""
    if good:
        records = tuple(OutgoingRecord(c.table, c.row_guid, c.fields) for c in good)
        try:
            refused = link.deliver(Delivery(good[0].batch_id, records, now))
        except (PlatformUnavailable, OSError) as exc:
            error = str(exc) or type(exc).__name__
            where = url_for_logs(link.url)
            log.warning("办件数据未送达省平台 %s（%d 条，稍后重试）：%s", where, len(good), error)
    counts = {"sent": 0, "refused": 0, "waiting": 0}
    with session_scope() as s:
        t = PlatformRecordRow
        rows = {r.id: r for r in s.scalars(select(t).where(t.id.in_([c.id for c in claimed])))}
        for row_id, problems in bad.items():
            _refuse(rows[row_id], [f"{LOCAL_CHECK}：{p}" for p in problems])
            counts["refused"] += 1
        for c in good:
            row = rows[c.id]
            if error:
                row.reason, row.next_attempt_at = error, now + backoff(c.attempts)
                counts["waiting"] += 1
            elif c.row_guid in refused:
                _refuse(row, refused[c.row_guid])
                counts["refused"] += 1
            else:
                row.status, row.sent_at, row.reason, row.batch_id = "sent", now, "", None
                counts["sent"] += 1
    if counts["refused"]:
        log.warning("省平台退回办件数据 %d 条，待大厅管理员更正后重新上报", counts["refused"])
    return SendReport(**counts, error=error)


def _refuse(row: PlatformRecordRow, reasons: list[str]) -> None:
    row.status, row.reason, row.batch_id = "refused", "；".join(reasons), None


def _problems(table: str, fields: dict) -> list[str]:
    return [str(p) for p in problems_of(table, fields)]


@dataclass(frozen=True)
class _Claimed:
    id: int
    row_guid: str
    batch_id: str
    attempts: int
    table: str
    fields: dict


def _claim(session_scope, now: datetime, is_postgres: bool) -> list[_Claimed]:
    """The due records, leased to this round.

    A record that went before without an answer goes again with its batch first, alone with its
    batch-mates, so the batch the platform may have half seen is the same batch again."""
    t = PlatformRecordRow
    with session_scope() as s:
        query = select(t).where(t.status == "pending", t.next_attempt_at <= now).order_by(t.id).limit(BATCH)
        if is_postgres:  # another process takes the next ones instead of waiting
            query = query.with_for_update(skip_locked=True)
        rows = list(s.scalars(query))
        if not rows:
            return []
        earlier = next((r.batch_id for r in rows if r.batch_id), None)
        if earlier is not None:
            rows = [r for r in rows if r.batch_id == earlier]
        else:
            batch_id = str(uuid.uuid4())
            for r in rows:
                r.batch_id = batch_id
        for r in rows:
            r.attempts, r.next_attempt_at = r.attempts + 1, now + LEASE
        return [
            _Claimed(r.id, r.row_guid, r.batch_id, r.attempts, r.table_name, dict(r.fields)) for r in rows
        ]
