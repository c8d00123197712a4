"""The real central server in-process for the client's sync tests, and a switch to cut the network.

`create_app` on a fresh database (SQLite, or PostgreSQL through `pg_url`), driven through
FastAPI's TestClient, which is an httpx.Client: the workbench's HttpTransport talks to it as to
a remote server. The hall, its users, the workbench's own catalog and a one-time enrolment code
are seeded through the server's own store functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.services.catalog.loading import default_catalog_path
from app.sync.protocol import ChangeKind, TerminalKind
from server.app import create_app
from server.auth.enrolment import issue_code
from server.auth.passwords import hash_password
from server.catalog_store import publish_catalog
from server.config import ServerConfig
from server.store.models import HallRow, UserRow
from server.sync.change_log import record_change

HALL = "330429"
SERVER_URL = "http://testserver"
USERS = (  # username, display name, role, window, password
    ("lixm", "李晓梅", "clerk", "3号综合窗口", "onewindow"),
    ("scjg", "市场监管局审批科", "backoffice", "", "backoffice-pass"),
)


def bundled_catalog() -> dict:
    """The workbench's own sample catalog as one JSON object (its matter types embedded)."""
    path = default_catalog_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    if "matter_types" not in data and "matter_types_file" in data:
        types = json.loads((path.parent / data["matter_types_file"]).read_text(encoding="utf-8"))
        data = {**data, "matter_types": types.get("matter_types") if isinstance(types, dict) else types}
        data.pop("matter_types_file")
    return data


def seed(ctx) -> str:
    """Hall 330429, a clerk and a back-office account, the catalog; returns an enrolment code."""
    now = datetime.now(UTC)
    with ctx.transaction() as s:
        s.add(HallRow(code=HALL, name="安和县政务服务中心", address="", phone="", created_at=now))
        s.flush()
        for username, display, role, window, password in USERS:
            s.add(
                UserRow(
                    username=username,
                    display_name=display,
                    role=role,
                    hall_code=HALL,
                    window_name=window,
                    password_hash=hash_password(password),
                    active=True,
                    updated_at=now,
                )
            )
        record_change(s, HALL, ChangeKind.USERS, "seed", {})
        publish_catalog(s, bundled_catalog(), "admin", now)
        code, _ = issue_code(s, HALL, "W03", "admin", now, timedelta(days=1))
    return code


class Network:
    """Stands between the workbench and the server: can be cut, or lose the next answer."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.down = False
        # "METHOD /path-prefix": that request reaches the server, its answer is lost (once)
        self.lose_answer_of: str | None = None
        self.requests: list[str] = []

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network is down")
        line = f"{method} {httpx.URL(url).path}"
        self.requests.append(line)
        kwargs.pop("timeout", None)  # the TestClient has no network to time out
        response = self.client.request(method, url, **kwargs)
        if self.lose_answer_of and line.startswith(self.lose_answer_of):
            self.lose_answer_of = None
            raise httpx.ReadTimeout("the answer was lost after the server committed")
        return response

    def close(self) -> None:  # the TestClient belongs to the fixture
        pass


@dataclass
class Server:
    app: object
    client: TestClient
    code: str

    @property
    def ctx(self):
        return self.app.state.ctx

    def backoffice_token(self) -> str:
        """The back-office account signed in on a back-office terminal of the hall (enrolled
        here: a window terminal does not take back-office accounts)."""
        with self.ctx.transaction() as s:
            code, _ = issue_code(
                s, HALL, "B01", "admin", datetime.now(UTC), timedelta(days=1), kind=TerminalKind.BACKOFFICE
            )
        enrol = {"code": code, "terminal_name": "后台"}
        enrolled = self.client.post("/v1/terminals/enrol", json=enrol).json()
        terminal_headers = {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}
        answer = self.client.post(
            "/v1/sessions", json={"username": "scjg", "password": "backoffice-pass"}, headers=terminal_headers
        )
        assert answer.status_code == 200, answer.text
        return answer.json()["token"]


def _server(url: str, tmp_path: Path):
    # the licence library simulator with the demo's people (电子证照 lookups from the windows)
    config = ServerConfig(database_url=url, blob_dir=tmp_path / "blobs", licence_url="sim://demo")
    app = create_app(config)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Server(app, client, seed(app.state.ctx))


@pytest.fixture(name="server")
def server_fixture(tmp_path):
    yield from _server(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path)


@pytest.fixture(name="pg_server")
def pg_server_fixture(pg_url, tmp_path):
    yield from _server(pg_url, tmp_path)
