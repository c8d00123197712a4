"""server/periodic.py: work every few seconds survives a failed round, and stops when told."""

from __future__ import annotations

import threading

from server.periodic import EveryFewSeconds


def test_a_failed_round_is_logged_and_the_next_one_comes(caplog):
    rounds: list[int] = []
    third = threading.Event()

    def work() -> None:
        rounds.append(len(rounds))
        if len(rounds) == 1:
            raise RuntimeError("the database went away")
        if len(rounds) == 3:
            third.set()

    running = EveryFewSeconds("test-work", 0.01, work, "测试: the round failed; next round").start()
    try:
        assert third.wait(30), "the work stopped after its failed round"
    finally:
        running.stop()
    assert "测试: the round failed; next round" in caplog.text
    done = len(rounds)
    assert not running._thread.is_alive()
    assert len(rounds) == done  # nothing runs once stopped
