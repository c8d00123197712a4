"""The history made after the demo's server has started, so the demo opens at once.

Replaying eight weeks through the server's write paths takes a minute or more (bench/
demo_history.py prints the figure): too long to hold up the demo's first start. A daemon thread
replays one day per transaction, checking between days that the server still runs; a demo
closed midway resumes with the next day on its next start (see generate_history).

SQLite has one writer at a time, and a day's transaction holds the write lock while it runs. A
writer that finds the lock taken sleeps in SQLite's busy handler and retries, so a thread that
begins its next transaction the moment it commits would starve the demo's own requests. After
each day the thread rests as long as the day held the lock: the hall's screens and the clerk's
workbench get the lock at least half of the time, and wait at most one day's replay.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from server.context import ServerContext
from server.demo_history import HistoryReport, generate_history, has_history
from server.seed import DEMO_HALL, DEMO_PASSWORD

log = logging.getLogger("onewindow.demo")
LONGEST_REST = 5.0  # seconds: a slow day (a loaded machine) does not stall the history


class _Pace:
    """generate_history's keep_going: rests after each day as long as the day took."""

    def __init__(self, running: Callable[[], bool]) -> None:
        self._running = running
        self._since: float | None = None
        self._stopped = threading.Event()

    def __call__(self) -> bool:
        if self._since is not None:
            self._stopped.wait(min(LONGEST_REST, time.monotonic() - self._since))
        self._since = time.monotonic()
        return self._running() and not self._stopped.is_set()

    def stop(self) -> None:
        self._stopped.set()


class HistoryThread:
    def __init__(self, ctx: ServerContext, running: Callable[[], bool]) -> None:
        self.report: HistoryReport | None = None
        self.error: BaseException | None = None
        self._pace = _Pace(running)
        self._thread = threading.Thread(target=self._run, args=(ctx,), name="demo-history", daemon=True)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> HistoryThread:
        self._thread.start()
        return self

    def stop(self, timeout: float | None = None) -> None:
        """Stop after the day being replayed (it is kept; the next start goes on from there)."""
        self._pace.stop()
        self._thread.join(timeout)

    def _run(self, ctx: ServerContext) -> None:
        log.info("演示大厅：正在后台生成过去八周的历史数据")
        try:
            self.report = generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, keep_going=self._pace)
        except Exception as exc:  # a daemon thread: nobody else would see it
            self.error = exc
            log.exception("演示大厅的历史数据未能生成")
            return
        log.info("演示大厅的历史数据：%s", self.report)


def start_demo_history(ctx: ServerContext, running: Callable[[], bool]) -> HistoryThread | None:
    """Start replaying the demo hall's past on `ctx` while `running()`; None when it is there."""
    with ctx.transaction() as s:
        if has_history(s, DEMO_HALL):
            return None
    return HistoryThread(ctx, running).start()
