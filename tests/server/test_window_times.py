"""A window's times are the hall's wall time: stored as the instant they name, whatever zone the
server or the PC runs in, so statistics count them on the hall's day and every reader (another
window, the platform export) sees the time the receipt printed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import case_mutation, make_terminal, push

from app.services.sync.apply import _local
from server.app import create_app
from server.store.models import ServerCaseEventRow
from server.sync.case_state import aware
from server.sync.payloads import as_utc


def test_a_time_without_an_offset_is_the_hall_s_and_one_with_an_offset_is_kept():
    assert as_utc(datetime(2026, 12, 1, 9, 30)) == datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    assert as_utc(datetime(2026, 12, 1, 23, 30)).date().day == 1  # 23:30 in the hall, 15:30 UTC
    offset = datetime.fromisoformat("2026-12-01T09:30:00+00:00")
    assert as_utc(offset) == offset


def test_a_window_s_wall_time_is_stored_as_its_instant_and_reads_back_unchanged(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        ctx = app.state.ctx
        m = case_mutation(1, str(uuid.uuid4()))
        m["payload"]["event"]["at"] = "2026-12-01T17:45:00"  # the window's clock, as it sends it
        assert push(client, make_terminal(ctx), m).status_code == 200
        with ctx.sessions() as s:
            [event] = s.scalars(select(ServerCaseEventRow)).all()
        assert aware(event.at) == datetime(2026, 12, 1, 9, 45, tzinfo=UTC)
        assert _local(aware(event.at)) == datetime(2026, 12, 1, 17, 45)  # as another window keeps it
