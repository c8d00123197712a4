"""The change log: a late commit is never skipped; server-side events; schema = migrations."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import case_mutation, make_terminal, pull, push, settle

from app.domain.case_status import CaseStatus
from app.sync.protocol import ChangeKind
from server.app import create_app
from server.config import ServerConfig
from server.store.models import ChangeLogRow, ServerCaseRow
from server.store.schema import Base
from server.sync.case_state import append_case_event, case_state
from server.sync.change_log import read_changes, record_change


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def test_a_change_committed_late_is_not_skipped(pg_url, tmp_path):
    app = create_app(ServerConfig(database_url=pg_url, blob_dir=tmp_path))
    ctx = app.state.ctx
    with TestClient(app) as client:
        t = make_terminal(ctx)
        early = ctx.sessions()
        early.begin()
        record_change(early, t.hall_code, ChangeKind.HALL, "A", {"n": 1})  # not committed yet
        with ctx.transaction() as later:
            record_change(later, t.hall_code, ChangeKind.HALL, "B", {"n": 2})
        first = client.get("/v1/sync/pull", headers=t.headers).json()
        assert first["changes"] == []  # B waits behind the still-open A
        early.commit()
        early.close()
        second = pull(client, t, first["cursor"]).json()
        assert [c["key"] for c in second["changes"]] == ["A", "B"]
        assert pull(client, t, second["cursor"]).json()["changes"] == []


def test_an_aborted_transaction_holds_back_nothing(pg_url, tmp_path):
    app = create_app(ServerConfig(database_url=pg_url, blob_dir=tmp_path))
    ctx = app.state.ctx
    with TestClient(app) as client:
        t = make_terminal(ctx)
        with ctx.sessions() as aborted:
            aborted.begin()
            record_change(aborted, t.hall_code, ChangeKind.HALL, "lost", {})
            aborted.rollback()
        with ctx.transaction() as s:
            record_change(s, t.hall_code, ChangeKind.HALL, "kept", {})
        assert [c["key"] for c in pull(client, t).json()["changes"]] == ["kept"]


def test_record_change_marks_the_hall_for_the_realtime_hub(server):
    _client, ctx = server
    make_terminal(ctx)
    with ctx.transaction() as s:
        record_change(s, "330429", "hall", "330429", {"windows": []})
        assert s.info["changed_halls"] == {"330429"}
    settle(ctx)
    with ctx.sessions() as s:
        row = s.scalars(select(ChangeLogRow)).one()
        assert (row.kind, row.key, row.data) == ("hall", "330429", {"windows": []})
        assert read_changes(s, ["330429"], None, 10).changes[0].kind is ChangeKind.HALL
        assert read_changes(s, ["330100"], None, 10).changes == []


def test_a_backoffice_event_is_appended_and_flows_down(server):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    push(client, t, case_mutation(1, case_id))
    now = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    with ctx.transaction() as s:
        case = s.get(ServerCaseRow, case_id)
        append_case_event(
            s, case, "step", "审批科 王五", "初审通过", {"step": "初审"}, CaseStatus.IN_PROGRESS, now=now
        )
    with ctx.sessions() as s:
        case = s.get(ServerCaseRow, case_id)
        state = case_state(s, case)
    assert (state.status, state.version) == ("in_progress", 2)
    assert [(e.position, e.kind, e.source) for e in state.events] == [
        (0, "accepted", "window"),
        (1, "step", "backoffice"),
    ]
    changes = pull(client, t).json()["changes"]
    assert changes[-1]["data"]["events"][-1]["summary"] == "初审通过"
    # the window, behind the server, learns it lost: the server's view stands
    late = case_mutation(2, case_id, "suspended", "accepted", "suspended", position=1, summary="特别程序")
    assert "已是“审查中”" in push(client, t, late).json()["results"][0]["reason"]


def test_migrations_match_the_models(server_config):
    app = create_app(server_config)
    with app.state.ctx.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
