"""Work every server process does every few seconds while it serves, each on a thread of its own
(统计报表's closed days, scheduled work profiles, the queue's planner statistics).

The work starts with the API (a router's lifespan: server/api/context.py while_serving) and
stops with it. A failed round is logged and the next one comes as usual: a database hiccup must
not end it for good.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class EveryFewSeconds:
    """Runs `work()` every `interval` seconds until stopped. With `drift`, each wait is drawn
    between half and one and a half intervals, so processes started together drift apart and do
    not do the same work at the same moment round after round."""

    def __init__(
        self, name: str, interval: float, work: Callable[[], object], failure: str, drift: bool = False
    ) -> None:
        self.interval, self.work, self.failure, self.drift = interval, work, failure, drift
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> EveryFewSeconds:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stop.wait(self.interval * (random.uniform(0.5, 1.5) if self.drift else 1.0)):
            try:
                self.work()
            except Exception:
                log.exception(self.failure)
