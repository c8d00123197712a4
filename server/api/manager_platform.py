"""The 办件 export as the hall manager follows it (/manager/platform): how many records wait,
are taken or were refused, each refused one with the platform's reasons, its correction and its
resending. Called from the console (a back-office terminal of the hall) with a hall manager or
admin signed in; a record of another hall is not found. Reading a record's fields (they name the
applicant) and correcting it are on the audit log.

Every serve process also runs the export's rounds while it serves (server/platform/export.py),
when the server has a platform address.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from app.sync.manager_platform import (
    PLATFORM_PATH,
    CorrectionBody,
    PlatformOverview,
    PlatformRecordDetail,
    PlatformRecordItem,
    ResendBody,
)
from app.sync.protocol import Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context, while_serving
from server.auth.audit import audit
from server.auth.credentials import Caller, require_same_hall, require_terminal_user
from server.context import ServerContext
from server.platform import refused
from server.platform.export import platform_export

_EXPORT = while_serving(
    lambda ctx: ctx.config.platform_interval if ctx.config.platform_url else 0, platform_export
)
router = APIRouter(tags=["办件数据上报"], lifespan=_EXPORT)
managers = require_terminal_user((TerminalKind.BACKOFFICE,), (Role.HALL_MANAGER, Role.ADMIN))


def _hall(caller: Caller) -> str:
    hall = caller.terminal.hall_code
    require_same_hall(caller.user, hall)
    return hall


@router.get(PLATFORM_PATH, summary="办件数据上报：待报、已报与被退回的记录", responses=errors(401, 403))
def overview(
    caller: Caller = Depends(managers), ctx: ServerContext = Depends(get_context)
) -> PlatformOverview:
    with ctx.sessions() as s:
        return refused.overview(s, _hall(caller), bool(ctx.config.platform_url), ctx.now())


@router.get(
    f"{PLATFORM_PATH}/records/{{record_id}}",
    summary="一条上报记录的内容（含申请人信息，读取留痕）",
    responses=errors(401, 403, 404),
)
def record(
    record_id: int, caller: Caller = Depends(managers), ctx: ServerContext = Depends(get_context)
) -> PlatformRecordDetail:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        found = refused.detail(s, hall, record_id)
        detail = f"{found.item.case_number} {found.item.table_label}（{found.item.key}）"
        audit(s, now, "platform_record_read", username=caller.user.username, detail=detail)
        return found


@router.put(
    f"{PLATFORM_PATH}/records/{{record_id}}",
    summary="更正被退回的记录并重新上报",
    responses=errors(400, 401, 403, 404, 409, 422),
)
def correct(
    record_id: int,
    body: CorrectionBody,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> PlatformRecordItem:
    hall, now, who = _hall(caller), ctx.now(), caller.user.username
    with ctx.transaction() as s:
        item = refused.correct(s, hall, record_id, body.digest, body.fields, who, now)
        names = "、".join(sorted(body.fields)) or "无"
        detail = f"{item.case_number} {item.table_label}（{item.key}）更正字段：{names}"
        audit(s, now, "platform_record_corrected", username=who, detail=detail)
        return item


@router.post(
    f"{PLATFORM_PATH}/records/{{record_id}}/resend",
    summary="按原样重新上报一条记录",
    responses=errors(401, 403, 404, 409, 422),
)
def resend(
    record_id: int,
    body: ResendBody,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> PlatformRecordItem:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        item = refused.resend(s, hall, record_id, body.digest, now)
        detail = f"{item.case_number} {item.table_label}（{item.key}）"
        audit(s, now, "platform_record_resent", username=caller.user.username, detail=detail)
        return item
