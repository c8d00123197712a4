"""办不成事 反映 routes of the hall manager (/manager/unresolved-reports, app/sync/unresolved_reports.py).

Called from the console, a back-office terminal of the hall, with a hall manager or admin signed
in: the hall is the terminal's, a user of another hall is refused, and another hall's report
answers exactly like one nobody made (404). The list masks names and phones; reading one whole
is audited. Each move carries the version it was read at (409 when someone moved it since) and
answers the report as it now stands. The reports themselves arrive with a window's push
(server/sync/unresolved_reports.py).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from app.domain.hall_time import hall_date
from app.sync.protocol import Role, TerminalKind
from app.sync.unresolved_reports import (
    REPORTS_PATH,
    ReportAnswerBody,
    ReportAssignBody,
    ReportCloseBody,
    ReportDetail,
    ReportItem,
    ReportSendBackBody,
    ReportsOverview,
)
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import Caller, require_same_hall, require_terminal_user
from server.context import ServerContext
from server.manager import unresolved_moves as moves
from server.manager.unresolved_reports import item, overview

router = APIRouter(tags=["办不成事反映"])
managers = require_terminal_user((TerminalKind.BACKOFFICE,), (Role.HALL_MANAGER, Role.ADMIN))
ONE = f"{REPORTS_PATH}/{{report_id}}"
MOVED = errors(400, 401, 403, 404, 409)
ReportId = Path(min_length=1, max_length=36, description="反映编号（窗口生成的UUID）")


def _hall(caller: Caller) -> str:
    hall = caller.terminal.hall_code
    require_same_hall(caller.user, hall)
    return hall


@router.get(
    REPORTS_PATH,
    summary="办不成事反映：未办结的与近期办结的（姓名、电话已遮掩）",
    responses=errors(401, 403),
)
def list_reports(
    closed_days: int = Query(default=30, ge=1, le=366, description="同时列出最近多少天内（含今天）办结的"),
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> ReportsOverview:
    hall, today = _hall(caller), hall_date(ctx.now())
    with ctx.sessions() as s:
        return overview(s, hall, today, closed_days)


@router.get(
    ONE, summary="一条办不成事反映的全部内容（含反映人信息，读取留痕）", responses=errors(401, 403, 404)
)
def one_report(
    report_id: str = ReportId, caller: Caller = Depends(managers), ctx: ServerContext = Depends(get_context)
) -> ReportDetail:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        return moves.read_detail(
            s, hall, report_id, caller.user.username, caller.terminal.id, now, hall_date(now)
        )


@router.post(f"{ONE}/assign", summary="分派（或改派）办不成事反映", responses=MOVED)
def assign(
    body: ReportAssignBody,
    report_id: str = ReportId,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> ReportItem:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = moves.assign(s, hall, report_id, body.version, body.assignee, caller.user.username, now)
        return item(row, hall_date(now))


@router.post(f"{ONE}/answer", summary="记录办不成事反映的解决情况与答复", responses=MOVED)
def answer(
    body: ReportAnswerBody,
    report_id: str = ReportId,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> ReportItem:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = moves.answer(s, hall, report_id, body, caller.user.username, now, hall_date(now))
        return item(row, hall_date(now))


@router.post(f"{ONE}/close", summary="办结办不成事反映", responses=MOVED)
def close(
    body: ReportCloseBody,
    report_id: str = ReportId,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> ReportItem:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = moves.close(s, hall, report_id, body.version, caller.user.username, now)
        return item(row, hall_date(now))


@router.post(f"{ONE}/send-back", summary="退回重办办不成事反映", responses=MOVED)
def send_back(
    body: ReportSendBackBody,
    report_id: str = ReportId,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> ReportItem:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = moves.send_back(s, hall, report_id, body.version, body.reason, caller.user.username, now)
        return item(row, hall_date(now))
