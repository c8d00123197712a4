"""The cost of sealing citizens' records on the server: sync ingest sealed and in clear.

On a fresh PostgreSQL database, the same case mutations (half open a case, half add a step) are
pushed in-process in batches of MAX_PUSH_BATCH, in interleaved rounds: sealed (as the server
runs: snapshots' people, events' texts and payloads sealed with AES-GCM, 查找办件's keyed hashes
written) and in clear (the sealing column types and the lookups switched off for the round).
Then 查找办件 by an ID number over the hall's cases, and completing an uploaded 1 MiB scan
(BlobStore.finish: sealed into place, beside the rename it was before sealing). Prints
mutations/s and the ratio sealed / clear of the time taken. Target: ≤ 1.15 ×.

    .venv/bin/python bench/server_sealing_cost.py [--mutations 10000] [--rounds 4]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "server"), str(ROOT / "bench")]

from pg_cluster import admin_dsn, create_database, drop_database  # noqa: E402
from sync_ingest import bench_in_process  # noqa: E402

from app.domain.case_search import case_search  # noqa: E402
from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402
from server.sealing import columns  # noqa: E402
from server.sync import push as push_module  # noqa: E402


@contextmanager
def in_clear():
    """The sealing off: values pass through their column types, no lookups are written."""
    kept = {
        kind: (kind.process_bind_param, kind.process_result_value)
        for kind in (columns.SealedJSON, columns.SealedText, columns.SnapshotJSON)
    }
    replace_lookups = push_module.replace_case_lookups
    for kind in kept:
        kind.process_bind_param = lambda self, value, dialect: value
        kind.process_result_value = lambda self, value, dialect: value
    push_module.replace_case_lookups = lambda *args, **kwargs: None
    try:
        yield
    finally:
        for kind, (bind, result) in kept.items():
            kind.process_bind_param, kind.process_result_value = bind, result
        push_module.replace_case_lookups = replace_lookups


def search_ms(ctx, repeats: int = 50) -> float:
    from server.api.cases import _query

    search = case_search(cert_number="330429199001011234")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        with ctx.transaction() as s:
            s.scalars(_query(search, "330429", ctx.keyring).limit(51)).all()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def scan_finish_ms(blobs: Path, keyring, repeats: int = 20) -> tuple[float, float]:
    """Completing a 1 MiB upload: sealed (as now) and moved into place in clear (as before)."""
    import hashlib
    import os

    from server.blobs import BlobStore

    store = BlobStore(blobs / "bench", keyring)
    sealed, moved = [], []
    for i in range(repeats):
        data = os.urandom(1024 * 1024)
        sha = hashlib.sha256(data).hexdigest()
        for times, finish in ((sealed, store.finish), (moved, lambda u, s, n: _move(store, u, s))):
            upload = f"{i}-{len(times)}-{sha[:8]}"
            store.write_chunk(upload, 0, data, last=True)
            start = time.perf_counter()
            assert finish(upload, sha, len(data))
            times.append(time.perf_counter() - start)
            store.final_path(sha).unlink()
    return statistics.median(sealed) * 1000, statistics.median(moved) * 1000


def _move(store, upload: str, sha: str) -> bool:
    import os

    final = store.final_path(sha)
    final.parent.mkdir(parents=True, exist_ok=True)
    store._digest(upload, 1024 * 1024)  # the hash check both do
    os.replace(store.partial_path(upload), final)
    fd = os.open(final.parent, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    return True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mutations", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    admin, cluster = admin_dsn()
    url = create_database(admin)
    try:
        with tempfile.TemporaryDirectory() as blobs:
            app = create_app(ServerConfig(database_url=url, blob_dir=Path(blobs)))
            ctx = app.state.ctx
            each = args.mutations // args.rounds
            seconds = {"sealed": 0.0, "clear": 0.0}
            for _ in range(args.rounds):  # interleaved: a busy neighbour slows both alike
                seconds["sealed"] += each / bench_in_process(ctx, each, "lisi")
                with in_clear():
                    seconds["clear"] += each / bench_in_process(ctx, each, "lisi")
            search = search_ms(ctx)
            scan_sealed, scan_moved = scan_finish_ms(Path(blobs), ctx.keyring)
            ctx.engine.dispose()
    finally:
        drop_database(admin, url)
        if cluster is not None:
            cluster.destroy()
    total = each * args.rounds
    sealed, clear = (total / seconds[k] for k in ("sealed", "clear"))
    ratio = seconds["sealed"] / seconds["clear"]
    print(f"sync ingest, in-process push on PostgreSQL, {total} mutations each in {args.rounds} rounds")
    print(f"sealed   : {sealed:8.0f} mutations/s")
    print(f"in clear : {clear:8.0f} mutations/s")
    print(f"sealed / clear (time): {ratio:.2f} ×  (target ≤ 1.15 ×: {'met' if ratio <= 1.15 else 'NOT met'})")
    print(f"查找办件 by ID number over {total // 2} cases (sealed): median {search:.1f} ms")
    print(
        f"a 1 MiB scan completed: sealed {scan_sealed:.1f} ms, moved in clear {scan_moved:.1f} ms "
        f"(the upload of its bytes, which both share, takes far longer on a hall's network)"
    )


if __name__ == "__main__":
    main()
