"""Sealing a plain workbench database in place, once: every row kept, the clear copy gone.

A PC that worked before its store was sealed (an older version, or a terminal used before it
was enrolled) has its records in a plain SQLite file. At the first sign-in that releases a data
key, SQLCipher's own ``sqlcipher_export`` copies the whole database (schema, rows, indexes,
user_version) into a new encrypted file beside it; the new file is made durable and renamed
over the old one, so a power cut at any moment leaves either the plain database (sealed again
at the next sign-in) or the sealed one, never half of one. The clear file's WAL and shared
memory go with it.

What this cannot do: blocks the file system already freed may still hold the old clear pages
until they are overwritten (an SSD decides that itself); the hall's procedure for an older PC is
to seal it and then wipe free space, or to start new PCs sealed (they are sealed from their
first sign-in, before any citizen is served).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.store.db import _raw_key, is_plain_database, make_engine, make_private
from app.store.write_turns import turns_of

SEALING_SUFFIX = ".sealing"


def seal_database(path: Path, key: bytes) -> bool:
    """Encrypt the plain database at ``path`` under ``key``; False when there is nothing to
    seal (no file yet, or sealed already)."""
    path = Path(path)
    leftover = path.with_name(path.name + SEALING_SUFFIX)
    leftover.unlink(missing_ok=True)  # a sealing cut off by a power cut: start it again
    if not is_plain_database(path):
        return False
    make_private(leftover)
    plain = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        # the WAL's last commits into the main file first: the export reads through the WAL
        # anyway, but the clear WAL is to be removed afterwards and must hold nothing unique
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute('ATTACH DATABASE ? AS sealed KEY "' + _raw_key(key) + '"', (str(leftover),))
        plain.execute("SELECT sqlcipher_export('sealed')")
        plain.execute(f"PRAGMA sealed.user_version = {int(version)}")
        plain.execute("DETACH DATABASE sealed")
    finally:
        plain.close()
    _fsync(leftover)
    os.replace(leftover, path)
    for clear in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        clear.unlink(missing_ok=True)
    _fsync_folder(path.parent)
    return True


def seal_running_database(engine: Engine, sessions: sessionmaker[Session], path: Path, key: bytes) -> Engine:
    """Seal the database a running workbench uses, and return the engine to use from now on.

    The old engine's write turn is held throughout (every transaction of the process takes one,
    reads included), so no write lands in the clear file after it was copied; ``sessions`` is
    bound to the new engine before the turn is given back, and a transaction still waiting on
    the old one, or a session still holding one of its connections, is refused
    (WriteTurns.retire) rather than run against the old file."""
    turns = turns_of(engine)
    with turns.held():
        turns.retire()  # no connection keeps the clear file (or its WAL) open, none opens it again
        engine.dispose()
        try:
            seal_database(path, key)
            sealed = make_engine(path, key)
        except BaseException:
            turns.reinstate()  # still in clear: the workbench goes on with it, sealed next time
            raise
        sessions.configure(bind=sealed)
    return sealed


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
