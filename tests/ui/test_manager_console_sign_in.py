"""`onewindow manager`'s sign-in over a real server (the demo hall, a back-office terminal): a
clerk is refused with a clear sentence, a back-office account gets only 我的整改 (the 差评
follow-ups assigned to it), the hall manager gets the whole console; sign-out ends the server
session and brings the dialog back; the hall's event stream messages become the console's pokes
on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.services.manager.session import ConsoleSession
from app.services.sync.terminal_identity import TerminalIdentity
from server.seed import DEMO_HALL, DEMO_PASSWORD
from server.store.models import UserSessionRow
from tests.ui.conftest import shown_title
from tests.ui.test_manager_console import hall  # noqa: F401 (fixture)
from ui.app import setup_application
from ui.manager.app import ManagerApp


class FakeStream:
    """Stands in for app.sync.event_stream.EventStream: the test sends its messages."""

    def __init__(self, url, on_poke, *, authorization, on_message, on_connection) -> None:
        self.url, self.authorization = url, authorization
        self.on_message, self.on_connection = on_message, on_connection
        self.running = False

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def console_session(hall) -> ConsoleSession:  # noqa: F811
    terminal_id, _, secret = hall.seeded.backoffice_terminal["Authorization"].split(" ")[1].partition(":")
    identity = TerminalIdentity(
        "http://testserver", terminal_id, secret, DEMO_HALL, "安和县政务服务中心", "B01"
    )
    return ConsoleSession(identity, client=hall.client)


def sessions_of(hall, username: str) -> int:  # noqa: F811
    with hall.ctx.sessions() as s:
        return s.scalar(
            select(func.count()).select_from(UserSessionRow).where(UserSessionRow.username == username)
        )


def sign_in(qtbot, app: ManagerApp, username: str) -> None:
    qtbot.waitUntil(app.dialog.sign_in_button.isEnabled)
    app.dialog.username.setText(username)
    app.dialog.password.setText(DEMO_PASSWORD)
    qtbot.mouseClick(app.dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_a_clerk_is_refused_and_each_account_gets_its_console(qtbot, hall):  # noqa: F811
    streams: list[FakeStream] = []

    def stream(*args, **kwargs) -> FakeStream:
        streams.append(FakeStream(*args, **kwargs))
        return streams[-1]

    app = ManagerApp(lambda: console_session(hall), stream_factory=stream)
    app.start()
    try:
        qtbot.waitUntil(app.dialog.sign_in_button.isEnabled)
        assert "安和县政务服务中心" in app.dialog.hall.text()
        setup_application("zh_CN")  # the program's name, which Qt appends to every title
        assert shown_title(app.dialog).count("一窗通办") == 1

        sign_in(qtbot, app, "lixm")  # a clerk: the server refuses the role on this terminal
        qtbot.waitUntil(lambda: app.dialog.problem.isVisibleTo(app.dialog))
        assert "只允许大厅管理员、系统管理员或本大厅的后台审批账号登录" in app.dialog.problem.text()
        assert app.console is None and app.dialog.username.text() == "lixm"

        sign_in(qtbot, app, "backoffice")  # a back-office account: the follow-ups it holds, nothing more
        qtbot.waitUntil(lambda: app.console is not None)
        assert [app.console.tabs.tabText(i) for i in range(app.console.tabs.count())] == ["我的整改 (Ctrl+4)"]
        assert "后台审批账号" in app.console.who.text()
        app.console.sign_out_requested.emit()
        qtbot.waitUntil(lambda: sessions_of(hall, "backoffice") == 0)

        sign_in(qtbot, app, "zhangjl")
        qtbot.waitUntil(lambda: app.console is not None)
        assert "张建霖" in app.console.who.text() and not app.dialog.isVisible()
        assert sorted(app.console.tab_keys) == [0, 1, 2, 3, 4, 5, 6, 8, 9]  # the hall manager's console
        assert "我的整改" not in app.console.tabs.tabText(3)
        live = streams[-1]  # the back-office account's stream stopped when it signed out
        assert not streams[0].running
        assert live.running and live.url.endswith(f"/v1/halls/{DEMO_HALL}/events")
        assert live.authorization.startswith("Terminal ")
        with qtbot.waitSignal(app.services.pokes.poked) as poked:
            threading.Thread(target=live.on_message, args=('{"kind": "queue"}',)).start()
        assert poked.args == ["queue"]

        assert sessions_of(hall, "zhangjl") >= 1
        app.console.sign_out_requested.emit()
        assert app.console is None and app.dialog.isVisible() and not live.running
        qtbot.waitUntil(lambda: sessions_of(hall, "zhangjl") == 0)
    finally:
        app.stop()


def test_the_demo_opens_the_console_as_a_back_office_terminal_signed_in_by_itself(tmp_path):
    from ui.cli import _parser
    from ui.demo_companions import TERMINAL_KINDS, companion_command, parse_companions

    assert parse_companions("display,manager") == ("display", "manager")
    assert TERMINAL_KINDS["manager"] == "backoffice"
    command = companion_command("manager", "http://127.0.0.1:9", "ABCD-EFGH", tmp_path, "zh_CN")
    args = _parser().parse_args(command[3:])  # after "python -m ui.cli"
    assert (args.command, args.server, args.enrol_code) == ("manager", "http://127.0.0.1:9", "ABCD-EFGH")
    assert args.as_demo_manager and args.data_dir == tmp_path / "manager"


def test_an_admin_gets_the_console_of_the_terminals_hall(qtbot, hall):  # noqa: F811
    app = ManagerApp(lambda: console_session(hall), stream_factory=None)
    app.start()
    try:
        sign_in(qtbot, app, "admin")  # an admin has no hall: the console's is the terminal's
        qtbot.waitUntil(lambda: app.console is not None)
        assert app.services.hall_code == DEMO_HALL
        live = app.console.tab_keys[1]
        qtbot.waitUntil(lambda: live.snapshot is not None)
        assert live.snapshot.hall_code == DEMO_HALL
    finally:
        app.stop()
