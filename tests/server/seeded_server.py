"""A server with the demo hall seeded and terminal W03 enrolled, for the auth/admin/back-office tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

from fastapi.testclient import TestClient

from app.sync.protocol import TerminalKind
from server.auth import passwords
from server.auth.enrolment import issue_code
from server.cli import load_catalog_file
from server.context import ServerContext
from server.seed import DEMO_HALL, DEMO_PASSWORD, seed_demo

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
    _backoffice: dict[str, str] | None = None

    @property
    def terminal(self) -> dict[str, str]:
        return {"Authorization": f"Terminal {self.terminal_id}:{self.secret}"}

    def enrol(self, code: str, name: str = "测试终端") -> dict:
        r = self.client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": name})
        assert r.status_code == 200, r.text
        return r.json()

    @property
    def backoffice_terminal(self) -> dict[str, str]:
        """A back-office terminal of the demo hall (enrolled with a code of that kind on first use)."""
        if self._backoffice is None:
            with self.ctx.transaction() as s:
                code, _ = issue_code(
                    s,
                    DEMO_HALL,
                    "B01",
                    "test",
                    self.ctx.now(),
                    timedelta(days=1),
                    kind=TerminalKind.BACKOFFICE,
                )
            enrolled = self.enrol(code, "后台审批")
            self._backoffice = {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}
        return self._backoffice

    def sign_in(self, username: str, password: str = DEMO_PASSWORD, terminal: dict | None = None) -> dict:
        """The Bearer header of `username` signed in on `terminal` (W03; the back-office account
        on a back-office terminal, since a window takes no back-office accounts)."""
        if terminal is None and username == "backoffice":
            terminal = self.backoffice_terminal
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
