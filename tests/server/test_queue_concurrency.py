"""200 windows calling at once against two `onewindow-server` processes on one PostgreSQL,
while kiosks issue a few thousand tickets: every ticket is called exactly once, no window ever
holds two, and a resent call (to the other process) returns the same ticket."""

from __future__ import annotations

import itertools
import threading
import time
import uuid

import psycopg
from queue_load import CATEGORY_COUNT, Gate, call_next, clients, configure, run_threads, take, window_name
from server_process import run_cli, serving

WINDOWS = 200
TICKETS = 2000  # 250 in each of the 8 categories
EARLY, EARLY_KIOSKS = 1600, 16  # issued before the windows open …
LATER, LATER_KIOSKS = 400, 80  # … and while they call (one request each at a time)
RESEND_EVERY = 10  # every 10th call of a window is sent twice (to the other process)
IDLE_SECONDS = 1.0  # a window with nothing to call looks again after this


def test_every_ticket_is_called_exactly_once_by_200_windows_on_two_processes(pg_url, tmp_path):
    seeded = run_cli("seed-demo", "--database", pg_url, "--blob-dir", str(tmp_path / "blobs"))
    assert seeded.returncode == 0, seeded.stderr
    with serving(pg_url, tmp_path / "blobs") as a, serving(pg_url, tmp_path / "blobs") as b:
        headers = configure(a, seeded.stdout.strip(), WINDOWS)
        servers = clients([a, b], headers, connections=120)
        issued: list[str] = []
        called: dict[str, list[str]] = {window_name(i): [] for i in range(1, WINDOWS + 1)}
        resent = itertools.count()
        issuing_done = threading.Event()
        gate = Gate(LATER_KIOSKS + WINDOWS)

        def kiosk(k: int, count: int, first: int = 0, wait: bool = False):
            def run():
                client = servers[k % 2]
                if wait:
                    gate.wait()
                for n in range(first, first + count):
                    number, _ = take(client, f"cat{(k + n) % CATEGORY_COUNT}")
                    issued.append(number)

            return run

        # a morning's queue, then the windows open while the kiosks keep issuing
        run_threads([kiosk(k, EARLY // EARLY_KIOSKS) for k in range(EARLY_KIOSKS)])
        assert len(issued) == EARLY

        def window(i: int):
            name = window_name(i)

            def run():
                gate.wait()
                for n in itertools.count():
                    # a None answer ends the window only when every ticket was issued before it
                    done_before = issuing_done.is_set()
                    request_id = str(uuid.uuid4())
                    answer, _ = call_next(servers[(i + n) % 2], name, request_id)
                    if n % RESEND_EVERY == RESEND_EVERY - 1:
                        again, _ = call_next(servers[(i + n + 1) % 2], name, request_id)
                        assert again == answer
                        next(resent)
                    ticket = answer["ticket"]
                    if ticket is None:
                        assert answer["state"]["current"] is None
                        if done_before:
                            return
                        time.sleep(IDLE_SECONDS)
                        continue
                    assert answer["state"]["current"]["number"] == ticket["number"]
                    assert ticket["window"] == name and ticket["state"] == "called"
                    called[name].append(ticket["number"])

            return run

        def kiosks_then_done():
            each = LATER // LATER_KIOSKS
            run_threads([kiosk(k, each, first=k, wait=True) for k in range(LATER_KIOSKS)])
            issuing_done.set()

        run_threads([kiosks_then_done, *[window(i) for i in range(1, WINDOWS + 1)]])
        for client in servers:
            client.close()

    everything = [n for numbers in called.values() for n in numbers]
    assert len(issued) == TICKETS == len(set(issued))
    assert len(everything) == len(set(everything)), "a ticket was called twice"
    assert sorted(everything) == sorted(issued)
    assert len(issued) == EARLY + LATER
    assert next(resent) > WINDOWS // 2
    _check_the_store(pg_url)


def _check_the_store(pg_url: str) -> None:
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        states = dict(conn.execute("SELECT state, count(*) FROM queue_tickets GROUP BY state").fetchall())
        assert states == {"finished": TICKETS}
        twice = conn.execute(
            "SELECT ticket_id FROM queue_events WHERE kind = 'called' GROUP BY ticket_id HAVING count(*) > 1"
        ).fetchall()
        assert twice == []
        # replay each window's calls and finishes: it never held two tickets at once
        held: dict[str, int | None] = {}
        for window, kind, ticket in conn.execute(
            'SELECT "window", kind, ticket_id FROM queue_events'
            " WHERE kind IN ('called', 'finished') ORDER BY id"
        ):
            if kind == "called":
                assert held.get(window) is None, f"{window} called {ticket} while holding {held[window]}"
                held[window] = ticket
            else:
                assert held.get(window) == ticket
                held[window] = None
        assert set(held.values()) == {None}
