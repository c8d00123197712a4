"""Push: exactly once, in seq order, stored results, rejections with reasons that never jam."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sync_helpers import (
    MATTER,
    case_mutation,
    make_terminal,
    mutation,
    page_payload,
    publish_catalog,
    push,
    rating_payload,
    upload,
)

from server.app import create_app
from server.store.models import (
    AppliedMutationRow,
    CasePageRow,
    ChangeLogRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TerminalRow,
)


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _statuses(answer) -> list[str]:
    return [r["status"] for r in answer.json()["results"]]


def _count(ctx, model) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_applies_a_case_and_a_resend_returns_the_stored_result(server):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    first = case_mutation(1, case_id)
    second = case_mutation(2, case_id, "step", "accepted", "in_progress", position=1, summary="初审")
    r = push(client, t, first, second)
    assert r.status_code == 200, r.text
    assert _statuses(r) == ["applied", "applied"] and r.json()["last_applied_seq"] == 2
    again = push(client, t, first, second)
    assert again.status_code == 200 and again.json() == r.json()
    with ctx.sessions() as s:
        case = s.get(ServerCaseRow, case_id)
        assert (case.status, case.version, case.hall_code) == ("in_progress", 2, t.hall_code)
        assert str(case.promised_date) == "2026-12-04"
        events = s.scalars(select(ServerCaseEventRow).order_by(ServerCaseEventRow.position)).all()
        assert [(e.position, e.kind) for e in events] == [(0, "accepted"), (1, "step")]
        assert {e.source for e in events} == {"window"}
        assert s.get(TerminalRow, t.id).last_applied_seq == 2
    assert _count(ctx, AppliedMutationRow) == 2


def test_a_resent_seq_with_another_mutation_id_is_a_conflict(server):
    client, ctx = server
    t = make_terminal(ctx)
    assert push(client, t, case_mutation(1, str(uuid.uuid4()))).status_code == 200
    r = push(client, t, case_mutation(1, str(uuid.uuid4())))
    assert r.status_code == 409 and r.json()["code"] == "seq_mismatch" and "第 1 号" in r.json()["detail"]


def test_a_gap_is_refused_with_the_expected_seq(server):
    client, ctx = server
    t = make_terminal(ctx)
    r = push(client, t, case_mutation(3, str(uuid.uuid4())))
    assert r.status_code == 409
    assert r.json()["code"] == "seq_gap" and r.json()["expected_seq"] == 1
    assert _count(ctx, ServerCaseRow) == 0
    r = push(client, t, case_mutation(1, str(uuid.uuid4())), case_mutation(3, str(uuid.uuid4())))
    assert r.status_code == 409 and r.json()["expected_seq"] == 2
    assert _count(ctx, ServerCaseRow) == 0  # nothing of a refused batch is kept


def test_out_of_order_or_duplicate_ids_in_one_batch_are_bad_requests(server):
    client, ctx = server
    t = make_terminal(ctx)
    a, b = case_mutation(2, str(uuid.uuid4())), case_mutation(1, str(uuid.uuid4()))
    assert push(client, t, a, b).status_code == 400
    b2 = {**case_mutation(2, str(uuid.uuid4())), "mutation_id": b["mutation_id"]}
    assert push(client, t, b, b2).status_code == 400


def test_rejected_mutations_advance_and_later_ones_still_apply(server):
    client, ctx = server
    t = make_terminal(ctx)
    publish_catalog(ctx)
    ok, poison, unknown = (str(uuid.uuid4()) for _ in range(3))
    r = push(
        client,
        t,
        case_mutation(1, ok),
        # invalid transition: an accepted case cannot be issued
        case_mutation(2, ok, "issued", "accepted", "issued", position=1, summary="出件"),
        case_mutation(3, poison, matter_codes=("NO-SUCH-MATTER",)),
        mutation(4, "case.teleported", {"case_id": unknown}),
        case_mutation(5, unknown, "step", "accepted", "in_progress"),  # never opened on the server
        mutation(6, "accepted", {"case_id": 12}),  # malformed
        case_mutation(7, ok, "step", "accepted", "in_progress", position=1),
    )
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == ["applied", *["rejected"] * 5, "applied"]
    reasons = [x["reason"] for x in results]
    assert reasons[1] == "办件当前为“已受理”，不能出件"
    assert reasons[2] == "事项编码“NO-SUCH-MATTER”不在事项目录中"
    assert reasons[3] == "未知的变更类型“case.teleported”"
    assert "服务器上没有办件" in reasons[4]
    assert reasons[5].startswith("变更内容不完整或格式不对") and "case_id" in reasons[5]
    assert r.json()["last_applied_seq"] == 7
    with ctx.sessions() as s:
        assert s.get(ServerCaseRow, ok).status == "in_progress"
        assert s.get(ServerCaseRow, poison) is None
        stored = s.scalars(select(AppliedMutationRow).order_by(AppliedMutationRow.seq)).all()
        assert [m.status for m in stored] == [x["status"] for x in results]
        assert stored[1].reason == reasons[1]
        # the losing change is kept (but for the snapshot the case row holds); an applied one
        # lives on in the rows it made, so applied_mutations keeps nothing more of it
        assert stored[1].payload["case_id"] == ok and stored[1].payload["event"]["summary"] == "出件"
        assert "snapshot" not in stored[1].payload
        assert stored[3].payload == {"case_id": unknown}
        assert stored[0].payload == {} and stored[6].payload == {}


def test_a_case_the_server_moved_on_is_rejected_and_its_state_logged(server):
    client, ctx = server
    a, b = make_terminal(ctx, code="W01"), make_terminal(ctx, code="W02")
    case_id = str(uuid.uuid4())
    assert _statuses(push(client, a, case_mutation(1, case_id))) == ["applied"]
    moved = case_mutation(1, case_id, "step", "accepted", "in_progress", position=1)
    assert _statuses(push(client, b, moved)) == ["applied"]
    late = case_mutation(2, case_id, "suspended", "accepted", "suspended", position=1, summary="特别程序")
    r = push(client, a, late)
    reason = r.json()["results"][0]["reason"]
    assert reason == "办件在服务器上已是“审查中”，本次“特别程序”未生效（以服务器为准）"

    with ctx.sessions() as s:
        logged = s.scalars(select(ChangeLogRow).order_by(ChangeLogRow.id)).all()
    assert len(logged) == 3 and logged[-1].data["status"] == "in_progress"


def test_another_halls_case_is_refused(server):
    client, ctx = server
    here, there = make_terminal(ctx), make_terminal(ctx, hall_code="330100", code="W09")
    case_id = str(uuid.uuid4())
    push(client, here, case_mutation(1, case_id))
    r = push(client, there, case_mutation(1, case_id, "step", "accepted", "in_progress", position=1))
    reason = r.json()["results"][0]["reason"]
    assert "本大厅没有这个办件" in reason and f"330429-W01-{case_id[:8]}" not in reason


def test_unknown_matter_is_not_checked_before_any_catalog_is_published(server):
    client, ctx = server
    t = make_terminal(ctx)
    r = push(client, t, case_mutation(1, str(uuid.uuid4()), matter_codes=("ANYTHING",)))
    assert _statuses(r) == ["applied"]
    publish_catalog(ctx, matter_codes=(MATTER,))
    r = push(client, t, case_mutation(2, str(uuid.uuid4()), matter_codes=("ANYTHING",)))
    assert _statuses(r) == ["rejected"]


def test_a_page_waits_for_its_attachment_and_stops_the_batch(server):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    data = b"\xff\xd8 a scanned page " * 100
    page = page_payload(case_id, data)
    batch = [mutation(1, "page.attached", page), case_mutation(2, case_id)]
    r = push(client, t, *batch)
    assert r.status_code == 200
    assert r.json()["results"] == [
        {
            "seq": 1,
            "mutation_id": batch[0]["mutation_id"],
            "status": "needs_attachment",
            "reason": r.json()["results"][0]["reason"],
            "missing_attachments": [page["sha256"]],
        }
    ]
    assert r.json()["last_applied_seq"] == 0 and _count(ctx, ServerCaseRow) == 0
    upload(client, t, data)
    assert _statuses(push(client, t, *batch)) == ["applied", "applied"]
    rotated = {**page, "rotation": 90}
    moved = {**page, "order": ["other-page", page["page_id"]]}
    r = push(client, t, mutation(3, "page.rotated", rotated), mutation(4, "page.moved", moved))
    assert _statuses(r) == ["applied", "applied"]
    with ctx.sessions() as s:
        row = s.get(CasePageRow, page["page_id"])
        assert (row.rotation, row.position, row.deleted, row.sha256) == (90, 1, False, page["sha256"])
    r = push(client, t, mutation(5, "page.deleted", {**page, "order": []}), mutation(6, "page.rotated", page))
    assert _statuses(r) == ["applied", "rejected"]
    with ctx.sessions() as s:
        assert s.get(CasePageRow, page["page_id"]).deleted


def test_ratings_are_kept_once(server):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    rating = rating_payload(case_id)
    r = push(
        client,
        t,
        case_mutation(1, case_id),
        mutation(2, "rating.recorded", rating),
        mutation(3, "rating.recorded", rating),  # the same rating again: harmless
        mutation(4, "rating.recorded", rating_payload(case_id)),  # a second one for the case
        mutation(5, "rating.recorded", {**rating_payload(None), "level": 9}),
    )
    assert _statuses(r) == ["applied", "applied", "applied", "rejected", "rejected"]
    assert "一次一评" in r.json()["results"][3]["reason"]
    with ctx.sessions() as s:
        kept = s.scalars(select(RatingRow)).all()
    assert [(x.id, x.case_id, x.hall_code) for x in kept] == [(rating["rating_id"], case_id, t.hall_code)]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"mutations": []},
        {"mutations": [{"seq": 0, "mutation_id": "x", "kind": "a", "payload": {}, "created_at": "now"}]},
        {"mutations": "lots"},
        {"mutations": [{"seq": 1}], "extra": 1},
    ],
)
def test_malformed_push_bodies_are_4xx(server, body):
    client, ctx = server
    t = make_terminal(ctx)
    r = client.post("/v1/sync/push", json=body, headers=t.headers)
    assert 400 <= r.status_code < 500 and r.json()["detail"]


def test_push_needs_a_terminal_credential(server):
    client, ctx = server
    t = make_terminal(ctx)
    r = client.post("/v1/sync/push", json={"mutations": [case_mutation(1, "x")]})
    assert r.status_code == 401
    bad = {"Authorization": f"Terminal {t.id}:wrong"}
    r = client.post("/v1/sync/push", json={"mutations": [case_mutation(1, "x")]}, headers=bad)
    assert r.status_code == 401
