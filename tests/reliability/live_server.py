"""A real server for the reliability tests: uvicorn on loopback, in a thread or its own process.

The process form can be killed and started again on the same database and port (a server
restart mid-sync); the thread form is cheaper when only the client is being killed.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from server.app import create_app
from server.cli import load_catalog_file
from server.config import ServerConfig
from server.seed import seed_demo

ROOT = Path(__file__).resolve().parents[2]
CATALOG_FILE = ROOT / "resources" / "catalog" / "matters.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(config: ServerConfig) -> str:
    """Migrate and seed the demo hall; returns a one-time enrolment code for terminal W03."""
    app = create_app(config)
    try:
        return seed_demo(app.state.ctx, load_catalog_file(CATALOG_FILE))
    finally:
        app.state.ctx.engine.dispose()


def wait_healthy(url: str, timeout: float = 60.0, alive=lambda: True) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("the server died while starting")
        try:
            if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"server at {url} not healthy after {timeout} s")


class ThreadServer:
    def __init__(self, config: ServerConfig, port: int = 0) -> None:
        self.config = config
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> ThreadServer:
        app = create_app(self.config)
        self.ctx = app.state.ctx
        self._server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        )
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        wait_healthy(self.url, alive=self._thread.is_alive)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(15)


class ProcessServer:
    """`onewindow-server serve` in its own process: SIGKILL-able and restartable on one port."""

    def __init__(self, config: ServerConfig, port: int = 0) -> None:
        self.config = config
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> ProcessServer:
        cmd = [
            sys.executable, "-c", "from server.cli import main; main()", "serve",
            "--database", self.config.database_url,
            "--blob-dir", str(self.config.blob_dir),
            "--host", "127.0.0.1", "--port", str(self.port),
        ]  # fmt: skip
        # its log goes to a file: a pipe nobody reads fills up and stalls the server mid-request
        self.log_path = Path(self.config.blob_dir).parent / f"server-{self.port}.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        wait_healthy(self.url, alive=lambda: self.proc.poll() is None)
        return self

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(15)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
