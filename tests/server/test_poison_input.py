"""Text no store can keep (NUL, a lone surrogate) and numbers beyond any column, at the edge:
a request gets a 4xx with a Chinese reason, a pushed mutation is rejected with its reason and the
terminal's sequence advances — never a 500 on every retry (issue 11, item 6)."""

from __future__ import annotations

import json
import logging
import uuid

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import select, text
from sync_helpers import case_mutation, make_terminal, mutation, page_payload, push, upload

from app.sync.protocol import LoginRequest
from app.sync.queue_protocol import WindowActionRequest
from server.app import create_app
from server.store.db import make_engine
from server.store.models import AppliedMutationRow, TerminalRow

JPEG = b"\xff\xd8\xff\xe0" + b"page" * 100


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _raw_push(client, terminal, *mutations: dict):
    """The body as a client's JSON encoder writes it (a lone surrogate stays an escape)."""
    body = json.dumps({"mutations": list(mutations)}).encode()
    return client.post(
        "/v1/sync/push", content=body, headers={**terminal.headers, "Content-Type": "application/json"}
    )


def _last_applied(ctx, terminal) -> int:
    with ctx.sessions() as s:
        return s.get(TerminalRow, terminal.id).last_applied_seq


@pytest.mark.parametrize("bad", ["张\x00三", "张\ud800三", "\x1b[31m"])
def test_a_poisoned_text_is_rejected_and_the_sequence_moves_on(server, bad):
    client, ctx = server
    t = make_terminal(ctx)
    poisoned = case_mutation(1, str(uuid.uuid4()))
    poisoned["payload"]["event"]["actor"] = bad
    in_name = case_mutation(2, str(uuid.uuid4()))
    in_name["payload"]["snapshot"]["applicant"][bad] = "name as a key"
    fine = case_mutation(3, str(uuid.uuid4()))
    for _attempt in range(2):  # a retry of the same batch answers the same
        r = _raw_push(client, t, poisoned, in_name, fine)
        assert r.status_code == 200, r.text
        results = r.json()["results"]
        assert [x["status"] for x in results] == ["rejected", "rejected", "applied"]
        assert "event.actor" in results[0]["reason"] and bad not in results[0]["reason"]
        assert "applicant" in results[1]["reason"] and bad not in results[1]["reason"]
    assert _last_applied(ctx, t) == 3
    with ctx.sessions() as s:
        kept = s.scalars(select(AppliedMutationRow).where(AppliedMutationRow.seq == 1)).one()
    assert kept.payload == {} and kept.status == "rejected"


def test_a_page_position_beyond_any_column_is_rejected_not_a_server_error(server):
    client, ctx = server
    t = make_terminal(ctx)
    upload(client, t, JPEG)
    far = page_payload(str(uuid.uuid4()), JPEG, position=10**30)
    r = push(client, t, mutation(1, "page.attached", far), case_mutation(2, str(uuid.uuid4())))
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["rejected", "applied"]
    assert "position" in r.json()["results"][0]["reason"]


def test_a_mutation_envelope_with_control_characters_is_a_4xx(server):
    client, ctx = server
    t = make_terminal(ctx)
    broken = {**case_mutation(1, str(uuid.uuid4())), "mutation_id": "a\x00b"}
    r = _raw_push(client, t, broken)
    assert r.status_code == 422 and r.json()["code"] == "bad_request"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/terminals/enrol", {"code": "ABCD-EFGH-JKMN", "terminal_name": "3号\x00窗口"}),
        ("/v1/terminals/enrol", {"code": "ABCD\ud800EFGH", "terminal_name": "3号窗口"}),
        ("/v1/sessions", {"username": "lixm\x00", "password": "x"}),
    ],
)
def test_a_request_with_a_nul_or_lone_surrogate_is_a_4xx_with_a_chinese_reason(server, path, body, caplog):
    client, ctx = server
    t = make_terminal(ctx)
    with caplog.at_level(logging.INFO):
        r = client.post(
            path,
            content=json.dumps(body).encode(),
            headers={**t.headers, "Content-Type": "application/json"},
        )
    assert r.status_code == 422, r.text
    assert "字符" in r.json()["detail"] and "Value error" not in r.json()["detail"]
    assert "Traceback" not in caplog.text


def test_queue_requests_refuse_control_characters_in_what_a_person_types():
    with pytest.raises(ValidationError, match="控制字符"):
        WindowActionRequest(request_id=str(uuid.uuid4()), action="pause", clerk="lixm", reason="午休\x00")
    with pytest.raises(ValidationError):
        LoginRequest(username="a\x07", password="x")


def test_the_engine_never_puts_parameters_in_an_error(server_config):
    engine = make_engine(server_config.database_url)
    try:
        with pytest.raises(Exception) as failed, engine.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table WHERE x = :x"), {"x": "110105199001011234"})
        assert "110105199001011234" not in str(failed.value)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "path",
    [
        "/v1/queue/windows/3%E5%8F%B7%00%E7%AA%97%E5%8F%A3",
        "/v1/sync/pull?cursor=%00",
        "/v1/attachments/%1b",
        "/v1/backoffice/cases/330429%00X/events",
    ],
)
def test_a_control_character_in_a_url_is_a_400_before_any_route(server, path):
    client, ctx = server
    t = make_terminal(ctx)
    r = client.get(path, headers=t.headers)
    assert r.status_code == 400 and "控制字符" in r.json()["detail"]
