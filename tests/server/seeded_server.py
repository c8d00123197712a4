"""A server with the demo hall seeded and terminal W03 enrolled, for the auth/admin/back-office tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fastapi.testclient import TestClient

from server.auth import passwords
from server.cli import load_catalog_file
from server.context import ServerContext
from server.seed import DEMO_PASSWORD, seed_demo

# cheap argon2 parameters: a test signs in dozens of times (the server subprocesses of the CLI
# tests read the same from the environment); test_auth checks that real parameters rehash
TEST_ARGON2 = "1,1024,1"
os.environ[passwords.PARAMETERS_ENV] = TEST_ARGON2
passwords.use_parameters(*(int(x) for x in TEST_ARGON2.split(",")))

CATALOG_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "matters.json"


@cache
def _catalog_cached() -> dict:
    return load_catalog_file(CATALOG_FILE)


def demo_catalog() -> dict:
    import copy

    return copy.deepcopy(_catalog_cached())


def terminal_header(enrolled: dict) -> dict[str, str]:
    """The Authorization header of a terminal, from its EnrolAnswer."""
    return {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}


@dataclass
class Seeded:
    client: TestClient
    ctx: ServerContext
    terminal_id: str
    secret: str

    @property
    def terminal(self) -> dict[str, str]:
        return {"Authorization": f"Terminal {self.terminal_id}:{self.secret}"}

    def enrol(self, code: str, name: str = "测试终端") -> dict:
        r = self.client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": name})
        assert r.status_code == 200, r.text
        return r.json()

    def sign_in(self, username: str, password: str = DEMO_PASSWORD, terminal: dict | None = None) -> dict:
        r = self.client.post(
            "/v1/sessions",
            json={"username": username, "password": password},
            headers=terminal or self.terminal,
        )
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['token']}"}


def seed(client: TestClient) -> Seeded:
    ctx = client.app.state.ctx
    code = seed_demo(ctx, demo_catalog())
    r = client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": "3号综合窗口"})
    assert r.status_code == 200, r.text
    body = r.json()
    return Seeded(client, ctx, body["terminal_id"], body["secret"])
