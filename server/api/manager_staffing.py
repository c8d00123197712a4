"""The console's 调度建议 routes: the forecast, the windows each category needs, the moves, and
each category's wait target.

A hall manager reads and sets their own hall's; an admin names the hall (`?hall=`). Clerks,
kiosks and displays get nothing here (no hall manager's or admin's session). Applying a
suggestion is the tidal windows' route (POST /manager/assignments). See
app/sync/manager_staffing.py for the wire models.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from app.sync.manager_staffing import StaffingView, WaitTargets
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request
from server.manager.staffing import read_targets, save_targets, staffing_view
from server.queue.common import load_hall
from server.store.models import UserRow

router = APIRouter(prefix="/manager/staffing", tags=["manager"])
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)
HALL = Query(
    None, min_length=1, max_length=12, description="大厅编码（系统管理员须指明；大厅管理员为本大厅）"
)
REFUSALS = errors(400, 401, 403, 404)


def _hall_of(actor: UserRow, hall: str | None) -> str:
    """The hall the request is about: the manager's own; an admin must name one."""
    code = hall or actor.hall_code
    if not code:
        raise bad_request("系统管理员请用 hall 参数指明大厅")
    require_same_hall(actor, code)
    return code


@router.get(
    "", summary="调度建议：各业务类别的来号预测、所需窗口与调整建议，今日预测与实际", responses=REFUSALS
)
def get_staffing(
    hall: str | None = HALL, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> StaffingView:
    code = _hall_of(actor, hall)
    with ctx.sessions() as s:
        return staffing_view(s, code, ctx.now())


@router.get("/targets", summary="各业务类别的等候目标", responses=REFUSALS)
def get_targets(
    hall: str | None = HALL, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> WaitTargets:
    code = _hall_of(actor, hall)
    with ctx.sessions() as s:
        return WaitTargets(targets=read_targets(s, load_hall(s, code)))


@router.put("/targets", summary="设置业务类别的等候目标（未列出的不变）", responses=REFUSALS)
def put_targets(
    body: WaitTargets,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> WaitTargets:
    code = _hall_of(actor, hall)
    with ctx.transaction() as s:
        return save_targets(s, code, body, actor.username, ctx.now())
