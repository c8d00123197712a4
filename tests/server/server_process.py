"""`onewindow-server` as a real process (uvicorn), for the multi-process and TLS tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from seeded_server import TEST_ARGON2

from server.auth.passwords import PARAMETERS_ENV


def server_command() -> list[str]:
    script = Path(sys.executable).parent / "onewindow-server"
    if script.exists():
        return [str(script)]
    found = shutil.which("onewindow-server")
    return [found] if found else [sys.executable, "-m", "server.cli"]


def environment() -> dict[str, str]:
    return {**os.environ, PARAMETERS_ENV: TEST_ARGON2, "PYTHONUNBUFFERED": "1"}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*server_command(), *args], capture_output=True, text=True, env=environment(), timeout=120
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(database: str, blob_dir: Path, *extra: str, scheme: str = "http") -> Iterator[str]:
    """A `serve` process on a free port; yields its base URL, and stops it afterwards."""
    port = free_port()
    log = blob_dir.parent / f"server-{port}.log"
    blob_dir.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [
                *server_command(),
                "serve",
                "--database",
                database,
                "--port",
                str(port),
                "--blob-dir",
                str(blob_dir),
                "--log-level",
                "warning",
                *extra,
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=environment(),
        )
    url = f"{scheme}://127.0.0.1:{port}"
    try:
        _wait(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server process ended: {log.read_text(errors='replace')}")
        try:
            if httpx.get(f"{url}/v1/health", timeout=2, verify=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer in time: {log.read_text(errors='replace')}")
