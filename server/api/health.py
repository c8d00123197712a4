"""GET /v1/health: is this process up and can it reach its database (for load balancers)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.sync.protocol import PROTOCOL_VERSION
from server.api.context import get_context
from server.context import ServerContext

router = APIRouter(tags=["health"])


@router.get("/health", summary="进程与数据库是否可用")
def health(ctx: ServerContext = Depends(get_context)) -> JSONResponse:
    try:
        with ctx.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        body = {"status": "unavailable", "database": type(exc).__name__, "protocol": PROTOCOL_VERSION}
        return JSONResponse(body, 503)
    return JSONResponse({"status": "ok", "database": ctx.engine.dialect.name, "protocol": PROTOCOL_VERSION})
