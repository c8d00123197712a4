"""Running use cases off the GUI thread and bringing their answers back (Anki's CollectionOp idea).

Every use case touches SQLite or renders a PDF, so a widget never calls one directly: it hands a
callable to :meth:`Worker.run` and gets the result (or the :class:`ServiceError`) back on the GUI
thread through a queued signal. The pool has ONE thread on purpose: the steps of one clerk must
reach the database in the order they were made (the debounced applicant save before the decision
that follows it), and SQLite has one writer anyway.

``Worker.changed`` is the one app-wide "something was written" signal; views that show stored
state (today's cases, the open case) refresh when it fires.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.services.errors import ServiceError
from ui.messages import describe

log = logging.getLogger(__name__)


class UnexpectedError(Exception):
    """A bug or an environment failure that no use case announced; logged in full, shown briefly."""

    def __init__(self, original: BaseException) -> None:
        self.original = original
        super().__init__(
            QCoreApplication.translate(
                "Worker", "操作未完成：程序内部错误（{0}）。详情已记入日志，已录入的内容仍然保留。"
            ).format(type(original).__name__)
        )


class _Relay(QObject):
    """Carries every job's outcome from the pool thread back to the GUI thread.

    One long-lived object owned by the Worker, never one per job: a per-job QObject whose last
    Python reference sat in the finished QRunnable got destroyed on the pool thread while the
    GUI thread was still delivering its queued signal — an intermittent crash.
    """

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id = job_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except ServiceError as exc:
            self._relay.failed.emit(self._id, exc)
        except Exception as exc:  # the GUI must survive any bug below it
            # the traceback goes to the log; the message names no personal data, only the type
            log.exception("unexpected error in a background operation")
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.done.emit(self._id, result)


class _Pending:
    """What to do on the GUI thread when a job ends."""

    def __init__(self, on_done, on_error, changes: bool) -> None:
        self.on_done = on_done
        self.on_error = on_error
        self.changes = changes


class Worker(QObject):
    """One per application: the background pool, the ``changed`` signal, the busy state."""

    changed = Signal()  # something was written: views showing stored state refresh
    failed = Signal(str)  # an error that no caller handled; the main window shows it
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # order of the clerk's steps = order of the writes
        self._relay = _Relay(self)
        self._relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, _Pending] = {}
        self._next_id = 0
        self._stopped = False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[ServiceError], None] | None = None,
        *,
        changes: bool = False,
    ) -> None:
        """Run ``fn`` on the pool; ``changes=True`` fires ``changed`` after it succeeded."""
        if self._stopped:
            # a view's answer arriving after its window closed (a reload after a save, say) would
            # otherwise start a request beside the shutdown of what it talks to
            log.debug("a job asked for after the worker stopped was not started")
            return
        self._next_id += 1
        self._pending[self._next_id] = _Pending(on_done, on_error, changes)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self._next_id, fn, self._relay))

    def is_idle(self) -> bool:
        return not self._pending

    def wait_idle(self, msecs: int = 10000) -> None:
        """Let the jobs already queued end, for at most ``msecs`` (a job may still be running)."""
        self._pool.waitForDone(msecs)

    def stop(self) -> None:
        """For shutdown: the jobs already queued end, however long they take, and none starts after.

        No bound of our own: a job that was still writing or waiting for the server when a bound
        ran out went on beside the shutdown of the session it used (the client closed under it, a
        save lost). What a job waits for bounds it (HTTP timeouts, SQLite's busy timeout). Answers
        that arrive afterwards reach no view: the views are going away.
        """
        self._stopped = True
        self._pool.waitForDone(-1)
        self._pending.clear()

    @Slot(int, object)
    def _done(self, job_id: int, result: object) -> None:
        pending = self._pending.get(job_id)
        if pending is None:  # it ended after stop(): nobody is left to tell
            return
        try:
            if pending.on_done is not None:
                self._call(pending.on_done, result)
            if pending.changes:
                self.changed.emit()
        finally:
            self._finished(job_id)

    @Slot(int, object)
    def _failed(self, job_id: int, error: object) -> None:
        pending = self._pending.get(job_id)
        if pending is None:  # as in _done: not shown in a window that has closed
            return
        try:
            if not isinstance(error, ServiceError):
                error = UnexpectedError(error)  # type: ignore[arg-type]
            if pending.on_error is not None:
                self._call(pending.on_error, error)
            else:
                self.failed.emit(describe(error))
        finally:
            self._finished(job_id)

    def _call(self, callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except RuntimeError as exc:
            # the widget that asked was closed meanwhile (its C++ half is gone): nothing to show
            if "already deleted" not in str(exc):
                self._report(exc)
        except Exception as exc:  # a bug in a view must not take the window down
            self._report(exc)

    def _report(self, exc: Exception) -> None:
        log.exception("error while showing the result of a background operation")
        self.failed.emit(str(UnexpectedError(exc)))

    def _finished(self, job_id: int) -> None:
        self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
