"""Mutations ingested per second on PostgreSQL: the push endpoint beside a raw batched INSERT.

On a fresh database: N case mutations (N/2 cases, each accepted then given a step) are pushed
in batches of 500 (1) over loopback HTTP to a uvicorn server, and (2) by calling the push
function in-process; beside (3) a raw psycopg executemany INSERT of one row per mutation (the
same payload as JSONB) into a scratch table, 500 rows per transaction. Target: push ≥ 0.5 × raw.
Beside them, (4) the floor: the rows the pushes stored, copied by the database alone into copies
of their tables (bench_floor) — how fast the design's rows can be written at all.

    .venv/bin/python bench/sync_ingest.py [--mutations 20000] [--no-account]

Each mutation names the clerk's account, which the server checks (app/domain/window_accounts.py)
and records with its display name; --no-account pushes them as a window from before accounts
were recorded did, for the figure without that check.
"""

from __future__ import annotations

import argparse
import json
import secrets
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
from psycopg.types.json import Jsonb

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "server")]

from pg_cluster import admin_dsn, create_database, drop_database  # noqa: E402
from server_process import free_port, server_command  # noqa: E402

from app.sync.protocol import MAX_PUSH_BATCH, Mutation  # noqa: E402
from server.app import create_app  # noqa: E402
from server.auth.credentials import sha256_hex  # noqa: E402
from server.config import ServerConfig  # noqa: E402
from server.store.models import HallRow, TerminalRow, UserRow  # noqa: E402
from server.sync.push import push  # noqa: E402

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ACCOUNT = "lisi"  # the clerk signed in at the window; None with --no-account


def _terminal(ctx, code: str) -> tuple[str, str]:
    terminal_id, secret = str(uuid.uuid4()), secrets.token_urlsafe(32)
    with ctx.transaction() as s:
        if s.get(HallRow, "330429") is None:
            s.add(HallRow(code="330429", name="某县政务服务中心", created_at=T0))
            s.flush()
            s.add(
                UserRow(
                    username=ACCOUNT,
                    display_name="李四",
                    role="clerk",
                    hall_code="330429",
                    password_hash="-",
                    active=True,
                    updated_at=T0,
                )
            )
        s.add(
            TerminalRow(
                id=terminal_id,
                hall_code="330429",
                name=code,
                code=code,
                secret_hash=sha256_hex(secret),
                enrolled_at=T0,
                last_applied_seq=0,
            )
        )
    return terminal_id, secret


def _mutations(count: int, code: str, account: str | None) -> list[dict]:
    """count/2 cases: accepted, then a step — as app.services.cases.mutations records them."""
    out = []
    for i in range(count // 2):
        case_id = str(uuid.uuid4())
        number = f"330429-{code}-{case_id[:8]}-{i:06d}"
        snapshot = {
            "number": number,
            "matter_codes": ["11330429MB0000001X4000111001"],
            "applicant": {"name": "张三", "id_number": "330429********1234", "phone": "138****0000"},
            "materials": [{"code": f"m{k}", "name": "居民身份证", "state": "received"} for k in range(4)],
            "promised_date": "2026-12-04",
        }
        for position, (kind, before, after) in enumerate(
            [("accepted", "draft", "accepted"), ("step", "accepted", "in_progress")]
        ):
            seq = len(out) + 1
            at = (T0 + timedelta(seconds=seq)).isoformat()
            out.append(
                {
                    "seq": seq,
                    "mutation_id": str(uuid.uuid4()),
                    "kind": kind,
                    "created_at": at,
                    "payload": {
                        "case_id": case_id,
                        "case_number": number,
                        "from_status": before,
                        "to_status": after,
                        "matter_codes": snapshot["matter_codes"],
                        "bundle_code": "",
                        "snapshot": snapshot,
                        "actor_username": account,
                        "event": {
                            "position": position,
                            "kind": kind,
                            "at": at,
                            "actor": "李四",
                            "summary": "受理" if kind == "accepted" else "初审",
                            "detail": {},
                        },
                    },
                }
            )
    return out


def _batches(items: list, size: int = MAX_PUSH_BATCH):
    return [items[i : i + size] for i in range(0, len(items), size)]


def serve(url: str, blob_dir: str) -> tuple[subprocess.Popen, str]:
    """`onewindow-server serve` on loopback, as a hall runs it (its own interpreter: it does not
    share our GIL; its HTTP parser, limits and collector settings are the real server's)."""
    port = free_port()
    command = [*server_command(), "serve", "--database", url, "--blob-dir", blob_dir]
    proc = subprocess.Popen([*command, "--port", str(port), "--log-level", "warning"], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server process did not start")


def bench_http(url: str, ctx, count: int, account: str | None) -> float:
    terminal_id, secret = _terminal(ctx, "W01")
    # serialised beforehand: the client's JSON encoding is not the server's ingest rate
    bodies = [json.dumps({"mutations": b}).encode() for b in _batches(_mutations(count, "W01", account))]
    headers = {"Authorization": f"Terminal {terminal_id}:{secret}", "Content-Type": "application/json"}
    proc, base = serve(url, "/tmp/ow-bench-blobs")
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
            start = time.perf_counter()
            for body in bodies:
                r = client.post("/v1/sync/push", content=body)
                r.raise_for_status()
                assert all(x["status"] == "applied" for x in r.json()["results"]), r.text[:300]
            return count / (time.perf_counter() - start)
    finally:
        proc.terminate()
        proc.wait()


def bench_in_process(ctx, count: int, account: str | None) -> float:
    terminal_id, _ = _terminal(ctx, "W02")
    batches = _batches(_mutations(count, "W02", account))
    start = time.perf_counter()
    for batch in batches:
        mutations = [Mutation.model_validate(m) for m in batch]
        with ctx.transaction() as s:
            answer = push(s, terminal_id, mutations, datetime.now(UTC))
        assert answer.last_applied_seq == batch[-1]["seq"]
    return count / (time.perf_counter() - start)


def bench_raw(dsn: str, count: int, tag: str) -> float:
    rows = _mutations(count, "W03", None)
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS scratch_mutations (terminal_id text, seq bigint,"
            " mutation_id text, kind text, payload jsonb, created_at timestamptz,"
            " PRIMARY KEY (terminal_id, seq))"
        )
        conn.commit()
        start = time.perf_counter()
        for batch in _batches(rows):
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO scratch_mutations VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (tag, m["seq"], m["mutation_id"], m["kind"], Jsonb(m["payload"]), m["created_at"])
                        for m in batch
                    ],
                )
            conn.commit()
        return count / (time.perf_counter() - start)


