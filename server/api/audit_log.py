"""GET /v1/audit: the auditor's search of their hall's audit log (see app/sync/audit_log.py).

Only an auditor of the hall, or an admin naming the hall, signed in on a back-office terminal;
the hall manager, whose own actions are in it, does not read it. Every search is itself an entry.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from app.domain.masking import mask_id_number
from app.sync.audit_log import MAX_PAGE, AuditEntry, AuditPage
from app.sync.protocol import Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit, person_key
from server.auth.credentials import Caller, require_same_hall, require_terminal_user
from server.context import ServerContext
from server.errors import bad_request
from server.store.models import AuditRow

router = APIRouter(prefix="/audit", tags=["audit"])
auditor = require_terminal_user((TerminalKind.BACKOFFICE,), (Role.AUDITOR, Role.ADMIN))


@router.get(
    "",
    summary="审计日志：按证件号码、工作人员和时间查询本大厅的记录（最新的在前）",
    responses=errors(400, 401, 403),
)
def search_audit_log(
    person: str = Query("", max_length=40, description="公民的证件号码（日志中只存其带密钥的摘要）"),
    clerk: str = Query("", max_length=64, description="工作人员的账号"),
    since: datetime | None = Query(None, description="自此时起（含）"),
    until: datetime | None = Query(None, description="至此时止（不含）"),
    before: int | None = Query(None, ge=1, description="上一页最后一条的序号"),
    limit: int = Query(100, ge=1, le=MAX_PAGE),
    hall: str | None = Query(None, min_length=1, max_length=12, description="大厅编码（系统管理员须指明）"),
    caller: Caller = Depends(auditor),
    ctx: ServerContext = Depends(get_context),
) -> AuditPage:
    user = caller.user
    assert user is not None  # the dependency needs a signed-in user
    hall_code = hall or user.hall_code
    if not hall_code:
        raise bad_request("系统管理员请用 hall 参数指明大厅")
    require_same_hall(user, hall_code)
    person = person.strip().upper()
    with ctx.transaction() as s:
        query = select(AuditRow).where(AuditRow.hall_code == hall_code, AuditRow.seq.is_not(None))
        if person:
            query = query.where(AuditRow.person_key == person_key(ctx.audit_key, person))
        if clerk.strip():
            query = query.where(AuditRow.username == clerk.strip())
        if since is not None:
            query = query.where(AuditRow.at >= since)
        if until is not None:
            query = query.where(AuditRow.at < until)
        if before is not None:
            query = query.where(AuditRow.seq < before)
        rows = s.scalars(query.order_by(AuditRow.seq.desc()).limit(limit + 1)).all()
        entries = [_entry(r) for r in rows[:limit]]
        asked = "；".join(
            f"{label}{value}"
            for label, value in (
                ("证件号码", mask_id_number(person)),
                ("工作人员", clerk.strip()),
                ("起", since.isoformat() if since else ""),
                ("止", until.isoformat() if until else ""),
            )
            if value
        )
        audit(
            s,
            ctx.now(),
            "audit_searched",
            username=user.username,
            terminal_id=caller.terminal.id,
            hall_code=hall_code,
            person=person or None,
            detail=f"{asked or '全部'}；{len(entries)}条",
        )
    return AuditPage(entries=entries, more=len(rows) > limit)


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        seq=row.seq or 0,
        at=row.at,
        username=row.username,
        terminal_id=row.terminal_id,
        event=row.event,
        outcome=row.outcome,
        detail=row.detail,
        about_person=row.person_key is not None,
    )
