"""Write transactions of one process queue for SQLite's lock in order (app/store/write_turns.py):
the sync thread writing page after page cannot keep the clerk's write out until "database is
locked", and a turn always ends, however its transaction ends."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.engine.default import DefaultDialect
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.store.db import make_engine
from app.store.write_turns import WriteTurns, turns_of


def queued(turns: WriteTurns, n: int) -> bool:
    with turns._cond:
        return len(turns._queue) == n


def test_turns_go_in_the_order_they_were_asked_for(qtbot):
    turns = WriteTurns()
    assert turns.take()
    order: list[int] = []

    def writer(i: int) -> None:
        assert turns.take()
        order.append(i)
        turns.give_back()

    threads = []
    for i in range(4):
        threads.append(threading.Thread(target=writer, args=(i,)))
        threads[-1].start()
        qtbot.waitUntil(lambda i=i: queued(turns, i + 1))  # each in line before the next asks
    turns.give_back()
    for t in threads:
        t.join()
    assert order == [0, 1, 2, 3]


def test_a_wait_that_runs_out_leaves_the_line_and_the_next_goes_on(qtbot):
    turns = WriteTurns()
    assert turns.take()
    assert turns.take(timeout=0.01) is False
    got: list[bool] = []
    t = threading.Thread(target=lambda: got.append(turns.take()))
    t.start()
    qtbot.waitUntil(lambda: queued(turns, 1))
    turns.give_back()
    t.join()
    assert got == [True]


@pytest.fixture
def engine(tmp_path):
    engine = make_engine(tmp_path / "turns.sqlite3")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (x INTEGER)"))
    yield engine
    engine.dispose()


def test_a_turn_ends_with_a_commit_a_rollback_an_error_or_a_closed_connection(engine):
    with engine.begin() as c:
        c.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(RuntimeError), engine.begin() as c:
        c.execute(text("INSERT INTO t VALUES (2)"))
        raise RuntimeError("a use case that failed half-way")
    conn = engine.connect()
    conn.begin()
    conn.execute(text("INSERT INTO t VALUES (3)"))
    conn.close()  # back to the pool, never committed
    done = threading.Event()

    def other_thread() -> None:
        with engine.begin() as c:
            c.execute(text("INSERT INTO t VALUES (4)"))
        done.set()

    t = threading.Thread(target=other_thread)
    t.start()
    t.join(timeout=20)
    assert done.is_set()
    with engine.connect() as c:
        assert sorted(c.execute(text("SELECT x FROM t")).scalars()) == [1, 4]


def test_a_thread_writing_in_a_loop_does_not_shut_another_out(engine):
    stop = threading.Event()
    loops = [0]

    def busy() -> None:  # the sync round's small transactions, back to back
        while not stop.is_set():
            with engine.begin() as c:
                c.execute(text("INSERT INTO t VALUES (0)"))
            loops[0] += 1

    t = threading.Thread(target=busy)
    t.start()
    try:
        for i in range(30):
            with engine.begin() as c:
                c.execute(text("INSERT INTO t VALUES (:x)"), {"x": i + 1})
    finally:
        stop.set()
        t.join()
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM t WHERE x > 0")).scalar() == 30


def test_the_turn_is_held_until_the_commit_is_written(tmp_path, monkeypatch):
    """SQLAlchemy tells of a commit before it is made: the turn must outlast the COMMIT itself,
    or the next in line (sealing the file) runs while the last write is still going in."""
    held_while_committing: list[bool] = []
    real_commit = DefaultDialect.do_commit

    def committing(self, dbapi_connection) -> None:
        held_while_committing.append(turns_of(engine)._held)
        real_commit(self, dbapi_connection)

    monkeypatch.setattr(DefaultDialect, "do_commit", committing)
    engine = make_engine(tmp_path / "turns.sqlite3")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (x INTEGER)"))
    assert held_while_committing == [True] and not turns_of(engine)._held
    engine.dispose()


def test_a_retired_engine_closes_its_connections_and_opens_none(engine):
    """What sealing the file in place relies on: a connection a session still holds is closed
    (so it can never delete the new file's WAL by name when it closes later) and refused."""
    idle = engine.connect()  # a session between two transactions, on another thread
    idle.execute(text("SELECT 1")).all()
    idle.commit()
    turns = turns_of(engine)
    with turns.held():
        turns.retire()
    with pytest.raises(ProgrammingError, match="closed database"):
        idle.execute(text("INSERT INTO t VALUES (1)"))
    idle.close()  # back to the pool without an error about the closed connection
    with pytest.raises(OperationalError, match="sealed meanwhile"):
        engine.connect()
    turns.reinstate()  # the sealing failed: the engine goes on with its file
    with engine.begin() as c:
        c.execute(text("INSERT INTO t VALUES (2)"))
    with engine.connect() as c:
        assert c.execute(text("SELECT x FROM t")).scalars().all() == [2]
