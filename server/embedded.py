"""The embedded server of the demo: the central server in-process, on SQLite, on 127.0.0.1.

The demo (and tests) get the whole loop on one machine with no set-up: the server runs in a
daemon thread with uvicorn, the demo hall is seeded, and a fresh one-time enrolment code is
handed to the caller, who enrols the workbench with it.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

from app.sync.protocol import TerminalKind
from server.app import create_app
from server.auth.enrolment import issue_code
from server.config import ServerConfig
from server.context import ServerContext
from server.sealing.rewrap import rewrap_at_start
from server.seed import DEMO_HALL, SEED_ACTOR, seed_demo

START_TIMEOUT_SECONDS = 30.0


@dataclass
class EmbeddedServer:
    url: str  # http://127.0.0.1:<port>
    enrolment_code: str  # fresh on every start: the terminal W03 of the demo hall enrols with it
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _ctx: ServerContext = field(repr=False)

    def issue_code(self, terminal_code: str, kind: str = "window") -> str:
        """A fresh one-time enrolment code for another terminal of the demo hall and its kind
        (K01 a "kiosk", D01 a "display", W01 another "window"; see TerminalKind)."""
        now = self._ctx.now()
        with self._ctx.transaction() as s:
            code, _expires = issue_code(
                s,
                DEMO_HALL,
                terminal_code,
                SEED_ACTOR,
                now,
                self._ctx.config.enrolment_code_ttl,
                kind=TerminalKind(kind),
            )
        return code

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()


def start_embedded_server(data_dir: Path, catalog: dict, port: int = 0) -> EmbeddedServer:
    """Run the server on <data_dir>/server/server.sqlite3 (blobs beside it); port 0 picks a free one."""
    home = Path(data_dir) / "server"
    home.mkdir(parents=True, exist_ok=True)
    config = ServerConfig(
        database_url=f"sqlite:///{home / 'server.sqlite3'}",
        blob_dir=home / "blobs",
        # the demo's SMS notices go nowhere but this file (phones masked), for the demo to show
        sms_url=f"sim://?file={quote(str(home / 'sms.jsonl'))}",
        # the demo's 办件 go to the platform simulator, which checks every field as the province's
        # does: the manager console's 省平台上报 shows what it took and what it refused
        platform_url="sim://demo",
        # and its 电子证照 lookups ask the licence library simulator, which holds the sample ID
        # cards' people (server/licences/demo_holdings.py) and every resident's 居民身份证
        licence_url="sim://demo",
    )
    app = create_app(config)
    rewrap_at_start(app.state.ctx)  # a demo folder of an older version: its records sealed
    code = seed_demo(app.state.ctx, catalog)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    bound = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="onewindow-server", daemon=True
    )
    thread.start()
    url = f"http://127.0.0.1:{bound}"
    _wait_healthy(url, thread)
    return EmbeddedServer(url=url, enrolment_code=code, _server=server, _thread=thread, _ctx=app.state.ctx)


def _wait_healthy(url: str, thread: threading.Thread) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if not thread.is_alive():
            raise RuntimeError("内置服务未能启动（详见日志）")
        try:
            if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"内置服务在{START_TIMEOUT_SECONDS:.0f}秒内未就绪")
