"""Migration 0006 on a database of yesterday: a rating kept before it names no account (its outbox
entry, written then, goes out without one and the server still takes it)."""

from __future__ import annotations

import json
import sqlite3

from alembic import command
from sqlalchemy import create_engine

from app.store.db import open_database
from app.store.migrate import alembic_config
from app.store.models import RatingRow


def test_a_rating_from_before_the_account_reads_without_one(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "insert into ratings (id, case_id, ticket, level, reasons, comment, source, clerk, window, rated_at)"
        " values ('r1', null, 'A001', 2, ?, '', 'sim://', '王芳', '3号窗口', '2026-11-20 09:00:00')",
        (json.dumps(["R07"]),),
    )
    con.commit()
    con.close()

    _engine, sessions = open_database(path)  # upgrades to the head
    with sessions() as session:
        row = session.get(RatingRow, "r1")
    assert (row.clerk, row.clerk_username, row.reasons) == ("王芳", None, ["R07"])
