"""Clocks are data, never order: terminals whose clocks are a day off end in the same state."""

from __future__ import annotations

from collections import Counter

from live_server import ThreadServer, seed
from sqlalchemy import create_engine, text
from terminals import make_cases, open_terminal, sync_until_done

from server.config import ServerConfig


def _final_state(database_url: str) -> tuple:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        statuses = Counter(conn.execute(text("SELECT status FROM cases")).scalars())
        events = Counter(conn.execute(text("SELECT kind FROM case_events")).scalars())
        applied = Counter(
            (r.kind, r.status) for r in conn.execute(text("SELECT kind, status FROM applied_mutations"))
        )
        pages = conn.execute(text("SELECT count(*) FROM case_pages WHERE NOT deleted")).scalar_one()
    engine.dispose()
    return statuses, events, applied, pages


def test_terminals_a_day_ahead_or_behind_reach_the_same_state(tmp_path):
    states = {}
    for skew in (-24.0, 0.0, 24.0):
        home = tmp_path / f"skew{skew:+.0f}"
        config = ServerConfig(database_url=f"sqlite:///{home / 'server.sqlite3'}", blob_dir=home / "blobs")
        home.mkdir()
        code = seed(config)
        server = ThreadServer(config).start()
        terminal = open_terminal(home / "client", server.url, code, skew_hours=skew)
        try:
            make_cases(terminal, 12, seed=9, pages=1, rotations=1)  # the same work at every window
            terminal.sync.sync_once()
            make_cases(terminal, 8, seed=10, pages=1, rotations=2)
            sync_until_done(terminal)
        finally:
            terminal.close()
            server.stop()
        states[skew] = _final_state(config.database_url)
    assert states[-24.0] == states[0.0] == states[24.0]
    statuses, _events, applied, pages = states[0.0]
    assert statuses["accepted"] == 20 and pages == 20
    assert all(status == "applied" for (_kind, status) in applied)
