"""Push of a hand-out (出件): the server keeps how the collector's ID was seen and the 委托书 of
a 代领, and refuses a hand-out recorded without them; windows older than this send none."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sync_helpers import case_mutation, make_terminal, push

from server.app import create_app
from server.store.models import ServerCaseEventRow, ServerCaseRow


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _ready_case(case_id: str) -> list[dict]:
    return [
        case_mutation(1, case_id),
        case_mutation(2, case_id, "decided", "accepted", "decided", 1, detail={"result_code": 0}),
        case_mutation(3, case_id, "result_ready", "decided", "result_ready", 2),
    ]


def _issued(seq: int, case_id: str, detail: dict) -> dict:
    return case_mutation(
        seq, case_id, "issued", "result_ready", "issued", seq - 1, summary="出件", detail=detail
    )


AGENT_WITH_LETTER = {
    "method": "agent",
    "identity": "card",
    "typed_reason": "",
    "authorisation_pages": [str(uuid.uuid4())],
}


@pytest.mark.parametrize(
    ("detail", "reason"),
    [
        ({"method": "in_person", "identity": "typed", "typed_reason": "  "}, "未写明原因"),
        ({"method": "agent", "identity": "card", "authorisation_pages": []}, "未附授权委托书"),
        ({"method": "in_person", "identity": "guessed"}, "核验方式“guessed”无效"),
        ({"method": "in_person", "identity": "typed", "typed_reason": "长" * 201}, "typed_reason"),
    ],
)
def test_a_hand_out_without_its_proof_is_refused(server, detail, reason):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    r = push(client, t, *_ready_case(case_id), _issued(4, case_id, detail))
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == ["applied"] * 3 + ["rejected"]
    assert reason in results[3]["reason"]
    with ctx.sessions() as s:
        assert s.get(ServerCaseRow, case_id).status == "result_ready"


@pytest.mark.parametrize(
    "detail",
    [
        AGENT_WITH_LETTER,
        {"method": "in_person", "identity": "typed", "typed_reason": "身份证芯片损坏，核对了临时身份证"},
        {"method": "post"},
        {},  # a window from before identities were recorded
    ],
)
def test_a_hand_out_with_its_proof_is_kept_with_the_event(server, detail):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    r = push(client, t, *_ready_case(case_id), _issued(4, case_id, detail))
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 4, r.text
    with ctx.sessions() as s:
        assert s.get(ServerCaseRow, case_id).status == "issued"
        events = s.query(ServerCaseEventRow).filter_by(case_id=case_id, kind="issued").all()
        assert [e.detail for e in events] == [detail]
