"""预约's routes for the windows and the online hall (app/sync/appointment_protocol.py).

A window's clerk (or hall manager) signed in on it books at the window or by phone, and cancels
for the booker; the online hall's gateway (a terminal of kind ONLINE, enrolled with a one-time
code like any other, nobody signed in on it) books online and cancels; both read a day's slots.
The hall is always the caller terminal's. The gateway calls nothing else (server/auth/roles.py,
tests/server/test_terminal_kinds.py). Refusals are the use cases' (server/queue/booking.py):
409 with the rules' reason, 400 for a body that is no booking.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query, Request

from app.domain.appointments import Channel
from app.sync.appointment_protocol import (
    BOOK_PATH,
    CANCEL_PATH,
    ONLINE_BOOK_PATH,
    ONLINE_CANCEL_PATH,
    SLOTS_PATH,
    BookingAnswer,
    BookingRequest,
    CancelRequest,
    DaySlots,
)
from app.sync.protocol import Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import Access, Caller, check_access, with_access
from server.context import ServerContext
from server.queue.appointment_plans import hall_days, slots_of_day
from server.queue.appointments import cancel
from server.queue.booking import book
from server.queue.common import load_hall
from server.refusals import BadRequest

router = APIRouter(tags=["appointments"])

_WINDOW, _ONLINE = TerminalKind.WINDOW, TerminalKind.ONLINE
_SERVES_A_WINDOW = frozenset({Role.CLERK, Role.HALL_MANAGER})


def _caller(access: Access):
    """A dependency: the caller checked against `access` before the request's body and query
    are read (a stranger learns nothing of what a valid request would look like)."""

    def dependency(request: Request, ctx: ServerContext = Depends(get_context)) -> Caller:
        return check_access(ctx, request, access)

    return with_access(dependency, access)


AT_THE_WINDOW = _caller(Access(kinds=frozenset({_WINDOW}), roles=_SERVES_A_WINDOW, user_needed=True))
ONLINE_HALL = _caller(Access(kinds=frozenset({_ONLINE})))
# slot counts hold nothing personal: a window's clerk reads them, and the gateway for its users
READ_SLOTS = _caller(
    Access(
        kinds=frozenset({_WINDOW, _ONLINE}),
        roles=_SERVES_A_WINDOW,
        user_needed=True,
        alone=frozenset({_ONLINE}),
    )
)
REFUSALS = errors(400, 401, 403, 404, 409)


@router.get(SLOTS_PATH, summary="某业务类别某日的预约时段与已约人数、可预约的日期", responses=REFUSALS)
def day_slots(
    category: str = Query(min_length=1, max_length=20, description="业务类别编码"),
    day: date = Query(description="日期（大厅日期）"),
    caller: Caller = Depends(READ_SLOTS),
    ctx: ServerContext = Depends(get_context),
) -> DaySlots:
    hall_code = caller.terminal.hall_code
    with ctx.transaction() as s:
        code = load_hall(s, hall_code).category(category).code
        days = hall_days(s, hall_code, ctx.now(), ctx.extras.get("calendar"))
        return slots_of_day(s, hall_code, code, day, days)


@router.post(BOOK_PATH, summary="窗口登记预约（窗口预约或电话预约）", responses=REFUSALS)
def book_at_window(
    body: BookingRequest, caller: Caller = Depends(AT_THE_WINDOW), ctx: ServerContext = Depends(get_context)
) -> BookingAnswer:
    if body.channel == Channel.ONLINE:
        raise BadRequest("网上预约须由网上大厅提交；窗口登记请选择窗口预约或电话预约")
    return book(ctx, caller.terminal.hall_code, body, Channel(body.channel))


@router.post(CANCEL_PATH, summary="窗口为预约人取消预约（须核对预约人证件号码）", responses=REFUSALS)
def cancel_at_window(
    body: CancelRequest, caller: Caller = Depends(AT_THE_WINDOW), ctx: ServerContext = Depends(get_context)
) -> BookingAnswer:
    return cancel(ctx, caller.terminal.hall_code, body)


@router.post(ONLINE_BOOK_PATH, summary="网上大厅预约（爽约过多者暂停网上预约）", responses=REFUSALS)
def book_online(
    body: BookingRequest, caller: Caller = Depends(ONLINE_HALL), ctx: ServerContext = Depends(get_context)
) -> BookingAnswer:
    # the channel is the route's: whatever the body says, a booking through the gateway is online
    return book(ctx, caller.terminal.hall_code, body, Channel.ONLINE)


@router.post(ONLINE_CANCEL_PATH, summary="网上大厅取消预约（须核对预约人证件号码）", responses=REFUSALS)
def cancel_online(
    body: CancelRequest, caller: Caller = Depends(ONLINE_HALL), ctx: ServerContext = Depends(get_context)
) -> BookingAnswer:
    return cancel(ctx, caller.terminal.hall_code, body)
