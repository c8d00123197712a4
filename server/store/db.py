"""The server's database: engine, sessions and the schema (migrated by Alembic at start)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from server.auth.audit import chain_pending, forget_pending


def as_utc(moment: datetime) -> datetime:
    """A timestamp read back from the store, as an aware UTC datetime on either engine."""
    # SQLite hands back naive datetimes even for timezone-aware columns; they were stored as UTC
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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
    return create_engine(
        database_url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True
    )


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