# the tables a push of these mutations writes rows into (a case, its events, the idempotency record
# of each mutation, one change per case for pull, the 查找办件 hashes): 4 rows per mutation here
PUSH_TABLES = ("cases", "case_events", "applied_mutations", "change_log", "case_lookups")


def bench_floor(dsn: str) -> float:
    """Mutations per second if the database did nothing but store what the pushes stored: the rows
    of PUSH_TABLES, read back as they are, written by binary COPY into copies of those tables with
    all their indexes, in one transaction (fewer commits than a push pays: a lower bound)."""
    with psycopg.connect(dsn) as conn:
        mutations = conn.execute("SELECT count(*) FROM applied_mutations").fetchone()[0]
        dumps = {}
        for table in PUSH_TABLES:
            conn.execute(f"CREATE TABLE floor_{table} (LIKE {table} INCLUDING DEFAULTS INCLUDING INDEXES)")
            with conn.cursor().copy(f"COPY {table} TO STDOUT (FORMAT BINARY)") as copy:
                dumps[table] = b"".join(bytes(block) for block in copy)
        conn.commit()
        start = time.perf_counter()
        for table, data in dumps.items():
            with conn.cursor().copy(f"COPY floor_{table} FROM STDIN (FORMAT BINARY)") as copy:
                copy.write(data)
        conn.commit()
        return mutations / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mutations", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-account", action="store_true", help="mutations name no account (old windows)")
    args = parser.parse_args()
    account = None if args.no_account else ACCOUNT
    admin, cluster = admin_dsn()
    url = create_database(admin)
    try:
        app = create_app(ServerConfig(database_url=url, blob_dir=Path("/tmp/ow-bench-blobs")))
        ctx = app.state.ctx
        # interleaved rounds: a busy neighbour on a shared machine slows all three alike
        each = args.mutations // args.rounds
        seconds = {"raw": 0.0, "http": 0.0, "direct": 0.0}
        for r in range(args.rounds):
            dsn = url.replace("postgresql+psycopg://", "postgresql://")
            seconds["raw"] += each / bench_raw(dsn, each, f"r{r}")
            seconds["http"] += each / bench_http(url, ctx, each, account)
            seconds["direct"] += each / bench_in_process(ctx, each, account)
        total = each * args.rounds
        raw, http, direct = (total / seconds[k] for k in ("raw", "http", "direct"))
        floor = bench_floor(url.replace("postgresql+psycopg://", "postgresql://"))
        ctx.engine.dispose()
    finally:
        drop_database(admin, url)
        if cluster is not None:
            cluster.destroy()
    print(f"mutations per method: {args.mutations} in {args.rounds} interleaved rounds, on PostgreSQL")
    print(f"(batches of {MAX_PUSH_BATCH}; half open a case, half add a step to it)")
    named = "none (as a window from before accounts)" if account is None else account
    print(f"account each names: {named}")
    print(f"raw executemany INSERT  : {raw:10.0f} rows/s")
    print(f"push over HTTP (uvicorn, own process): {http:10.0f} mutations/s  = {http / raw:.2f} × raw")
    print(f"push in-process         : {direct:10.0f} mutations/s  = {direct / raw:.2f} × raw")
    rows = " + ".join(PUSH_TABLES)
    print(
        f"the database alone storing what a push stores ({rows}, binary COPY, indexes kept, one"
        f" transaction): {floor:10.0f} mutations/s = {floor / raw:.2f} × raw; push over HTTP is"
        f" {http / floor:.2f} × that"
    )
    print(f"target ≥ 0.5 × raw: {'met' if http >= 0.5 * raw else 'NOT met'} over HTTP")


if __name__ == "__main__":
    main()
