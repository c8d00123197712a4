"""A hall's SMS notices: what was sent or failed (phones masked) and the hall's own wording.

Read by the hall's managers and its back office (who answer an applicant asking where their SMS
went); the wording is set by a hall manager (or an admin) and audited.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from app.sync.protocol import Role
from app.sync.queue_protocol import PlainText
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import ApiError, not_found
from server.notices.outbox import list_notices, wording_of
from server.notices.wording import MAX_WORDING, NOTICE_EVENTS, PLACEHOLDERS, WordingProblem, check_wording
from server.store.models import HallRow, NoticeWordingRow, UserRow

router = APIRouter(prefix="/admin/halls/{hall_code}", tags=["notices"])
readers = require_user(Role.ADMIN, Role.HALL_MANAGER, Role.BACKOFFICE)
manager = require_user(Role.ADMIN, Role.HALL_MANAGER)
HallCode = Path(min_length=1, max_length=12)
NoticeEvent = Literal["accepted", "result_ready"]


class NoticeOut(BaseModel):
    case_number: str
    event: str
    phone: str = Field(description="脱敏的手机号（138****5678）")
    status: Literal["pending", "sending", "sent", "failed"]
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    last_error: str
    text: str


class NoticeWordings(BaseModel):
    accepted: str
    result_ready: str
    placeholders: list[str]


class NoticeWordingIn(BaseModel):
    text: PlainText = Field(min_length=1, max_length=MAX_WORDING)


def _hall(session, hall_code: str) -> None:
    if session.get(HallRow, hall_code) is None:
        raise not_found(f"没有编码为{hall_code}的大厅")


def _wordings(session, hall_code: str) -> NoticeWordings:
    texts = {event: wording_of(session, hall_code, event) for event in NOTICE_EVENTS}
    return NoticeWordings(**texts, placeholders=["{" + p + "}" for p in PLACEHOLDERS])


@router.get("/notices", summary="本大厅的申请人短信通知（手机号脱敏）", responses=errors(401, 403, 404))
def get_notices(
    hall_code: str = HallCode,
    status: Literal["", "pending", "sending", "sent", "failed"] = Query(default="", description="只看此状态"),
    limit: int = Query(default=200, ge=1, le=1000),
    actor: UserRow = Depends(readers),
    ctx: ServerContext = Depends(get_context),
) -> list[NoticeOut]:
    require_same_hall(actor, hall_code)
    with ctx.sessions() as s:
        _hall(s, hall_code)
        return [NoticeOut(**vars(line)) for line in list_notices(s, hall_code, status, limit)]


@router.get("/notice-wordings", summary="本大厅的短信内容", responses=errors(401, 403, 404))
def get_wordings(
    hall_code: str = HallCode, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> NoticeWordings:
    require_same_hall(actor, hall_code)
    with ctx.sessions() as s:
        _hall(s, hall_code)
        return _wordings(s, hall_code)


@router.put(
    "/notice-wordings/{event}", summary="设置本大厅某种通知的短信内容", responses=errors(400, 401, 403, 404)
)
def put_wording(
    body: NoticeWordingIn,
    event: NoticeEvent,
    hall_code: str = HallCode,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> NoticeWordings:
    require_same_hall(actor, hall_code)
    try:
        text = check_wording(event, body.text)
    except WordingProblem as exc:
        raise ApiError(400, "bad_request", str(exc)) from exc
    now = ctx.now()
    with ctx.transaction() as s:
        _hall(s, hall_code)
        row = s.get(NoticeWordingRow, (hall_code, event))
        if row is None:
            row = NoticeWordingRow(hall_code=hall_code, event=event)
            s.add(row)
        row.text, row.updated_at, row.updated_by = text, now, actor.username
        audit(s, now, "notice_wording", username=actor.username, detail=f"{hall_code} {event}")
        s.flush()
        return _wordings(s, hall_code)
