"""The hall queue (terminal auth): take a number, window actions, the board, offline records,
figures and appointments. See app/sync/queue_protocol.py for the wire models and rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from app.domain.tickets import BadTicketNumber, TicketRuleError, service_day
from app.sync.queue_protocol import (
    AppointmentAnswer,
    AppointmentRequest,
    OfflineAnswer,
    OfflineBatch,
    QueueBoard,
    QueueStats,
    TicketAnswer,
    TicketRequest,
    WindowActionRequest,
    WindowAnswer,
    WindowQueueState,
)
from server.api.answers import errors
from server.auth.credentials import require_terminal
from server.context import ServerContext, get_context
from server.errors import ApiError, bad_request
from server.queue.actions import act
from server.queue.appointments import book
from server.queue.board import queue_board
from server.queue.common import load_hall
from server.queue.issue import issue_ticket
from server.queue.offline import reconcile
from server.queue.stats import queue_stats
from server.queue.views import read_window_state
from server.store.models import TerminalRow

router = APIRouter(prefix="/queue", tags=["queue"])
WINDOW = Path(min_length=1, max_length=50, description="窗口名称（如“3号综合窗口”，URL编码）")
T = TypeVar("T")


@contextmanager
def _refusals() -> Iterator[None]:
    """The queue rules' refusals as HTTP: the domain says why, the API says how."""
    try:
        yield
    except TicketRuleError as exc:
        raise ApiError(409, exc.code, str(exc)) from None
    except BadTicketNumber as exc:
        raise bad_request(str(exc)) from None


async def _as_terminal(request: Request, work: Callable[[ServerContext, TerminalRow], T]) -> T:
    """Check the terminal credential and do the work in one worker thread: a call is on the
    critical path of a clerk's keystroke, and every extra hop between the event loop and the
    thread pool costs latency under load (sync dependencies would take one hop each)."""
    ctx = get_context(request)

    def run() -> T:
        with _refusals():
            return work(ctx, require_terminal(request, ctx))

    return await run_in_threadpool(run)


@router.post(
    "/tickets", summary="取号（现场、刷身份证、预约签到）", responses=errors(400, 401, 403, 404, 409)
)
async def take_ticket(body: TicketRequest, request: Request) -> TicketAnswer:
    return await _as_terminal(request, lambda ctx, terminal: issue_ticket(ctx, terminal.hall_code, body))


@router.post(
    "/windows/{window}/actions",
    summary="窗口叫号操作（叫号、指定叫号、重呼、过号、转移、暂停、恢复、办结）",
    responses=errors(400, 401, 403, 404, 409),
)
async def window_action(body: WindowActionRequest, request: Request, window: str = WINDOW) -> WindowAnswer:
    return await _as_terminal(request, lambda ctx, terminal: act(ctx, terminal.hall_code, window, body))


def _window_state(ctx: ServerContext, terminal: TerminalRow, window: str) -> WindowQueueState:
    now = ctx.now()
    with ctx.transaction() as s:
        hall = load_hall(s, terminal.hall_code)
        return read_window_state(s, hall, window, service_day(now), now)


@router.get("/windows/{window}", summary="窗口的叫号状态", responses=errors(401, 403, 404))
async def window_state(request: Request, window: str = WINDOW) -> WindowQueueState:
    return await _as_terminal(request, lambda ctx, terminal: _window_state(ctx, terminal, window))


def _board(ctx: ServerContext, terminal: TerminalRow) -> QueueBoard:
    now = ctx.now()
    with ctx.transaction() as s:
        return queue_board(s, load_hall(s, terminal.hall_code), service_day(now), now)


@router.get(
    "/board", summary="大厅显示屏：最近呼叫、各类等候人数、窗口状态、公告", responses=errors(401, 403)
)
async def board(request: Request) -> QueueBoard:
    return await _as_terminal(request, _board)


@router.post(
    "/offline", summary="离线取号与离线办理记录对账（按记录编号幂等）", responses=errors(401, 403, 404)
)
async def offline(body: OfflineBatch, request: Request) -> OfflineAnswer:
    return await _as_terminal(request, lambda ctx, terminal: reconcile(ctx, terminal.hall_code, body))


def _stats(ctx: ServerContext, terminal: TerminalRow, day: date | None) -> QueueStats:
    with ctx.transaction() as s:
        hall = load_hall(s, terminal.hall_code)
        return queue_stats(s, hall, day or service_day(ctx.now()))


@router.get(
    "/stats", summary="某日的等候与办理时长（按号、窗口、工作人员、业务类别）", responses=errors(401, 403)
)
async def stats(
    request: Request, day: date | None = Query(default=None, description="服务日（缺省为今天）")
) -> QueueStats:
    return await _as_terminal(request, lambda ctx, terminal: _stats(ctx, terminal, day))


def _book(ctx: ServerContext, terminal: TerminalRow, body: AppointmentRequest) -> AppointmentAnswer:
    with ctx.transaction() as s:
        return book(s, terminal.hall_code, body, ctx.now())


@router.post("/appointments", summary="登记预约", responses=errors(400, 401, 403, 404, 409))
async def appointment(body: AppointmentRequest, request: Request) -> AppointmentAnswer:
    return await _as_terminal(request, lambda ctx, terminal: _book(ctx, terminal, body))
