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
threshold (the oldest generation due; the old one only once the objects moved into it since its
last pass are a quarter of it), only later and on the right thread. Garbage that is not in a
cycle is still freed at once by reference counting.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

TICK_MS = 250  # a quarter second of allocations is a few MB at most, even on the demo's server
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


def full_pass_due(moved_to_old: int, old_after_full: int) -> bool:
    """CPython's rule for the oldest generation: a full pass only once the objects moved into it
    since the last one are a quarter of what it held then, so a large stable heap is not walked
    again and again (the window would stall), while garbage that reached it is not kept long."""
    return moved_to_old >= old_after_full / 4


class CollectionSchedule:
    """CPython's own schedule, run by whoever calls :meth:`step` (the GUI thread)."""

    def __init__(self) -> None:
        self.collections = [0, 0, 0]  # per generation, for the tests and a curious operator
        self._old_after_full = len(gc.get_objects(2))
        # what CPython calls long_lived_pending: the survivors of the middle generation's passes,
        # moved into the oldest, since its last full pass; objects freed there since still count
        # (a first version compared the oldest generation's size instead, which churn keeps
        # level: full passes were rare, and the workbench grew 9 MB per 100 intakes)
        self._moved_to_old = 0

    def step(self) -> int | None:
        """Collect the generation that is due, if any; returns it."""
        generation = due_generation(gc.get_count(), gc.get_threshold())
        if generation == 2 and not full_pass_due(self._moved_to_old, self._old_after_full):
            generation = 1
        if generation == 1:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self._moved_to_old += max(0, young - gc.collect(1))
        elif generation == 2:
            gc.collect(2)
            self._old_after_full, self._moved_to_old = len(gc.get_objects(2)), 0
        elif generation == 0:
            gc.collect(0)
        if generation is not None:
            self.collections[generation] += 1
        return generation


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
