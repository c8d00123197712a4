"""How the workbench connects at start: the demo's embedded server, or a real deployment's.

These run on the worker thread while the window paints; each returns a ``Started`` that the
main window takes on the GUI thread. Nothing here may keep the workbench from opening: a server
that does not start, an enrolment that fails or a sign-in that is refused becomes a ``problem``
sentence shown to the clerk, and the workbench runs on its local database.

The demo (``onewindow demo``): the embedded server (SQLite, in this process) starts, then the
local database opens (on the worker thread, while the window paints); this terminal enrols with
the server's one-time code unless it already did (both databases live in the demo's data folder
and survive restarts), and the demo clerk lixm is signed in. The server listens on the same
port every run (kept in ``demo-server.json``): the terminal remembers the address it enrolled
with.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

DEMO_USER, DEMO_PASSWORD = "lixm", "onewindow"
PORT_FILE = "demo-server.json"


@dataclass(frozen=True)
class Started:
    user: object | None = None  # a SignedInUser when someone is signed in already (the demo)
    problem: str = ""  # what did not work, in a sentence for the clerk
    sync: bool = True  # False: no sync this session (`onewindow clerk --offline`)


def catalog_document(path: Path | None = None) -> dict:
    """The catalog JSON the server takes (its matter types embedded, as load_catalog reads it)."""
    from app.services.catalog import default_catalog_path

    path = Path(path) if path is not None else default_catalog_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    if "matter_types" not in data and "matter_types_file" in data:
        types = json.loads((path.parent / data["matter_types_file"]).read_text(encoding="utf-8"))
        data = {k: v for k, v in data.items() if k != "matter_types_file"}
        data["matter_types"] = types.get("matter_types") if isinstance(types, dict) else types
    return data


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def terminal_name(services) -> str:
    """How the terminal introduces itself at enrolment: W03 3号综合窗口."""
    window = services.settings.window
    return f"{window.terminal} {window.window_name}"


class DemoSync:
    """The demo's embedded server: started by ``start`` (worker thread), stopped by ``stop``."""

    def __init__(self, data_dir: Path, companions=None) -> None:
        self.data_dir = Path(data_dir)
        self.server = None  # server.embedded.EmbeddedServer once it runs
        self.companions = companions  # ui.demo_companions.DemoCompanions: --with display,kiosk

    def _saved_port(self) -> int:
        try:
            return int(json.loads((self.data_dir / PORT_FILE).read_text(encoding="utf-8"))["port"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0

    def _start_server(self, catalog: dict, port: int) -> None:
        from server.embedded import start_embedded_server

        try:
            self.server = start_embedded_server(self.data_dir, catalog, port)
        except OSError:
            # the port is taken (another program, another demo): a free one; the terminal, if
            # enrolled with the old address, is told so (see start)
            log.warning("demo server port %s is taken; using a free one", port)
            self.server = start_embedded_server(self.data_dir, catalog, 0)
        port = int(self.server.url.rsplit(":", 1)[1].split("/")[0])
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / PORT_FILE).write_text(json.dumps({"port": port}), encoding="utf-8")

    def start(self, services) -> Started:
        """Start the embedded server, then open ``services`` connected to it (worker thread).

        One after the other, not side by side: both run Alembic migrations, and Alembic's
        migration context is global to the process. The window has painted meanwhile.
        """
        port = self._saved_port() or _free_port()
        try:
            self._start_server(catalog_document(services.settings.catalog_path), port)
        except Exception as exc:  # the demo still opens, on its local database alone
            log.exception("the demo's embedded server did not start")
            services.open()
            return Started(
                problem=translate("Startup", "演示服务器未能启动（{0}），工作台在本机照常工作。").format(
                    type(exc).__name__
                )
            )
        # the settings name the server before the services open, so the sync runner is made for it
        services.settings = replace(services.settings, server_url=self.server.url)
        services.open()
        problem = ""
        if not services.sync.status().configured:
            try:
                services.sync.enrol(self.server.url, self.server.enrolment_code, terminal_name(services))
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
            user = services.sign_in.sign_in(DEMO_USER, DEMO_PASSWORD)
        except Exception as exc:
            log.warning("demo sign-in failed: %s", exc)
            return Started(problem=problem or translate("Startup", "演示账号未能登录：{0}").format(exc))
        return Started(user=user, problem=problem)

    def stop(self) -> None:
        if self.companions is not None:
            self.companions.stop()  # before the server: they would only retry against a dead port
        if self.server is not None:
            self.server.stop()
            self.server = None


def clerk_start(enrol_code: str = "", offline: bool = False) -> Callable[[object], Started]:
    """``onewindow clerk``: open, enrol with ``enrol_code`` if this terminal is not yet enrolled."""

    def start(services) -> Started:
        services.open()
        if offline:
            return Started(sync=False)
        if not enrol_code or services.sync.status().configured:
            return Started()
        try:
            services.sync.enrol(services.settings.server_url, enrol_code, terminal_name(services))
        except Exception as exc:
            log.warning("enrolment failed: %s", exc)
            return Started(problem=translate("Startup", "本终端未能登记到服务器：{0}").format(exc))
        return Started()

    return start
