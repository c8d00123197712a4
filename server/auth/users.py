"""User accounts: created and changed by admins (and hall managers, for their hall's clerks).

Every change is logged (ChangeKind.USERS) for the halls whose terminals cache the account, so a
terminal learns a new password or a deactivation on its next pull (it fetches GET /users again,
which is the whole truth: an account no longer listed cannot sign in there offline). A terminal
caches only the accounts that may sign in on it offline (credentials.OFFLINE_ROLES): the active
clerks and hall managers of its hall on a window, none on a kiosk or display; never an admin's
(admins sign in online only). Deactivating an account or resetting its password ends its open
sessions. An account whose password was set by another's hand (a new one, a reset) must have
a new one chosen by its holder before its session can do anything else (change_own_password).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.sync.protocol import CachedUser, ChangeKind, PasswordChange, Role, TerminalKind
from server.auth import throttle
from server.auth.audit import audit
from server.auth.passwords import hash_password, password_problem, verify_password
from server.auth.roles import OFFLINE_ROLES
from server.auth.sign_in import user_info
from server.context import ServerContext
from server.refusals import BadRequest, Forbidden, NotAuthenticated, NotFound
from server.store.db import as_utc
from server.store.models import HallRow, UserRow, UserSessionRow
from server.sync.change_log import record_change

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
ALL_HALLS = "*"


def save_user(
    session: Session,
    actor: UserRow,
    username: str,
    *,
    display_name: str,
    role: Role,
    hall_code: str | None,
    window_name: str,
    password: str | None,
    active: bool,
    now: datetime,
) -> tuple[UserRow, bool]:
    """Create or change the account `username` as `actor` may; (the row, whether it is new)."""
    if not USERNAME_PATTERN.match(username):
        raise BadRequest("用户名只能由字母、数字、下划线、点和连字符组成，最长64个字符")
    hall_code = None if role is Role.ADMIN else (hall_code or None)
    if role is not Role.ADMIN and hall_code is None:
        raise BadRequest("除系统管理员外，每个账号都须属于一个大厅")
    if hall_code is not None and session.get(HallRow, hall_code) is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    user = session.get(UserRow, username, with_for_update=True)
    _check_actor(actor, user, role, hall_code)
    if user is not None and user.username == actor.username and (not active or role != Role(actor.role)):
        raise BadRequest("不能停用自己的账号或更改自己的角色")
    if password is not None and (problem := password_problem(password, username)):
        raise BadRequest(problem)
    created = user is None
    if created:
        if password is None:
            raise BadRequest("新建账号须设置初始密码")
        user = UserRow(username=username, password_hash="", updated_at=now)
        session.add(user)
    halls_told = {_cache_hall(user.role, user.hall_code)} if not created else set()
    ends_sessions = not created and (password is not None or not active or user.hall_code != hall_code)
    user.display_name, user.role, user.hall_code = display_name, role.value, hall_code
    user.window_name, user.active, user.updated_at = window_name, active, now
    if password is not None:
        user.password_hash = hash_password(password)
        # set by someone else's hand: its holder chooses their own at the next sign-in
        user.must_change_password = username != actor.username
    session.flush()
    if ends_sessions:
        session.execute(delete(UserSessionRow).where(UserSessionRow.username == username))
    for hall in sorted(halls_told | {_cache_hall(role.value, hall_code)}):
        record_change(session, hall, ChangeKind.USERS, username, {})
    return user, created


def _check_actor(actor: UserRow, user: UserRow | None, role: Role, hall_code: str | None) -> None:
    if Role(actor.role) is Role.ADMIN:
        return
    if Role(actor.role) is not Role.HALL_MANAGER:
        raise Forbidden("当前账号的角色无权管理用户")
    # a hall manager looks after the clerks of their own hall, and nothing else
    if role is not Role.CLERK or hall_code != actor.hall_code:
        raise Forbidden("大厅管理员只能管理本大厅的窗口工作人员账号")
    if user is not None and (Role(user.role) is not Role.CLERK or user.hall_code != actor.hall_code):
        raise Forbidden("大厅管理员只能管理本大厅的窗口工作人员账号")


def _cache_hall(role: str, hall_code: str | None) -> str:
    return ALL_HALLS if Role(role) is Role.ADMIN or hall_code is None else hall_code


def cached_users(session: Session, hall_code: str, kind: TerminalKind) -> list[CachedUser]:
    """The accounts a terminal of `kind` in `hall_code` keeps for offline sign-in: the active
    ones of its hall whose role may sign in there (a deactivated one drops out of the list, and
    the terminal forgets it)."""
    roles = sorted(r.value for r in OFFLINE_ROLES[TerminalKind(kind)])
    if not roles:
        return []
    rows = session.scalars(
        select(UserRow)
        .where(UserRow.hall_code == hall_code, UserRow.role.in_(roles), UserRow.active.is_(True))
        .order_by(UserRow.username)
    ).all()
    return [
        CachedUser(
            user=user_info(u),
            password_hash=u.password_hash,
            active=u.active,
            updated_at=as_utc(u.updated_at),
            must_change_password=bool(u.must_change_password),
        )
        for u in rows
    ]


def change_own_password(
    ctx: ServerContext, user: UserRow, token_hash: str, change: PasswordChange
) -> UserRow:
    """The signed-in user chooses their own password (at once, when theirs was set by someone
    else). The current one is asked again and counted like a sign-in attempt, so a session left
    open cannot be used to guess it; the user's other sessions end; the terminals learn the new
    hash on their next pull."""
    now = ctx.now()
    keys = [throttle.user_key(user.hall_code or ALL_HALLS, user.username)]
    with throttle.password_check(ctx.config):
        with ctx.transaction() as s:
            lock = throttle.reserve(s, keys, now, ctx.config)
            stored = s.get(UserRow, user.username)
            stored_hash = stored.password_hash if stored else None
        ok = lock is None and verify_password(stored_hash, change.current_password)[0]
    if lock is not None or not ok:
        with ctx.transaction() as s:  # the refusal is audited (and the attempt stays counted)
            why = "尝试过多，已锁定" if lock is not None else "原密码不正确"
            audit(s, now, "password_changed", "failed", username=user.username, detail=why)
        raise throttle.throttled(lock, now) if lock is not None else NotAuthenticated("原密码不正确")
    with ctx.transaction() as s:
        throttle.clear(s, keys)  # the current password was right: a weak new one is no guess
    if problem := password_problem(change.new_password, user.username):
        raise BadRequest(problem)
    if change.new_password == change.current_password:
        raise BadRequest("新密码不能与原密码相同")
    new_hash = hash_password(change.new_password)  # argon2 outside the transaction's row lock
    with ctx.transaction() as s:
        row = s.get(UserRow, user.username, with_for_update=True)
        row.password_hash = new_hash
        row.must_change_password = False
        row.updated_at = now
        # every other session of theirs ends: whoever knew the old password is out
        s.execute(
            delete(UserSessionRow).where(
                UserSessionRow.username == user.username, UserSessionRow.token_hash != token_hash
            )
        )
        record_change(s, _cache_hall(row.role, row.hall_code), ChangeKind.USERS, row.username, {})
        audit(s, now, "password_changed", username=user.username)
        s.flush()
        return row
