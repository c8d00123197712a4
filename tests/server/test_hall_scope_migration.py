"""Migration 0003_hall_scope on a store from before it (sqlite and postgresql): pages learn their
hall from their case or from the terminal that attached them, every hall whose pages use a file
gets its own attachment row, and case numbers become unique per hall."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from server.store.db import make_engine
from server.store.migrate import alembic_config, upgrade_to_head

A, B = "330429", "330100"
SHA = "a" * 64
NOW = "2026-12-04 09:00:00"


def _insert(c, table: str, **values) -> None:
    names = ", ".join(values)
    c.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in values)})"), values)


def _case(c, case_id: str, hall: str) -> None:
    _insert(
        c,
        "cases",
        id=case_id,
        number="N-1",
        hall_code=hall,
        terminal_id=f"t-{hall}",
        status="accepted",
        version=1,
        snapshot="{}",
        created_at=NOW,
        updated_at=NOW,
    )


def _before(c) -> None:
    for hall in (A, B):
        _insert(c, "halls", code=hall, name="x", address="", phone="", created_at=NOW)
        _insert(
            c,
            "terminals",
            id=f"t-{hall}",
            hall_code=hall,
            name="W01",
            code="W01",
            secret_hash="x",
            enrolled_at=NOW,
            last_applied_seq=1,
            revoked=False,
        )
    _case(c, "case-a", A)
    for sha, received in ((SHA, 10), ("b" * 64, 3)):
        _insert(
            c,
            "attachments",
            sha256=sha,
            size=10,
            media_type="image/jpeg",
            received=received,
            complete=received == 10,
            created_at=NOW,
        )
    for page_id, case_id in (("p-a", "case-a"), ("p-b", "draft-of-b"), ("p-lost", "draft-of-nobody")):
        _insert(
            c,
            "case_pages",
            id=page_id,
            case_id=case_id,
            material_code="m",
            position=0,
            sha256=SHA,
            rotation=0,
            deleted=False,
        )
    _insert(
        c,
        "applied_mutations",
        terminal_id=f"t-{B}",
        seq=1,
        mutation_id="m-1",
        kind="page.attached",
        status="applied",
        reason="",
        payload='{"page_id": "p-b"}',
        created_at=NOW,
        applied_at=NOW,
    )


def test_pages_and_attachments_take_their_halls(server_config):
    engine = make_engine(server_config.database_url)
    try:
        command.upgrade(alembic_config(engine), "0002")
        with engine.begin() as c:
            _before(c)
        upgrade_to_head(engine)
        with engine.connect() as c:
            halls = dict(c.execute(text("SELECT id, hall_code FROM case_pages")).all())
            rows = set(c.execute(text("SELECT hall_code, sha256, complete FROM attachments")).all())
        assert halls == {"p-a": A, "p-b": B, "p-lost": ""}
        # one row per hall that uses the file; the upload nobody's page used yet is gone
        assert rows == {(A, SHA, True), (B, SHA, True)}
        with engine.begin() as c:  # another hall may now use the same number …
            _case(c, "case-b", B)
        with pytest.raises(IntegrityError), engine.begin() as c:  # … the same hall may not
            _case(c, "case-a2", A)
    finally:
        engine.dispose()
