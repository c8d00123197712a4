"""Fixtures of the server tests: a server on a real PostgreSQL, and one on SQLite (embedded)."""

from __future__ import annotations

import pytest
from pg_cluster import admin_dsn, create_database, drop_database

from server.config import ServerConfig


@pytest.fixture(scope="session")
def pg_admin():
    try:
        dsn, cluster = admin_dsn()
    except Exception as exc:
        pytest.skip(f"!!! NO POSTGRESQL: server tests on PostgreSQL skipped: {exc} !!!")
    yield dsn
    if cluster is not None:
        cluster.destroy()


@pytest.fixture
def pg_url(pg_admin):
    url = create_database(pg_admin)
    yield url
    drop_database(pg_admin, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def server_config(request, tmp_path) -> ServerConfig:
    """A fresh database of each kind: every server test runs on both engines."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    return ServerConfig(database_url=url, blob_dir=tmp_path / "blobs")
