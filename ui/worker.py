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


class _Signals(QObject):
    # emitted on the pool thread; the queued connections below deliver them on the GUI thread
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except ServiceError as exc:
            self._signals.failed.emit(exc)
        except Exception as exc:  # the GUI must survive any bug below it
            # the traceback goes to the log; the message names no personal data, only the type
            log.exception("unexpected error in a background operation")
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class _Op(QObject):
    """Lives on the GUI thread and calls the caller's callbacks there."""

    def __init__(self, owner: Worker, on_done, on_error, changes: bool) -> None:
        super().__init__(owner)
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._changes = changes
        self.signals = _Signals()
        self.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _done(self, result: object) -> None:
        try:
            if self._on_done is not None:
                self._call(self._on_done, result)
            if self._changes:
                self._owner.changed.emit()
        finally:
            self._owner._finished(self)

    @Slot(object)
    def _failed(self, error: object) -> None:
        try:
            if not isinstance(error, ServiceError):
                error = UnexpectedError(error)  # type: ignore[arg-type]
            if self._on_error is not None:
                self._call(self._on_error, error)
            else:
                self._owner.failed.emit(str(error))
        finally:
            self._owner._finished(self)

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
        self._owner.failed.emit(str(UnexpectedError(exc)))


class Worker(QObject):
    """One per application: the background pool, the ``changed`` signal, the busy state."""

    changed = Signal()  # something was written: views showing stored state refresh
    failed = Signal(str)  # an error that no caller handled; the main window shows it
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # order of the clerk's steps = order of the writes
        self._ops: set[_Op] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[ServiceError], None] | None = None,
        *,
        changes: bool = False,
    ) -> None:
        """Run ``fn`` on the pool; ``changes=True`` fires ``changed`` after it succeeded."""
        op = _Op(self, on_done, on_error, changes)
        self._ops.add(op)
        if len(self._ops) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(fn, op.signals))

    def is_idle(self) -> bool:
        return not self._ops

    def wait_idle(self, msecs: int = 10000) -> None:
        """For shutdown: let the writes already queued reach the database."""
        self._pool.waitForDone(msecs)

    def _finished(self, op: _Op) -> None:
        self._ops.discard(op)
        op.deleteLater()
        if not self._ops:
            self.busy_changed.emit(False)
