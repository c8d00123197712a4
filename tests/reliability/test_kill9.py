"""kill -9 the workbench again and again while it decides, pushes, pulls and uploads.

DESIGN.md: a crash at any moment loses nothing confirmed on screen; the server ends with exactly
the mutations created, none twice. CI size: ≥ 50 kills over ≥ 2,000 mutations (the soak in
bench/sync_soak.py runs ≥ 500 kills over ≥ 10,000).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from checks import assert_server_has_exactly, client_outbox
from live_server import ThreadServer, seed

from server.config import ServerConfig

WORKER = Path(__file__).resolve().parent / "client_worker.py"


def run_kill_loop(data_dir: Path, url: str, code: str, seed_value: int, kills: int, target: int) -> int:
    """Start the worker, SIGKILL it at random moments `kills` times, then let it finish."""
    rng = random.Random(seed_value)
    done_kills = 0
    round_no = 0
    while True:
        round_no += 1
        args = [str(data_dir), url, code, str(seed_value * 1000 + round_no), str(target)]
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        first = proc.stdout.readline()  # enrolled and open: from here on every moment is fair game
        if not first.startswith("created"):
            proc.kill()
            raise AssertionError(f"worker failed to start: {first!r} {proc.stderr.read()[-2000:]}")
        if done_kills < kills:
            time.sleep(rng.uniform(0.05, 1.6))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                done_kills += 1
            proc.wait(30)
            continue
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0 and out.rstrip().endswith("done"), err[-3000:]
        return done_kills


def test_kill_minus_9_client_loses_and_duplicates_nothing(tmp_path, pg_url):
    config = ServerConfig(database_url=pg_url, blob_dir=tmp_path / "blobs")
    code = seed(config)
    server = ThreadServer(config).start()
    try:
        kills = run_kill_loop(tmp_path / "client", server.url, code, seed_value=7, kills=50, target=2000)
    finally:
        server.stop()
    outbox = client_outbox(tmp_path / "client" / "onewindow.sqlite3")
    summary = assert_server_has_exactly(pg_url, config.blob_dir, outbox)
    assert kills >= 50 and summary["mutations"] >= 2000
