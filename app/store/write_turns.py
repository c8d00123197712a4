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
SEALED_MEANWHILE = "the database was sealed meanwhile: try again"


class WriteTurns:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: deque[object] = deque()
        self._held = False
        # the engine was replaced (its database sealed under a key, app/store/sealing.py): a
        # transaction still waiting on it is refused, never run against the old file, and no
        # connection to the old file is opened again
        self.retired = False
        self._connections: dict[int, object] = {}  # every open DBAPI connection of the engine
        # kept (not just their ids) so that no later connection can take the id of a closed one
        self._closed_by_retire: dict[int, object] = {}

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

    def retire(self) -> None:
        """Close every connection to the engine's file and open none again; called holding the
        turn, so none is inside a transaction. A connection left open on a file that is then
        replaced would, when it closes, delete the WAL by name: the new file's WAL."""
        self.retired = True
        for key, dbapi_connection in list(self._connections.items()):
            dbapi_connection.close()  # type: ignore[attr-defined]
            self._closed_by_retire[key] = dbapi_connection
        self._connections.clear()

    def opened(self, dbapi_connection: object) -> None:
        self._connections[id(dbapi_connection)] = dbapi_connection

    def closed(self, dbapi_connection: object) -> None:
        self._connections.pop(id(dbapi_connection), None)

    def closed_by_retire(self, dbapi_connection: object) -> bool:
        return id(dbapi_connection) in self._closed_by_retire

    def reinstate(self) -> None:
        """The replacement failed: the engine reconnects to its file on demand."""
        self.retired = False


_TURNS: weakref.WeakKeyDictionary[Engine, WriteTurns] = weakref.WeakKeyDictionary()


def turns_of(engine: Engine) -> WriteTurns:
    return _TURNS[engine]


def take_turns(engine: Engine) -> None:
    """Every transaction begun on `engine` waits for its turn; the end of its commit or
    rollback, or the connection's return to the pool, ends it (whichever comes first, once)."""
    turns = _TURNS[engine] = WriteTurns()
    dialect = engine.dialect

    def begin(connection) -> None:
        if not turns.take():
            raise sqlite3.OperationalError("database is locked")
        if turns.retired:
            turns.give_back()
            raise sqlite3.OperationalError(SEALED_MEANWHILE)
        connection.info[_HOLDS] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            end(connection)
            raise

    def end(connection) -> None:
        try:
            info = connection.info
        except NotImplementedError:
            return  # the dialect's probe at the first connect: not a transaction of ours
        if info.pop(_HOLDS, False):
            turns.give_back()

    def after(finish):
        # SQLAlchemy's commit and rollback events come *before* the DBAPI call: the turn is
        # given back only once the COMMIT is done, or the next in line (sealing the file, above
        # all) would run while it is still being written
        def finish_then_end(dbapi_connection) -> None:
            try:
                if not turns.closed_by_retire(dbapi_connection.dbapi_connection):
                    finish(dbapi_connection)  # a closed connection has nothing to finish
            finally:
                end(dbapi_connection)

        return finish_then_end

    def refuse_when_retired(*_args) -> None:
        if turns.retired:
            raise sqlite3.OperationalError(SEALED_MEANWHILE)

    def checkin(_dbapi_connection, record) -> None:
        if record.info.pop(_HOLDS, False):
            turns.give_back()

    dialect.do_commit = after(dialect.do_commit)  # type: ignore[method-assign]
    dialect.do_rollback = after(dialect.do_rollback)  # type: ignore[method-assign]
    event.listen(engine, "do_connect", refuse_when_retired)
    event.listen(engine, "begin", begin)
    event.listen(engine.pool, "connect", lambda dbapi_connection, _record: turns.opened(dbapi_connection))
    event.listen(engine.pool, "close", lambda dbapi_connection, _record: turns.closed(dbapi_connection))
    event.listen(engine.pool, "close_detached", turns.closed)
    event.listen(engine.pool, "checkin", checkin)
