"""The server context a route works with, found on the request (a FastAPI dependency), and
the periodic work a router runs while the API serves (while_serving).

It lives here, not beside ServerContext in server/context.py, so the use cases that take a
ServerContext import nothing of HTTP (the contract in pyproject.toml holds them to that)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from server.context import ServerContext
from server.periodic import EveryFewSeconds


def get_context(request: Request) -> ServerContext:
    return request.app.state.ctx


def while_serving(
    interval_of: Callable[[ServerContext], float], make: Callable[[ServerContext, float], EveryFewSeconds]
):
    """A router's lifespan: `make(ctx, interval)` started with the API and stopped with it; an
    interval of 0 seconds (the process's configuration says so): not by this process."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ctx = app.state.ctx
        interval = interval_of(ctx)
        running = make(ctx, interval).start() if interval > 0 else None
        try:
            yield
        finally:
            if running is not None:
                running.stop()

    return lifespan
