"""How the workbench connects at start: the demo's embedded server, or a real deployment's.

These run on the worker thread while the window paints; each returns a ``Started`` that the
main window takes on the GUI thread. Nothing here may keep the workbench from opening: a server
that does not start, an enrolment that fails or a sign-in that is refused becomes a ``problem``
sentence shown to the clerk, and the workbench runs on its local database.

The demo (``onewindow demo``): the embedded server (SQLite, in this process; started by
ui.demo_server, the one module that may) starts, then the local database opens (on the worker
thread, while the window paints) knowing the server's address; this terminal enrols with the
server's one-time code unless it already did (both databases live in the demo's data folder and
survive restarts), and the demo clerk lixm is signed in. The server listens on the same port
every run (kept in ``demo-server.json``): the terminal remembers the address it enrolled with.

The workbench's composition root (app.bootstrap.Services) is told what start-up learns (the
server's address) through ``open(server_url=…)``; nothing here assigns its settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

DEMO_USER, DEMO_PASSWORD = "lixm", "onewindow"


@dataclass(frozen=True)
class Started:
    user: object | None = None  # a SignedInUser when someone is signed in already (the demo)
    problem: str = ""  # what did not work, in a sentence for the clerk
    sync: bool = True  # False: no sync this session (`onewindow clerk --offline`)


class DemoSync:
    """The demo's embedded server: started by ``start`` (worker thread), stopped by ``stop``."""

    def __init__(self, data_dir: Path, companions=None, history: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.server = None  # an EmbeddedServer (ui.demo_server) once it runs
        self.companions = companions  # ui.demo_companions.DemoCompanions: --with display,kiosk
        self.history = history  # replay the demo hall's past eight weeks (`onewindow demo`)
        self.history_thread = None  # its thread while it runs (ui.demo_server.start_demo_history)

    def start(self, services) -> Started:
        """Start the embedded server, then open ``services`` connected to it (worker thread).

        One after the other, not side by side: both run Alembic migrations, and Alembic's
        migration context is global to the process. The window has painted meanwhile.
        """
        from ui.demo_server import start_demo_history, start_demo_server

        try:
            # on another port than last time if that one is taken: the terminal, if enrolled with
            # the old address, is told so below
            self.server = start_demo_server(self.data_dir, services.settings.catalog_path)
        except Exception as exc:  # the demo still opens, on its local database alone
            log.exception("the demo's embedded server did not start")
            services.open()
            return Started(
                problem=translate("Startup", "演示服务器未能启动（{0}），工作台在本机照常工作。").format(
                    type(exc).__name__
                )
            )
        # the services learn the server before they open, so the sync runner is made for it
        services.open(server_url=self.server.url)
        user = None
        if services.locked:  # sealed by an earlier run: the demo clerk's sign-in opens it
            try:
                user = services.unlock.sign_in(DEMO_USER, DEMO_PASSWORD)
            except Exception as exc:
                log.warning("demo sign-in (unlocking) failed: %s", exc)
                return Started(problem=translate("Startup", "演示账号未能登录：{0}").format(exc))
        problem = ""
        if not services.sync.status().configured:
            try:
                services.enrol(self.server.url, self.server.enrolment_code)
            except Exception as exc:
                log.warning("demo enrolment failed: %s", exc)
                problem = translate("Startup", "本终端未能登记到演示服务器：{0}").format(exc)
        elif services.sync.server_url.rstrip("/") != self.server.url.rstrip("/"):
            problem = translate(
                "Startup", "演示服务器换了地址（{0}），本终端登记的是 {1}；请删除演示数据文件夹后重新开始。"
            ).format(self.server.url, services.sync.server_url)
        if self.companions is not None:
            trouble = self.companions.start(self.server)
            if trouble:
                problem = problem or translate("Startup", "演示的其他屏幕未能打开：{0}").format(trouble)
        try:
            # the first sign-in after enrolment brings the window key: the store is sealed then
            user = user or services.sign_in.sign_in(DEMO_USER, DEMO_PASSWORD)
        except Exception as exc:
            log.warning("demo sign-in failed: %s", exc)
            return Started(problem=problem or translate("Startup", "演示账号未能登录：{0}").format(exc))
        if self.history:  # after the sign-in: the history takes the write lock a day at a time
            self.history_thread = start_demo_history(self.server)
        if self.history_thread is not None:
            problem = problem or translate(
                "Startup", "演示大厅正在后台生成过去八周的记录（需几分钟），统计和好差评随之逐日可见。"
            )
        return Started(user=user, problem=problem)

    def stop(self) -> None:
        if self.companions is not None:
            self.companions.stop()  # before the server: they would only retry against a dead port
        if self.history_thread is not None:
            self.history_thread.stop(timeout=0)  # ends after its day; a day cut off rolls back
        if self.server is not None:
            self.server.stop()
            self.server = None


def clerk_start(enrol_code: str = "", offline: bool = False) -> Callable[[object], Started]:
    """``onewindow clerk``: open, enrol with ``enrol_code`` if this terminal is not yet enrolled."""

    def start(services) -> Started:
        services.open()
        if services.locked:  # sealed: the sign-in screen's sign-in opens the rest
            return Started(sync=not offline)
        if offline:
            return Started(sync=False)
        if not enrol_code or services.sync.status().configured:
            return Started()
        try:
            services.enrol(services.settings.server_url, enrol_code)
        except Exception as exc:
            log.warning("enrolment failed: %s", exc)
            return Started(problem=translate("Startup", "本终端未能登记到服务器：{0}").format(exc))
        return Started()

    return start
