"""What a terminal caches from the server: the matter catalog, its hall's users and configuration."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from app.domain.calendar_years import dump_year
from app.sync.protocol import CatalogAnswer, HallConfig, TerminalKind, UsersAnswer
from server.api.answers import errors
from server.api.context import get_context
from server.auth.credentials import require_terminal
from server.auth.users import cached_users
from server.calendar_years import stored_years
from server.catalog_store import latest_catalog
from server.context import ServerContext
from server.errors import not_found
from server.halls import hall_config
from server.store.models import TerminalRow

router = APIRouter(tags=["catalog"])
# the catalog and the accounts are a staff machine's; every terminal of the hall may read its
# hall's setup (the kiosk shows the categories, the display the windows: nothing personal in it),
# but the online hall's gateway, which calls its 预约 routes only
staff_terminal = require_terminal(TerminalKind.WINDOW, TerminalKind.BACKOFFICE)
any_terminal = require_terminal(*(kind for kind in TerminalKind if kind is not TerminalKind.ONLINE))


def _etag(version: int) -> str:
    return f'"{version}"'


@router.get(
    "/catalog",
    summary="最新版事项清单（ETag为版本号；If-None-Match相同则304）",
    responses={**errors(401, 403, 404), 304: {"description": "终端已有最新版本"}},
)
def get_catalog(
    request: Request,
    _terminal: TerminalRow = Depends(staff_terminal),
    ctx: ServerContext = Depends(get_context),
) -> CatalogAnswer:
    with ctx.sessions() as s:
        row = latest_catalog(s)
        if row is None:
            raise not_found("服务器尚未发布事项清单，请联系系统管理员")
        version, catalog = row.version, row.catalog
    tag = _etag(version)
    seen = {t.strip() for t in request.headers.get("if-none-match", "").split(",")}
    if tag in seen or str(version) in seen:
        return Response(status_code=304, headers={"ETag": tag})  # type: ignore[return-value]
    body = CatalogAnswer(version=version, catalog=catalog)
    return JSONResponse(body.model_dump(mode="json"), headers={"ETag": tag})  # type: ignore[return-value]


@router.get(
    "/users",
    summary="可在本终端离线登录的本大厅账号（含argon2哈希；不含系统管理员）",
    responses=errors(401, 403),
)
def get_users(
    terminal: TerminalRow = Depends(staff_terminal), ctx: ServerContext = Depends(get_context)
) -> UsersAnswer:
    with ctx.sessions() as s:
        return UsersAnswer(users=cached_users(s, terminal.hall_code, TerminalKind(terminal.kind)))


@router.get("/hall", summary="本终端所在大厅的配置（窗口与业务类别）", responses=errors(401, 403))
def get_hall(
    terminal: TerminalRow = Depends(any_terminal), ctx: ServerContext = Depends(get_context)
) -> HallConfig:
    with ctx.sessions() as s:
        years = [dump_year(y) for _, y in sorted(stored_years(s).items())]
        return hall_config(s, terminal.hall_code).model_copy(update={"calendar_years": years})
