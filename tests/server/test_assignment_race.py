"""A reassignment racing call-next, on PostgreSQL with two `onewindow-server` processes.

Eight windows call without pause through both processes while the hall manager, through the
other process, flips every window between two assignments (each flip one change of all eight).
Each call is timed: one that ended before a flip was sent used the rules before it, one that
started after the flip's answer came back used the rules after it, and every call, whenever it
ran, called a category of the rules before or after — never one served by neither.
"""

from __future__ import annotations

import threading
import time
import uuid

from queue_load import CATEGORY_COUNT, call_next, clients, configure, run_threads, take, window_name
from server_process import run_cli, serving

WINDOWS = 8
TICKETS_PER_CATEGORY = 60
FLIPS = 6


def old_rules(i: int) -> dict[str, int]:
    """What big_hall gives window i (queue_load.big_hall): two categories."""
    return {f"cat{i % CATEGORY_COUNT}": 10, f"cat{(i + 3) % CATEGORY_COUNT}": 5}


def new_rules(i: int) -> dict[str, int]:
    return {f"cat{(i + 1) % CATEGORY_COUNT}": 4, f"cat{(i + 5) % CATEGORY_COUNT}": 2}


def test_a_call_racing_a_reassignment_gets_the_old_or_the_new_rules(pg_url, tmp_path):
    seeded = run_cli("seed-demo", "--database", pg_url, "--blob-dir", str(tmp_path / "blobs"))
    assert seeded.returncode == 0, seeded.stderr
    with serving(pg_url, tmp_path / "blobs") as a, serving(pg_url, tmp_path / "blobs") as b:
        headers = configure(a, seeded.stdout.strip(), WINDOWS)
        servers = clients([a, b], headers, connections=WINDOWS + 4)
        categories = {}  # ticket number → category
        for k in range(CATEGORY_COUNT):
            for n in range(TICKETS_PER_CATEGORY):
                number, _ = take(servers[n % 2], f"cat{k}")
                categories[number] = f"cat{k}"

        flips: list[tuple[float, float, int]] = []  # (sent, answered, rules in force after: 0 old, 1 new)
        calls: list[tuple[int, float, float, str]] = []  # (window, started, ended, category)
        done = threading.Event()
        progress = threading.Condition()

        def calls_run(count: int) -> None:
            """Wait until `count` more calls were made (calls run between flips, not a guessed time)."""
            with progress:
                target = len(calls) + count
                assert progress.wait_for(lambda: len(calls) >= target, timeout=60)

        def manager():
            try:
                flip_all()
            finally:
                done.set()  # the windows stop even when a flip failed

        def flip_all():
            manager_client = servers[1]
            for flip in range(FLIPS):
                calls_run(2 * WINDOWS)
                states = manager_client.get("/v1/manager/assignments").json()["windows"]
                versions = {w["window"]: w["version"] for w in states}
                rules = new_rules if flip % 2 == 0 else old_rules
                # the console's weights go to 9; big_hall's 10 comes back as 9 (same categories)
                body = {
                    "changes": [
                        {
                            "window": window_name(i),
                            "categories": {c: min(w, 9) for c, w in rules(i).items()},
                            "open": True,
                        }
                        for i in range(1, WINDOWS + 1)
                    ],
                    "expected_versions": versions,
                    "reason": f"潮汐调整{flip + 1}",
                    "allow_unserved": True,
                }
                sent = time.monotonic()
                r = manager_client.post("/v1/manager/assignments", json=body)
                flips.append((sent, time.monotonic(), 1 if flip % 2 == 0 else 0))
                assert r.status_code == 200, r.text
            calls_run(2 * WINDOWS)

        def window(i: int):
            def run():
                for n in range(10_000):
                    if done.is_set():
                        return
                    started = time.monotonic()
                    answer, _ = call_next(servers[(i + n) % 2], window_name(i), str(uuid.uuid4()))
                    ended = time.monotonic()
                    if answer["ticket"] is not None:
                        with progress:
                            calls.append((i, started, ended, categories[answer["ticket"]["number"]]))
                            progress.notify_all()

            return run

        run_threads([manager] + [window(i) for i in range(1, WINDOWS + 1)])
        for s in servers:
            s.close()

    assert len(flips) == FLIPS and len(calls) > 2 * FLIPS
    checked_before = checked_after = 0
    for i, started, ended, category in calls:
        rules = (old_rules(i), new_rules(i))
        assert category in rules[0] or category in rules[1], (i, category)  # never neither
        # the rules in force: the last flip answered before the call started, if it ended before
        # the next flip was sent
        answered = [f for f in flips if f[1] < started]
        in_force = answered[-1][2] if answered else 0
        pending = [f for f in flips if f[1] >= started]
        if not pending or ended < pending[0][0]:
            assert category in rules[in_force], (i, category, in_force)
            checked_before += in_force == 0
            checked_after += in_force == 1
    assert checked_before > 0 and checked_after > 0  # both sides were really exercised
