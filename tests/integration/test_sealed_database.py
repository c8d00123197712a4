"""The workbench database sealed with SQLCipher (app/store/db.py, app/store/sealing.py)."""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import text

from app.store.db import HEAD_REVISION, StoreKeyRejected, current_revision, is_plain_database, open_database
from app.store.sealing import SEALING_SUFFIX, seal_database, seal_running_database
from app.store.unit_of_work import UnitOfWork

KEY = os.urandom(32)


def _plain_store(path, rows: int = 50):
    engine, sessions = open_database(path)
    with engine.begin() as c:
        c.execute(text("CREATE TABLE notes (n INTEGER PRIMARY KEY, said TEXT)"))
        for n in range(rows):
            c.execute(text("INSERT INTO notes VALUES (:n, :s)"), {"n": n, "s": f"欧阳娜娜 {n}"})
    return engine, sessions


def test_a_plain_database_is_sealed_in_place_with_every_row_and_its_schema(tmp_path):
    path = tmp_path / "onewindow.sqlite3"
    engine, _ = _plain_store(path)
    engine.dispose()
    assert seal_database(path, KEY) is True
    assert not is_plain_database(path) and "欧阳娜娜".encode() not in path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["onewindow.sqlite3"]  # no clear WAL left
    engine, _ = open_database(path, KEY)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*), max(said) FROM notes")).one() == (50, "欧阳娜娜 9")
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert current_revision(engine) == HEAD_REVISION  # migrations are not run again
    engine.dispose()
    assert seal_database(path, KEY) is False  # once


def test_the_wrong_key_or_no_key_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "onewindow.sqlite3"
    _plain_store(path)[0].dispose()
    seal_database(path, KEY)
    before = path.read_bytes()
    with pytest.raises(StoreKeyRejected):
        open_database(path, os.urandom(32))
    with pytest.raises(StoreKeyRejected):
        open_database(path)
    assert path.read_bytes() == before


def test_a_sealing_cut_off_by_a_power_cut_starts_again(tmp_path):
    path = tmp_path / "onewindow.sqlite3"
    _plain_store(path)[0].dispose()
    leftover = path.with_name(path.name + SEALING_SUFFIX)
    leftover.write_bytes(b"half an encrypted copy")
    assert seal_database(path, KEY) is True and not leftover.exists()
    engine, _ = open_database(path, KEY)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM notes")).scalar() == 50
    engine.dispose()


def test_sealing_a_running_store_loses_no_write_of_another_thread(tmp_path):
    """The sync thread writes while the clerk's sign-in seals the store: every committed write
    is in the sealed file, and a write that waited on the old file is refused, not lost."""
    path = tmp_path / "onewindow.sqlite3"
    engine, sessions = _plain_store(path, rows=0)
    committed: list[int] = []
    refused: list[int] = []
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set() or n < 50:
            try:
                with UnitOfWork(sessions) as uow:
                    uow.session.execute(text("INSERT INTO notes VALUES (:n, 'sync')"), {"n": n})
                    uow.commit()
                committed.append(n)
            except Exception:
                refused.append(n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    while len(committed) < 20:
        threading.Event().wait(0.001)
    sealed = seal_running_database(engine, sessions, path, KEY)
    stop.set()
    thread.join()
    assert not is_plain_database(path)
    with sealed.connect() as c:
        stored = {n for (n,) in c.execute(text("SELECT n FROM notes"))}
    assert set(committed) == stored and len(refused) <= 1
    sealed.dispose()
