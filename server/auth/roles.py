"""Terminal kinds and roles as the server names them, and who may sign in on which kind.

Plain facts shared by the credential checks (server/auth/credentials.py, the API's edge) and the
use cases that sign people in and cache accounts on terminals; nothing here speaks HTTP.
"""

from __future__ import annotations

from app.sync.protocol import Role, TerminalKind

KIND_NAMES = {
    TerminalKind.WINDOW: "窗口终端",
    TerminalKind.KIOSK: "取号机",
    TerminalKind.DISPLAY: "显示屏",
    TerminalKind.BACKOFFICE: "后台终端",
    TerminalKind.ONLINE: "网上大厅",
}
ROLE_NAMES = {
    Role.CLERK: "窗口工作人员",
    Role.HALL_MANAGER: "大厅管理员",
    Role.ADMIN: "系统管理员",
    Role.BACKOFFICE: "后台审批账号",
    Role.AUDITOR: "审计员",
}
# who may sign in on a terminal of each kind (POST /sessions), and whose argon2 hashes it caches
# for offline sign-in (GET /users) — admins sign in online only, so no terminal holds their hash
SIGN_IN_ROLES: dict[TerminalKind, frozenset[Role]] = {
    TerminalKind.WINDOW: frozenset({Role.CLERK, Role.HALL_MANAGER, Role.ADMIN}),
    TerminalKind.BACKOFFICE: frozenset({Role.BACKOFFICE, Role.HALL_MANAGER, Role.ADMIN, Role.AUDITOR}),
    TerminalKind.KIOSK: frozenset(),
    TerminalKind.DISPLAY: frozenset(),
    TerminalKind.ONLINE: frozenset(),  # a gateway: it answers for its own users
}
OFFLINE_ROLES: dict[TerminalKind, frozenset[Role]] = {
    kind: roles - {Role.ADMIN} for kind, roles in SIGN_IN_ROLES.items()
}
