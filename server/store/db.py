"""The server's database: engine, sessions and the schema (migrated by Alembic at start)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from server.auth.audit import chain_pending, forget_pending


def as_utc(moment: datetime) -> datetime:
    """A timestamp read back from the store, as an aware UTC datetime on either engine."""
    # SQLite hands back naive datetimes even for timezone-aware columns; they were stored as UTC
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


POOL_CONNECTIONS = 30  # per process: at most this many PostgreSQL connections, kept once opened


def make_engine(database_url: str) -> Engine:
    # hide_parameters: a failing statement's parameters (names, ID numbers) never reach an
    # exception's text, and so never a log line
    if database_url.startswith("sqlite"):
        engine = create_engine(
            database_url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        # writers are serialised by taking the lock at BEGIN: change-log ids then follow commit
        # order (see ChangeLogRow), and no read-then-write race between two requests
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    # as many connections kept as a process may use at once: with a smaller pool and overflow,
    # a busy hall opened and closed connections all day (a fork on PostgreSQL's side, and the
    # statements psycopg had prepared lost each time: about a tenth of a serve process's busy time
    # while 32 kiosks issued tickets in bench/queue_call.py)
    # Handed out last-in first-out: at a clerk's pace a few connections serve every request and
    # stay warm (psycopg prepares a statement on its fifth use per connection; a busy one is never
    # pinged); first-in first-out spread 40 calls a second over all 30, each idle about 1.5 s,
    # near the ping bound, and seldom prepared (think-5 call-next p50 14.6 → 10.8 ms, p95 26 → 18 ms)
    engine = create_engine(
        database_url, pool_size=POOL_CONNECTIONS, max_overflow=0, pool_use_lifo=True, hide_parameters=True
    )
    _ping_when_idle(engine)
    return engine


# A pooled connection that sat idle this long is pinged before it is handed out (PostgreSQL may
# have been restarted, or a firewall dropped the connection, meanwhile). SQLAlchemy's pre-ping
# would ping on every check-out: a round trip more on each request, and two on a window's call,
# whose check of who is calling takes a connection of its own. Under load connections come back
# within milliseconds and are handed out again unpinged; a connection that died anyway fails
# its request, and the pool then drops every connection as old as it (SQLAlchemy's disconnect
# handling), so one request per process sees a restart that a ping missed.
IDLE_PING_AFTER_S = 2.0


def _ping_when_idle(engine: Engine) -> None:
    def returned(_dbapi_connection, record) -> None:
        record.info["idle_since"] = time.monotonic()

    def handed_out(dbapi_connection, record, _proxy) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < IDLE_PING_AFTER_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception:  # whatever a dead connection raises, it is dead
            alive = False
        if not alive:
            raise DisconnectionError("a pooled connection did not answer its ping")  # the pool retries

    event.listen(engine, "checkin", returned)
    event.listen(engine, "checkout", handed_out)


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_sessions(engine: Engine, audit_key: bytes) -> sessionmaker[Session]:
    """Sessions that carry the audit key, so every audited change chains its entry
    (server/auth/audit.py)."""
    sessions = sessionmaker(engine, expire_on_commit=False, info={"audit_key": audit_key})
    event.listen(sessions, "before_commit", chain_pending)
    event.listen(sessions, "after_rollback", forget_pending)
    return sessions
