"""`onewindow manager`: the hall manager's console.

How it finds its server: ``--demo`` starts the demo hall's server in this process, enrols with a
fresh back-office code and signs the demo hall manager (张建霖, zhangjl) in; an enrolled console
(``terminal.json`` in its data folder) just starts; otherwise ``--server`` and ``--enrol-code``
enrol it once. ``--as-demo-manager`` (what ``onewindow demo --with manager`` passes) signs the demo
hall manager in with the demo's published password. Enrolling and signing in happen off the GUI
thread; a refusal is said in the sign-in dialog, which stays open.

While someone is signed in, the hall's event stream (the terminal's credential) runs on its own
thread and every message becomes ``services.pokes.poked(kind)`` on the GUI thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from app.services.manager.session import ConsoleSession, open_identity
from app.settings import default_data_dir
from app.sync.event_stream import EventStream
from app.sync.protocol import LoginAnswer
from ui.manager.services import ManagerServices, Pokes
from ui.manager.sign_in import ManagerSignIn
from ui.messages import describe
from ui.sync.startup import DEMO_PASSWORD
from ui.worker import Worker

log = logging.getLogger(__name__)
DEMO_MANAGER = "zhangjl"  # 张建霖, the demo hall's manager (server/seed.py)
DEMO_TERMINAL = "B01"


def manager_data_dir(args) -> Path:
    return Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir() / "manager"


def _kind(text: str) -> str:
    try:
        return str(json.loads(text).get("kind", ""))
    except (ValueError, AttributeError):
        return ""  # unreadable: the tabs treat it as no kind they know


class ManagerApp(QObject):
    """The sign-in dialog, then the console; back to the dialog on sign-out."""

    def __init__(
        self,
        open_session: Callable[[], ConsoleSession],
        *,
        auto_sign_in: tuple[str, str] | None = None,
        stream_factory: Callable[..., EventStream] | None = EventStream,
        notice: Callable[[], str] = str,
    ) -> None:
        super().__init__()
        self._open_session = open_session
        self._notice = notice  # a sentence for the console's status bar once signed in ("" = none)
        self._auto = auto_sign_in
        self._stream_factory = stream_factory
        self.session: ConsoleSession | None = None
        self.worker = Worker(self)
        self.dialog = ManagerSignIn()
        self.dialog.submitted.connect(self.sign_in)
        self.dialog.new_password_submitted.connect(self._change_password)
        self._pending: tuple[LoginAnswer, str] | None = None  # signed in, own password still to set
        self.dialog.rejected.connect(self._quit)
        self.console = None  # ui.manager.console.ManagerConsole while someone is signed in
        self.services: ManagerServices | None = None
        self.stream: EventStream | None = None
        self.login: LoginAnswer | None = None

    def start(self) -> None:
        self.dialog.show()
        self.dialog.busy(True)
        self.worker.run(self._connect, self._connected, self._not_connected)

    def _connect(self) -> ConsoleSession:
        if self.session is None:
            self.session = self._open_session()
        return self.session

    def _connected(self, session: ConsoleSession) -> None:
        self.dialog.set_hall(
            self.tr("{0}（终端 {1}）").format(session.identity.hall_name, session.identity.terminal_code)
        )
        self.dialog.busy(False)
        if self._auto is not None:
            self.dialog.username.setText(self._auto[0])
            self.sign_in(*self._auto)

    def _not_connected(self, error) -> None:
        self.dialog.refused(describe(error))  # 登录 tries to connect again first

    def sign_in(self, username: str, password: str) -> None:
        self.dialog.busy(True)

        def work() -> LoginAnswer:
            return self._connect().sign_in(username, password)

        def done(login: LoginAnswer) -> None:
            if login.must_change_password:
                self._pending = (login, password)
                self.dialog.ask_new_password()
                return
            self._signed_in(login)

        self.worker.run(work, done, lambda error: self.dialog.refused(describe(error)))

    def _change_password(self, new: str) -> None:
        if self._pending is None or self.session is None:
            return
        (login, current), session = self._pending, self.session

        def changed(login: LoginAnswer) -> None:
            self._pending = None
            self._signed_in(login)

        self.worker.run(
            lambda: session.change_password(login, current, new),
            changed,
            lambda error: self.dialog.refused(describe(error)),
        )

    def _signed_in(self, login: LoginAnswer) -> None:
        from ui.manager.console import ManagerConsole  # after the translator: tr() runs in __init__

        session = self.session
        identity = session.identity
        self.login = login
        self.services = ManagerServices(
            session.manager_transport(login.token),
            login.user.hall_code or identity.hall_code,
            login.user,
            hall_name=identity.hall_name,
            pokes=Pokes(),
        )
        self.dialog.hide()
        self.console = ManagerConsole(self.services)
        self.console.sign_out_requested.connect(self.sign_out)
        self.console.show()
        if said := self._notice():
            self.console.statusBar().showMessage(said)
        self._start_stream(session, self.services.pokes)

    def _start_stream(self, session: ConsoleSession, pokes: Pokes) -> None:
        if self._stream_factory is None:
            return
        url, authorization = session.events()
        # on_poke: the server's own "hello" message follows every connection, so it adds nothing
        self.stream = self._stream_factory(
            url,
            lambda: None,
            authorization=authorization,
            on_message=lambda text: pokes.poked.emit(_kind(text)),  # queued to the GUI thread
            on_connection=pokes.connection_changed.emit,
        )
        self.stream.start()

    def _stop_console(self) -> None:
        if self.stream is not None:
            self.stream.stop()
            self.stream = None
        if self.console is not None:
            self.console.stop()
            self.console.hide()
            self.console.deleteLater()
            self.console = None

    def sign_out(self) -> None:
        login, session = self.login, self.session
        self._stop_console()
        self.login = None
        if login is not None and session is not None:
            self.worker.run(lambda: session.sign_out(login.token))
        self._auto = None  # signed out on purpose: nobody is signed in again by itself
        self.dialog.fresh()
        self.dialog.show()

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().quit()

    def stop(self) -> None:
        login, session = self.login, self.session
        self._stop_console()
        if login is not None and session is not None:
            session.sign_out(login.token)  # the app is ending: end the server session now
        self.worker.stop()
        if session is not None:
            session.close()


class DemoConsole:
    """`--demo`: the demo hall's embedded server in this process; the console enrols with a
    fresh back-office code every start (the server may have moved to another port)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.server = None
        self.history = None  # the thread replaying the demo hall's past weeks, while it runs

    def open_session(self) -> ConsoleSession:
        from ui.demo_server import start_demo_history, start_demo_server

        if self.server is None:
            self.server = start_demo_server(self.data_dir, keep_port=False)
            # the console alone is a demo too: its statistics, forecasts and follow-ups need the
            # past weeks as much as with the workbench (once per data folder, resumed if cut off)
            self.history = start_demo_history(self.server)
        code = self.server.issue_code(DEMO_TERMINAL, kind="backoffice")
        return ConsoleSession(open_identity(self.data_dir, self.server.url, code))

    def notice(self) -> str:
        if self.history is None or not self.history.running:
            return ""
        return QCoreApplication.translate(
            "Startup", "演示大厅正在后台生成过去八周的记录（需几分钟），统计和好差评随之逐日可见。"
        )

    def stop(self) -> None:
        if self.history is not None:
            self.history.stop(timeout=0)  # ends after its day; a day cut off rolls back
            self.history = None
        if self.server is not None:
            self.server.stop()
            self.server = None


def main(args) -> int:
    from ui.app import quit_on_signals, setup_application

    app = setup_application(args.lang)
    data_dir = manager_data_dir(args)
    demo = DemoConsole(data_dir) if args.demo else None
    if demo is not None:
        opener = demo.open_session
    else:
        server, code = args.server.strip(), args.enrol_code.strip()
        opener = lambda: ConsoleSession(open_identity(data_dir, server, code))  # noqa: E731
    auto = (DEMO_MANAGER, DEMO_PASSWORD) if args.demo or args.as_demo_manager else None
    running = ManagerApp(opener, auto_sign_in=auto, notice=demo.notice if demo is not None else str)
    running.start()
    wake = quit_on_signals(app)
    try:
        return app.exec()
    finally:
        wake.stop()
        running.stop()
        if demo is not None:
            demo.stop()
