"""The workbench's sync runner opens the hall's event stream with the terminal's credential in
the handshake's header, never in the URL."""

from __future__ import annotations

import queue
import threading
from dataclasses import replace

from websockets.sync.server import serve

from app.services.sync.runner import SyncRunner
from app.services.sync.service import SyncStatus

OK = SyncStatus(True, True, 0, None, "", None, 0, "")


class EnrolledSync:
    hall_code = "330429"

    def __init__(self, server_url: str) -> None:
        self.status = replace(OK, server_url=server_url)

    def sync_once(self) -> SyncStatus:
        return self.status

    def credentials(self) -> tuple[str, str]:
        return "t-1", "the-terminal-secret"


def test_the_runner_listens_with_the_credential_in_the_header():
    handshakes: queue.Queue = queue.Queue()

    def handler(ws):
        handshakes.put((ws.request.path, ws.request.headers.get("Authorization")))
        ws.recv()

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        runner = SyncRunner(EnrolledSync(f"http://127.0.0.1:{port}"), lambda _s: None, interval=3600)
        runner.start()
        try:
            path, authorization = handshakes.get(timeout=20)
        finally:
            runner.stop()
            server.shutdown()
    assert path == "/v1/halls/330429/events" and "secret" not in path
    assert authorization == "Terminal t-1:the-terminal-secret"
