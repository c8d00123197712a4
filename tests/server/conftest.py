"""Fixtures of the server tests: a server on a real PostgreSQL, and one on SQLite (embedded)."""

from __future__ import annotations

import pytest

from server.config import ServerConfig


@pytest.fixture(params=["sqlite", "postgresql"])
def server_config(request, tmp_path) -> ServerConfig:
    """A fresh database of each kind: every server test runs on both engines."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    # 统计报表's keeper off: a test keeps days ahead by calling it (test_statistics_keeper.py), so
    # no tick between a test's steps keeps what the test counts
    # and queue_tickets' planner statistics: a test analyses it by calling analyse_if_changed
    return ServerConfig(
        database_url=url, blob_dir=tmp_path / "blobs", statistics_keep_interval=0, queue_analyze_interval=0
    )
