"""好差评 follow-up on PostgreSQL: what opening follow-ups costs a push, and how fast the console's
list, summary and detail answer over a year of a busy hall's ratings.

On a fresh database: R ratings over 365 days (a share of them 差评, each opening a follow-up) are
pushed by one window in batches of 500, in-process (TestClient); then the same number of good
ratings (no follow-up) by a second window, for the push rate without follow-ups. Then the
console's calls, each timed 20 times (median and worst): the list (state open, and overdue), the
year's summary (satisfaction rate and share closed in time), one detail with its audited read.
Targets: pushing 差评 at ≥ 0.7 × the rate of good ratings; each console call ≤ 200 ms.
Ratings here carry a ticket and no case (the server keeps both kinds).

    .venv/bin/python bench/followups.py [--ratings 20000] [--bad-share 0.15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "server")]

from fastapi.testclient import TestClient  # noqa: E402
from pg_cluster import admin_dsn, create_database, drop_database  # noqa: E402
from sync_helpers import T0, make_terminal, mutation, push, signed_in  # noqa: E402

from app.sync.protocol import MAX_PUSH_BATCH, Role, TerminalKind  # noqa: E402
from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402

BASE = "/v1/manager/followups"


def _ratings(count: int, bad_share: float, rng: random.Random) -> list[dict]:
    ratings = []
    for i in range(count):
        bad = rng.random() < bad_share
        ratings.append(
            {
                "rating_id": str(uuid.uuid4()),
                "case_id": None,
                "case_number": "",
                "ticket": f"A{i % 1000:03d}",
                "level": rng.choice((1, 2)) if bad else rng.choice((3, 4, 5, 5, 5)),
                "reasons": ["R04"] if bad else [],
                "comment": "等候太久" if bad else "",
                "source": "pad",
                "clerk": f"clerk-{i % 12:02d}",
                "window": f"{i % 12 + 1}号综合窗口",
                "rated_at": (T0 - timedelta(days=365) + timedelta(minutes=26 * i)).isoformat(),
            }
        )
    return ratings


def _push_all(client, terminal, ratings: list[dict]) -> float:
    started = time.perf_counter()
    batch = min(MAX_PUSH_BATCH, 500)
    for first in range(0, len(ratings), batch):
        part = [
            mutation(first + i + 1, "rating.recorded", r)
            for i, r in enumerate(ratings[first : first + batch])
        ]
        answer = push(client, terminal, *part)
        assert answer.status_code == 200, answer.text
    return len(ratings) / (time.perf_counter() - started)


def _timed(client, path: str, headers: dict, params: dict | None = None) -> tuple[float, float]:
    times = []
    for _ in range(20):
        started = time.perf_counter()
        answer = client.get(path, params=params, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", type=int, default=20000)
    parser.add_argument("--bad-share", type=float, default=0.15)
    args = parser.parse_args()
    admin, cluster = admin_dsn()
    url = create_database(admin)
    rng = random.Random(13)
    try:
        app = create_app(ServerConfig(database_url=url, blob_dir=Path("/tmp/onewindow-bench-blobs")))
        with TestClient(app) as client:
            ctx = app.state.ctx
            window, good_window = make_terminal(ctx, code="W01"), make_terminal(ctx, code="W02")
            console = make_terminal(ctx, code="B01", kind=TerminalKind.BACKOFFICE)
            manager = signed_in(ctx, console, Role.HALL_MANAGER, "manager-bench")
            mixed = _ratings(args.ratings, args.bad_share, rng)
            bad = sum(r["level"] <= 2 for r in mixed)
            with_followups = _push_all(client, window, mixed)
            without = _push_all(client, good_window, _ratings(args.ratings, 0.0, rng))
            print(f"{args.ratings} ratings, {bad} 差评 (each opening a follow-up), over 365 days")
            ratio = with_followups / without
            print(
                f"push with follow-ups: {with_followups:,.0f} ratings/s; good ratings only: {without:,.0f}/s"
            )
            print(f"  ratio {ratio:.2f} (target ≥ 0.70) {'OK' if ratio >= 0.7 else 'MISSED'}")
            first = client.get(BASE, params={"state": "open"}, headers=manager).json()["items"][0]["id"]
            calls = [
                ("list, state open (≤500 rows)", BASE, {"state": "open"}),
                ("list, overdue", BASE, {"overdue": "true"}),
                ("summary of the year", f"{BASE}/summary", {"from": "2025-11-23", "to": "2026-11-23"}),
                ("detail (audited read)", f"{BASE}/{first}", None),
            ]
            for name, path, params in calls:
                median, worst = _timed(client, path, manager, params)
                verdict = "OK" if median <= 200 else "MISSED"
                print(f"{name}: median {median:.1f} ms, worst {worst:.1f} ms (target ≤ 200 ms) {verdict}")
    finally:
        drop_database(admin, url)
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
