"""WS /v1/halls/{hall_code}/events: the hall's event stream (EventPoke messages).

Kinds: "hello" on connecting (refetch everything), "change" after changes a terminal pulls
(coalesced over COALESCE_SECONDS), "queue" after a queue change (sent at once: a display
refetches /queue/board and shows a call without delay).

The caller authenticates in the Authorization header of the handshake, as on the HTTP API: a
terminal with ``Terminal <terminal_id>:<secret>``, a hall manager or admin with ``Bearer
<token>``. A credential in the query string (terminal_id, secret, token: how clients before
issue 11 did it) is refused whatever it holds, so a secret never lands in an access log or a
proxy's log. Refusals close the socket with 4401 (who are you) or 4403 (not your hall) and a
Chinese reason. Dead connections are dropped by the WebSocket pings of the server (uvicorn's
ws_ping_interval/ws_ping_timeout) and by a send that does not finish in SEND_TIMEOUT_SECONDS.
"""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from app.sync.protocol import TERMINAL_AUTH_SCHEME, EventPoke, TerminalKind
from server.auth.credentials import require_same_hall, terminal_from_credential, user_from_token
from server.context import ServerContext
from server.errors import ApiError
from server.realtime import COALESCE_SECONDS, Hub

router = APIRouter(tags=["events"])
SEND_TIMEOUT_SECONDS = 10.0


CREDENTIALS_IN_QUERY = ("terminal_id", "secret", "token")


def _authorise(ctx: ServerContext, ws: WebSocket, hall_code: str) -> None:
    if any(name in ws.query_params for name in CREDENTIALS_IN_QUERY):
        raise ApiError(401, "unauthorised", "凭据不能放在网址中，请升级客户端（改用Authorization请求头）")
    scheme, _, credential = ws.headers.get("authorization", "").partition(" ")
    if scheme.lower() == TERMINAL_AUTH_SCHEME.lower():
        terminal = terminal_from_credential(ctx, credential.strip())
        if terminal.hall_code != hall_code:
            raise ApiError(403, "forbidden", "本终端不属于该大厅")
        if TerminalKind(terminal.kind) is TerminalKind.ONLINE:  # the gateway books; it shows no hall
            raise ApiError(403, "forbidden", "网上大厅不能订阅大厅事件")
        return
    user = user_from_token(ctx, credential.strip() if scheme.lower() == "bearer" else None)
    require_same_hall(user, hall_code)


def _poke(hall_code: str, kind: str, ctx: ServerContext) -> str:
    return EventPoke(hall_code=hall_code, kind=kind, at=ctx.now()).model_dump_json()


@router.websocket("/halls/{hall_code}/events")
async def hall_events(ws: WebSocket, hall_code: str) -> None:
    ctx: ServerContext = ws.app.state.ctx
    hub: Hub | None = ctx.events
    await ws.accept()
    try:
        await run_in_threadpool(_authorise, ctx, ws, hall_code)
    except ApiError as refusal:
        code = 4401 if refusal.status == 401 else 4403
        await ws.close(code=code, reason=_short(refusal.detail))
        return
    if hub is None:  # the process is stopping
        await ws.close(code=1012, reason="service restart")
        return
    sub = hub.subscribe(hall_code)
    try:
        await ws.send_text(_poke(hall_code, "hello", ctx))
        sender = asyncio.create_task(_send_pokes(ws, sub, hall_code, ctx))
        receiver = asyncio.create_task(_drain(ws))
        done, pending = await asyncio.wait({sender, receiver}, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in (*done, *pending):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task  # collect its end, so no "exception never retrieved" is logged
    except (WebSocketDisconnect, RuntimeError, TimeoutError):
        pass  # the client went away
    finally:
        hub.unsubscribe(sub)


async def _send_pokes(ws: WebSocket, sub, hall_code: str, ctx: ServerContext) -> None:
    """A queue change is sent at once (a display shows the call now); a change waits
    COALESCE_SECONDS so that a burst of commits settles into one poke."""
    loop = asyncio.get_running_loop()
    change_due: float | None = None
    while True:
        if change_due is None:
            await sub.wake.wait()
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(sub.wake.wait(), max(0.0, change_due - loop.time()))
        sub.wake.clear()
        if sub.queue.is_set():
            sub.queue.clear()
            await asyncio.wait_for(ws.send_text(_poke(hall_code, "queue", ctx)), SEND_TIMEOUT_SECONDS)
        if sub.dirty.is_set() and change_due is None:
            change_due = loop.time() + COALESCE_SECONDS
        if change_due is not None and loop.time() >= change_due:
            change_due = None
            sub.dirty.clear()
            await asyncio.wait_for(ws.send_text(_poke(hall_code, "change", ctx)), SEND_TIMEOUT_SECONDS)


async def _drain(ws: WebSocket) -> None:
    """Read (and ignore) what the client sends, to notice when it closes."""
    while True:
        message = await ws.receive()
        if message["type"] == "websocket.disconnect":
            return


def _short(text: str) -> str:
    # a close reason may hold at most 123 bytes of UTF-8
    while len(text.encode()) > 123:
        text = text[:-1]
    return text
