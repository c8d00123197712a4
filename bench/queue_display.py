"""Click → display: from a window's "call next" to the hall display showing the call, on loopback.

The central server runs as its own process (`onewindow-server serve`, on a fresh PostgreSQL
database, or SQLite with --sqlite), set up with the real CLI (seed-demo, issue-code). This
process is the display (DisplayWindow on the offscreen platform, fed by HallBoardService over
the event stream, as `onewindow display` runs it) and a window terminal calling through
QueueTransport (as the workbench's queue panel does). Each call is made on a worker thread while
the Qt loop runs; the clock stops when the display's big number shows the called ticket.

Figures per call: click → the window has its ticket (HTTP answer), click → the display shows it
(poke, board fetch, paint). Target: display ≤ 100 ms. Prints figures; asserts nothing.

    .venv/bin/python bench/queue_display.py [--calls 100] [--sqlite]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "server")]

from PySide6.QtWidgets import QApplication  # noqa: E402
from server_process import run_cli, serving  # noqa: E402

from app.services.queue.hall_board import HallBoardService, identity_opener  # noqa: E402
from app.services.sync.terminal_identity import enrol_terminal  # noqa: E402
from app.sync.protocol import LoginRequest  # noqa: E402
from app.sync.queue_protocol import TicketRequest, WindowAction, WindowActionRequest  # noqa: E402
from app.sync.queue_transport import QueueTransport  # noqa: E402

WINDOW = "3号综合窗口"
TARGET_MS = 100.0


def code_for(database: str, terminal: str, kind: str) -> str:
    """The one-time code `onewindow-server issue-code` prints on stdout."""
    done = run_cli(
        "issue-code", "--database", database, "--hall", "330429", "--terminal-code", terminal, "--kind", kind
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return done.stdout.strip()


def measure(base: str, database: str, work: Path, calls: int) -> tuple[list[float], list[float]]:
    from ui.app import register_fonts
    from ui.display.window import DisplayWindow

    app = QApplication.instance() or QApplication([])
    register_fonts(app)
    enrol_terminal(work / "display", base, code_for(database, "D01", "display"), "大厅叫号屏")
    clerk = enrol_terminal(work / "window", base, code_for(database, "W03", "window"), WINDOW)
    transport = clerk.transport()  # the window's calls are its signed-in clerk's
    token = transport.login(LoginRequest(username="lixm", password="onewindow")).token
    queue = QueueTransport(transport, lambda: token)
    window = DisplayWindow()
    window.resize(1920, 1080)
    window.show()
    service = HallBoardService(identity_opener(work / "display"), window.board_updated.emit, poll_seconds=600)
    service.start()
    answers: list[float] = []
    shown: list[float] = []
    try:
        _wait(app, lambda: service.stream_connected, 15)
        for _ in range(calls):
            queue.take_ticket(TicketRequest(request_id=str(uuid.uuid4()), category="general"))
        for _ in range(calls):
            got: dict = {}

            def click(got=got) -> None:
                request = WindowActionRequest(
                    request_id=str(uuid.uuid4()), action=WindowAction.CALL_NEXT, clerk="lixm"
                )
                got["ticket"] = queue.act(WINDOW, request).ticket
                got["answer"] = time.perf_counter()

            start = time.perf_counter()
            threading.Thread(target=click).start()
            _wait(app, lambda got=got: "ticket" in got, 10)
            number = got["ticket"].number
            _wait(app, lambda n=number: window.current.number.text() == n, 10)
            shown.append((time.perf_counter() - start) * 1000)
            answers.append((got["answer"] - start) * 1000)
            _wait(app, lambda: True, 0.05)  # a pause between clicks, as a clerk makes
    finally:
        service.stop()
        queue.http.close()
    return answers, shown


def _wait(app: QApplication, done, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            if seconds < 1:
                return
            raise TimeoutError("the display did not show the call in time")
        app.processEvents()
        time.sleep(0.0005)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--sqlite", action="store_true", help="the server on SQLite, not PostgreSQL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        admin = cluster = None
        if args.sqlite:
            database = f"sqlite:///{work / 'server.sqlite3'}"
        else:
            from pg_cluster import admin_dsn, create_database

            admin, cluster = admin_dsn()
            database = create_database(admin)
        try:
            # the CLI's chores and `serve` share one blob folder, and with it the audit chain's key
            os.environ["ONEWINDOW_BLOB_DIR"] = str(work / "blobs")
            seeded = run_cli("seed-demo", "--database", database)  # migrates the database first
            if seeded.returncode != 0:
                raise RuntimeError(seeded.stderr)
            with serving(database, work / "blobs") as base:
                answers, shown = measure(base, database, work, args.calls)
        finally:
            if admin is not None:
                from pg_cluster import drop_database

                drop_database(admin, database)
            if cluster is not None:
                cluster.destroy()
    store = "SQLite" if args.sqlite else "PostgreSQL"
    print(f"queue_display: {args.calls} calls, server process on {store}, display offscreen 1920×1080")
    for name, values in (("click → window has its ticket", answers), ("click → display shows it", shown)):
        print(
            f"  {name:32s} p50 {pct(values, 50):6.1f} ms  p95 {pct(values, 95):6.1f} ms"
            f"  max {max(values):6.1f} ms  mean {statistics.fmean(values):6.1f} ms"
        )
    verdict = "met" if pct(shown, 95) <= TARGET_MS else "NOT met"
    print(f"  target: display p95 ≤ {TARGET_MS:.0f} ms — {verdict}")


if __name__ == "__main__":
    main()
