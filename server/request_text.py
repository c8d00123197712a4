"""Refuse a request whose path or query string holds a control character, before any route.

A window's name, a case number, a user name or a cursor reach handlers through the URL as well
as through bodies (bodies are checked by the wire models' PlainText). A NUL there would reach
the database and come back as a server error whose statement names the value; here it is one
400 with a reason, for every route at once.
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote_to_bytes

# C0 controls and DEL, raw or percent-encoded (a URL is bytes before it is text)
_CONTROL = re.compile(rb"[\x00-\x1f\x7f]")
_REASON = "请求地址中含有不可见的控制字符，请检查后重试"


class RefuseControlCharacters:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket") and _has_control(scope):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 4400, "reason": "bad request"})
                return
            body = json.dumps({"detail": _REASON, "code": "bad_request"}, ensure_ascii=False).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def _has_control(scope) -> bool:
    raw_path = scope.get("raw_path") or scope.get("path", "").encode("utf-8", "surrogateescape")
    for part in (raw_path, scope.get("query_string", b"")):
        if _CONTROL.search(part) or _CONTROL.search(unquote_to_bytes(part)):
            return True
    return False
