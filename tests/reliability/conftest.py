"""Fixtures of the reliability tests: a real PostgreSQL database per test, and a checker."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pg_cluster import admin_dsn, create_database, drop_database


@pytest.fixture(scope="session")
def reliability_pg():
    try:
        dsn, cluster = admin_dsn()
    except Exception as exc:
        pytest.skip(f"!!! NO POSTGRESQL: reliability tests skipped: {exc} !!!")
    yield dsn
    if cluster is not None:
        cluster.destroy()


@pytest.fixture
def pg_database(reliability_pg):
    url = create_database(reliability_pg)
    yield url
    drop_database(reliability_pg, url)
