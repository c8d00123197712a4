"""Parsing and checking the Authorization header of a request."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

from fastapi import Depends, Request
from sqlalchemy import select

from app.sync.protocol import TERMINAL_AUTH_SCHEME, Role
from server.context import ServerContext, get_context
from server.errors import forbidden, unauthorised
from server.store.models import TerminalRow, UserRow, UserSessionRow


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _header(request: Request, scheme: str) -> str | None:
    value = request.headers.get("authorization", "")
    name, _, rest = value.partition(" ")
    return rest.strip() if name.lower() == scheme.lower() and rest.strip() else None


def terminal_from_credential(ctx: ServerContext, credential: str | None) -> TerminalRow:
    """`<terminal_id>:<secret>` → the enrolled, not revoked terminal, or 401."""
    if not credential or ":" not in credential:
        raise unauthorised("终端未登记或凭据缺失，请先用一次性登记码登记本终端")
    terminal_id, _, secret = credential.partition(":")
    with ctx.sessions() as s:
        row = s.get(TerminalRow, terminal_id[:36])
    if row is None or not hmac.compare_digest(row.secret_hash, sha256_hex(secret)):
        raise unauthorised("终端凭据无效，请重新登记本终端")
    if row.revoked:
        raise forbidden("本终端已被停用，请联系系统管理员")
    return row


def require_terminal(request: Request, ctx: ServerContext = Depends(get_context)) -> TerminalRow:
    return terminal_from_credential(ctx, _header(request, TERMINAL_AUTH_SCHEME))


def user_from_token(ctx: ServerContext, token: str | None) -> UserRow:
    if not token:
        raise unauthorised()
    now = ctx.now()  # one clock for the whole server (tests move it)
    with ctx.sessions() as s:
        found = s.execute(
            select(UserSessionRow, UserRow)
            .join(UserRow, UserRow.username == UserSessionRow.username)
            .where(UserSessionRow.token_hash == sha256_hex(token))
        ).first()
    if found is None:
        raise unauthorised()
    session_row, user = found
    if _aware(session_row.expires_at) <= now:
        raise unauthorised("登录已过期，请重新登录")
    if not user.active:
        raise forbidden("该账号已停用")
    return user


def require_user(*roles: Role):
    """A dependency: the signed-in user, who must hold one of `roles` (any role if none given)."""

    def dependency(request: Request, ctx: ServerContext = Depends(get_context)) -> UserRow:
        user = user_from_token(ctx, _header(request, "Bearer"))
        if roles and Role(user.role) not in roles:
            raise forbidden("当前账号的角色无权进行此操作")
        return user

    return dependency


def require_same_hall(user: UserRow, hall_code: str) -> None:
    """Admins act on every hall; everyone else only on their own."""
    if Role(user.role) is not Role.ADMIN and user.hall_code != hall_code:
        raise forbidden("无权操作其他大厅的数据")


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone-aware columns; they were stored as UTC
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def as_utc(moment: datetime) -> datetime:
    """A timestamp read back from the store, as an aware UTC datetime on either engine."""
    return _aware(moment)


def bearer_token(request: Request) -> str | None:
    """The user session token of `Authorization: Bearer <token>`, if any."""
    return _header(request, "Bearer")
