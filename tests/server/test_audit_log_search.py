"""The auditor's view of the audit log: reads at a window and on the server, found by person,
clerk and time, for the auditor's own hall only (issue 14, item 3; sqlite and postgresql).

A window pushes the reads of a citizen's record it did (access.recorded); the server's own reads
(a case handed to a window) are entries too. The person is kept only as a keyed hash: an auditor
asks by ID number and finds both, never another person's, and the log holds no ID number.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from hall_a_routes import ctx_matter
from seeded_server import seed
from sqlalchemy import select
from sync_helpers import T0, case_mutation, make_terminal, mutation, push, signed_in

from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.auth.audit_verify import verify_chain
from server.seed import DEMO_HALL
from server.store.models import AuditRow

WANG, ZHAO = "11010519491231002X", "330429199001011234"


@pytest.fixture
def hall(server_config):
    with TestClient(create_app(server_config)) as client:
        yield client, seed(client)


def _case_of(client, window, seq: int, id_number: str) -> tuple[str, dict]:
    case_id = str(uuid.uuid4())
    opening = case_mutation(seq, case_id, matter_codes=(ctx_matter(client.app.state.ctx),))
    opening["payload"]["snapshot"]["applicant"] = {"name": "某人", "cert_number": id_number}
    return case_id, opening


def _read(seq: int, case_id: str, event: str = "case_opened", username: str | None = "clerk-w1") -> dict:
    at = (T0 + timedelta(minutes=seq)).isoformat()
    payload = {"case_id": case_id, "event": event, "at": at, "actor_username": username, "detail": ""}
    return mutation(seq, "access.recorded", payload)


def test_reads_at_windows_and_on_the_server_are_found_by_person_clerk_and_time(hall):
    client, seeded = hall
    ctx = seeded.ctx
    window = make_terminal(ctx, DEMO_HALL, "W1")
    clerk = signed_in(ctx, window, Role.CLERK, "clerk-w1")  # the account the window names
    wang_case, opening_wang = _case_of(client, window, 1, WANG)
    zhao_case, opening_zhao = _case_of(client, window, 2, ZHAO)
    reads = [_read(3, wang_case), _read(4, zhao_case), _read(5, wang_case, "document_reprinted")]
    r = push(client, window, opening_wang, opening_zhao, *reads)
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 5, r.text
    # a resend after a lost answer is applied once: no second entry
    assert push(client, window, reads[0]).json()["results"][0]["status"] == "applied"
    # the server hands 王's case to a window: its own entry, about the same person
    assert client.get(f"/v1/cases/{wang_case}", headers=clerk).status_code == 200

    console = make_terminal(ctx, DEMO_HALL, "B7", TerminalKind.BACKOFFICE)
    auditor = signed_in(ctx, console, Role.AUDITOR, "shenji")
    r = client.get("/v1/audit", params={"person": WANG.lower()}, headers=auditor)
    assert r.status_code == 200, r.text
    found = r.json()["entries"]
    assert [e["event"] for e in found] == ["case_opened", "window_document_reprinted", "window_case_opened"]
    assert all(e["about_person"] for e in found) and {e["username"] for e in found} == {"clerk-w1"}
    assert WANG not in r.text and ZHAO not in r.text
    by_clerk = client.get("/v1/audit", params={"clerk": "clerk-w1"}, headers=auditor).json()["entries"]
    assert {e["event"] for e in by_clerk} >= {"window_case_opened", "case_opened"}
    window_time = client.get(
        "/v1/audit",
        params={"person": ZHAO, "since": (T0 - timedelta(days=1)).isoformat(), "until": T0.isoformat()},
        headers=auditor,
    ).json()["entries"]
    assert window_time == []  # the server's time of writing is what since/until ask about
    # a page at a time, newest first
    first = client.get("/v1/audit", params={"limit": 2}, headers=auditor).json()
    assert first["more"] and len(first["entries"]) == 2
    older = client.get(
        "/v1/audit", params={"limit": 2, "before": first["entries"][-1]["seq"]}, headers=auditor
    )
    assert older.json()["entries"][0]["seq"] < first["entries"][-1]["seq"]

    with ctx.sessions() as s:
        searched = s.scalars(select(AuditRow).where(AuditRow.event == "audit_searched")).all()
        everything = " ".join(f"{a.username} {a.detail}" for a in s.scalars(select(AuditRow)))
    assert searched and all(a.username == "shenji" for a in searched)
    assert WANG not in everything and ZHAO not in everything and "110105********002X" in everything
    with ctx.sessions() as s:
        assert verify_chain(s, ctx.audit_key).broken is None  # the scope is under the chain's MAC


def test_only_the_auditor_of_the_hall_reads_it(hall):
    client, seeded = hall
    ctx = seeded.ctx
    console = make_terminal(ctx, DEMO_HALL, "B7", TerminalKind.BACKOFFICE)
    assert client.get("/v1/audit", headers=signed_in(ctx, console, Role.HALL_MANAGER)).status_code == 403
    window = make_terminal(ctx, DEMO_HALL, "W2")
    assert (
        client.get("/v1/audit", headers=signed_in(ctx, window, Role.AUDITOR, "shenji-w")).status_code == 403
    )
    # an auditor of another hall: their own hall's log, never this one's
    other_console = make_terminal(ctx, "330100", "B8", TerminalKind.BACKOFFICE)
    other = signed_in(ctx, other_console, Role.AUDITOR, "shenji-b")
    assert client.get("/v1/audit", params={"hall": DEMO_HALL}, headers=other).status_code == 403
    mine = client.get("/v1/audit", headers=other).json()["entries"]
    assert all(e["event"] == "audit_searched" for e in mine)
    # an admin names the hall
    admin = signed_in(ctx, console, Role.ADMIN, "root")
    assert client.get("/v1/audit", headers=admin).status_code == 400
    assert client.get("/v1/audit", params={"hall": DEMO_HALL}, headers=admin).status_code == 200


def test_a_read_of_another_halls_case_is_refused_and_an_unknown_account_is_marked(hall):
    client, seeded = hall
    ctx = seeded.ctx
    window = make_terminal(ctx, DEMO_HALL, "W1")
    case_id, opening = _case_of(client, window, 1, WANG)
    assert push(client, window, opening).json()["results"][0]["status"] == "applied"
    elsewhere = make_terminal(ctx, "330100", "W9")
    r = push(client, elsewhere, _read(1, case_id, username=None))
    assert r.json()["results"][0]["status"] == "rejected"
    r = push(client, window, _read(2, case_id, username="nobody"), _read(3, str(uuid.uuid4()), username=None))
    assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"]
    with ctx.sessions() as s:
        rows = s.scalars(
            select(AuditRow).where(AuditRow.event == "window_case_opened").order_by(AuditRow.seq)
        ).all()
    assert (
        len(rows) == 2
        and rows[0].username == ""
        and "nobody" in rows[0].detail
        and "未通过核对" in rows[0].detail
    )
    assert rows[0].person_key and rows[1].person_key is None  # a draft never sent: its number alone
    bad = _read(4, case_id, event="secretly_copied")
    assert push(client, window, bad).json()["results"][0]["status"] == "rejected"
