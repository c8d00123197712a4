"""Write transactions of one process take turns in the order they asked.

SQLite serialises writers with a lock that a waiting connection polls (sleeping up to 100 ms
between tries), so a thread that writes in a tight loop — the sync round pushing page after page —
can keep the clerk's own write out for longer than the busy timeout, and the clerk sees
"database is locked". Inside one process the wait is ours to organise: each BEGIN IMMEDIATE first
waits here, first come first served, woken the moment the turn before it ends. Other processes
(none in normal use: one workbench per data folder) still meet SQLite's busy timeout.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import weakref
from collections import deque
from contextlib import contextmanager

from sqlalchemy import Engine, event

TURN_WAIT_S = 30.0  # longer than any use case takes on a loaded PC; then the caller hears "locked"
_HOLDS = "onewindow_holds_write_turn"


class WriteTurns:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: deque[object] = deque()
        self._held = False
        # the engine was replaced (its database sealed under a key, app/store/sealing.py): a
        # transaction still waiting on it is refused, never run against the old file
        self.retired = False

    @contextmanager
    def held(self):
        """Hold the turn for work outside the engine (sealing the database in place)."""
        if not self.take():
            raise sqlite3.OperationalError("database is locked")
        try:
            yield
        finally:
            self.give_back()

    def take(self, timeout: float = TURN_WAIT_S) -> bool:
        me = object()
        deadline = time.monotonic() + timeout
        with self._cond:
            self._queue.append(me)
            while self._held or self._queue[0] is not me:
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(left):
                    if not self._held and self._queue[0] is me:
                        break  # freed just as the wait ran out
                    self._queue.remove(me)
                    self._cond.notify_all()  # the next in line may now be first
                    return False
            self._queue.popleft()
            self._held = True
            return True

    def give_back(self) -> None:
        with self._cond:
            self._held = False
            self._cond.notify_all()


_TURNS: weakref.WeakKeyDictionary[Engine, WriteTurns] = weakref.WeakKeyDictionary()


def turns_of(engine: Engine) -> WriteTurns:
    return _TURNS[engine]


def take_turns(engine: Engine) -> None:
    """Every transaction begun on `engine` waits for its turn; commit, rollback or the
    connection's return to the pool ends it (whichever comes first, once)."""
    turns = _TURNS[engine] = WriteTurns()

    def begin(connection) -> None:
        if not turns.take():
            raise sqlite3.OperationalError("database is locked")
        if turns.retired:
            turns.give_back()
            raise sqlite3.OperationalError("the database was sealed meanwhile: try again")
        connection.info[_HOLDS] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            end(connection)
            raise

    def end(connection, *_args) -> None:
        if connection.info.pop(_HOLDS, False):
            turns.give_back()

    def checkin(_dbapi_connection, record) -> None:
        if record.info.pop(_HOLDS, False):
            turns.give_back()

    event.listen(engine, "begin", begin)
    event.listen(engine, "commit", end)
    event.listen(engine, "rollback", end)
    event.listen(engine.pool, "checkin", checkin)
