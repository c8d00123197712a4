"""The console's 窗口调度 routes: window assignments, their undo, work profiles, qualifications.

A hall manager acts on their own hall; an admin names the hall (`?hall=`). Clerks, kiosks and
displays get nothing here (no hall manager's or admin's session). See
app/sync/manager_assignments.py for the wire models and refusal codes.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from app.sync.manager_assignments import (
    AssignmentChange,
    AssignmentResult,
    HallAssignments,
    ProfileApply,
    Qualification,
    UndoRequest,
    WorkProfile,
)
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context, while_serving
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request
from server.manager.assignments import apply_change, undo_change
from server.manager.profile_schedule import TICK, schedule_ticker
from server.manager.profiles import apply_profile, delete_profile, hall_assignments, save_profile
from server.manager.qualifications import set_qualification
from server.store.models import UserRow

# each server process looks for due work profiles while it serves (applied once in all)
_PROFILE_SCHEDULE = while_serving(lambda ctx: TICK, schedule_ticker)
router = APIRouter(prefix="/manager", tags=["manager"], lifespan=_PROFILE_SCHEDULE)
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)
HALL = Query(
    None, min_length=1, max_length=12, description="大厅编码（系统管理员须指明；大厅管理员为本大厅）"
)
PROFILE = Path(min_length=1, max_length=20, description="工作方案名称（如“早高峰”）")
USERNAME = Path(min_length=1, max_length=64)
CHANGE_ID = Path(ge=1, le=2**62)
REFUSALS = errors(400, 401, 403, 404, 409)


def hall_of(actor: UserRow, hall: str | None) -> str:
    """The hall the request is about: the manager's own; an admin must name one."""
    code = hall or actor.hall_code
    if not code:
        raise bad_request("系统管理员请用 hall 参数指明大厅")
    require_same_hall(actor, code)
    return code


@router.get(
    "/assignments", summary="窗口调度：各窗口现行安排、近期调整、工作方案与人员资质", responses=REFUSALS
)
def get_assignments(
    hall: str | None = HALL, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> HallAssignments:
    code = hall_of(actor, hall)
    with ctx.sessions() as s:
        return hall_assignments(s, code)


@router.post("/assignments", summary="调整窗口安排（一次调整一个事务，可撤销）", responses=REFUSALS)
def post_assignments(
    body: AssignmentChange,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> AssignmentResult:
    code = hall_of(actor, hall)
    with ctx.transaction() as s:
        return apply_change(
            s,
            code,
            actor.username,
            body.changes,
            ctx.now(),
            expected=dict(body.expected_versions),
            reason=body.reason.strip(),
            profile=body.profile.strip(),
            kind="profile" if body.profile.strip() else "manual",
            allow_unserved=body.allow_unserved,
        )


@router.post("/assignments/{change_id}/undo", summary="撤销一次窗口调整", responses=REFUSALS)
def undo_assignment(
    change_id: int = CHANGE_ID,
    body: UndoRequest | None = None,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> AssignmentResult:
    code = hall_of(actor, hall)
    allow = body.allow_unserved if body is not None else False
    with ctx.transaction() as s:
        return undo_change(s, code, actor.username, change_id, ctx.now(), allow_unserved=allow)


@router.put("/profiles/{name}", summary="新建或修改工作方案（含定时）", responses=REFUSALS)
def put_profile(
    body: WorkProfile,
    name: str = PROFILE,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> HallAssignments:
    code = hall_of(actor, hall)
    if body.name != name:
        raise bad_request(f"方案名称“{body.name}”与地址中的“{name}”不一致")
    with ctx.transaction() as s:
        save_profile(s, code, actor.username, body, ctx.now())
    with ctx.sessions() as s:
        return hall_assignments(s, code)


@router.delete("/profiles/{name}", summary="删除工作方案", responses=REFUSALS)
def remove_profile(
    name: str = PROFILE,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> HallAssignments:
    code = hall_of(actor, hall)
    with ctx.transaction() as s:
        delete_profile(s, code, actor.username, name, ctx.now())
    with ctx.sessions() as s:
        return hall_assignments(s, code)


@router.post("/profiles/{name}/apply", summary="立即套用工作方案（可撤销）", responses=REFUSALS)
def apply_named_profile(
    body: ProfileApply,
    name: str = PROFILE,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> AssignmentResult:
    code = hall_of(actor, hall)
    with ctx.transaction() as s:
        return apply_profile(
            s,
            code,
            actor.username,
            name,
            ctx.now(),
            reason=body.reason.strip(),
            allow_unserved=body.allow_unserved,
        )


@router.put("/qualifications/{username}", summary="设置工作人员可办理的业务类别", responses=REFUSALS)
def put_qualification(
    body: Qualification,
    username: str = USERNAME,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> HallAssignments:
    code = hall_of(actor, hall)
    with ctx.transaction() as s:
        set_qualification(s, code, actor.username, username, body, ctx.now())
    with ctx.sessions() as s:
        return hall_assignments(s, code)
