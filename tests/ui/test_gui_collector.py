"""Reference cycles holding Qt objects are freed on the GUI thread, never on a worker's thread
(ui.gui_collector): a dropped dialog in a cycle survives a background thread's allocations and is
destroyed by the GUI thread's collector tick."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel

from ui import gui_collector
from ui.gui_collector import due_generation, full_pass_due

THRESHOLDS = (700, 10, 10)


def test_the_oldest_generation_past_its_threshold_is_due():
    assert due_generation((0, 0, 0), THRESHOLDS) is None
    assert due_generation((700, 10, 10), THRESHOLDS) is None  # at the threshold: not yet
    assert due_generation((701, 0, 0), THRESHOLDS) == 0
    assert due_generation((701, 11, 0), THRESHOLDS) == 1
    assert due_generation((701, 3, 11), THRESHOLDS) == 2
    assert due_generation((5, 30, 30), THRESHOLDS) is None  # CPython looks only past the young one's
    assert due_generation((5000, 0, 0), (0, 10, 10)) is None  # a threshold of 0: never


def test_a_full_pass_once_a_quarter_of_the_old_generation_is_new_since_the_last():
    assert not full_pass_due(moved_to_old=0, old_after_full=100_000)
    assert not full_pass_due(moved_to_old=24_999, old_after_full=100_000)
    assert full_pass_due(moved_to_old=25_000, old_after_full=100_000)
    assert full_pass_due(moved_to_old=0, old_after_full=0)  # nothing old yet: as CPython


def test_objects_moved_to_the_old_generation_bring_its_full_pass(qapp):
    """Churn through the middle generation counts even when the old generation does not grow:
    its cyclic garbage is collected within CPython's bound, not only after it grew by a quarter."""
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        schedule = gui_collector.CollectionSchedule()
        kept = []
        for _ in range(400):  # survivors promoted by middle passes, then dropped: no growth
            kept = [[i] for i in range(2_000)]
            for _ in range(11):
                gc.collect(0)  # the young passes CPython would have made: the middle one is due
            kept.append([[i] for i in range(2_000)])  # and the youngest past its threshold
            schedule.step()
            if schedule.collections[2]:
                break
        del kept
        assert schedule.collections[1] > 0
        assert schedule.collections[2] > 0, schedule.collections
    finally:
        if was:
            gc.enable()
        gc.collect()


class _CycledDialog(QDialog):
    """A dialog that only a reference cycle keeps alive, as a closed dialog whose slots point back
    at it is, with a running timer and a child widget (what Qt refuses to tear down off-thread)."""

    def __init__(self, seen: list[int]) -> None:
        super().__init__()
        self.myself = self
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.label = QLabel("办件", self)
        # where Python frees a dialog it owns, the C++ dialog is destroyed too
        weakref.finalize(self, lambda: seen.append(threading.get_ident()))


def test_a_dropped_dialog_in_a_cycle_is_destroyed_on_the_gui_thread(qtbot, qapp):
    gc.enable()  # as when a program starts: CPython collects in whichever thread allocates
    collector = gui_collector.GuiThreadCollector(qapp)
    try:
        seen: list[int] = []
        dialog = _CycledDialog(seen)  # young: the first collection of any generation finds it
        del dialog

        def allocate() -> None:  # far past every threshold: CPython would collect on this thread
            garbage = []
            for i in range(200_000):
                pair = [i]
                pair.append(pair)
                garbage.append(pair)
            garbage.clear()

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join(30)
        assert seen == []  # nothing was collected on the worker's thread
        qtbot.waitUntil(lambda: seen != [])
        assert seen == [threading.get_ident()]
    finally:
        collector.stop()
        gc.disable()  # as the test run keeps it (tests/conftest.py)


def test_nothing_is_collected_until_due_and_stopping_gives_the_collector_back(qapp):
    was = gc.isenabled()
    gc.enable()
    try:
        collector = gui_collector.GuiThreadCollector(qapp, tick_ms=60_000)
        assert not gc.isenabled()
        gc.collect()
        seen: list[int] = []
        _CycledDialog(seen)
        assert collector.schedule.step() is None  # one young object: no threshold passed
        assert seen == []
        collector.stop()
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()
        gc.collect()  # the dialog, here on the GUI thread


def test_every_program_runs_it(qapp):
    from ui.app import setup_application

    left = gui_collector.installed(qapp)
    if left is not None:
        left.stop()  # an earlier test's: the program's setup must make its own
    assert gui_collector.installed(qapp) is None
    gc.enable()  # as when a program starts
    try:
        app = setup_application("zh_CN")
        collector = gui_collector.installed(app)
        assert collector is not None and collector.running
        assert not gc.isenabled()  # the setup turned CPython's own collector off
        assert setup_application("zh_CN") is app and gui_collector.installed(app) is collector
        collector.stop()
        assert not collector.running and gc.isenabled()  # stopping gives it back
        assert gui_collector.installed(app) is None
    finally:
        gc.disable()  # as the test run keeps it (tests/conftest.py)
