"""No secret in any URL or log line: the event stream as the clients open it, against a real
`onewindow-server` process whose log (uvicorn's access lines included) is read afterwards."""

from __future__ import annotations

import queue
from pathlib import Path

import httpx
from seeded_server import terminal_header
from server_process import run_cli, serving

from app.sync.event_stream import EventStream, events_url
from app.sync.transport import terminal_authorization
from server.seed import DEMO_PASSWORD


def test_the_stream_opens_with_the_header_and_no_secret_reaches_the_log(tmp_path):
    database = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    code = run_cli("seed-demo", "--database", database, "--blob-dir", str(tmp_path / "blobs")).stdout.strip()
    with serving(database, tmp_path / "blobs", "--log-level", "info") as url:
        enrolled = httpx.post(f"{url}/v1/terminals/enrol", json={"code": code, "terminal_name": "W03"}).json()
        login = httpx.post(
            f"{url}/v1/sessions",
            json={"username": "zhangjl", "password": DEMO_PASSWORD},
            headers=terminal_header(enrolled),
        ).json()
        messages: queue.Queue = queue.Queue()
        for authorization in (
            terminal_authorization(enrolled["terminal_id"], enrolled["secret"]),  # display, workbench
            f"Bearer {login['token']}",  # a hall manager
        ):
            stream = EventStream(
                events_url(url, "330429"),
                lambda: None,
                authorization=authorization,
                on_message=messages.put,
            )
            assert enrolled["secret"] not in stream.url and login["token"] not in stream.url
            stream.start()
            try:
                assert '"kind":"hello"' in messages.get(timeout=30).replace(" ", "")
            finally:
                stream.stop()
        port = url.rsplit(":", 1)[1]
    log = (Path(tmp_path) / f"server-{port}.log").read_text(errors="replace")
    assert "/v1/halls/330429/events" in log  # the access lines are there …
    assert "POST /v1/sessions" in log
    for secret in (enrolled["secret"], login["token"], DEMO_PASSWORD):
        assert secret not in log  # … and hold no secret
