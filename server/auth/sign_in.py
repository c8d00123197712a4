"""Signing a user in on a terminal, and out again.

A clerk or hall manager signs in only on a terminal of their own hall; admins and back-office
accounts anywhere. Unknown user names are verified against a dummy hash, so they take as long
as a wrong password. Failures and lock-outs are written even though the request fails. An
attempt is counted before its password is checked, and checks are bounded per process
(server/auth/throttle.py).
"""

from __future__ import annotations

import base64
import secrets

from sqlalchemy import delete

from app.sync.protocol import LoginAnswer, LoginRequest, Role, TerminalKind, UserInfo
from server.auth import throttle
from server.auth.audit import audit
from server.auth.passwords import verify_password
from server.auth.roles import KIND_NAMES, SIGN_IN_ROLES
from server.auth.tokens import sha256_hex
from server.context import ServerContext
from server.refusals import Forbidden, NotAuthenticated, Refused
from server.store.models import TerminalRow, UserRow, UserSessionRow

_HALL_BOUND_ROLES = (Role.CLERK, Role.HALL_MANAGER, Role.AUDITOR)
SIGNED_OUT = "未登录或登录已过期，请重新登录"  # a session that is not (or no longer) there


def user_info(user: UserRow) -> UserInfo:
    return UserInfo(
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        hall_code=user.hall_code or "",
        window_name=user.window_name or "",
    )


def sign_in(ctx: ServerContext, terminal: TerminalRow, request: LoginRequest) -> LoginAnswer:
    now = ctx.now()
    username = request.username.strip()
    keys = throttle.attempt_keys(terminal.id, terminal.hall_code, username)
    with throttle.password_check(ctx.config):  # Busy at once while the process is busy checking
        with ctx.transaction() as s:
            # the attempt is counted (or refused) before its password is checked: see throttle
            lock = throttle.reserve(s, keys, now, ctx.config)
            found = s.get(UserRow, username)
            stored_hash = found.password_hash if found else None
        # checked outside any transaction: no row lock is held while argon2 runs
        ok, new_hash = (False, None) if lock is not None else verify_password(stored_hash, request.password)
    refusal: Refused | None = None
    answer: LoginAnswer | None = None
    with ctx.transaction() as s:
        user = s.get(UserRow, username) if lock is None else None
        if lock is not None:
            refusal = throttle.throttled(lock, now)
            outcome, note = "refused", "登录失败次数过多，已锁定"
        else:
            if not ok or user is None:  # the attempt stays counted
                refusal = NotAuthenticated("用户名或密码不正确")
                outcome, note = "failed", "用户名或密码不正确"
            elif not user.active:
                refusal, outcome, note = Forbidden("该账号已停用，请联系大厅管理员"), "refused", "账号已停用"
            elif Role(user.role) not in SIGN_IN_ROLES[TerminalKind(terminal.kind)]:
                kind = KIND_NAMES[TerminalKind(terminal.kind)]
                refusal = Forbidden(f"该账号的角色不能在{kind}上登录")
                outcome, note = "refused", f"角色{user.role}不能在{kind}登录"
            elif Role(user.role) in _HALL_BOUND_ROLES and user.hall_code != terminal.hall_code:
                refusal = Forbidden("该账号不属于本终端所在的大厅，不能在本终端登录")
                outcome, note = "refused", f"账号属于大厅{user.hall_code}"
            else:
                if new_hash:  # the hashing parameters were raised since this hash was made
                    user.password_hash = new_hash
                answer = _open_session(s, user, terminal, now, ctx)
                throttle.clear(s, keys)
                outcome, note = "ok", ""
        audit(s, now, "sign_in", outcome, username=username, terminal_id=terminal.id, detail=note)
    if refusal is not None:
        raise refusal
    assert answer is not None
    return answer


def _open_session(s, user: UserRow, terminal: TerminalRow, now, ctx: ServerContext) -> LoginAnswer:
    # a user's expired sessions are swept as they sign in again, so the table does not grow
    s.execute(
        delete(UserSessionRow).where(
            UserSessionRow.username == user.username, UserSessionRow.expires_at <= now
        )
    )
    token = secrets.token_urlsafe(32)
    expires = now + ctx.config.session_ttl
    s.add(
        UserSessionRow(
            token_hash=sha256_hex(token),
            username=user.username,
            terminal_id=terminal.id,
            created_at=now,
            expires_at=expires,
        )
    )
    must_change = bool(user.must_change_password)
    return LoginAnswer(
        token=token,
        expires_at=expires,
        user=user_info(user),
        must_change_password=must_change,
        window_key="" if must_change else window_key(s, terminal.id),
    )


def window_key(s, terminal_id: str) -> str:
    """The window PC's store key, made the first time a clerk signs in on it (a terminal
    enrolled before keys existed gets one then too). Only a window keeps citizens' records; a
    password someone else set releases nothing (it is changed first, then signed in again)."""
    terminal = s.get(TerminalRow, terminal_id)  # this transaction's row: a new key is written
    if terminal is None or TerminalKind(terminal.kind) is not TerminalKind.WINDOW:
        return ""
    if not terminal.window_key:
        terminal.window_key = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    return terminal.window_key


def sign_out(ctx: ServerContext, token: str) -> None:
    now = ctx.now()
    with ctx.transaction() as s:
        row = s.get(UserSessionRow, sha256_hex(token))
        if row is None:
            raise NotAuthenticated(SIGNED_OUT)
        audit(s, now, "sign_out", username=row.username, terminal_id=row.terminal_id or "")
        s.delete(row)
