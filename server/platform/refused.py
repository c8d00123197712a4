"""The hall manager's side of the export: what waits, what the platform refused, and putting a
refused record right (a correction) or sending it as it is again (the platform fixed its side).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.platform_records import PlatformRecord
from app.domain.platform_tables import TABLE_LABELS, problems_of
from app.sync.manager_platform import MAX_LIST, PlatformOverview, PlatformRecordDetail, PlatformRecordItem
from server.refusals import BadRequest, Conflict, NotFound
from server.store.models_platform import PlatformRecordRow
from server.sync.case_state import aware

# what names the record at the platform: a correction may not change it
_KEY_FIELDS = ("ROWGUID", "PROJID")


def item_of(row: PlatformRecordRow) -> PlatformRecordItem:
    return PlatformRecordItem(
        id=row.id,
        case_number=row.case_number,
        table=row.table_name,
        table_label=TABLE_LABELS.get(row.table_name, row.table_name),
        key=row.record_key,
        status=row.status,
        reason=row.reason,
        attempts=row.attempts,
        queued_at=aware(row.queued_at),
        sent_at=None if row.sent_at is None else aware(row.sent_at),
        corrected_by=row.corrected_by,
    )


def overview(session: Session, hall_code: str, configured: bool, now: datetime) -> PlatformOverview:
    t = PlatformRecordRow
    by_status = select(t.status, func.count()).where(t.hall_code == hall_code).group_by(t.status)
    counts = dict(session.execute(by_status).all())
    oldest = session.scalar(
        select(func.min(t.queued_at)).where(t.hall_code == hall_code, t.status == "pending")
    )
    # why the latest delivery that failed did not arrive (a record tried and not yet taken)
    last_error = session.scalar(
        select(t.reason)
        .where(t.hall_code == hall_code, t.status == "pending", t.attempts > 0, t.reason != "")
        .order_by(t.next_attempt_at.desc())
        .limit(1)
    )
    refused = session.scalars(
        select(t)
        .where(t.hall_code == hall_code, t.status == "refused")
        .order_by(t.id.desc())
        .limit(MAX_LIST + 1)
    ).all()
    return PlatformOverview(
        configured=configured,
        pending=counts.get("pending", 0),
        sent=counts.get("sent", 0),
        refused=counts.get("refused", 0),
        oldest_pending_at=None if oldest is None else aware(oldest),
        last_error=last_error or "",
        now=now,
        refused_items=[item_of(r) for r in refused[:MAX_LIST]],
        truncated=len(refused) > MAX_LIST,
    )


def _row(session: Session, hall_code: str, record_id: int, for_update: bool = False) -> PlatformRecordRow:
    query = select(PlatformRecordRow).where(PlatformRecordRow.id == record_id)
    row = session.scalars(query.with_for_update() if for_update else query).first()
    if row is None or row.hall_code != hall_code:  # another hall's record is none of this hall's
        raise NotFound("找不到这条上报记录")
    return row


def detail(session: Session, hall_code: str, record_id: int) -> PlatformRecordDetail:
    row = _row(session, hall_code, record_id)
    return PlatformRecordDetail(item=item_of(row), fields=dict(row.fields), digest=row.digest)


def _unchanged_since_read(row: PlatformRecordRow, digest: str) -> None:
    if row.digest != digest:
        raise Conflict("这条记录在您查看之后已有变化（办件有了新进展或已被他人更正），请刷新后再操作")


def correct(
    session: Session,
    hall_code: str,
    record_id: int,
    digest: str,
    changes: dict[str, str],
    by: str,
    now: datetime,
) -> PlatformRecordItem:
    """The record with the manager's changes, checked like the platform checks it, queued again."""
    row = _row(session, hall_code, record_id, for_update=True)
    _unchanged_since_read(row, digest)
    _refused_only(row)
    fields = dict(row.fields)
    for name in _KEY_FIELDS:
        if name in changes and changes[name] != fields.get(name):
            raise BadRequest(f"字段 {name} 是这条记录在省平台上的标识，不能更改")
    fields.update({name: text.strip() for name, text in changes.items()})
    fields = {name: text for name, text in fields.items() if text != ""}
    problems = problems_of(row.table_name, fields)
    if problems:
        raise BadRequest("更正后的记录仍不合格：" + "；".join(str(p) for p in problems))
    row.fields, row.digest = fields, PlatformRecord(row.table_name, row.record_key, fields).digest
    _queue(row, now)
    row.corrected_by = by
    return item_of(row)


def resend(
    session: Session, hall_code: str, record_id: int, digest: str, now: datetime
) -> PlatformRecordItem:
    row = _row(session, hall_code, record_id, for_update=True)
    _unchanged_since_read(row, digest)
    _refused_only(row)
    problems = problems_of(row.table_name, dict(row.fields))
    if problems:  # it would only be refused again: it needs a correction first
        raise BadRequest("这条记录本身不合格，须先更正：" + "；".join(str(p) for p in problems))
    _queue(row, now)
    return item_of(row)


def _refused_only(row: PlatformRecordRow) -> None:
    # a record waiting to go may be in a batch under way; one taken is the platform's now
    if row.status == "sent":
        raise Conflict("省平台已接收这条记录；如需变更，请在办件中办理，变更会自动上报")
    if row.status != "refused":
        raise Conflict("这条记录正在等待上报，没有被退回，无需更正或重新上报")


def _queue(row: PlatformRecordRow, now: datetime) -> None:
    row.status, row.reason, row.attempts, row.batch_id = "pending", "", 0, None
    row.next_attempt_at = row.queued_at = now
