"""Enrolling a terminal under a code already in use revokes the one it replaces and tells the new
one the case-number sequences used under that code (sqlite and postgresql)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from hall_a_routes import ctx_matter
from seeded_server import seed
from sqlalchemy import select
from sync_helpers import case_mutation, make_terminal, push

from server.app import create_app
from server.auth.enrolment import issue_code
from server.seed import DEMO_HALL
from server.store.models import AuditRow, TerminalRow


def _accepted(client, terminal, numbers: list[str], first_seq: int = 1) -> None:
    matter = (ctx_matter(client.app.state.ctx),)
    mutations = [
        case_mutation(first_seq + i, str(uuid.uuid4()), number=n, matter_codes=matter)
        for i, n in enumerate(numbers)
    ]
    r = push(client, terminal, *mutations)
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * len(numbers), r.text


def test_the_new_terminal_revokes_the_old_and_numbers_on_after_it(server_config):
    with TestClient(create_app(server_config)) as client:
        ctx = seed(client).ctx
        old = make_terminal(ctx, DEMO_HALL, "W5")
        _accepted(client, old, [f"{DEMO_HALL}-20261203-W5-0007", f"{DEMO_HALL}-20261204-W5-0001"])
        _accepted(client, old, [f"{DEMO_HALL}-20261204-W5-0002", f"{DEMO_HALL}-20261104-W5-0009"], 3)
        # another window's numbers, whose code starts alike, are not this code's
        _accepted(client, make_terminal(ctx, DEMO_HALL, "W50"), [f"{DEMO_HALL}-20261204-W50-0042"])
        with ctx.transaction() as s:
            code, _ = issue_code(s, DEMO_HALL, "W5", "admin", ctx.now(), timedelta(days=1))
        r = client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": "新电脑"})
        assert r.status_code == 200, r.text
        answer = r.json()
        # the week up to the latest day held: a month-old day is past numbering again
        assert answer["case_sequences"] == {"2026-12-03": 7, "2026-12-04": 2}
        assert push(client, old, case_mutation(5, str(uuid.uuid4()))).status_code == 403
        with ctx.sessions() as s:
            rows = s.execute(select(TerminalRow.id, TerminalRow.revoked).where(TerminalRow.code == "W5"))
            revoked = {terminal_id: flag for terminal_id, flag in rows}
            audited = s.scalars(
                select(AuditRow.terminal_id).where(AuditRow.event == "terminal_revoked")
            ).all()
        assert revoked == {old.id: True, answer["terminal_id"]: False}
        assert audited == [old.id]
        # a code never used before starts from nothing
        with ctx.transaction() as s:
            fresh, _ = issue_code(s, DEMO_HALL, "W6", "admin", ctx.now(), timedelta(days=1))
        r = client.post("/v1/terminals/enrol", json={"code": fresh, "terminal_name": "W6"})
        assert r.json()["case_sequences"] == {}
