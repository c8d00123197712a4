"""The background runner: a round per poke, backoff after failures, status after every round."""

from __future__ import annotations

import random
import threading
from dataclasses import replace

from app.services.sync.runner import SyncRunner
from app.services.sync.service import SyncStatus

OK = SyncStatus(True, True, 0, None, "", None, 0, "http://server")
DOWN = replace(OK, online=False, last_error="无法连接中心服务器：连接中心服务器超时")


class FakeSync:
    """Fails `failures` rounds, then succeeds; counts rounds."""

    def __init__(self, failures: int) -> None:
        self.left = failures
        self.rounds = 0

    def sync_once(self) -> SyncStatus:
        self.rounds += 1
        if self.left > 0:
            self.left -= 1
            return DOWN
        return OK


def test_failures_back_off_exponentially_within_bounds_and_success_resets():
    runner = SyncRunner(
        FakeSync(0), lambda s: None, min_backoff=1.0, max_backoff=8.0, interval=15.0, rng=random.Random(1)
    )
    delays = [runner.next_delay(ok=False) for _ in range(10)]
    for n, d in enumerate(delays, start=1):
        assert 1.0 <= d <= min(8.0, 2.0**n)
    assert runner.failures == 10
    assert runner.next_delay(ok=True) == 15.0 and runner.failures == 0


def test_runner_retries_after_failures_by_itself_and_reports_every_round():
    statuses: list[SyncStatus] = []
    recovered = threading.Event()

    def on_status(status: SyncStatus) -> None:
        statuses.append(status)
        if not status.last_error:
            recovered.set()

    sync = FakeSync(failures=3)
    # the interval is long: only the backoff can bring the round after a failure
    runner = SyncRunner(sync, on_status, min_backoff=0.001, max_backoff=0.01, interval=3600, listen=False)
    runner.start()
    try:
        assert recovered.wait(10)
    finally:
        runner.stop()
    assert [bool(s.last_error) for s in statuses] == [True, True, True, False]
    assert runner.failures == 0 and runner.delays[-1] == 3600


def test_a_poke_runs_a_round_without_waiting_for_the_interval():
    rounds = threading.Semaphore(0)
    sync = FakeSync(failures=0)
    runner = SyncRunner(sync, lambda s: rounds.release(), interval=3600, listen=False)
    runner.start()
    try:
        assert rounds.acquire(timeout=10)  # the first round runs at start
        runner.poke()
        assert rounds.acquire(timeout=10)
    finally:
        runner.stop()
    assert sync.rounds == 2


def test_a_listener_that_raises_does_not_stop_the_runner():
    calls = threading.Semaphore(0)

    def bad_listener(status):
        calls.release()
        raise RuntimeError("widget gone")

    runner = SyncRunner(FakeSync(0), bad_listener, interval=3600, listen=False)
    runner.start()
    try:
        assert calls.acquire(timeout=10)
        runner.poke()
        assert calls.acquire(timeout=10)
    finally:
        runner.stop()


def test_a_poke_from_the_server_brings_a_follow_up_round_a_second_later():
    """On PostgreSQL a poked pull can come back short (an older transaction still runs): the
    runner looks again after FOLLOW_UP_SECONDS instead of waiting for the interval."""
    from app.services.sync.runner import FOLLOW_UP_SECONDS

    rounds = threading.Event()
    seen: list[SyncStatus] = []

    def on_status(status: SyncStatus) -> None:
        seen.append(status)
        if len(seen) >= 2:
            rounds.set()

    runner = SyncRunner(FakeSync(0), on_status, interval=3600, listen=False)
    runner.start()
    try:
        runner._server_poke()  # what the event stream calls
        assert rounds.wait(10)
    finally:
        runner.stop()
    assert FOLLOW_UP_SECONDS in runner.delays
    # a poke from the workbench itself (a decision saved) needs no follow-up
    local = SyncRunner(FakeSync(0), lambda s: None, interval=3600, listen=False)
    local.start()
    local.poke()
    local.stop()
    assert FOLLOW_UP_SECONDS not in local.delays
