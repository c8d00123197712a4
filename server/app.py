"""The FastAPI application of one server process (stateless: many may share one database)."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.sync.protocol import API_PREFIX, PROTOCOL_VERSION
from server.api.answers import install_refusal_answers
from server.auth.audit import open_audit_key, start_chain
from server.auth.credentials import state_access
from server.body_limits import BodyLimits
from server.config import ServerConfig
from server.context import ServerContext
from server.errors import install_error_handlers
from server.hsts import StrictTransportSecurity
from server.request_text import RefuseControlCharacters
from server.sealing.setup import open_data_keys
from server.store.db import make_engine, make_sessions

# each module under server/api has a `router`; the order is the order in the OpenAPI spec
API_MODULES = (
    "health",
    "auth",
    "sync",
    "attachments",
    "catalog",
    "admin",
    "backoffice",
    "cases",
    "licences",
    "queue",
    "appointments",
    "events",
    "notices",
    "manager_calendar",
    "manager_appointments",
    "manager_live",
    "manager_followups",
    "manager_unresolved",
    "rating_reviews",
    "audit_log",
    "manager_staffing",
    "manager_statistics",
    "manager_assignments",
    "manager_platform",
    "manager_assisted",
)


def create_app(config: ServerConfig, migrate: bool = True) -> FastAPI:
    engine = make_engine(config.database_url)
    if migrate:
        from server.store.migrate import upgrade_to_head

        upgrade_to_head(engine)
    open_data_keys(engine, config.data_key_path)
    ctx = ServerContext(
        config=config,
        engine=engine,
        sessions=make_sessions(engine, open_audit_key(engine, config.audit_key_path)),
    )
    if migrate:
        with ctx.transaction() as session:
            start_chain(session, ctx.audit_key)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from server.notices.dispatch import Dispatcher
        from server.realtime import start_realtime

        stop = await start_realtime(ctx)
        notices = None
        if config.notice_interval > 0:
            notices = Dispatcher(ctx, config.sms_url, config.notice_interval).start()
        try:
            yield
        finally:
            if notices is not None:
                notices.stop()
            await stop()
            engine.dispose()

    app = FastAPI(
        title="OneWindow central server",
        version=f"{PROTOCOL_VERSION}",
        description="一窗通办中心服务：终端登记、登录、同步（推送/拉取/附件）、事项目录、后台办理、大厅实时事件",
        lifespan=lifespan,
        # the interactive docs and the spec can be turned off on a server facing the public
        docs_url="/docs" if config.docs else None,
        redoc_url="/redoc" if config.docs else None,
        openapi_url="/openapi.json" if config.docs else None,
    )
    app.state.ctx = ctx
    install_error_handlers(app)
    install_refusal_answers(app)
    # added last runs first: HSTS on every answer, even a refused body's
    app.add_middleware(BodyLimits, timeout_seconds=config.request_body_timeout)
    app.add_middleware(RefuseControlCharacters)
    app.add_middleware(StrictTransportSecurity)
    for name in API_MODULES:
        module = importlib.import_module(f"server.api.{name}")
        state_access(module.router)  # who may call each route, in the OpenAPI spec
        app.include_router(module.router, prefix=API_PREFIX)
    return app
