"""The server's pool pings a connection only when it sat idle (server/store/db.py): a connection
that died meanwhile (PostgreSQL restarted, a firewall dropped it) is replaced unseen, while one
handed straight back out is not pinged (the round trip every request paid with pre-ping)."""

from __future__ import annotations

import psycopg
from sqlalchemy import event, text

from server.store import db


def _backend(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT pg_backend_pid()")).scalar_one()


def _kill(pg_admin: str, pid: int) -> None:
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        assert conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]


def test_a_connection_that_died_while_idle_is_replaced_unseen(pg_admin, pg_url, monkeypatch):
    engine = db.make_engine(pg_url)
    try:
        dead = _backend(engine)
        _kill(pg_admin, dead)
        monkeypatch.setattr(db, "IDLE_PING_AFTER_S", 0.0)  # it has been idle long enough
        assert _backend(engine) != dead  # answered on a new connection, no error
    finally:
        engine.dispose()


def test_a_connection_handed_straight_back_out_is_not_pinged(pg_url, monkeypatch):
    engine = db.make_engine(pg_url)
    pings = []
    original = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda conn: pings.append(1) or original(conn))
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        first = _backend(engine)
        monkeypatch.setattr(db, "IDLE_PING_AFTER_S", 3600.0)  # never idle that long here
        assert _backend(engine) == first
        assert pings == [] and statements == ["SELECT pg_backend_pid()"] * 2
        monkeypatch.setattr(db, "IDLE_PING_AFTER_S", 0.0)
        assert _backend(engine) == first and pings == [1]  # idle: pinged, alive, kept
    finally:
        engine.dispose()
