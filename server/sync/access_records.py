"""A read at a window (access.recorded, app/domain/access_records.py) into the audit log.

Never rejected for what it names: the read happened, and the log must have it. A case the server
does not hold yet (a draft never sent) is logged by its number alone; an account the hall does not
know is logged as the window said it, marked unconfirmed; only another hall's case is refused, as
every change to one is.
"""

from __future__ import annotations

from app.domain.access_records import ACCESS_EVENTS, audit_event
from server.auth.audit import people_of
from server.sync.batch import Batch
from server.sync.payloads import AccessRecordIn, as_utc, parse
from server.sync.window_actors import refused


def apply_access(batch: Batch, payload: dict) -> str | None:
    """Queue the audit entries of one read; the refusal's reason, or None."""
    p: AccessRecordIn = parse(AccessRecordIn, payload)
    if p.event not in ACCESS_EVENTS:
        return f"未知的查阅记录类型“{p.event}”"
    case = batch.cases.get(p.case_id)
    if case is not None and case.hall_code != batch.hall_code:
        return "服务器上本大厅没有这个办件（或办件标识与他处冲突）"
    username = p.actor_username or ""
    note = ""
    if refused(batch, p.actor_username, as_utc(p.at)):
        username, note = "", f"；窗口所报账号“{p.actor_username}”未通过核对"
    number = case.number if case is not None else p.case_number
    detail = f"办件{number or p.case_id}；窗口时间{as_utc(p.at).isoformat(timespec='seconds')}"
    if p.detail:
        detail += f"；{p.detail}"
    for person in people_of(case.snapshot if case is not None else None) or [None]:
        batch.audits.append(
            {
                "event": audit_event(p.event),
                "username": username,
                "terminal_id": batch.terminal_id,
                "hall_code": batch.hall_code,
                "person": person,
                "detail": detail + note,
            }
        )
    return None
