"""The background sync: a thread that runs a round when poked, every `interval`, and after a
failure with exponential backoff and jitter; it listens to the hall's event stream for pokes.

A poke (a decision saved, a message on the event stream, the stream reconnecting) runs a round
at once unless one is running, in which case another follows it: pokes are never lost, only
merged. `on_status` is called from the runner's thread after every round; a GUI forwards it to
its own thread.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.services.sync.service import SyncService, SyncStatus

if TYPE_CHECKING:  # websockets and the HTTP stack load on the runner's thread, when first used
    from app.sync.event_stream import EventStream

log = logging.getLogger(__name__)
FOLLOW_UP_SECONDS = 1.0  # a second round after the server poked (see _server_poke)


class SyncRunner:
    def __init__(
        self,
        sync: SyncService,
        on_status: Callable[[SyncStatus], None],
        min_backoff: float = 1.0,
        max_backoff: float = 60.0,
        interval: float = 15.0,
        *,
        listen: bool = True,
        rng: random.Random | None = None,
    ) -> None:
        self._sync = sync
        self._on_status = on_status
        self._min, self._max, self._interval = min_backoff, max_backoff, interval
        self._listen = listen  # False: no event stream (tests, or a server without one)
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._follow_up = False
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._stream: EventStream | None = None
        self.failures = 0  # rounds failed in a row
        self.delays: list[float] = []  # the waits chosen after each round, newest last (bounded)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="sync-runner", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        self._wake.set()

    def _server_poke(self) -> None:
        # on PostgreSQL a change becomes pullable only once every older transaction of the
        # cluster has ended, so a pull right after the poke can come back short: one more round
        # a second later catches it instead of waiting for the interval
        self._follow_up = True
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()  # after its current round; then no new stream can be started
            self._thread = None
        if self._stream is not None:
            self._stream.stop()
            self._stream = None

    def next_delay(self, ok: bool) -> float:
        """How long to wait after a round: the interval, or a growing backoff after failures."""
        if ok:
            self.failures = 0
            return self._interval
        self.failures += 1
        from app.sync.event_stream import backoff_delay

        return backoff_delay(self.failures, self._min, self._max, self._rng)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()  # pokes from here on ask for another round
            follow_up, self._follow_up = self._follow_up, False
            status = self._sync.sync_once()
            try:
                self._on_status(status)
            except Exception:  # a listener's bug must not stop the sync
                log.exception("sync status listener failed")
            self._ensure_stream(status)
            delay = self.next_delay(ok=not status.last_error)
            if follow_up and not status.last_error:
                delay = min(delay, FOLLOW_UP_SECONDS)
            self.delays = [*self.delays[-49:], delay]
            self._wake.wait(delay)

    def _ensure_stream(self, status: SyncStatus) -> None:
        if not self._listen or self._stream is not None or not status.configured or self._stopping.is_set():
            return
        terminal_id, secret = self._sync.credentials()
        hall = self._sync.hall_code
        if not (terminal_id and hall):
            return
        from app.sync.event_stream import EventStream, events_url
        from app.sync.transport import terminal_authorization

        url = events_url(status.server_url, hall)
        self._stream = EventStream(
            url,
            self._server_poke,
            self._min,
            self._max,
            rng=self._rng,
            authorization=terminal_authorization(terminal_id, secret),
        )
        self._stream.start()
