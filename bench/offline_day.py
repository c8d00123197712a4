"""A day offline, then the link returns: catch-up time and the workbench's peak memory.

A terminal makes CASES cases with scanned pages (A4-ish JPEGs) while its server is down; then
the server comes back and a fresh workbench process syncs everything. Its wall time and peak
resident memory (ru_maxrss) are printed, with what was sent. Target: peak ≤ 300 MB.

    .venv/bin/python bench/offline_day.py [--cases 300] [--page-side 1200] [--postgres]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "reliability"), str(ROOT / "tests" / "server"), str(ROOT)]

CATCH_UP = """
import json, resource, sys, time
sys.path[:0] = {paths!r}
from pathlib import Path
from terminals import open_terminal, sync_until_done
t0 = time.perf_counter()
terminal = open_terminal(Path({data!r}), {url!r}, None)
opened = time.perf_counter()
sync_until_done(terminal)
done = time.perf_counter()
terminal.close()
print(json.dumps({{"open_s": opened - t0, "sync_s": done - opened,
                   "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--page-side", type=int, default=1200, help="page width in pixels (1200 ≈ 150 dpi A4)")
    ap.add_argument("--postgres", action="store_true", help="server on PostgreSQL (default: SQLite)")
    args = ap.parse_args()

    import random

    import workload
    from live_server import ThreadServer, seed
    from terminals import open_terminal

    from server.config import ServerConfig

    home = Path(tempfile.mkdtemp(prefix="ow-offline-day-"))
    if args.postgres:
        from pg_cluster import admin_dsn, create_database

        url = create_database(admin_dsn()[0])
    else:
        url = f"sqlite:///{home / 'server.sqlite3'}"
    config = ServerConfig(database_url=url, blob_dir=home / "blobs")
    code = seed(config)
    server = ThreadServer(config).start()
    terminal = open_terminal(home / "client", server.url, code)
    server.stop()

    side = args.page_side
    original = workload.page_image
    workload.page_image = lambda rng, side_=side: original(rng, side_, grain=True)
    clerk = workload.Clerk(terminal, random.Random(1))
    t0 = time.perf_counter()
    for _ in range(args.cases):
        clerk.one_case(pages=1)
    made = time.perf_counter() - t0
    status = terminal.sync.status()
    pages_mb = sum(
        p.stat().st_size for p in (home / "client").rglob("*") if p.is_file() and "扫描件" in str(p)
    )
    terminal.close()
    print(
        f"offline day: {args.cases} cases made in {made:.1f} s; {status.waiting} changes waiting; "
        f"scanned pages on disk {pages_mb / 1e6:.1f} MB"
    )

    server = ThreadServer(config, port=server.port).start()
    code_text = CATCH_UP.format(paths=sys.path[:3], data=str(home / "client"), url=server.url)
    out = subprocess.run([sys.executable, "-c", code_text], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"catch-up failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    server.stop()
    print(
        f"catch-up: open {result['open_s']:.2f} s, sync {result['sync_s']:.1f} s "
        f"({status.waiting / result['sync_s']:.0f} changes/s); "
        f"workbench peak memory {result['peak_mb']:.0f} MB (target ≤ 300 MB); "
        f"server {'PostgreSQL' if args.postgres else 'SQLite'}"
    )
    print(f"bench process peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; in {home}")


if __name__ == "__main__":
    main()
