"""统计报表 for the hall manager's console: GET /manager/statistics (app/sync/manager_statistics.py).

A hall manager reads their own hall only; an admin names the hall. Clerks, back-office accounts
and terminals without a signed-in manager get nothing (403/401). The period is at most
app.domain.statistics.MAX_RANGE_DAYS days.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query

from app.domain.hall_time import hall_date
from app.domain.messages import MessageError
from app.domain.statistics import Grouping, check_period
from app.sync.manager_statistics import PATH, StatisticsReport
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context, while_serving
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request
from server.manager.statistics import statistics_report
from server.manager.statistics_keeper import statistics_keeper
from server.store.models import UserRow

# each server process keeps closed days ahead of the reports while it serves, a few at a time
# (server/manager/statistics_keeper.py); 0 seconds: not by this process
_KEEP_AHEAD = while_serving(lambda ctx: ctx.config.statistics_keep_interval, statistics_keeper)
router = APIRouter(prefix=PATH.rsplit("/", 1)[0], tags=["manager"], lifespan=_KEEP_AHEAD)
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)


@router.get(
    "/statistics",
    summary="统计报表：某期间按大厅、业务类别、窗口、工作人员或事项的取号、等候、办理、办件与评价",
    responses=errors(400, 401, 403, 404),
)
def statistics(
    date_from: date = Query(description="统计期间的第一天（大厅日期）"),
    date_to: date = Query(description="统计期间的最后一天（含），期间最长366天"),
    by: Grouping = Query(default=Grouping.HALL, description="分组：hall、category、window、clerk、matter"),
    hall: str | None = Query(
        default=None,
        min_length=1,
        max_length=12,
        description="大厅编码（系统管理员须指定；缺省为本人所属大厅）",
    ),
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> StatisticsReport:
    hall_code = hall or actor.hall_code
    if not hall_code:
        raise bad_request("系统管理员查看统计报表时须指定大厅编码")
    require_same_hall(actor, hall_code)
    try:
        period = check_period(date_from, date_to)
    except MessageError as exc:
        raise bad_request(str(exc)) from None
    now = ctx.now()
    with ctx.sessions() as s:
        return statistics_report(s, hall_code, period, by, now, hall_date(now))
