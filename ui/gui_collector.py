"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread happens to allocate when a generation's
count passes its threshold: a worker's pool thread rendering a PDF, the in-process demo server's
threads, an HTTP request's thread. A cycle holding a Qt object that Python owns (a dialog closed
and dropped, a console signed out of, a timer) is then destroyed on that thread: Qt warns "Timers
cannot be stopped from another thread", and a widget destroyed off the GUI thread can crash the
program or hang it (a thread pool destroyed from one of its own threads waits for itself). A test
run lost a worker process that way.

So while an application runs, the automatic collector is off and a timer on the GUI thread does
its work: each tick collects what CPython would have collected at the allocation that crossed a
threshold (the oldest generation due; the old one only once it grew by a quarter since its last
pass), only later and on the right thread. Garbage that is not in a cycle is still freed at once
by reference counting.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

TICK_MS = 250  # a quarter second of allocations is a few MB at most, even on the demo's server
OLD_GROWTH = 1.25  # CPython's rule: a full collection once the old generation grew by a quarter
OLD_CHECK_EVERY_S = 5.0  # counting the old generation walks it: not on every tick
_PROPERTY = "_onewindow_gui_collector"


def due_generation(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The generation CPython would collect now: nothing unless the youngest generation is past
    its threshold (CPython looks only then), else the oldest one past its threshold (collecting
    it collects the younger ones too). A threshold of 0 turns collection off."""
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return None
    for generation in (2, 1):
        if counts[generation] > thresholds[generation]:
            return generation
    return 0


class CollectionSchedule:
    """CPython's own schedule, run by whoever calls :meth:`step` (the GUI thread)."""

    def __init__(self) -> None:
        self.collections = [0, 0, 0]  # per generation, for the tests and a curious operator
        self._old_after_full = len(gc.get_objects(2))
        self._old_checked = 0.0

    def step(self) -> int | None:
        """Collect the generation that is due, if any; returns it."""
        generation = due_generation(gc.get_count(), gc.get_threshold())
        if generation == 2 and not self._old_generation_grew():
            generation = 1  # a full pass over a large, stable heap would stall the window
        if generation is not None:
            gc.collect(generation)
            self.collections[generation] += 1
            if generation == 2:
                self._old_after_full = len(gc.get_objects(2))
        return generation

    def _old_generation_grew(self) -> bool:
        now = time.monotonic()
        if now - self._old_checked < OLD_CHECK_EVERY_S:
            return False
        self._old_checked = now
        return len(gc.get_objects(2)) > OLD_GROWTH * self._old_after_full


class GuiThreadCollector(QObject):
    """Install with :func:`install`; :meth:`stop` gives the collector back to CPython."""

    def __init__(
        self,
        app: QCoreApplication,
        tick_ms: int = TICK_MS,
        schedule: CollectionSchedule | None = None,
    ) -> None:
        super().__init__(app)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.schedule = schedule or CollectionSchedule()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.schedule.step)
        self._timer.start(tick_ms)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and getattr(app, _PROPERTY, None) is self:
            setattr(app, _PROPERTY, None)
        if self._was_enabled:
            gc.enable()


def installed(app: QCoreApplication) -> GuiThreadCollector | None:
    """The application's running collector, if a program's setup installed one."""
    return getattr(app, _PROPERTY, None)


def install(app: QCoreApplication, schedule: CollectionSchedule | None = None) -> GuiThreadCollector:
    """The application's collector, made on the first call (each program's setup calls this);
    a test run passes the schedule it keeps between tests, so one schedule counts for the run."""
    collector = installed(app)
    if collector is None:
        collector = GuiThreadCollector(app, schedule=schedule)
        setattr(app, _PROPERTY, collector)
    return collector
