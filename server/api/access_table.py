"""The table of who may call each route: route × terminal kind × signed-in role (docs/access.md).

Rendered from the same declarations the routes enforce (``route_access``), written to the docs by
``onewindow-server access-table --output docs/access.md``; a test reads the file back and calls
every route as every kind and role, so what the table says is what the server does.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from app.sync.protocol import API_PREFIX, Role, TerminalKind
from server.auth.credentials import Access, route_access
from server.auth.roles import KIND_NAMES, OFFLINE_ROLES, ROLE_NAMES, SIGN_IN_ROLES

YES, NO = "✓", "—"
YES_ALONE = "✓（无需登录）"  # a kind the route lets in with nobody signed in (Access.alone)
NO_TERMINAL = "无需终端"  # the kinds cell of a route that needs no terminal (admin tools, public)
NO_SIGN_IN = "无需登录"
ANY_ACCOUNT = "任何已登录账号"
PUBLIC = "公开"

HEADER = f"""\
# 谁可以调用哪个接口 / Who may call each route

每个接口允许的终端类型（登记时确定，见 `TerminalKind`）与须在该终端登录的账号角色。
此表由 `onewindow-server access-table --output docs/access.md` 从接口声明生成；
测试 `tests/server/test_access_table.py` 读回此表，以每种终端和每种角色调用每个接口，
表中为 {NO} 的组合必须被拒绝（401/403，且不含任何数据），为 {YES} 的组合不得因终端或角色被拒绝。
此外，除系统管理员外，每个调用者只能触及本大厅的数据（`tests/server/test_cross_hall_routes.py`）。

Each route: the terminal kinds it serves (fixed at enrolment) and the roles that must be signed in
on that terminal. Generated from the routes' declarations; the test reads this file back and calls
every route as every kind and role: a {NO} must be refused, a {YES} must not be refused for its
kind or role. Beyond this table every caller but an admin reaches only its own hall's data.

"""


@dataclass(frozen=True)
class RouteAccess:
    method: str
    path: str
    access: Access | None  # None: public (no terminal, no sign-in)


def routes(modules: tuple[str, ...] | None = None) -> list[RouteAccess]:
    """Every route of the API modules with what it lets in, ordered by path then method."""
    if modules is None:
        from server.app import API_MODULES

        modules = API_MODULES
    found = []
    for name in modules:
        for route in importlib.import_module(f"server.api.{name}").router.routes:
            for method in sorted(getattr(route, "methods", None) or ()):
                if method == "HEAD":
                    continue
                found.append(RouteAccess(method, API_PREFIX + route.path, route_access(route)))
    return sorted(found, key=lambda r: (r.path, r.method))


def kinds_cells(access: Access | None) -> list[str]:
    if access is None or not access.kinds:
        return [NO_TERMINAL] * len(TerminalKind)
    return [
        (YES_ALONE if kind in access.alone else YES) if kind in access.kinds else NO for kind in TerminalKind
    ]


def roles_cell(access: Access | None) -> str:
    if access is None:
        return PUBLIC
    if not access.user_needed:
        return NO_SIGN_IN
    if not access.roles:
        return ANY_ACCOUNT
    return "、".join(ROLE_NAMES[r] for r in Role if r in access.roles)


EVENT_STREAM = """\
## 事件流 / The event stream

`WS /v1/halls/{hall_code}/events`：本大厅的任一终端（网上大厅除外，`Authorization: Terminal …`），
或本大厅的任一已登录账号（`Authorization: Bearer …`，系统管理员可连任一大厅）。只推送“有变化/叫号”提示，
不含任何数据；凭据放在网址中一律拒绝。Any terminal of the hall but the online hall's gateway, or any
account of the hall signed in; it sends pokes only, never data; a credential in the URL is refused.
"""


def _names(roles: frozenset[Role]) -> str:
    return "、".join(ROLE_NAMES[r] for r in Role if r in roles) or NO


def sign_in_table() -> list[str]:
    """Who may sign in (POST /v1/sessions) on a terminal of each kind: the route is open to the
    kinds above, the account's role decides the rest (server/auth/roles.SIGN_IN_ROLES)."""
    lines = [
        "## 登录 / Signing in",
        "",
        "`POST /v1/sessions` 另按终端类型限定可登录的角色"
        "（管理员只能在线登录，其密码摘要不下发到任何终端）。",
        "Who may sign in on each kind of terminal (admins sign in online only).",
        "",
        "| 终端类型 | 可登录的角色 | 可离线登录的角色 |",
        "|---|---|---|",
    ]
    for kind in TerminalKind:
        lines.append(
            f"| {KIND_NAMES[kind]} | {_names(SIGN_IN_ROLES[kind])} | {_names(OFFLINE_ROLES[kind])} |"
        )
    return lines


def render(found: list[RouteAccess] | None = None) -> str:
    found = routes() if found is None else found
    columns = ["方法", "路径", *(KIND_NAMES[k] for k in TerminalKind), "须登录的角色"]
    lines = [HEADER, "| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for r in found:
        cells = [r.method, f"`{r.path}`", *kinds_cells(r.access), roles_cell(r.access)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", *sign_in_table(), "", EVENT_STREAM.rstrip()]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class StatedAccess:
    """One row of the table as read back from the docs: what a test holds the server to."""

    method: str
    path: str
    kinds: frozenset[TerminalKind] | None  # None: no terminal needed
    roles: frozenset[Role] | None  # None: no sign-in needed; empty: any account
    alone: frozenset[TerminalKind] = frozenset()  # kinds let in with nobody signed in

    def lets_in(self, kind: TerminalKind | None, role: Role | None) -> bool:
        if self.kinds is not None and kind not in self.kinds:
            return False
        if self.roles is None or kind in self.alone:
            return True
        return role is not None and (not self.roles or role in self.roles)


def parse(text: str) -> list[StatedAccess]:
    """The rows of a rendered table (docs/access.md)."""
    kinds = list(TerminalKind)
    role_by_name = {name: role for role, name in ROLE_NAMES.items()}
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 + len(kinds) or not cells[1].startswith("`"):
            continue
        method, path, kind_cells, roles = cells[0], cells[1].strip("`"), cells[2:-1], cells[-1]
        stated_kinds = (
            None
            if all(c == NO_TERMINAL for c in kind_cells)
            else frozenset(k for k, c in zip(kinds, kind_cells, strict=True) if c in (YES, YES_ALONE))
        )
        alone = frozenset(k for k, c in zip(kinds, kind_cells, strict=True) if c == YES_ALONE)
        if roles in (PUBLIC, NO_SIGN_IN):
            stated_roles = None
        elif roles == ANY_ACCOUNT:
            stated_roles = frozenset()
        else:
            stated_roles = frozenset(role_by_name[name] for name in roles.split("、"))
        rows.append(StatedAccess(method, path, stated_kinds, stated_roles, alone))
    return rows
