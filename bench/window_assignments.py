"""窗口调度 on a big hall: how long a whole-hall change takes, and what it costs call-next.

On a fresh database (SQLite file, or PostgreSQL with --database): the demo hall set up with
--windows windows over 8 categories (tests/server/queue_load.big_hall), behind a TestClient.

1. Change: the hall manager changes every window at once (one POST /v1/manager/assignments,
   versions checked, audited, logged for the terminals); then undoes it. Median and max of
   --rounds rounds. Target: ≤ 300 ms for 67 windows on PostgreSQL.
2. Call-next right after a change (the hall's configuration, with the clerks' qualifications,
   is read again once, then cached by its version) against call-next with nothing changed:
   median of --rounds calls each. Target: the first call after a change ≤ 2 × a steady one.

Prints figures; asserts nothing.

    .venv/bin/python bench/window_assignments.py [--windows 67] [--rounds 20] [--database URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "server"))

from fastapi.testclient import TestClient  # noqa: E402
from queue_load import big_hall, window_name  # noqa: E402
from seeded_server import seed  # noqa: E402

from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402

PATH = "/v1/manager/assignments"


def ms(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds) * 1000:.1f} ms, max {max(seconds) * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", type=int, default=67)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--database", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        with TestClient(create_app(ServerConfig(database_url=url, blob_dir=Path(tmp) / "blobs"))) as client:
            run(client, args)


def run(client: TestClient, args) -> None:
    seeded = seed(client)
    admin = seeded.sign_in("admin")
    r = client.put("/v1/admin/halls/330429/setup", json=big_hall(args.windows), headers=admin)
    r.raise_for_status()
    manager = {**seeded.sign_in("zhangjl"), "X-OneWindow-Terminal": f"{seeded.terminal_id}:{seeded.secret}"}
    for n in range(args.rounds * 3):
        client.post(
            "/v1/queue/tickets",
            json={"request_id": str(uuid.uuid4()), "category": f"cat{n % 8}"},
            headers=manager,
        ).raise_for_status()

    changes, undos, first_calls, steady_calls = [], [], [], []
    for k in range(args.rounds):
        states = client.get(PATH, headers=manager).json()["windows"]
        body = {
            "changes": [
                {"window": w["window"], "categories": {f"cat{(i + k) % 8}": 5, f"cat{(i + k + 1) % 8}": 3}}
                for i, w in enumerate(states)
            ],
            "expected_versions": {w["window"]: w["version"] for w in states},
            "reason": "bench",
            "allow_unserved": True,
        }
        start = time.perf_counter()
        r = client.post(PATH, json=body, headers=manager)
        changes.append(time.perf_counter() - start)
        r.raise_for_status()
        first_calls.append(call(client, manager, window_name(1 + k % args.windows)))
        steady_calls.append(call(client, manager, window_name(1 + k % args.windows)))
        if k % 2:
            start = time.perf_counter()
            client.post(f"{PATH}/{r.json()['change_id']}/undo", headers=manager).raise_for_status()
            undos.append(time.perf_counter() - start)
    print(f"{args.windows} windows, {args.rounds} rounds, {client.app.state.ctx.engine.dialect.name}")
    print(f"whole-hall change: {ms(changes)}   (target ≤ 300 ms for 67 windows on PostgreSQL)")
    print(f"undo of a whole-hall change: {ms(undos)}")
    print(f"call-next right after a change: {ms(first_calls)}")
    print(f"call-next, nothing changed:     {ms(steady_calls)}")
    ratio = statistics.median(first_calls) / statistics.median(steady_calls)
    print(f"ratio {ratio:.2f}   (target ≤ 2)")


def call(client: TestClient, headers: dict, window: str) -> float:
    body = {"request_id": str(uuid.uuid4()), "action": "call_next"}
    start = time.perf_counter()
    client.post(
        f"/v1/queue/windows/{quote(window, safe='')}/actions", json=body, headers=headers
    ).raise_for_status()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
