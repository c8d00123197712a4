"""Call-next latency with 200 concurrent windows on PostgreSQL, beside a bare SKIP LOCKED round trip.

On a fresh database: the demo hall set up with 200 windows over 8 categories; two server
processes (uvicorn, each its own interpreter) on that one database.

1. Tickets issued per second: K concurrent kiosks take N tickets over HTTP (both processes).
2. Call next over HTTP: 200 window threads call next in loops against the pre-filled queue
   (each call also finishes the ticket the window held), alternating processes; latency per
   call as the window sees it: p50/p95/p99.
3. Bare: the same 200 threads, on the same kind of table (a copy of queue_tickets' columns and
   waiting index, pre-filled alike), each doing `SELECT … ORDER BY … LIMIT 1 FOR UPDATE SKIP
   LOCKED` + UPDATE + COMMIT through as many psycopg connections as the two servers' pools
   hold together: p50/p95/p99, and the ratio HTTP / bare.

`--think` adds a pause (uniform 0…2×think seconds) before a window's first call and between
its calls (a hall where windows call at their own pace); 0 (the default) is the burst in which
all windows press "call" at one moment and again the moment each call returns.
Targets (issue 15): p95 ≤ 3 × bare; in the burst also p95 ≤ 1.5 s on a 2-core machine. The
resident memory of each server process while the windows call is printed beside them (target
≤ 300 MB). Prints figures; asserts nothing.

    .venv/bin/python bench/queue_call.py [--windows 200] [--tickets 4000] [--calls 10] [--think 0]
"""

from __future__ import annotations

import argparse
import queue
import random
import secrets
import sys
import threading
import time
import uuid
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "server")]

from pg_cluster import admin_dsn, create_database, drop_database  # noqa: E402
from queue_load import CATEGORY_COUNT, big_hall, call_next, percentile, run_threads, take, window_name  # noqa: E402
from server_process import serving  # noqa: E402

from app.sync.protocol import TERMINAL_HEADER, HallWindow, ServiceCategory  # noqa: E402
from server.app import create_app  # noqa: E402
from server.auth.credentials import sha256_hex  # noqa: E402
from server.config import ServerConfig  # noqa: E402
from server.halls import set_hall_setup  # noqa: E402
from server.seed import DEMO_HALL, seed_demo  # noqa: E402
from server.store.db import POOL_CONNECTIONS as POOL_PER_PROCESS  # noqa: E402
from server.store.models import TerminalRow, UserSessionRow  # noqa: E402

BLOBS = Path("/tmp/ow-bench-blobs")
POOL_CONNECTIONS = 2 * POOL_PER_PROCESS  # what the two servers' pools hold together


def prepare(ctx, windows: int) -> dict[str, str]:
    """The demo hall with `windows` windows; a window terminal made in the database, with the hall
    manager signed in on it; their headers."""
    from seeded_server import demo_catalog

    seed_demo(ctx, demo_catalog())
    setup = big_hall(windows)
    terminal_id, secret = str(uuid.uuid4()), secrets.token_urlsafe(32)
    with ctx.transaction() as s:
        set_hall_setup(
            s,
            DEMO_HALL,
            [HallWindow(**w) for w in setup["windows"]],
            [ServiceCategory(**c) for c in setup["categories"]],
        )
        s.add(
            TerminalRow(
                id=terminal_id,
                hall_code=DEMO_HALL,
                name="压力测试",
                code="B01",
                secret_hash=sha256_hex(secret),
                enrolled_at=datetime.now(UTC),
                last_applied_seq=0,
            )
        )
        # a window's actions are a signed-in user's: the hall manager, signed in on this terminal
        token = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        s.add(
            UserSessionRow(
                token_hash=sha256_hex(token),
                username="zhangjl",
                terminal_id=terminal_id,
                created_at=now,
                expires_at=now + timedelta(hours=8),
            )
        )
    return {"Authorization": f"Bearer {token}", TERMINAL_HEADER: f"{terminal_id}:{secret}"}


