"""The local SQLite database: one file, WAL, durable commits, migrated by Alembic at open.

Once the window PC's store is sealed (app/store/keyslots.py) the same database is a SQLCipher
file: every page AES-256 encrypted and authenticated under the data key, given raw (no
passphrase derivation at each connection: the key is already a random 256-bit one).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.store.write_turns import take_turns


def _on_connect(dbapi_connection, _record) -> None:
    # let SQLAlchemy's "begin" hook below decide how transactions start (pysqlite's own
    # implicit BEGIN is deferred, which lets two writers read the same sequence number)
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    # WAL lets today's list read while a decision is being written; synchronous=FULL makes a
    # commit durable before we show "已受理" — in WAL mode NORMAL could lose the last commits
    # on a power cut, and the clerk has already handed over the receipt by then.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_private(path: Path) -> None:
    """The database file (and the folder it lives in, with the scans, documents and logs beside
    it) readable by this OS account alone: another account on the PC reads none of the citizens'
    records. SQLite makes its -wal and -shm files with the database file's permissions."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":  # the OS account's profile folder protects it there
        return
    held = os.stat(folder)
    # the workbench's own folder; never a shared one it was pointed at (/tmp: sticky, others')
    if held.st_uid == os.getuid() and not held.st_mode & stat.S_ISVTX:
        os.chmod(folder, 0o700)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)  # one made before (0644 under the usual umask) is narrowed


PLAIN_HEADER = b"SQLite format 3\x00"


class StoreKeyRejected(Exception):
    """The database does not open with the key given: another PC's key, or a damaged file."""


def is_plain_database(path: Path) -> bool:
    """A database file written in clear (every SQLite file starts with this header; a SQLCipher
    one starts with its random salt)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def _raw_key(key: bytes) -> str:
    # SQLCipher's raw-key form; the dialect quotes it: PRAGMA key = "x'…'"
    return f"x'{key.hex()}'"


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    make_private(path)
    # use cases run on worker threads; each opens its own session, so a connection may be
    # returned to the pool on one thread and taken on another
    if key is None:
        url: URL | str = f"sqlite:///{path}"
        pooling = {}
    else:
        # the password of the URL is the key: SQLAlchemy never prints it (repr masks it)
        url = URL.create("sqlite+pysqlcipher", password=_raw_key(key), database=str(path))
        pooling = {"poolclass": QueuePool}  # the dialect's default pool is one per thread
    engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True, **pooling)
    event.listen(engine, "connect", _on_connect)
    # every transaction takes the write lock up front (BEGIN IMMEDIATE): a use case reads (the
    # case, the next sequence) and then writes; with a deferred BEGIN two of them could read the
    # same state and one would fail at commit. Use cases are short, so serialising them costs
    # nothing a clerk would notice; within the process they queue in order (app/store/write_turns).
    take_turns(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# The newest migration. Checked against Alembic's own view by the tests, so that a normal start
# (database already current) need not import Alembic at all: that import alone costs more time
# than everything else the store does at start-up.
HEAD_REVISION = "0009"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def open_database(path: Path, key: bytes | None = None) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating or upgrading as needed) the database at `path`; ``key``: it is sealed
    under that data key (raises StoreKeyRejected when the key does not open it)."""
    engine = make_engine(path, key)
    try:
        revision = current_revision(engine)
    except DatabaseError as exc:  # SQLCipher: "file is not a database" — the wrong key
        engine.dispose()
        raise StoreKeyRejected(str(path)) from exc
    if revision != HEAD_REVISION:
        from app.store.migrate import upgrade_to_head

        upgrade_to_head(engine)
    return engine, make_session_factory(engine)
