"""What "nothing lost, nothing duplicated" means, checked on both ends after a run."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from server.blobs import BlobStore
from server.config import default_data_key_path
from server.sealing.keyring import DataKeyring

CASE_KINDS = {
    "accepted", "supplement_requested", "refused", "step", "suspended", "resumed", "decided",
    "result_ready", "issued", "deferred_supplied",
}  # fmt: skip


def client_outbox(database: Path) -> list[tuple[int, str, str, str]]:
    """(seq, mutation_id, kind, state) of every mutation the terminal created, in seq order."""
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT seq, mutation_id, kind, state FROM outbox ORDER BY seq").fetchall()


def assert_server_has_exactly(database_url: str, blob_dir: Path, outbox: list[tuple]) -> dict:
    """The server applied every created mutation once, in order, and every attachment checks."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            applied = conn.execute(
                text(
                    "SELECT seq, mutation_id, kind, status, reason FROM applied_mutations "
                    "ORDER BY terminal_id, seq"
                )
            ).all()
            window_events = (
                conn.execute(text("SELECT mutation_id FROM case_events WHERE source = 'window'"))
                .scalars()
                .all()
            )
            pages = conn.execute(text("SELECT count(*) FROM case_pages")).scalar_one()
            ratings = conn.execute(text("SELECT count(*) FROM ratings")).scalar_one()
            attachments = conn.execute(text("SELECT sha256, size, complete FROM attachments")).all()
    finally:
        engine.dispose()
    created_ids = [row[1] for row in outbox]
    assert len(set(created_ids)) == len(created_ids)
    assert [a.mutation_id for a in applied] == created_ids, "the server's mutations differ from those created"
    assert [a.seq for a in applied] == list(range(1, len(outbox) + 1))
    refused = [(a.seq, a.kind, a.reason) for a in applied if a.status != "applied"]
    assert not refused, f"mutations refused: {refused[:5]}"
    kinds = Counter(row[2] for row in outbox)
    duplicates = [m for m, n in Counter(window_events).items() if n > 1]
    assert not duplicates, f"case events applied twice: {duplicates[:5]}"
    assert len(window_events) == sum(n for k, n in kinds.items() if k in CASE_KINDS)
    assert pages == kinds["page.attached"]
    assert ratings == kinds["rating.recorded"]
    for sha, size, complete in attachments:
        assert complete
        # read as the server reads it: the file on disk is sealed (server/blob_sealing.py)
        data = b"".join(BlobStore(blob_dir, DataKeyring(default_data_key_path())).read(sha))
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha
    assert all(row[3] == "applied" for row in outbox), "the terminal still has unacknowledged mutations"
    return {"mutations": len(outbox), "attachments": len(attachments), **kinds}
