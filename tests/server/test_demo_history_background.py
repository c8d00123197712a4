"""The demo's history thread (server/demo_history/background.py): it starts only when the history is
missing, and stops between two days, leaving the history unmarked for the next start to finish."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from seeded_server import demo_catalog

from server.app import create_app
from server.auth.audit import audit
from server.config import ServerConfig
from server.demo_history import HISTORY_EVENT, has_history
from server.demo_history.background import start_demo_history
from server.seed import DEMO_HALL, seed_demo


@pytest.fixture
def ctx(tmp_path):
    config = ServerConfig(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "b")
    ctx = create_app(config).state.ctx
    seed_demo(ctx, demo_catalog())
    return ctx


def test_a_stopped_server_stops_the_history_before_its_first_day(ctx):
    thread = start_demo_history(ctx, running=lambda: False)
    assert thread is not None
    thread.stop(timeout=60)
    assert not thread.running and thread.error is None
    assert thread.report is not None and not thread.report.complete and thread.report.days == 0
    with ctx.sessions() as s:
        assert not has_history(s, DEMO_HALL)


def test_stopping_keeps_the_days_replayed_and_leaves_the_rest_for_the_next_start(ctx):
    thread = start_demo_history(ctx, running=lambda: True)
    assert thread is not None
    thread.stop(timeout=120)  # after the day being replayed, if one is
    assert not thread.running and thread.error is None
    assert thread.report is not None and not thread.report.complete and thread.report.days <= 1
    with ctx.sessions() as s:
        assert not has_history(s, DEMO_HALL)


def test_nothing_starts_once_the_history_is_there(ctx):
    with ctx.transaction() as s:
        audit(s, datetime.now(UTC), HISTORY_EVENT, username="seed", detail=DEMO_HALL)
    assert start_demo_history(ctx, running=lambda: True) is None
