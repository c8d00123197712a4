"""Strict-Transport-Security on every answer served over TLS.

A terminal that once reached the server over HTTPS keeps to HTTPS for a year even if someone on
the hall's network offers it a plain-HTTP lookalike. The header is only meaningful (and only
sent) over TLS: uvicorn sets the scope's scheme to https/wss when it serves with --ssl-certfile
(or, behind a trusted proxy, from X-Forwarded-Proto).
"""

from __future__ import annotations

from server.body_limits import ASGIApp, Message, Receive, Scope, Send

HSTS_HEADER = (b"strict-transport-security", b"max-age=31536000")


class StrictTransportSecurity:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("scheme") != "https":
            await self.app(scope, receive, send)
            return

        async def send_with_hsts(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), HSTS_HEADER]}
            await send(message)

        await self.app(scope, receive, send_with_hsts)
