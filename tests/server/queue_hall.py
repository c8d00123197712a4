"""The demo hall's queue behind a TestClient, with a clock the test moves (sqlite and postgresql).

A test module makes its `hall` fixture with ``yield from open_hall(server_config)``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from fastapi.testclient import TestClient
from seeded_server import Seeded, seed

from app.sync.protocol import TERMINAL_HEADER, Role, TerminalKind
from server.app import create_app
from server.auth.enrolment import issue_code
from server.auth.passwords import hash_password
from server.seed import DEMO_HALL, DEMO_PASSWORD
from server.store.models import UserRow

# Monday 23 November 2026, 09:30 in the hall (Asia/Shanghai) = 01:30 UTC
MORNING = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
WANG = {"name": "王小明", "id_number": "341021199003074518", "sex": "男"}  # booked as YY0001
LI = {"name": "李秀英", "id_number": "341021195608120021", "sex": "女"}  # booked as YY0002
W1, W2, W3, W4 = "1号综合窗口", "2号综合窗口", "3号综合窗口", "4号不动产窗口"


class Clock:
    def __init__(self, start: datetime = MORNING) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def rid() -> str:
    return str(uuid.uuid4())


@dataclass
class Hall:
    seeded: Seeded
    clock: Clock
    _signed_in: dict[str, dict[str, str]] = field(default_factory=dict)
    _kiosk: dict[str, str] | None = None

    @property
    def client(self) -> TestClient:
        return self.seeded.client

    @property
    def ctx(self):
        return self.seeded.ctx

    @property
    def headers(self) -> dict[str, str]:
        """Window W03 with its clerk lixm signed in on it (what a window's queue calls need)."""
        return self.as_user("lixm")

    @property
    def window_terminal(self) -> dict[str, str]:
        """Window W03's credential alone: nobody signed in."""
        return self.seeded.terminal

    def as_user(self, username: str, role: Role = Role.CLERK) -> dict[str, str]:
        """The headers of `username` signed in on window W03 (a clerk of the hall made if new):
        the user's Bearer token and, beside it, the terminal's credential."""
        if username not in self._signed_in:
            with self.ctx.transaction() as s:
                if s.get(UserRow, username) is None:
                    s.add(
                        UserRow(
                            username=username,
                            display_name=username,
                            role=role.value,
                            hall_code=DEMO_HALL,
                            window_name="",
                            password_hash=hash_password(DEMO_PASSWORD),
                            active=True,
                            updated_at=self.clock.now,
                        )
                    )
            terminal = f"{self.seeded.terminal_id}:{self.seeded.secret}"
            self._signed_in[username] = {**self.seeded.sign_in(username), TERMINAL_HEADER: terminal}
        return self._signed_in[username]

    @property
    def manager(self) -> dict[str, str]:
        """The hall manager zhangjl signed in on window W03 (the day's figures are theirs)."""
        return self.as_user("zhangjl")

    @property
    def kiosk(self) -> dict[str, str]:
        """A kiosk of the hall (enrolled with a kiosk's code on first use)."""
        if self._kiosk is None:
            with self.ctx.transaction() as s:
                code, _ = issue_code(
                    s, DEMO_HALL, "K01", "test", self.clock.now, timedelta(days=1), kind=TerminalKind.KIOSK
                )
            enrolled = self.seeded.enrol(code, "1号取号机")
            self._kiosk = {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}
        return self._kiosk

    # -- kiosk ---------------------------------------------------------------------------------
    def take_raw(self, category: str = "general", request_id: str | None = None, **fields):
        body = {"request_id": request_id or rid(), "category": category, **fields}
        return self.client.post("/v1/queue/tickets", json=body, headers=self.kiosk)

    def take(self, category: str = "general", **fields) -> dict:
        r = self.take_raw(category, **fields)
        assert r.status_code == 200, r.text
        return r.json()

    def number(self, category: str = "general", **fields) -> str:
        return self.take(category, **fields)["ticket"]["number"]

    # -- window --------------------------------------------------------------------------------
    def act_raw(self, window: str, action: str, request_id: str | None = None, clerk: str = "lixm", **fields):
        """The action by `clerk`, signed in on the window terminal (the body names no clerk)."""
        body = {"request_id": request_id or rid(), "action": action, **fields}
        path = f"/v1/queue/windows/{quote(window, safe='')}/actions"
        return self.client.post(path, json=body, headers=self.as_user(clerk))

    def act(self, window: str, action: str, **fields) -> dict:
        r = self.act_raw(window, action, **fields)
        assert r.status_code == 200, r.text
        return r.json()

    def call(self, window: str) -> str | None:
        ticket = self.act(window, "call_next")["ticket"]
        return ticket["number"] if ticket else None

    def refused(self, response, status: int, code: str) -> str:
        assert response.status_code == status, response.text
        body = response.json()
        assert body["code"] == code, body
        assert not body["detail"].isascii(), body  # a Chinese sentence
        return body["detail"]

    def window(self, window: str) -> dict:
        r = self.client.get(f"/v1/queue/windows/{quote(window, safe='')}", headers=self.headers)
        assert r.status_code == 200, r.text
        return r.json()

    def board(self) -> dict:
        r = self.client.get("/v1/queue/board", headers=self.headers)
        assert r.status_code == 200, r.text
        return r.json()

    # -- hall manager --------------------------------------------------------------------------
    def configure(self, queue: dict | None = None, **changes) -> dict:
        """Change the hall's setup through the admin API: queue policy fields, notices, or
        whole `windows` / `categories` lists (category fields by code: `category_changes`)."""
        config = self.client.get("/v1/hall", headers=self.headers).json()
        body = {"windows": config["windows"], "categories": config["categories"]}
        for code, fields in changes.pop("category_changes", {}).items():
            body["categories"] = [{**c, **fields} if c["code"] == code else c for c in body["categories"]]
        body.update(changes)
        if queue is not None:
            body["queue"] = {**config["queue"], **queue}
        admin = self.seeded.sign_in("admin")
        r = self.client.put("/v1/admin/halls/330429/setup", json=body, headers=admin)
        assert r.status_code == 200, r.text
        return r.json()


def open_hall(server_config) -> Iterator[Hall]:
    app = create_app(server_config)
    clock = Clock()
    app.state.ctx.now = clock
    with TestClient(app) as client:
        yield Hall(seed(client), clock)
