"""The window PC's database, with its WAL, and the data folder around it (scans, documents, logs)
are readable by the workbench's OS account alone (issue 14: the terminal secret and the citizens'
records are not left world-readable on a shared PC)."""

from __future__ import annotations

import os
import stat

from sqlalchemy import text

from app.store.db import open_database


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_database_and_its_folder_are_private(tmp_path):
    path = tmp_path / "data" / "onewindow.sqlite3"
    engine, _sessions = open_database(path)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE probe (x INTEGER)"))
            conn.execute(text("INSERT INTO probe VALUES (1)"))
        assert _mode(path.parent) == 0o700
        for name in ("onewindow.sqlite3", "onewindow.sqlite3-wal", "onewindow.sqlite3-shm"):
            assert _mode(path.parent / name) == 0o600, name
    finally:
        engine.dispose()


def test_a_database_left_readable_by_an_older_version_is_narrowed(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    path = folder / "onewindow.sqlite3"
    engine, _ = open_database(path)
    engine.dispose()
    os.chmod(path, 0o644)
    os.chmod(folder, 0o755)
    engine, _ = open_database(path)
    engine.dispose()
    assert (_mode(path), _mode(folder)) == (0o600, 0o700)


def test_a_shared_folder_it_was_pointed_at_is_left_as_it_is(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    engine, _ = open_database(shared / "onewindow.sqlite3")
    engine.dispose()
    assert _mode(shared) == 0o1777 and _mode(shared / "onewindow.sqlite3") == 0o600
