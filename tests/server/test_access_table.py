"""docs/access.md, the table of route × terminal kind × role, is what the server does.

The table is read back from the docs (not from the code that renders it) and every route of the
spec is called by a terminal of each kind of the route's own hall, bare and with each role
signed in on it, and with each role's token alone: every combination the table marks — is
refused (401/403, a reason and nothing else), and no combination it marks ✓ is refused for its
kind or role. SQLite only: the checks are the same code on both engines, and
test_cross_hall_routes runs every route on PostgreSQL too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hall_a_routes import (
    LICENCE_URL,
    hall_a_data,
    operations_in_safe_order,
    request_kwargs,
    route_path,
    sample_bodies,
)
from seeded_server import seed
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import Role, TerminalKind
from server.api.access_table import parse, render, routes
from server.app import create_app
from server.cli import openapi_spec
from server.config import ServerConfig
from server.seed import DEMO_HALL

DOCS = Path(__file__).resolve().parents[2] / "docs" / "access.md"
# what a refusal for the caller's kind or role says (server/auth/credentials.py); a ✓ call may
# still be refused for what it asks (another window's queue, a follow-up not the caller's)
KIND_OR_ROLE = (
    "不能进行此操作（仅限",
    "当前账号的角色无权",
    "须由工作人员在本终端登录",
    "未登录或登录已过期",
)


def test_the_docs_hold_the_table_the_routes_declare():
    assert DOCS.read_text(encoding="utf-8") == render(), (
        "docs/access.md is out of date: run `onewindow-server access-table --output docs/access.md`"
    )


def test_the_table_names_every_operation_of_the_spec():
    spec = openapi_spec()
    in_spec = {(m.upper(), p) for p, item in spec["paths"].items() for m in item}
    in_docs = {(row.method, row.path) for row in parse(DOCS.read_text(encoding="utf-8"))}
    assert in_docs == in_spec
    assert {(r.method, r.path) for r in routes()} == in_spec
    # the event stream (a WebSocket: not in the spec) is described beside the table
    assert "`WS /v1/halls/{hall_code}/events`" in DOCS.read_text(encoding="utf-8")


@pytest.fixture
def hall(tmp_path):
    config = ServerConfig(
        database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}",
        blob_dir=tmp_path / "blobs",
        statistics_keep_interval=0,
        licence_url=LICENCE_URL,
    )
    with TestClient(create_app(config)) as client:
        seeded = seed(client)
        yield client, seeded, hall_a_data(client, seeded.ctx), seeded.terminal_id


def _callers(ctx) -> list[tuple[TerminalKind | None, Role | None, dict[str, str]]]:
    """Every kind of terminal of the demo hall, bare and with every role signed in on it (made
    in the database: even a role that may not sign in on that kind), and each role's token
    with no terminal credential beside it."""
    callers: list[tuple[TerminalKind | None, Role | None, dict[str, str]]] = [(None, None, {})]
    for kind in TerminalKind:
        terminal = make_terminal(ctx, DEMO_HALL, f"{kind.value[:1].upper()}8", kind)
        callers.append((kind, None, terminal.headers))
        for role in Role:
            callers.append((kind, role, signed_in(ctx, terminal, role)))
            if kind is TerminalKind.WINDOW:  # a session of its own: signing out ends one
                token_alone = signed_in(ctx, terminal, role)["Authorization"]
                callers.append((None, role, {"Authorization": token_alone}))
    return callers


def test_every_route_refuses_exactly_whom_the_table_says(hall):
    client, seeded, a, a_terminal = hall
    stated = {(row.method, row.path): row for row in parse(DOCS.read_text(encoding="utf-8"))}
    callers = _callers(seeded.ctx)
    bodies = sample_bodies(a)
    wrong: list[str] = []
    refused = allowed = 0
    for method, template in operations_in_safe_order(client.app.openapi()):
        row = stated[(method, template)]
        if row.kinds is None and row.roles is None:
            continue  # public: health, enrolment and sign-in (whose own rules the table states)
        for kind, role, headers in callers:
            r = client.request(
                method,
                route_path(template, a, a_terminal),
                **request_kwargs(method, template, bodies, headers),
            )
            who = f"{method} {template} as {kind and kind.value} with {role and role.value}"
            assert r.status_code < 500, f"{who}: {r.status_code} {r.text[:200]}"
            if row.lets_in(kind, role):
                allowed += 1
                if r.status_code in (401, 403) and any(s in r.json()["detail"] for s in KIND_OR_ROLE):
                    wrong.append(f"{who}: the table lets it in, refused {r.status_code} {r.text[:200]}")
            else:
                refused += 1
                body = r.json() if r.headers.get("content-type", "").startswith("application/json") else {}
                if r.status_code not in (401, 403) or set(body) != {"detail", "code"}:
                    wrong.append(f"{who}: the table refuses it, got {r.status_code} {r.text[:200]}")
    assert wrong == []
    assert refused > 500 and allowed > 100, (refused, allowed)
