"""Pull: the hall's changes (and every hall's) in pages, by an opaque cursor."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sync_helpers import case_mutation, make_terminal, pull, push

from app.sync.protocol import ChangeKind, PullAnswer
from server.app import create_app
from server.sync.change_log import record_change


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def test_pages_through_the_halls_changes_and_a_cursor_resumes(server):
    client, ctx = server
    here, there = make_terminal(ctx), make_terminal(ctx, hall_code="330100", code="W09")
    ids = [str(uuid.uuid4()) for _ in range(5)]
    push(client, here, *(case_mutation(i + 1, case_id) for i, case_id in enumerate(ids)))
    push(client, there, case_mutation(1, str(uuid.uuid4())))
    with ctx.transaction() as s:
        record_change(s, "*", ChangeKind.CATALOG, "7", {"version": 7})
    seen, cursor = [], None
    for _ in range(10):
        r = pull(client, here, cursor, limit=2)
        assert r.status_code == 200, r.text
        page = PullAnswer.model_validate(r.json())
        seen += [(c.kind, c.key) for c in page.changes]
        cursor = page.cursor
        if not page.more:
            break
    assert seen == [(ChangeKind.CASE, i) for i in ids] + [(ChangeKind.CATALOG, "7")]
    state = pull(client, here, limit=1).json()["changes"][0]["data"]
    assert state["status"] == "accepted" and state["events"][0]["kind"] == "accepted"
    # nothing new: the same cursor comes back and nothing is repeated
    again = pull(client, here, cursor).json()
    assert again == {"changes": [], "cursor": cursor, "more": False}
    new = str(uuid.uuid4())
    push(client, here, case_mutation(6, new))
    assert [c["key"] for c in pull(client, here, cursor).json()["changes"]] == [new]


@pytest.mark.parametrize("cursor", ["nonsense", "c1.1", "c1.-1.2", "c1.1.2.3", "c2.1.1", "c1.1.x", "c1.٣.1"])
def test_an_invalid_cursor_is_a_clear_400(server, cursor):
    client, ctx = server
    t = make_terminal(ctx)
    r = pull(client, t, cursor)
    assert r.status_code == 400 and r.json()["code"] == "bad_cursor" and "游标" in r.json()["detail"]


@pytest.mark.parametrize("limit", [0, -1, 1001, "many"])
def test_a_limit_out_of_range_is_4xx(server, limit):
    client, ctx = server
    t = make_terminal(ctx)
    r = pull(client, t, limit=limit)
    assert r.status_code == 422 and r.json()["code"] == "bad_request"


def test_pull_needs_a_terminal(server):
    client, _ctx = server
    assert client.get("/v1/sync/pull").status_code == 401
