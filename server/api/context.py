"""The server context a route works with, found on the request (a FastAPI dependency).

It lives here, not beside ServerContext in server/context.py, so the use cases that take a
ServerContext import nothing of HTTP (the contract in pyproject.toml holds them to that)."""

from __future__ import annotations

from fastapi import Request

from server.context import ServerContext


def get_context(request: Request) -> ServerContext:
    return request.app.state.ctx
