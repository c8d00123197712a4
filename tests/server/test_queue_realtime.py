"""Queue pokes: a change committed through one `onewindow-server` process reaches a display
connected to another at once (NOTIFY), with kind "queue"; the demo's embedded server issues
enrolment codes for the hall's other terminals and books today's appointments."""

from __future__ import annotations

import json
import time
import uuid
from urllib.parse import quote

import httpx
import psycopg
from seeded_server import demo_catalog, terminal_header
from server_process import run_cli, serving
from websockets.sync.client import connect

from app.sync.protocol import TERMINAL_HEADER
from server.embedded import start_embedded_server
from server.realtime import LISTENER_NAME


def _listeners(pg_admin: str, pg_url: str) -> int:
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        return len(
            conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = %s",
                (database, LISTENER_NAME),
            ).fetchall()
        )


def test_a_call_through_one_process_pokes_a_display_of_another(pg_admin, pg_url, tmp_path):
    seeded = run_cli("seed-demo", "--database", pg_url, "--blob-dir", str(tmp_path / "blobs"))
    assert seeded.returncode == 0, seeded.stderr
    with serving(pg_url, tmp_path / "blobs") as a, serving(pg_url, tmp_path / "blobs") as b:
        enrolled = httpx.post(
            f"{a}/v1/terminals/enrol", json={"code": seeded.stdout.strip(), "terminal_name": "大厅显示屏"}
        ).json()
        terminal = terminal_header(enrolled)
        events = a.replace("http", "ws") + "/v1/halls/330429/events"
        with connect(events, open_timeout=10, additional_headers=terminal) as ws:
            assert json.loads(ws.recv(timeout=10))["kind"] == "hello"
            deadline = time.monotonic() + 30
            while _listeners(pg_admin, pg_url) < 2:
                assert time.monotonic() < deadline, "the LISTEN connections did not come up"
                time.sleep(0.1)
            body = {"request_id": str(uuid.uuid4()), "category": "general"}
            assert httpx.post(f"{b}/v1/queue/tickets", json=body, headers=terminal).status_code == 200
            assert json.loads(ws.recv(timeout=10))["kind"] == "queue"
            window = quote("3号综合窗口", safe="")
            action = {"request_id": str(uuid.uuid4()), "action": "call_next"}
            login = {"username": "lixm", "password": "onewindow"}
            token = httpx.post(f"{b}/v1/sessions", json=login, headers=terminal).json()["token"]
            clerk = {"Authorization": f"Bearer {token}", TERMINAL_HEADER: terminal["Authorization"][9:]}
            r = httpx.post(f"{b}/v1/queue/windows/{window}/actions", json=action, headers=clerk)
            assert r.status_code == 200 and r.json()["ticket"]["number"] == "A001"
            assert json.loads(ws.recv(timeout=10))["kind"] == "queue"
            board = httpx.get(f"{a}/v1/queue/board", headers=terminal).json()
            assert board["calls"][0]["text"] == "请A001号到3号综合窗口办理"


def test_the_embedded_server_enrols_a_kiosk_that_checks_in_an_appointment(tmp_path):
    server = start_embedded_server(tmp_path, demo_catalog())
    try:
        code = server.issue_code("K01", kind="kiosk")
        enrolled = httpx.post(
            f"{server.url}/v1/terminals/enrol", json={"code": code, "terminal_name": "1号取号机"}
        ).json()
        assert enrolled["terminal_code"] == "K01" and enrolled["hall_code"] == "330429"
        kiosk = terminal_header(enrolled)
        card = {"name": "王小明", "id_number": "341021199003074518"}
        body = {
            "request_id": str(uuid.uuid4()),
            "category": "general",
            "source": "appointment",
            "applicant": card,
        }
        r = httpx.post(f"{server.url}/v1/queue/tickets", json=body, headers=kiosk)
        assert r.status_code == 200, r.text
        assert r.json()["ticket"]["priority"] == "appointment" and r.json()["ticket"]["number"] == "A001"
        hall = httpx.get(f"{server.url}/v1/hall", headers=kiosk).json()
        assert hall["notices"] and hall["queue"]["no_show_calls"] == 2
    finally:
        server.stop()
