"""The per-hall event stream: pokes after commits, hall-scoped, coalesced, across processes."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import psycopg
import pytest
from fastapi.testclient import TestClient
from seeded_server import seed, terminal_header
from server_process import run_cli, serving
from starlette.websockets import WebSocketDisconnect
from websockets.sync.client import connect

from server.api.events import _send_pokes
from server.app import create_app
from server.realtime import LISTENER_NAME, Hub

SETUP = {"categories": [{"code": "general", "name": "综合受理", "prefix": "A"}], "windows": []}


@pytest.fixture
def server(server_config):
    with TestClient(create_app(server_config)) as client:
        seeded = seed(client)
        if server_config.is_postgres:  # a poke needs the LISTEN connection up
            deadline = time.monotonic() + 60  # bounds a hang only
            while not seeded.ctx.extras.get("listening"):
                assert time.monotonic() < deadline, "the LISTEN connection did not come up"
                time.sleep(0.05)
        yield seeded


def _events_path(server, hall="330429", **params) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/v1/halls/{hall}/events" + (f"?{query}" if query else "")


def test_a_terminal_hears_hello_then_a_change_of_its_hall(server):
    admin = server.sign_in("admin")
    with server.client.websocket_connect(_events_path(server), headers=server.terminal) as ws:
        hello = ws.receive_json()
        assert hello["kind"] == "hello" and hello["hall_code"] == "330429"
        r = server.client.put("/v1/admin/halls/330429/setup", json=SETUP, headers=admin)
        assert r.status_code == 200
        assert ws.receive_json()["kind"] == "change"
        # a new catalog concerns every hall ("*")
        catalog = server.client.get("/v1/catalog", headers=server.terminal).json()["catalog"]
        assert server.client.post("/v1/admin/catalog", json=catalog, headers=admin).status_code == 201
        assert ws.receive_json()["kind"] == "change"


def test_a_manager_may_listen_with_a_token(server):
    bearer = server.sign_in("zhangjl")
    with server.client.websocket_connect(_events_path(server), headers=bearer) as ws:
        assert ws.receive_json()["kind"] == "hello"


@pytest.mark.parametrize(
    "authorization", ["Terminal nobody:x", "", "Bearer not-a-token", "Basic YWRtaW46eA=="]
)
def test_strangers_are_turned_away(server, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    with (
        server.client.websocket_connect(_events_path(server), headers=headers) as ws,
        pytest.raises(WebSocketDisconnect) as closed,
    ):
        ws.receive_json()
    assert closed.value.code == 4401 and closed.value.reason


def test_a_credential_in_the_url_is_refused_even_when_it_is_right(server):
    """The query string ends up in access logs: the stream takes credentials from the header only."""
    token = server.sign_in("zhangjl")["Authorization"].split()[1]
    for params in (
        {"terminal_id": server.terminal_id, "secret": server.secret},
        {"token": token},
    ):
        with (
            server.client.websocket_connect(_events_path(server, **params)) as ws,
            pytest.raises(WebSocketDisconnect) as closed,
        ):
            ws.receive_json()
        assert closed.value.code == 4401 and "网址" in closed.value.reason
    # even beside a right header: the URL's secret is out in the logs already, so say so
    path = _events_path(server, secret=server.secret)
    with (
        server.client.websocket_connect(path, headers=server.terminal) as ws,
        pytest.raises(WebSocketDisconnect) as closed,
    ):
        ws.receive_json()
    assert closed.value.code == 4401


def test_a_terminal_listens_to_its_own_hall_only(server):
    admin = server.sign_in("admin")
    assert (
        server.client.post(
            "/v1/admin/halls", json={"code": "330401", "name": "嘉禾"}, headers=admin
        ).status_code
        == 201
    )
    code = server.client.post(
        "/v1/admin/enrolment-codes", json={"hall_code": "330401", "terminal_code": "W01"}, headers=admin
    ).json()["code"]
    other = server.enrol(code)
    assert server.client.get("/v1/hall", headers=terminal_header(other)).json()["code"] == "330401"
    path = _events_path(server)
    with (
        server.client.websocket_connect(path, headers=terminal_header(other)) as ws,
        pytest.raises(WebSocketDisconnect) as closed,
    ):
        ws.receive_json()
    assert closed.value.code == 4403  # … but not for this hall


def test_the_hub_pokes_only_the_hall_that_changed():
    async def scenario():
        hub = Hub(asyncio.get_running_loop())
        a, b = hub.subscribe("330429"), hub.subscribe("330401")
        hub.poke(["330429"])
        assert a.dirty.is_set() and not b.dirty.is_set()
        a.dirty.clear()
        hub.poke(["*"])
        assert a.dirty.is_set() and b.dirty.is_set()
        hub.unsubscribe(a)
        assert hub.subscribers("330429") == 0 and hub.subscribers("330401") == 1

    asyncio.run(scenario())


def test_a_burst_of_commits_makes_a_few_pokes_and_none_is_lost():
    class Recorder:
        def __init__(self):
            self.sent: list[str] = []

        async def send_text(self, text: str) -> None:
            self.sent.append(text)

    class Clock:
        @staticmethod
        def now():
            from datetime import UTC, datetime

            return datetime.now(UTC)

    async def scenario():
        hub = Hub(asyncio.get_running_loop())
        sub, ws = hub.subscribe("330429"), Recorder()
        sender = asyncio.create_task(_send_pokes(ws, sub, "330429", Clock()))
        for i in range(1000):
            hub.poke(["330429"])
            if i % 50 == 0:
                await asyncio.sleep(0)
        while not ws.sent or sub.dirty.is_set():
            await asyncio.sleep(0.01)
        burst = len(ws.sent)
        hub.poke(["330429"])  # a later commit is still announced
        while len(ws.sent) == burst:
            await asyncio.sleep(0.01)
        sender.cancel()
        return burst, [json.loads(m)["kind"] for m in ws.sent]

    burst, kinds = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert 1 <= burst <= 5
    assert set(kinds) == {"change"}


def test_a_change_through_one_process_reaches_a_client_of_another(pg_admin, pg_url, tmp_path):
    """Two `onewindow-server` processes on one PostgreSQL: LISTEN/NOTIFY fans the poke out."""
    seeded = run_cli("seed-demo", "--database", pg_url, "--blob-dir", str(tmp_path / "blobs"))
    assert seeded.returncode == 0, seeded.stderr
    code = seeded.stdout.strip()
    with serving(pg_url, tmp_path / "blobs") as a, serving(pg_url, tmp_path / "blobs") as b:
        enrolled = httpx.post(f"{a}/v1/terminals/enrol", json={"code": code, "terminal_name": "W03"}).json()
        terminal = terminal_header(enrolled)
        login = httpx.post(
            f"{b}/v1/sessions", json={"username": "admin", "password": "onewindow"}, headers=terminal
        )
        admin = {"Authorization": f"Bearer {login.json()['token']}"}
        ws_url = a.replace("http", "ws") + "/v1/halls/330429/events"
        with connect(ws_url, open_timeout=10, additional_headers=terminal) as ws:
            assert json.loads(ws.recv(timeout=10))["kind"] == "hello"
            _wait_for_listeners(pg_admin, pg_url, 2)
            assert httpx.put(f"{b}/v1/admin/halls/330429/setup", json=SETUP, headers=admin).status_code == 200
            assert json.loads(ws.recv(timeout=15))["kind"] == "change"
            # the database drops the LISTEN connections (a restart): each process reconnects by
            # itself, pokes its clients (they may have missed something) and hears changes again
            _terminate_listeners(pg_admin, pg_url)
            assert json.loads(ws.recv(timeout=30))["kind"] == "change"
            _wait_for_listeners(pg_admin, pg_url, 2)
            assert httpx.put(f"{b}/v1/admin/halls/330429/setup", json=SETUP, headers=admin).status_code == 200
            assert json.loads(ws.recv(timeout=15))["kind"] == "change"


def _listeners(pg_admin: str, pg_url: str, terminate: bool = False) -> int:
    database = pg_url.rsplit("/", 1)[1]
    action = "pg_terminate_backend(pid)" if terminate else "pid"
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        rows = conn.execute(
            f"SELECT {action} FROM pg_stat_activity WHERE datname = %s AND application_name = %s",
            (database, LISTENER_NAME),
        ).fetchall()
    return len(rows)


def _terminate_listeners(pg_admin: str, pg_url: str) -> None:
    assert _listeners(pg_admin, pg_url, terminate=True) == 2


def _wait_for_listeners(pg_admin: str, pg_url: str, count: int) -> None:
    deadline = time.monotonic() + 30
    while _listeners(pg_admin, pg_url) < count:
        assert time.monotonic() < deadline, "the LISTEN connections did not come up"
        time.sleep(0.1)
