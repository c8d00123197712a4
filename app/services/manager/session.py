"""The console's terminal and its user's session: enrol once as a back-office terminal of the
hall, sign a hall manager, an admin or a back-office account of the hall in online, sign them out.

The console signs in online only: what it shows is the server's, so there is nothing to do
offline, and admins are never cached on a terminal anyway. A hall manager or an admin gets the
whole console; a back-office account gets only 我的整改, the 差评 follow-ups assigned to them
(ui/manager/console.py chooses the tabs by role). An account of another role is refused here
even if the server let it in: its session is ended at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.errors import ServiceError
from app.services.sync.terminal_identity import TerminalIdentity, enrol_terminal, load_identity
from app.sync.event_stream import events_url
from app.sync.manager_transport import ManagerTransport
from app.sync.protocol import LoginAnswer, LoginRequest, PasswordChange, Role
from app.sync.transport import (
    HttpTransport,
    Refused,
    TransportError,
    normalise_base_url,
    terminal_authorization,
)

log = logging.getLogger(__name__)
TERMINAL_NAME = "大厅管理控制台"
CONSOLE_ROLES = frozenset({Role.HALL_MANAGER, Role.ADMIN, Role.BACKOFFICE, Role.AUDITOR})

NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "messages", "本控制台尚未登记到中心服务器：请用 --server 服务器地址 和 --enrol-code 登记码 启动。"
)
NAME_AND_PASSWORD = QT_TRANSLATE_NOOP("messages", "请输入用户名和密码")
NOT_FOR_CONSOLE = QT_TRANSLATE_NOOP(
    "messages", "{name}不能登录大厅管理控制台：只允许大厅管理员、系统管理员或本大厅的后台审批账号登录。"
)
ROLE_REFUSED = QT_TRANSLATE_NOOP(
    "messages",
    "大厅管理控制台只允许大厅管理员、系统管理员或本大厅的后台审批账号登录（服务器答复：{detail}）",
)


class ConsoleSignInFailed(ServiceError):
    """str() says why, in Chinese."""


def open_identity(data_dir: Path, server_url: str = "", enrol_code: str = "") -> TerminalIdentity:
    """The console's saved enrolment, else enrol once with `enrol_code` (also when it was
    enrolled with another server and is now given a code for this one)."""
    identity = load_identity(data_dir)
    moved = (
        identity is not None
        and bool(server_url and enrol_code)
        and normalise_base_url(server_url) != identity.server_url
    )
    if identity is None or moved:
        if not (server_url and enrol_code):
            raise ConsoleSignInFailed(Message(NOT_ENROLLED))
        identity = enrol_terminal(data_dir, server_url, enrol_code, TERMINAL_NAME)
    return identity


class ConsoleSession:
    """One console terminal talking to its server; `http` is the terminal's transport."""

    def __init__(self, identity: TerminalIdentity, client=None) -> None:
        self.identity = identity
        self.http: HttpTransport = identity.transport(client=client)

    def sign_in(self, username: str, password: str) -> LoginAnswer:
        if not username.strip() or not password:
            raise ConsoleSignInFailed(Message(NAME_AND_PASSWORD))
        try:
            answer = self.http.login(LoginRequest(username=username.strip(), password=password))
        except Refused as exc:
            if exc.code == "forbidden" and "角色" in str(exc):  # the role may not sign in here
                raise ConsoleSignInFailed(Message(ROLE_REFUSED, detail=message_of(exc))) from exc
            raise ConsoleSignInFailed(message_of(exc)) from exc
        except TransportError as exc:
            raise ConsoleSignInFailed(message_of(exc)) from exc
        if answer.user.role not in CONSOLE_ROLES:
            self.sign_out(answer.token)
            raise ConsoleSignInFailed(Message(NOT_FOR_CONSOLE, name=answer.user.display_name))
        return answer  # must_change_password: the dialog asks for a new one (change_password)

    def change_password(self, login: LoginAnswer, current: str, new: str) -> LoginAnswer:
        """The signed-in user's own password instead of one set by someone else; the login as
        it stands after (no longer bound to change)."""
        try:
            self.http.change_password(login.token, PasswordChange(current_password=current, new_password=new))
        except TransportError as exc:
            raise ConsoleSignInFailed(message_of(exc)) from exc
        return login.model_copy(update={"must_change_password": False})

    def sign_out(self, token: str) -> None:
        """End the session on the server; when it cannot be reached the session expires there."""
        try:
            self.http._call("DELETE", "/sessions", headers={"Authorization": f"Bearer {token}"}, auth=False)
        except TransportError as exc:
            log.info("the console's session was not ended on the server (%s)", type(exc).__name__)

    def manager_transport(self, token: str) -> ManagerTransport:
        return ManagerTransport(self.http, lambda: token)

    def events(self) -> tuple[str, str]:
        """The hall's event stream: its URL and the terminal's Authorization header."""
        i = self.identity
        return events_url(i.server_url, i.hall_code), terminal_authorization(i.terminal_id, i.secret)

    def close(self) -> None:
        self.http.close()


SessionOpener = Callable[[], ConsoleSession]