class MemoryWatch:
    """The resident memory of the server processes listening on `ports`, sampled every half
    second while the windows call: the figure is the largest sample of each process."""

    def __init__(self, ports: list[str]) -> None:
        self.pids = [_pid_listening(port) for port in ports]
        self.samples: dict[int, list[float]] = {pid: [] for pid in self.pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def sample(self) -> None:
        for pid in self.pids:
            self.samples[pid].append(_rss_mb(pid))

    def __enter__(self) -> MemoryWatch:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def _pid_listening(port: str) -> int:
    """The serve process started with `--port <port>` (tests/server/server_process.py)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                args = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"serve" in args and b"--port" in args and args[args.index(b"--port") + 1] == port.encode():
                return int(entry.name)
    raise RuntimeError(f"no serve process on port {port}")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def http_clients(bases: list[str], headers: dict[str, str], size: int) -> list[httpx.Client]:
    limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
    return [httpx.Client(base_url=b, headers=headers, limits=limits, timeout=120) for b in bases]


def bench_issue(servers: list[httpx.Client], tickets: int, kiosks: int) -> float:
    per = tickets // kiosks

    def kiosk(k: int):
        def run():
            for n in range(per):
                take(servers[(k + n) % 2], f"cat{(k + n) % CATEGORY_COUNT}")

        return run

    start = time.perf_counter()
    run_threads([kiosk(k) for k in range(kiosks)])
    return per * kiosks / (time.perf_counter() - start)


def bench_calls(servers: list[httpx.Client], windows: int, calls: int, think: float) -> list[float]:
    latencies: list[float] = []
    barrier = threading.Barrier(windows)

    def window(i: int):
        def run():
            rng = random.Random(i)
            barrier.wait()
            if think:  # paced: the windows open at random moments, not all in one burst
                time.sleep(rng.uniform(0, 2 * think))
            for n in range(calls):
                answer, elapsed = call_next(servers[(i + n) % 2], window_name(i))
                assert answer["ticket"] is not None, "the queue ran dry: issue more tickets"
                latencies.append(elapsed)
                if think:
                    time.sleep(rng.uniform(0, 2 * think))

        return run

    run_threads([window(i) for i in range(1, windows + 1)])
    return latencies


BARE_TABLE = """
CREATE TABLE bare_tickets (
    id bigserial PRIMARY KEY, hall_code varchar(12) NOT NULL, day date NOT NULL,
    number varchar(6) NOT NULL, category varchar(20) NOT NULL, priority_rank int NOT NULL,
    order_key double precision NOT NULL, state varchar(12) NOT NULL, "window" varchar(50) NOT NULL
);
CREATE INDEX bare_waiting ON bare_tickets (hall_code, day, category, priority_rank, order_key)
    WHERE state = 'waiting';
"""
BARE_NEXT = (
    "SELECT id FROM bare_tickets WHERE hall_code = %s AND day = %s AND state = 'waiting'"
    " AND category = ANY(%s) ORDER BY priority_rank, order_key LIMIT 1 FOR UPDATE SKIP LOCKED"
)
BARE_CALL = "UPDATE bare_tickets SET state = 'called', \"window\" = %s WHERE id = %s"


def bench_bare(dsn: str, windows: int, calls: int, tickets: int, think: float) -> list[float]:
    setup = big_hall(windows)
    today = datetime.now(UTC).date()
    with psycopg.connect(dsn) as conn:
        conn.execute(BARE_TABLE)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO bare_tickets (hall_code, day, number, category, priority_rank, order_key,"
                " state, \"window\") VALUES (%s, %s, %s, %s, 3, %s, 'waiting', '')",
                [
                    (DEMO_HALL, today, f"N{n}", f"cat{n % CATEGORY_COUNT}", time.time() + n)
                    for n in range(tickets)
                ],
            )
        conn.commit()
    pool: queue.Queue = queue.Queue()
    for _ in range(POOL_CONNECTIONS):
        pool.put(psycopg.connect(dsn))
    latencies: list[float] = []
    barrier = threading.Barrier(windows)

    def window(i: int):
        categories = list(setup["windows"][i - 1]["categories"])

        def run():
            rng = random.Random(i)
            barrier.wait()
            if think:
                time.sleep(rng.uniform(0, 2 * think))
            for _ in range(calls):
                start = time.perf_counter()
                conn = pool.get()
                try:
                    row = conn.execute(BARE_NEXT, (DEMO_HALL, today, categories)).fetchone()
                    assert row is not None, "the bare queue ran dry"
                    conn.execute(BARE_CALL, (window_name(i), row[0]))
                    conn.commit()
                finally:
                    pool.put(conn)
                latencies.append(time.perf_counter() - start)
                if think:
                    time.sleep(rng.uniform(0, 2 * think))

        return run

    try:
        run_threads([window(i) for i in range(1, windows + 1)])
    finally:
        while not pool.empty():
            pool.get().close()
    return latencies


def _ms(values: list[float], p: float) -> float:
    return percentile(values, p) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--windows", type=int, default=200)
    parser.add_argument("--tickets", type=int, default=4000, help="issued before the windows call")
    parser.add_argument("--kiosks", type=int, default=32, help="concurrent kiosks issuing")
    parser.add_argument("--calls", type=int, default=10, help="calls per window")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between calls, seconds")
    args = parser.parse_args()
    assert args.windows * args.calls < args.tickets, "issue more tickets than the windows call"
    admin, cluster = admin_dsn()
    url = create_database(admin)
    try:
        ctx = create_app(ServerConfig(database_url=url, blob_dir=BLOBS)).state.ctx
        headers = prepare(ctx, args.windows)
        ctx.engine.dispose()
        with ExitStack() as servers_running:  # two server processes, started one after the other
            bases = [servers_running.enter_context(serving(url, BLOBS)) for _ in range(2)]
            servers = http_clients(bases, headers, args.windows + args.kiosks)
            issued_per_second = bench_issue(servers, args.tickets, args.kiosks)
            with MemoryWatch([b.rsplit(":", 1)[1] for b in bases]) as memory:
                http = bench_calls(servers, args.windows, args.calls, args.think)
            for client in servers:
                client.close()
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        bare = bench_bare(dsn, args.windows, args.calls, args.tickets, args.think)
    finally:
        drop_database(admin, url)
        if cluster is not None:
            cluster.destroy()
    p95, bare95 = _ms(http, 95), _ms(bare, 95)
    print(
        f"PostgreSQL, 2 server processes, {args.windows} windows × {args.calls} calls, think {args.think} s"
    )
    kiosks = f"{args.kiosks} concurrent kiosks, {args.tickets} tickets"
    print(f"tickets issued: {issued_per_second:8.0f} /s ({kiosks})")

    def figures(values: list[float]) -> str:
        return "  ".join(f"p{p} {_ms(values, p):7.1f} ms" for p in (50, 95, 99))

    print(f"call next over HTTP : {figures(http)}")
    print(f"bare SKIP LOCKED    : {figures(bare)}  ({POOL_CONNECTIONS} connections)")
    for n, samples in enumerate(memory.samples.values(), start=1):
        print(
            f"server process {n} memory: {samples[0]:.0f} MB before the calls, {samples[-1]:.0f} MB"
            f" after, at most {max(samples):.0f} MB (target ≤ 300 MB)"
        )
    print(f"ratio p95 HTTP / bare: {p95 / bare95:.2f}")
    # issue 15's targets: ≤ 3 × bare at a clerk's pace; in the burst also p95 ≤ 1.5 s on 2 cores
    ratio_met = p95 <= 3 * bare95
    if args.think:
        print(f"target: p95 ≤ 3 × bare {'met' if ratio_met else 'NOT met'}")
    else:
        fast = p95 <= 1500
        print(
            f"targets: p95 ≤ 3 × bare {'met' if ratio_met else 'NOT met'};"
            f" p95 ≤ 1.5 s {'met' if fast else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
