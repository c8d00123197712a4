"""Request bodies are bounded before anything parses them: per-route size, and a time to arrive.

An ASGI middleware, outermost but for the error handlers. A request that declares a
Content-Length over its route's limit is answered 413 at once, without reading a byte of the
body. A body without a length (chunked) is counted as it streams in and stopped with 413 once it
passes the limit, so the process never holds more than the limit plus one received chunk. The
whole body must arrive within `ServerConfig.request_body_timeout` seconds of the request's
headers, or the answer is 408: a body sent a byte at a time cannot hold a connection for
minutes. Both refusals close the connection (the rest of the body is never read).

The limits are per route: a terminal's everyday requests are small JSON; a push carries up to
MAX_PUSH_BATCH mutations, which the client cuts to MAX_PUSH_BYTES; an attachment chunk is raw
bytes up to MAX_CHUNK_BYTES; a catalog publish carries the whole catalog.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from app.sync.protocol import API_PREFIX, MAX_CHUNK_BYTES, MAX_PUSH_BYTES
from app.sync.queue_protocol import MAX_OFFLINE_BATCH

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KIB = 1024
SMALL_BODY = 16 * KIB  # enrolment, sign-in, tickets, window actions, accounts, attachment offers
# a published catalog: a district's whole list is ~8,000 matters, 6.8 MB as bench/gen_catalog.py
# makes them (real guides carry longer texts); the sample is ~80 KiB. An admin publishes it
# rarely, so the bound is generous rather than tight
MAX_CATALOG_BYTES = 32 * 1024 * KIB

# (method, path under /v1 as a regular expression, limit in bytes); the first match wins
ROUTE_LIMITS: tuple[tuple[str, str, int], ...] = (
    ("POST", r"/sync/push", MAX_PUSH_BYTES),
    # a chunk is raw bytes: MAX_CHUNK_BYTES, and a little slack for a client that rounds up
    ("PUT", r"/attachments/[^/]+", MAX_CHUNK_BYTES + 16 * KIB),
    ("POST", r"/admin/catalog", MAX_CATALOG_BYTES),
    # up to MAX_OFFLINE_BATCH paper tickets, each well under 1 KiB of JSON
    ("POST", r"/queue/offline", MAX_OFFLINE_BATCH * KIB),
    # up to 200 windows and 100 categories with their names and notices
    ("PUT", r"/admin/halls/[^/]+/setup", 512 * KIB),
    # a back-office step carries its note and detail
    ("POST", r"/backoffice/cases/[^/]+/events", 64 * KIB),
    # a hall's hours with up to 100 closures, each with a reason of up to 100 characters
    ("PUT", r"/manager/calendar/hours", 64 * KIB),
)
_COMPILED = tuple((m, re.compile(re.escape(API_PREFIX) + p + "/?"), n) for m, p, n in ROUTE_LIMITS)

TOO_LARGE_TEXT = "请求内容过大，超过该接口允许的{limit}字节"
TOO_SLOW_TEXT = "请求内容在{seconds:g}秒内未传完，连接已关闭，请检查网络后重试"


def body_limit(method: str, path: str) -> int:
    """The largest body, in bytes, that `method path` accepts."""
    for m, pattern, limit in _COMPILED:
        if m == method and pattern.fullmatch(path):
            return limit
    return SMALL_BODY


class BodyRefused(HTTPException):
    """Raised from the request's receive: the error handlers turn it into the JSON answer
    (FastAPI lets an HTTPException out of its body parsing as it is)."""


class BodyLimits:
    def __init__(self, app: ASGIApp, timeout_seconds: float) -> None:
        self.app = app
        self.timeout = timeout_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["method"], scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _answer(send, 413, "too_large", TOO_LARGE_TEXT.format(limit=limit))
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        received = 0
        body_done = False
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, body_done, refused
            if body_done or refused:
                return await receive()  # after the body: a disconnect, waited for as long as it takes
            try:
                # a deadline on this task, not wait_for's task per message: an upload's body is
                # dozens of messages
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                refused = True
                raise BodyRefused(408, TOO_SLOW_TEXT.format(seconds=self.timeout)) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    raise BodyRefused(413, TOO_LARGE_TEXT.format(limit=limit))
                body_done = not message.get("more_body", False)
            return message

        async def closing_send(message: Message) -> None:
            # the rest of a refused body is never read: the connection cannot carry another request
            if refused and message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"connection"]
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        await self.app(scope, limited_receive, closing_send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the HTTP parser refuses a malformed length before we see it
    return None


async def _answer(send: Send, status: int, code: str, detail: str) -> None:
    body = json.dumps({"detail": detail, "code": code}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
