"""The hall queue: take a number (an appointment's check-in too), window actions, the board,
offline records and figures. See app/sync/queue_protocol.py for the wire models and rules;
booking appointments is server/api/appointments.py's.

Who may call what (server/auth/credentials.py): a kiosk takes numbers and reports its offline
block; a display (and the kiosk, the window) reads the board; a window's actions and state need a
window terminal *and* a clerk or hall manager signed in on it, who is the one recorded (never a
name the request gives); the day's figures are a hall manager's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from app.domain.tickets import BadTicketNumber, TicketRuleError, service_day
from app.sync.protocol import Role, TerminalKind
from app.sync.queue_protocol import (
    OfflineAnswer,
    OfflineBatch,
    OfflineKind,
    QueueBoard,
    QueueStats,
    TicketAnswer,
    TicketRequest,
    WindowActionRequest,
    WindowAnswer,
    WindowQueueState,
)
from server.api.answers import errors
from server.api.context import get_context, while_serving
from server.auth.credentials import Access, Caller, check_access, declare
from server.context import ServerContext
from server.errors import ApiError, bad_request, forbidden
from server.queue.actions import act
from server.queue.board import queue_board
from server.queue.common import load_hall
from server.queue.issue import issue_ticket
from server.queue.offline import reconcile
from server.queue.planner_statistics import planner_statistics
from server.queue.stats import queue_stats
from server.queue.views import read_window_state

# each server process keeps the planner's view of the day's queue fresh while it serves
_PLANNER_STATISTICS = while_serving(lambda ctx: ctx.config.queue_analyze_interval, planner_statistics)
router = APIRouter(prefix="/queue", tags=["queue"], lifespan=_PLANNER_STATISTICS)
WINDOW = Path(min_length=1, max_length=50, description="窗口名称（如“3号综合窗口”，URL编码）")
T = TypeVar("T")

_WINDOW, _KIOSK, _DISPLAY = TerminalKind.WINDOW, TerminalKind.KIOSK, TerminalKind.DISPLAY
_SERVES_A_WINDOW = frozenset({Role.CLERK, Role.HALL_MANAGER})
TAKE_A_NUMBER = declare(Access(kinds=frozenset({_KIOSK, _WINDOW})))
AT_THE_WINDOW = declare(Access(kinds=frozenset({_WINDOW}), roles=_SERVES_A_WINDOW, user_needed=True))
READ_THE_BOARD = declare(Access(kinds=frozenset({_DISPLAY, _KIOSK, _WINDOW})))
REPORT_OFFLINE = declare(Access(kinds=frozenset({_KIOSK, _WINDOW})))
READ_FIGURES = declare(
    Access(
        kinds=frozenset({_WINDOW, TerminalKind.BACKOFFICE}),
        roles=frozenset({Role.HALL_MANAGER, Role.ADMIN}),
        user_needed=True,
    )
)
# what each kind may report offline: a kiosk the numbers of its block, a window its paper tickets
_OFFLINE_KINDS = {_KIOSK: OfflineKind.ISSUED, _WINDOW: OfflineKind.SERVED}


@contextmanager
def _refusals() -> Iterator[None]:
    """The queue rules' refusals as HTTP: the domain says why, the API says how."""
    try:
        yield
    except TicketRuleError as exc:
        raise ApiError(409, exc.code, str(exc)) from None
    except BadTicketNumber as exc:
        raise bad_request(str(exc)) from None


async def _as_caller(request: Request, work: Callable[[ServerContext, Caller], T]) -> T:
    """Check the caller against the route's declared access and do the work in one worker
    thread: a call is on the critical path of a clerk's keystroke, and every extra hop between
    the event loop and the thread pool costs latency under load (sync dependencies would take
    one hop each)."""
    ctx = get_context(request)
    access: Access = request.state.access

    def run() -> T:
        with _refusals():
            return work(ctx, check_access(ctx, request, access))

    return await run_in_threadpool(run)


@router.post(
    "/tickets", summary="取号（现场、刷身份证、预约签到）", responses=errors(400, 401, 403, 404, 409)
)
async def take_ticket(body: TicketRequest, request: Request, _=Depends(TAKE_A_NUMBER)) -> TicketAnswer:
    return await _as_caller(request, lambda ctx, caller: issue_ticket(ctx, caller.terminal.hall_code, body))


@router.post(
    "/windows/{window}/actions",
    summary="窗口叫号操作（叫号、指定叫号、重呼、过号、转移、暂停、恢复、办结）",
    responses=errors(400, 401, 403, 404, 409),
)
async def window_action(
    body: WindowActionRequest, request: Request, window: str = WINDOW, _=Depends(AT_THE_WINDOW)
) -> WindowAnswer:
    def work(ctx: ServerContext, caller: Caller) -> WindowAnswer:
        # the clerk recorded is the user signed in on this window: a `clerk` the request names
        # (sent by workbenches before this rule) is ignored
        as_signed_in = body.model_copy(update={"clerk": caller.clerk})
        return act(ctx, caller.terminal.hall_code, window, as_signed_in)

    return await _as_caller(request, work)


def _window_state(ctx: ServerContext, caller: Caller, window: str) -> WindowQueueState:
    now = ctx.now()
    with ctx.transaction() as s:
        hall = load_hall(s, caller.terminal.hall_code)
        return read_window_state(s, hall, window, service_day(now), now)


@router.get("/windows/{window}", summary="窗口的叫号状态", responses=errors(401, 403, 404))
async def window_state(request: Request, window: str = WINDOW, _=Depends(AT_THE_WINDOW)) -> WindowQueueState:
    return await _as_caller(request, lambda ctx, caller: _window_state(ctx, caller, window))


def _board(ctx: ServerContext, caller: Caller) -> QueueBoard:
    now = ctx.now()
    with ctx.transaction() as s:
        return queue_board(s, load_hall(s, caller.terminal.hall_code), service_day(now), now)


@router.get(
    "/board", summary="大厅显示屏：最近呼叫、各类等候人数、窗口状态、公告", responses=errors(401, 403)
)
async def board(request: Request, _=Depends(READ_THE_BOARD)) -> QueueBoard:
    return await _as_caller(request, _board)


@router.post(
    "/offline", summary="离线取号与离线办理记录对账（按记录编号幂等）", responses=errors(401, 403, 404)
)
async def offline(body: OfflineBatch, request: Request, _=Depends(REPORT_OFFLINE)) -> OfflineAnswer:
    def work(ctx: ServerContext, caller: Caller) -> OfflineAnswer:
        kind = TerminalKind(caller.terminal.kind)
        if any(record.kind is not _OFFLINE_KINDS[kind] for record in body.records):
            what = "离线取号记录" if kind is _KIOSK else "按纸质号票办理的记录"
            raise forbidden(f"本终端只能上报{what}")
        return reconcile(ctx, caller.terminal.hall_code, body)

    return await _as_caller(request, work)


def _stats(ctx: ServerContext, caller: Caller, day: date | None) -> QueueStats:
    with ctx.transaction() as s:
        hall = load_hall(s, caller.terminal.hall_code)
        return queue_stats(s, hall, day or service_day(ctx.now()))


@router.get(
    "/stats", summary="某日的等候与办理时长（按号、窗口、工作人员、业务类别）", responses=errors(401, 403)
)
async def stats(
    request: Request,
    day: date | None = Query(default=None, description="服务日（缺省为今天）"),
    _=Depends(READ_FIGURES),
) -> QueueStats:
    return await _as_caller(request, lambda ctx, caller: _stats(ctx, caller, day))
