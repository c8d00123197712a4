"""The worker: results come back on the GUI thread, in order, errors to the right callback."""

from __future__ import annotations

import threading

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
