"""Click → manager's console: from a window's "call next" to the console's 实时大厅 tile showing
the call, on loopback — beside the hall display's figure measured the same way in the same run.

The set-up is bench/queue_display.py's (a server process on a fresh PostgreSQL database, or
SQLite with --sqlite, seeded and given codes by the real CLI; a window terminal calling through
QueueTransport; the display fed by HallBoardService). The console runs as `onewindow manager`
does (ui.manager.app.ManagerApp: a back-office terminal, the hall manager zhangjl signed in, the
hall's event stream turned into pokes, the live tab refetching on "queue"). Per call the clock
stops separately when the display's big number and when the console's tile of the window show
the called ticket. Target: console p95 ≤ 100 ms. Prints figures; asserts nothing.

    .venv/bin/python bench/manager_live.py [--calls 100] [--sqlite]
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
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "server")]

from PySide6.QtWidgets import QApplication  # noqa: E402
from queue_display import TARGET_MS, WINDOW, _wait, code_for, pct  # noqa: E402
from server_process import run_cli, serving  # noqa: E402

from app.services.manager.session import ConsoleSession, open_identity  # noqa: E402
from app.services.queue.hall_board import HallBoardService, identity_opener  # noqa: E402
from app.services.sync.terminal_identity import enrol_terminal  # noqa: E402
from app.sync.protocol import LoginRequest  # noqa: E402
from app.sync.queue_protocol import TicketRequest, WindowAction, WindowActionRequest  # noqa: E402
from app.sync.queue_transport import QueueTransport  # noqa: E402


def _console(base: str, database: str, work: Path):
    from ui.manager.app import ManagerApp

    code = code_for(database, "B01", "backoffice")
    running = ManagerApp(
        lambda: ConsoleSession(open_identity(work / "manager", base, code)),
        auto_sign_in=("zhangjl", "onewindow"),
    )
    running.start()
    return running


def measure(base: str, database: str, work: Path, calls: int) -> dict[str, list[float]]:
    from ui.app import register_fonts
    from ui.display.window import DisplayWindow

    app = QApplication.instance() or QApplication([])
    register_fonts(app)
    enrol_terminal(work / "display", base, code_for(database, "D01", "display"), "大厅叫号屏")
    clerk = enrol_terminal(work / "window", base, code_for(database, "W03", "window"), WINDOW)
    transport = clerk.transport()
    token = transport.login(LoginRequest(username="lixm", password="onewindow")).token
    queue = QueueTransport(transport, lambda: token)
    display = DisplayWindow()
    display.resize(1920, 1080)
    display.show()
    service = HallBoardService(
        identity_opener(work / "display"), display.board_updated.emit, poll_seconds=600
    )
    service.start()
    console = _console(base, database, work)
    figures: dict[str, list[float]] = {"answer": [], "display": [], "console": []}
    try:
        _wait(app, lambda: service.stream_connected and console.console is not None, 15)
        live = console.console.tab_keys[1]
        _wait(app, lambda: live.snapshot is not None and "实时连接正常" in live.stream.text(), 15)

        def tile_shows(number: str) -> bool:
            return any(
                v.tile is not None and v.tile.name == WINDOW and v.tile.serving == number
                for v in live.tile_views
            )

        for _ in range(calls):
            queue.take_ticket(TicketRequest(request_id=str(uuid.uuid4()), category="general"))
        for _ in range(calls):
            got: dict = {}

            def click(got=got) -> None:
                request = WindowActionRequest(request_id=str(uuid.uuid4()), action=WindowAction.CALL_NEXT)
                got["ticket"] = queue.act(WINDOW, request).ticket
                got["answer"] = time.perf_counter()

            start = time.perf_counter()
            threading.Thread(target=click).start()
            _wait(app, lambda got=got: "ticket" in got, 10)
            number = got["ticket"].number
            seen: dict[str, float] = {}

            def both(number=number, seen=seen) -> bool:
                now = time.perf_counter()
                if "display" not in seen and display.current.number.text() == number:
                    seen["display"] = now
                if "console" not in seen and tile_shows(number):
                    seen["console"] = now
                return len(seen) == 2

            _wait(app, both, 10)
            figures["answer"].append((got["answer"] - start) * 1000)
            for name in ("display", "console"):
                figures[name].append((seen[name] - start) * 1000)
            _wait(app, lambda: True, 0.05)  # a pause between clicks, as a clerk makes
    finally:
        console.stop()
        service.stop()
        queue.http.close()
    return figures


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
            seeded = run_cli("seed-demo", "--database", database)
            if seeded.returncode != 0:
                raise RuntimeError(seeded.stderr)
            with serving(database, work / "blobs") as base:
                figures = measure(base, database, work, args.calls)
        finally:
            if admin is not None:
                from pg_cluster import drop_database

                drop_database(admin, database)
            if cluster is not None:
                cluster.destroy()
    store = "SQLite" if args.sqlite else "PostgreSQL"
    print(f"manager_live: {args.calls} calls, server process on {store}, display and console offscreen")
    names = {
        "answer": "click → window has its ticket",
        "display": "click → display shows it",
        "console": "click → console tile shows it",
    }
    for key, name in names.items():
        values = figures[key]
        print(
            f"  {name:32s} p50 {pct(values, 50):6.1f} ms  p95 {pct(values, 95):6.1f} ms"
            f"  max {max(values):6.1f} ms  mean {statistics.fmean(values):6.1f} ms"
        )
    verdict = "met" if pct(figures["console"], 95) <= TARGET_MS else "NOT met"
    print(f"  target: console p95 ≤ {TARGET_MS:.0f} ms — {verdict}")


if __name__ == "__main__":
    main()
