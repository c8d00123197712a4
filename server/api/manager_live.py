"""The console's 实时大厅 routes: the live hall in one round trip, and its alarm thresholds.

A hall manager reads and sets their own hall; an admin names the hall (`?hall=`). Clerks,
kiosks and displays get nothing here (no hall manager's or admin's session). See
app/sync/manager_live.py for the wire models.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from app.domain.tickets import service_day
from app.sync.manager_live import LiveHall, ThresholdsChange
from app.sync.protocol import Role
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit
from server.auth.credentials import require_same_hall, require_user
from server.context import ServerContext
from server.errors import bad_request
from server.manager.live_hall import live_hall, save_thresholds
from server.queue.common import load_hall
from server.store.models import UserRow

router = APIRouter(prefix="/manager/live", tags=["manager"])
manager = require_user(Role.HALL_MANAGER, Role.ADMIN)
HALL = Query(
    None, min_length=1, max_length=12, description="大厅编码（系统管理员须指明；大厅管理员为本大厅）"
)


def _hall_of(actor: UserRow, hall: str | None) -> str:
    """The manager's own hall; an admin must name one (and may name any)."""
    code = hall or actor.hall_code
    if not code:
        raise bad_request("系统管理员请用 hall 参数指明大厅")
    require_same_hall(actor, code)
    return code


@router.get("", summary="实时大厅：各窗口与各业务类别的此刻状况", responses=errors(400, 401, 403, 404))
def get_live_hall(
    hall: str | None = HALL, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> LiveHall:
    return _snapshot(ctx, _hall_of(actor, hall))


def _snapshot(ctx: ServerContext, code: str) -> LiveHall:
    now = ctx.now()
    with ctx.sessions() as s:
        if s.get_bind().dialect.name == "postgresql":
            # its several reads see one moment of the hall (SQLite's transaction does already)
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return live_hall(s, load_hall(s, code), service_day(now), now)


@router.put(
    "/thresholds", summary="设置各业务类别的预警阈值（整体替换）", responses=errors(400, 401, 403, 404)
)
def put_thresholds(
    body: ThresholdsChange,
    hall: str | None = HALL,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> LiveHall:
    code = _hall_of(actor, hall)
    now = ctx.now()
    with ctx.transaction() as s:
        queue = load_hall(s, code)
        detail = save_thresholds(s, queue, body, actor.username, now)
        audit(s, now, "live_thresholds_set", username=actor.username, detail=detail)
    return _snapshot(ctx, code)
