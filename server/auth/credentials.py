"""Who is calling: the terminal's credential, the signed-in user's session, and what each route
lets them do.

Every route states, with one of the dependency factories below, which terminal kinds and which
signed-in roles may call it (the table is in tests/server/test_terminal_kinds.py, which checks that
no route of the spec goes without one):

- ``require_terminal(*kinds)``: an enrolled terminal of one of `kinds` (no user needed: the
  terminal's own work, e.g. a window's sync, a kiosk's ticket, a display's board);
- ``require_terminal_user(kinds, roles)``: such a terminal *and* a user signed in on that same
  terminal (their session was opened by it) whose role is one of `roles` — for what reads or
  changes a citizen's record on demand, and for what is recorded as done by a person;
- ``require_user(*roles)``: a signed-in user alone (the admin and back-office APIs).

A terminal sends its credential in ``X-OneWindow-Terminal`` (beside a user's ``Authorization:
Bearer``) or, alone, as ``Authorization: Terminal <id>:<secret>``. Refusals are 401 (who are
you: code ``unauthorised``, or ``sign_in_required`` when the user is missing) or 403 with a
Chinese reason, and never carry data. These checks are the API's edge — they read the request's
headers and state each route's access in the spec — so they answer in HTTP terms (ApiError),
where a use case raises server/refusals.py's kinds; the facts they share with the use cases
(kind and role names, who signs in where, token hashes) live in server/auth/roles.py and
server/auth/tokens.py.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy import bindparam, select

from app.sync.protocol import TERMINAL_AUTH_SCHEME, TERMINAL_HEADER, Role, TerminalKind
from server.api.context import get_context
from server.auth.roles import KIND_NAMES, ROLE_NAMES
from server.auth.roles import SIGN_IN_ROLES as SIGN_IN_ROLES  # read here by server.sync.batch
from server.auth.tokens import sha256_hex
from server.context import ServerContext
from server.errors import ApiError, forbidden, unauthorised
from server.store.db import as_utc
from server.store.models import TerminalRow, UserRow, UserSessionRow


def _header(request: Request, scheme: str) -> str | None:
    value = request.headers.get("authorization", "")
    name, _, rest = value.partition(" ")
    return rest.strip() if name.lower() == scheme.lower() and rest.strip() else None


def terminal_from_credential(ctx: ServerContext, credential: str | None) -> TerminalRow:
    """`<terminal_id>:<secret>` → the enrolled, not revoked terminal, or 401."""
    terminal_id, secret = _split(credential)
    with ctx.reading() as s:
        row = s.get(TerminalRow, terminal_id)
    return _checked_terminal(row, secret)


def _split(credential: str | None) -> tuple[str, str]:
    if not credential or ":" not in credential:
        raise unauthorised("终端未登记或凭据缺失，请先用一次性登记码登记本终端")
    terminal_id, _, secret = credential.partition(":")
    return terminal_id[:36], secret


def _checked_terminal(row: TerminalRow | None, secret: str) -> TerminalRow:
    if row is None or not hmac.compare_digest(row.secret_hash, sha256_hex(secret)):
        raise unauthorised("终端凭据无效，请重新登记本终端")
    if row.revoked:
        raise forbidden("本终端已被停用，请联系系统管理员")
    return row


def terminal_credential(request: Request) -> str | None:
    """`<terminal_id>:<secret>` from X-OneWindow-Terminal, else from `Authorization: Terminal`."""
    beside = request.headers.get(TERMINAL_HEADER, "").strip()
    return beside or _header(request, TERMINAL_AUTH_SCHEME)


@dataclass(frozen=True)
class Access:
    """What a route lets in: terminals of `kinds` (none: no terminal needed), and — when
    `roles` is set — only with a user of one of those roles signed in on that terminal."""

    kinds: frozenset[TerminalKind] = frozenset()
    roles: frozenset[Role] = frozenset()
    user_needed: bool = False
    # kinds of `kinds` let in with nobody signed in even so: a terminal nobody signs in on, that
    # answers for its own users (the online hall's gateway reading the 预约 slots a window's
    # clerk reads)
    alone: frozenset[TerminalKind] = frozenset()

    def describe(self) -> str:
        kinds = "、".join(KIND_NAMES[k] for k in TerminalKind if k in self.kinds)
        roles = "、".join(ROLE_NAMES[r] for r in Role if r in self.roles) or "任何已登录账号"
        if not self.user_needed:
            return f"终端：{kinds}"
        if self.alone:
            alone = "、".join(KIND_NAMES[k] for k in TerminalKind if k in self.alone)
            return f"终端：{kinds}；须登录：{roles}（{alone}无需登录）"
        return f"终端：{kinds}；须登录：{roles}" if kinds else f"须登录：{roles}"


@dataclass(frozen=True)
class Caller:
    terminal: TerminalRow
    user: UserRow | None  # with an Access that needs one

    @property
    def clerk(self) -> str:
        """Who is recorded as having done it: the signed-in user (never a name the request gave)."""
        return self.user.username if self.user is not None else ""


def check_terminal(ctx: ServerContext, request: Request, kinds: frozenset[TerminalKind]) -> TerminalRow:
    return _of_kind(terminal_from_credential(ctx, terminal_credential(request)), kinds)


def _of_kind(terminal: TerminalRow, kinds: frozenset[TerminalKind]) -> TerminalRow:
    kind = TerminalKind(terminal.kind)
    if kind not in kinds:
        allowed = "、".join(KIND_NAMES[k] for k in TerminalKind if k in kinds)
        raise forbidden(f"{KIND_NAMES[kind]}不能进行此操作（仅限{allowed}）")
    return terminal


def check_access(ctx: ServerContext, request: Request, access: Access) -> Caller:
    """The caller if `access` lets them in, else 401/403 (blocking: run it off the event loop).

    The terminal and the user's session are read with one query on one connection: a window's
    call is on the critical path of a clerk's keystroke, and two would cost two more round trips
    (and a check-out of the pool each) on every call. Refusals come in the same order as ever."""
    if not access.user_needed:
        return Caller(check_terminal(ctx, request, access.kinds), None)
    if access.alone:  # one more read, on the few routes that let a kind in alone
        terminal = check_terminal(ctx, request, access.kinds)
        if TerminalKind(terminal.kind) in access.alone:
            return Caller(terminal, None)
    terminal_id, secret = _split(terminal_credential(request))
    token = bearer_token(request)
    with ctx.reading() as s:
        if token:
            found = s.execute(
                _SIGNED_IN, {"terminal_id": terminal_id, "token_hash": sha256_hex(token)}
            ).first()
        else:
            found = (s.get(TerminalRow, terminal_id), None, None)
    row, session_row, user = found if found is not None else (None, None, None)
    terminal = _of_kind(_checked_terminal(row, secret), access.kinds)
    if not token:
        raise ApiError(401, "sign_in_required", "此操作须由工作人员在本终端登录后进行，请先登录")
    _check_session(ctx, session_row, user, initial_ok=False)
    if session_row.terminal_id != terminal.id:
        raise forbidden("登录会话不是在本终端开启的，请在本终端重新登录")
    _check_role(user, access.roles)
    return Caller(terminal, user)


# the terminal and the session of the user signed in on it, values bound by name: one statement
# for every request of a signed-in user, so SQLAlchemy finds it compiled (built per request, it
# paid a walk of the whole select for its cache key every time)
_SIGNED_IN = (
    select(TerminalRow, UserSessionRow, UserRow)
    .select_from(TerminalRow)
    .outerjoin(UserSessionRow, UserSessionRow.token_hash == bindparam("token_hash"))
    .outerjoin(UserRow, UserRow.username == UserSessionRow.username)
    .where(TerminalRow.id == bindparam("terminal_id"))
)


def _check_role(user: UserRow, roles: frozenset[Role]) -> None:
    if roles and Role(user.role) not in roles:
        raise forbidden("当前账号的角色无权进行此操作")


def with_access(dependency: Callable, access: Access) -> Callable:
    dependency.access = access  # type: ignore[attr-defined]  # read by the route table's test
    return dependency


def require_terminal(*kinds: TerminalKind):
    """A dependency: the enrolled terminal, which must be of one of `kinds`."""
    access = Access(kinds=frozenset(kinds))

    def dependency(request: Request, ctx: ServerContext = Depends(get_context)) -> TerminalRow:
        return check_terminal(ctx, request, access.kinds)

    return with_access(dependency, access)


def require_terminal_user(kinds: tuple[TerminalKind, ...], roles: tuple[Role, ...]):
    """A dependency: the terminal (of `kinds`) and the user signed in on it (of `roles`)."""
    access = Access(kinds=frozenset(kinds), roles=frozenset(roles), user_needed=True)

    def dependency(request: Request, ctx: ServerContext = Depends(get_context)) -> Caller:
        return check_access(ctx, request, access)

    return with_access(dependency, access)


def route_access(route) -> Access | None:
    """The access a route states through one of the factories above (None: a public route)."""
    stack = list(getattr(getattr(route, "dependant", None), "dependencies", ()))
    while stack:
        dependant = stack.pop()
        access = getattr(dependant.call, "access", None)
        if access is not None:
            return access
        stack.extend(dependant.dependencies)
    return None


_STATED = "调用者："


def state_access(router) -> None:
    """Write each route's access into its OpenAPI description, so docs/openapi.json says who
    may call it (idempotent: the routers are module-level and apps are made many times)."""
    for route in router.routes:
        access = route_access(route)
        if access is None or not hasattr(route, "description"):
            continue
        if _STATED not in (route.description or ""):
            said = f"{_STATED}{access.describe()}"
            route.description = f"{route.description}\n\n{said}" if route.description else said


def declare(access: Access):
    """A dependency that only states `access` (on request.state.access) for a route that checks
    it itself off the event loop, in the same worker thread as its work (server/api/queue.py)."""

    async def dependency(request: Request) -> Access:
        request.state.access = access
        return access

    return with_access(dependency, access)


PASSWORD_CHANGE_REQUIRED = "须先修改初始密码：请重新登录，按提示设置您自己的密码后再继续"


def session_user(
    ctx: ServerContext, token: str | None, initial_ok: bool = False
) -> tuple[UserRow, str | None]:
    """The active user of session `token`, and the terminal the session was opened on. A user
    whose password was set by someone else may do nothing but change it (``initial_ok``)."""
    if not token:
        raise unauthorised()
    with ctx.reading() as s:
        found = s.execute(
            select(UserSessionRow, UserRow)
            .join(UserRow, UserRow.username == UserSessionRow.username)
            .where(UserSessionRow.token_hash == sha256_hex(token))
        ).first()
    session_row, user = found if found is not None else (None, None)
    _check_session(ctx, session_row, user, initial_ok)
    return user, session_row.terminal_id


def _check_session(
    ctx: ServerContext, session_row: UserSessionRow | None, user: UserRow | None, initial_ok: bool
) -> None:
    if session_row is None or user is None:
        raise unauthorised()
    if as_utc(session_row.expires_at) <= ctx.now():  # one clock for the whole server (tests move it)
        raise unauthorised("登录已过期，请重新登录")
    if not user.active:
        raise forbidden("该账号已停用")
    if user.must_change_password and not initial_ok:
        raise ApiError(403, "password_change_required", PASSWORD_CHANGE_REQUIRED)


def user_from_token(ctx: ServerContext, token: str | None) -> UserRow:
    return session_user(ctx, token)[0]


def require_user(*roles: Role):
    """A dependency: the signed-in user, who must hold one of `roles` (any role if none given)."""
    access = Access(roles=frozenset(roles), user_needed=True)

    def dependency(request: Request, ctx: ServerContext = Depends(get_context)) -> UserRow:
        user = user_from_token(ctx, _header(request, "Bearer"))
        _check_role(user, access.roles)
        return user

    return with_access(dependency, access)


def require_same_hall(user: UserRow, hall_code: str) -> None:
    """Admins act on every hall; everyone else only on their own."""
    if Role(user.role) is not Role.ADMIN and user.hall_code != hall_code:
        raise forbidden("无权操作其他大厅的数据")


def bearer_token(request: Request) -> str | None:
    """The user session token of `Authorization: Bearer <token>`, if any."""
    return _header(request, "Bearer")
