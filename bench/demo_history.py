"""The demo hall's history (server/demo_history): how long it takes and what it leaves.

On a fresh SQLite server database, as the demo's embedded server has it: the demo hall seeded
(server.seed.seed_demo, timed), then the past weeks replayed through the server's write paths
(generate_history, timed), then the rows each table holds, the database's size, and how long a
window terminal's first pull from an empty cursor takes over them (the demo's W03 pulls all of
the hall's changes on its first start).

Target: the demo's first start is not held up. The replay takes far more than the few seconds a
synchronous seed could afford (every number, call and case goes through the same code a live
hall's requests do), so the demo runs it on a background thread after the server has started
(server/demo_history/background.py); the figure to watch is the one printed last.

    .venv/bin/python bench/demo_history.py [--weeks 8]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from sqlalchemy import func, select  # noqa: E402

from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402
from server.demo_history import generate_history  # noqa: E402
from server.seed import DEMO_HALL, DEMO_PASSWORD, seed_demo  # noqa: E402
from server.store.models import (  # noqa: E402
    ChangeLogRow,
    NoticeRow,
    QueueEventRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TicketRow,
)
from server.sync.case_state import with_case_states  # noqa: E402
from server.sync.change_log import read_changes  # noqa: E402
from ui.demo_server import catalog_document  # noqa: E402

TABLES = (TicketRow, QueueEventRow, ServerCaseRow, ServerCaseEventRow, RatingRow, NoticeRow, ChangeLogRow)


def first_pull_seconds(ctx) -> tuple[float, int]:
    """A terminal's pull of every change of the hall, page by page from an empty cursor."""
    started, cursor, changes = time.perf_counter(), None, 0
    while True:
        with ctx.sessions() as s, s.begin():
            answer = with_case_states(s, read_changes(s, [DEMO_HALL, "*"], cursor, 500))
        changes += len(answer.changes)
        cursor = answer.cursor
        if not answer.more:
            return time.perf_counter() - started, changes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=8)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ow-bench-history-"))
    database = folder / "server.sqlite3"
    ctx = create_app(ServerConfig(database_url=f"sqlite:///{database}", blob_dir=folder / "blobs")).state.ctx
    started = time.perf_counter()
    seed_demo(ctx, catalog_document())
    seeded = time.perf_counter() - started
    cpu = time.process_time()
    report = generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, weeks=args.weeks)
    cpu = time.process_time() - cpu  # this process's own: the figure a loaded machine does not inflate
    with ctx.sessions() as s:
        counts = {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}
    pulled, changes = first_pull_seconds(ctx)
    print(f"demo hall seeded (no history):       {seeded:6.2f} s")
    print(f"history: {args.weeks} weeks = {report.days} working days, {report.tickets} numbers, "
          f"{report.cases} cases, {report.ratings} ratings")  # fmt: skip
    for table, count in counts.items():
        print(f"  {table:<22} {count:>8} rows")
    print(f"  database file          {database.stat().st_size / 2**20:8.1f} MiB")
    print(f"a terminal's first pull: {changes} changes in {pulled:.2f} s")
    print(f"history replayed in {report.seconds:.1f} s wall, {cpu:.1f} s CPU "
          f"({1000 * report.seconds / max(1, report.tickets):.1f} ms per number); target: off the demo's "
          "start (background thread), a few seconds were the synchronous budget")  # fmt: skip


if __name__ == "__main__":
    main()
