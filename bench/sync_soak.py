"""The kill -9 soak: the workbench killed at random moments, hundreds of times, then checked.

The CI test (tests/reliability/test_kill9.py) does ≥ 50 kills over ≥ 2,000 mutations; this does
the issue's soak size by default: ≥ 500 kills over ≥ 10,000 mutations, on PostgreSQL. Prints
the kills, mutations, attachments and the time taken; exits non-zero if anything was lost or
applied twice.

    .venv/bin/python bench/sync_soak.py [--kills 500] [--mutations 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "reliability"), str(ROOT / "tests" / "server"), str(ROOT)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=500)
    ap.add_argument("--mutations", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from checks import assert_server_has_exactly, client_outbox
    from live_server import ThreadServer, seed
    from pg_cluster import admin_dsn, create_database, drop_database
    from test_kill9 import run_kill_loop

    from server.config import ServerConfig

    admin = admin_dsn()[0]
    url = create_database(admin)
    home = Path(tempfile.mkdtemp(prefix="ow-soak-"))
    config = ServerConfig(database_url=url, blob_dir=home / "blobs")
    code = seed(config)
    server = ThreadServer(config).start()
    t0 = time.perf_counter()
    try:
        kills = run_kill_loop(home / "client", server.url, code, args.seed, args.kills, args.mutations)
    finally:
        server.stop()
    elapsed = time.perf_counter() - t0
    outbox = client_outbox(home / "client" / "onewindow.sqlite3")
    summary = assert_server_has_exactly(url, config.blob_dir, outbox)
    drop_database(admin, url)
    print(
        f"soak: {kills} kills over {summary['mutations']} mutations "
        f"({summary['attachments']} attachments) in {elapsed:.0f} s: applied = created, none twice, "
        f"every attachment's SHA-256 checks, client SQLite integrity ok"
    )


if __name__ == "__main__":
    main()
