"""帮办代办台账 for the hall manager's console: GET /manager/assisted-cases (app/sync/manager_assisted.py).

A hall manager reads their own hall only; an admin names the hall. The period is at most
app.domain.statistics.MAX_RANGE_DAYS days. Names are masked, so reading the ledger is not a read
of anyone's record.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query

from app.domain.messages import MessageError
from app.domain.statistics import check_period
from app.sync.manager_assisted import PATH, AssistedLedger
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request
from server.manager.assisted import assisted_ledger
from server.store.models import UserRow

router = APIRouter(prefix=PATH.rsplit("/", 1)[0], tags=["manager"])
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)


@router.get(
    "/assisted-cases",
    summary="帮办代办台账：某期间本大厅帮办、代办的办件及各帮办人员的件数",
    responses=errors(400, 401, 403, 404),
)
def assisted_cases(
    date_from: date = Query(description="期间的第一天（大厅日期，按收件日）"),
    date_to: date = Query(description="期间的最后一天（含），期间最长366天"),
    hall: str | None = Query(
        default=None,
        min_length=1,
        max_length=12,
        description="大厅编码（系统管理员须指定；缺省为本人所属大厅）",
    ),
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> AssistedLedger:
    hall_code = hall or actor.hall_code
    if not hall_code:
        raise bad_request("系统管理员查看帮办代办台账时须指定大厅编码")
    require_same_hall(actor, hall_code)
    try:
        period = check_period(date_from, date_to)
    except MessageError as exc:
        raise bad_request(str(exc)) from None
    with ctx.sessions() as s:
        return assisted_ledger(s, hall_code, period)
