"""The console's 预约号源 routes: GET/PUT /manager/appointment-plans (AppointmentSettings).

A hall manager reads and sets their own hall's; an admin names the hall (`?hall=`). A PUT is
checked with the domain's rules (400 with the reason), names only the hall's categories, and is
audited (server/manager/appointment_plans.py).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from app.sync.appointment_protocol import PLANS_PATH, AppointmentSettings
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request, not_found
from server.manager.appointment_plans import appointment_settings, set_appointment_settings
from server.store.models import HallRow, UserRow

router = APIRouter(tags=["manager"])
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)
HALL = Query(
    None, min_length=1, max_length=12, description="大厅编码（系统管理员须指明；大厅管理员为本大厅）"
)
REFUSALS = errors(400, 401, 403, 404)


def _hall(actor: UserRow, hall: str | None, session) -> str:
    code = hall or actor.hall_code
    if not code:
        raise bad_request("系统管理员请用 hall 参数指明大厅")
    require_same_hall(actor, code)
    if session.get(HallRow, code) is None:
        raise not_found(f"没有编码为{code}的大厅")
    return code


@router.get(PLANS_PATH, summary="本大厅各业务类别的预约号源与预约规则", responses=REFUSALS)
def get_plans(
    hall: str | None = HALL, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> AppointmentSettings:
    with ctx.sessions() as s:
        return appointment_settings(s, _hall(actor, hall, s))


@router.put(
    PLANS_PATH,
    summary="设置本大厅的预约号源（未列出的业务类别不再接受预约）与预约规则",
    responses=REFUSALS,
)
def put_plans(
    body: AppointmentSettings,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> AppointmentSettings:
    with ctx.transaction() as s:
        code = _hall(actor, hall, s)
        return set_appointment_settings(s, code, body, actor.username, ctx.now())
