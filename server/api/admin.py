"""The admin API: halls, their windows and categories, users, terminal enrolment, the catalog.

Admins act on every hall; a hall manager on their own hall's configuration, clerks and
terminals. Every change is audited and logged for the terminals that cache it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends, Query
from sqlalchemy import delete, select

from app.sync.protocol import HallConfig, Role, TerminalKind, UserInfo
from server.api.admin_models import (
    CodeRequest,
    HallCreate,
    HallSetup,
    IssuedCode,
    PublishedCatalog,
    TerminalInfo,
    UserSave,
)
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit
from server.auth.credentials import as_utc, require_same_hall, require_user
from server.auth.enrolment import issue_code
from server.auth.sign_in import user_info
from server.auth.users import save_user
from server.catalog_store import publish_catalog
from server.context import ServerContext
from server.errors import ApiError, not_found
from server.halls import hall_config, log_hall, set_hall_setup
from server.store.models import HallRow, TerminalRow, UserRow, UserSessionRow

router = APIRouter(prefix="/admin", tags=["admin"])
admin_only = require_user(Role.ADMIN)
manager = require_user(Role.ADMIN, Role.HALL_MANAGER)


@router.post("/halls", status_code=201, summary="新建大厅（系统管理员）", responses=errors(401, 403, 409))
def create_hall(
    body: HallCreate, actor: UserRow = Depends(admin_only), ctx: ServerContext = Depends(get_context)
) -> HallConfig:
    now = ctx.now()
    with ctx.transaction() as s:
        if s.get(HallRow, body.code) is not None:
            raise ApiError(409, "conflict", f"编码为{body.code}的大厅已存在")
        s.add(HallRow(code=body.code, name=body.name, address=body.address, phone=body.phone, created_at=now))
        s.flush()
        audit(s, now, "hall_created", username=actor.username, detail=f"{body.code} {body.name}")
        return log_hall(s, body.code)


@router.get("/halls/{hall_code}", summary="大厅配置", responses=errors(401, 403, 404))
def get_hall(
    hall_code: str, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> HallConfig:
    require_same_hall(actor, hall_code)
    with ctx.sessions() as s:
        return hall_config(s, hall_code)


@router.put(
    "/halls/{hall_code}/setup", summary="设置大厅的窗口与业务类别", responses=errors(400, 401, 403, 404)
)
def set_hall(
    hall_code: str,
    body: HallSetup,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> HallConfig:
    require_same_hall(actor, hall_code)
    now = ctx.now()
    with ctx.transaction() as s:
        config = set_hall_setup(
            s, hall_code, body.windows, body.categories, body.queue, body.notices, body.security
        )
        detail = f"{hall_code}：{len(body.windows)}个窗口，{len(body.categories)}个业务类别"
        audit(s, now, "hall_setup", username=actor.username, detail=detail)
        return config


@router.put(
    "/users/{username}", summary="新建或修改账号（含重置密码、停用）", responses=errors(400, 401, 403, 404)
)
def put_user(
    username: str,
    body: UserSave,
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> UserInfo:
    now = ctx.now()
    with ctx.transaction() as s:
        user, created = save_user(
            s,
            actor,
            username,
            display_name=body.display_name,
            role=body.role,
            hall_code=body.hall_code,
            window_name=body.window_name,
            password=body.password,
            active=body.active,
            now=now,
        )
        what = [
            f"角色{body.role.value}",
            f"大厅{user.hall_code or '全部'}",
            "启用" if body.active else "停用",
        ]
        if body.password is not None:
            what.append("设置密码")
        audit(
            s,
            now,
            "user_created" if created else "user_changed",
            username=actor.username,
            detail=f"{username}：{'，'.join(what)}",
        )
        return user_info(user)


@router.post(
    "/enrolment-codes",
    status_code=201,
    summary="签发终端一次性登记码（只显示一次；登记码决定终端类型：窗口、取号机、显示屏、后台）",
    responses=errors(400, 401, 403, 404),
)
def post_code(
    body: CodeRequest, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> IssuedCode:
    require_same_hall(actor, body.hall_code)
    now = ctx.now()
    with ctx.transaction() as s:
        code, expires = issue_code(
            s,
            body.hall_code,
            body.terminal_code,
            actor.username,
            now,
            ctx.config.enrolment_code_ttl,
            kind=body.kind,
        )
        audit(
            s,
            now,
            "code_issued",
            username=actor.username,
            detail=f"大厅{body.hall_code} 终端{body.terminal_code}（{body.kind.value}）",
        )
    return IssuedCode(
        code=code,
        hall_code=body.hall_code,
        terminal_code=body.terminal_code,
        kind=body.kind,
        expires_at=expires,
    )


def terminal_info(t: TerminalRow) -> TerminalInfo:
    return TerminalInfo(
        id=t.id,
        hall_code=t.hall_code,
        name=t.name,
        code=t.code,
        enrolled_at=as_utc(t.enrolled_at),
        last_seen_at=as_utc(t.last_seen_at) if t.last_seen_at else None,
        last_applied_seq=t.last_applied_seq,
        revoked=t.revoked,
        kind=TerminalKind(t.kind),
    )


@router.get("/terminals", summary="大厅的终端", responses=errors(401, 403))
def list_terminals(
    hall_code: str = Query(min_length=1, max_length=12),
    actor: UserRow = Depends(manager),
    ctx: ServerContext = Depends(get_context),
) -> list[TerminalInfo]:
    require_same_hall(actor, hall_code)
    with ctx.sessions() as s:
        rows = s.scalars(
            select(TerminalRow).where(TerminalRow.hall_code == hall_code).order_by(TerminalRow.code)
        )
        return [terminal_info(t) for t in rows]


@router.post(
    "/terminals/{terminal_id}/revoke",
    summary="停用终端（其凭据与会话立即失效）",
    responses=errors(401, 403, 404),
)
def revoke_terminal(
    terminal_id: str, actor: UserRow = Depends(manager), ctx: ServerContext = Depends(get_context)
) -> TerminalInfo:
    now = ctx.now()
    with ctx.transaction() as s:
        terminal = s.get(TerminalRow, terminal_id[:36], with_for_update=True)
        if terminal is None:
            raise not_found("没有这个终端")
        require_same_hall(actor, terminal.hall_code)
        terminal.revoked = True
        s.execute(delete(UserSessionRow).where(UserSessionRow.terminal_id == terminal.id))
        audit(
            s,
            now,
            "terminal_revoked",
            username=actor.username,
            terminal_id=terminal.id,
            detail=f"大厅{terminal.hall_code} 终端{terminal.code}",
        )
        return terminal_info(terminal)


@router.post(
    "/catalog", status_code=201, summary="发布新版本事项清单（系统管理员）", responses=errors(400, 401, 403)
)
def post_catalog(
    catalog: dict[str, Any] = Body(description="事项清单JSON（与窗口端相同格式，含matter_types）"),
    actor: UserRow = Depends(admin_only),
    ctx: ServerContext = Depends(get_context),
) -> PublishedCatalog:
    now = ctx.now()
    with ctx.transaction() as s:
        version = publish_catalog(s, catalog, actor.username, now)
        audit(s, now, "catalog_published", username=actor.username, detail=f"版本{version}")
    return PublishedCatalog(version=version)
