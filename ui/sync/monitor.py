"""Keeps the status bar's sync slot true: what the sync runner reports, on the GUI thread.

The runner calls ``report`` from its own thread after every attempt; a queued signal brings the
status to the GUI thread (a widget must never be touched from another thread). Between reports
a timer re-renders the slot, because the age of the oldest waiting change grows on its own.

Every local write (the worker's ``changed``) pokes the runner, so a decision leaves the terminal
as soon as the server can be reached. When a sync round ends, ``synced`` fires so the views that
show stored state refresh: the round may have pulled back-office steps or cleared unsynced marks.
It is a signal of its own, not ``changed``, because ``changed`` pokes the runner again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ui.messages import describe
from ui.sync.status_text import slot_text

RERENDER_MS = 30_000


class SyncMonitor(QObject):
    status_changed = Signal(object)  # SyncStatus, on the GUI thread
    synced = Signal()  # a sync round ended: views showing stored state refresh
    _arrived = Signal(object)  # from the runner's thread

    def __init__(self, status_bar, worker, now: Callable[[], datetime] = datetime.now, parent=None) -> None:
        super().__init__(parent)
        self._bar = status_bar
        self._worker = worker
        self.now = now  # replaceable: tests choose the time the ages are measured from
        self.status = None  # the last SyncStatus shown
        self._sync = None
        self._runner = None
        self._arrived.connect(self.show_status, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(RERENDER_MS)
        self._timer.timeout.connect(self._render)
        self._timer.start()
        worker.changed.connect(self.local_change)

    def attach(self, sync_service, runner) -> None:
        """Follow ``sync_service`` (and ``runner``, None for a standalone workbench)."""
        self._sync, self._runner = sync_service, runner
        self.refresh()

    @property
    def can_sync(self) -> bool:
        return self._runner is not None

    def report(self, status) -> None:
        """The runner's ``on_status``: safe to call from any thread."""
        self._arrived.emit(status)

    def refresh(self) -> None:
        """Read the status from the local database (off the GUI thread) and show it."""
        if self._sync is not None:
            self._worker.run(self._sync.status, self.show_status, self._failed)

    def local_change(self) -> None:
        if self._sync is None:
            return
        self.refresh()  # 待同步 counts the new change at once, before the runner has pushed it
        self.sync_now()

    def sync_now(self) -> bool:
        """立即同步: wake the runner; False when there is no server to sync with."""
        if self._runner is None:
            return False
        self._runner.poke()
        return True

    def show_status(self, status) -> None:
        previous, self.status = self.status, status
        self._render()
        self.status_changed.emit(status)
        if previous is not None and status.last_sync_at != previous.last_sync_at:
            self.synced.emit()

    def _render(self) -> None:
        if self.status is None:
            return
        shown = slot_text(self.status, self.now())
        self._bar.set_slot("sync", shown.text, shown.tone, shown.tooltip)

    def _failed(self, error) -> None:
        self._bar.set_slot("sync", self.tr("状态未知"), "warning", describe(error))

    def stop(self) -> None:
        self._timer.stop()
