"""The worker: results come back on the GUI thread, in order, errors to the right callback."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from app.services.errors import NotFound
from ui.worker import UnexpectedError, Worker


def test_many_jobs_deliver_in_order_on_the_gui_thread(qtbot):
    worker = Worker()
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    ran_on: set[int] = set()

    def job(i: int):
        def fn() -> int:
            ran_on.add(threading.get_ident())
            return i

        return fn

    changed = []
    worker.changed.connect(lambda: changed.append(1))
    for i in range(300):  # many short jobs: the hand-over between threads must never race
        worker.run(job(i), lambda v: seen.append((v, threading.get_ident())), changes=True)
    qtbot.waitUntil(worker.is_idle, timeout=30_000)
    assert [v for v, _ in seen] == list(range(300))
    assert {t for _, t in seen} == {gui}
    assert gui not in ran_on
    assert len(changed) == 300


def test_errors_reach_their_callback_or_the_failed_signal(qtbot):
    worker = Worker()
    errors: list[object] = []
    unhandled: list[str] = []
    worker.failed.connect(unhandled.append)

    def not_found():
        raise NotFound("找不到该办件")

    def bug():
        raise ZeroDivisionError

    worker.run(not_found, on_error=errors.append)
    worker.run(bug)
    qtbot.waitUntil(worker.is_idle, timeout=30_000)
    assert isinstance(errors[0], NotFound) and str(errors[0]) == "找不到该办件"
    assert len(unhandled) == 1 and "ZeroDivisionError" in unhandled[0]
    assert issubclass(UnexpectedError, Exception)


def test_stop_waits_for_the_job_in_flight_however_long_it_takes(qtbot):
    """The bound that used to end the wait (3–5 s) let a request outlive its window's shutdown on
    a loaded machine: the session closed under it. Here the job is held past any such bound."""
    worker = Worker()
    started, release = threading.Event(), threading.Event()
    ended: list[bool] = []

    def job() -> None:
        started.set()
        release.wait(30)
        ended.append(True)

    worker.run(job)
    assert started.wait(30)
    stopping = threading.Event()

    def release_later() -> None:
        stopping.wait(30)
        # held past the old 5 s bound; a stop that returned earlier would find `ended` empty
        threading.Event().wait(5.5)
        release.set()

    threading.Thread(target=release_later, daemon=True).start()
    stopping.set()
    worker.stop()
    assert ended == [True]


def test_after_stop_nothing_starts_and_no_answer_reaches_a_view(qtbot):
    worker = Worker()
    ran: list[str] = []
    answered: list[object] = []

    def save() -> str:
        ran.append("save")
        return "saved"

    def then_reload(_) -> None:  # what a view does on an answer: ask again
        answered.append(_)
        worker.run(lambda: ran.append("reload"))

    def fails() -> None:
        raise ZeroDivisionError

    unhandled: list[str] = []
    busy: list[bool] = []
    worker.failed.connect(unhandled.append)
    worker.run(save, then_reload)
    worker.run(fails)  # no on_error: before stop its error would go to the window's status bar
    worker.busy_changed.connect(busy.append)
    worker.stop()
    assert ran == ["save"]  # the job already queued ended before stop returned
    worker.run(lambda: ran.append("late"))  # a view's late request after its window closed
    QCoreApplication.processEvents()  # the queued deliveries of both outcomes happen here
    assert ran == ["save"] and answered == [] and unhandled == [] and busy == []
    assert worker.is_idle()
