"""The console's 节假日与营业时间 routes: the State Council's years, the hall's hours and closures.

A hall manager acts on their own hall; an admin names the hall (`?hall=`). Clerks, kiosks and
displays get nothing here. Who may enter a year: see app/sync/manager_calendar.py.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from app.sync.manager_calendar import CalendarOverview, HallHoursModel, YearEntry, YearPreview
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request, not_found
from server.manager.calendar import enter_hall_year, overview, preview_year, schedule_of, set_hall_hours
from server.store.models import HallRow, UserRow

router = APIRouter(prefix="/manager/calendar", tags=["manager"])
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)
HALL = Query(
    None, min_length=1, max_length=12, description="大厅编码（系统管理员须指明；大厅管理员为本大厅）"
)
YEAR = Path(ge=2000, le=2100, description="年份，例如2027")
REFUSALS = errors(400, 401, 403, 404, 409)


def _hall(actor: UserRow, hall: str | None, session) -> str:
    """The hall the request is about: the manager's own; an admin must name one that exists."""
    code = hall or actor.hall_code
    if not code:
        raise bad_request("系统管理员请用 hall 参数指明大厅")
    require_same_hall(actor, code)
    if session.get(HallRow, code) is None:
        raise not_found(f"没有编码为{code}的大厅")
    return code


def _base(ctx: ServerContext):
    # a deployment (or a test) may hand in its calendar, as the back office's `calendar` takes it
    return ctx.extras.get("calendar")


def _may_replace(actor: UserRow) -> bool:
    return Role(actor.role) is Role.ADMIN


@router.get("", summary="近年的节假日安排（含暂按周末计算的年份）与本大厅的营业时间", responses=REFUSALS)
def get_calendar(
    hall: str | None = HALL, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> CalendarOverview:
    with ctx.sessions() as s:
        return overview(s, _hall(actor, hall, s), ctx.now(), _may_replace(actor), _base(ctx))


@router.post("/years/{year}/preview", summary="预览录入一年节假日安排的影响（不保存）", responses=REFUSALS)
def post_preview(
    body: YearEntry,
    year: int = YEAR,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> YearPreview:
    with ctx.sessions() as s:
        return preview_year(s, _hall(actor, hall, s), schedule_of(year, body), _base(ctx))


@router.put(
    "/years/{year}",
    summary="录入一年的国务院节假日安排（适用于所有大厅；已有的年份只能由系统管理员修改）",
    responses=REFUSALS,
)
def put_year(
    body: YearEntry,
    year: int = YEAR,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> YearPreview:
    schedule = schedule_of(year, body)
    with ctx.transaction() as s:
        code = _hall(actor, hall, s)
        may_replace = _may_replace(actor)
        return enter_hall_year(s, code, schedule, actor.username, ctx.now(), may_replace, _base(ctx))


@router.put("/hours", summary="设置本大厅的营业时间与闭厅安排（发送到本大厅的终端）", responses=REFUSALS)
def put_hours(
    body: HallHoursModel,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> HallHoursModel:
    with ctx.transaction() as s:
        code = _hall(actor, hall, s)
        return HallHoursModel.of(set_hall_hours(s, code, body, actor.username, ctx.now()))
