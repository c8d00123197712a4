"""The server process, and PostgreSQL itself, restarted in the middle of sync rounds.

Nothing the server acknowledged may be lost, nothing applied twice, and the terminal's pull
must not skip a change: at the end the terminal's cases equal the server's.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import threading
import time

import pytest
from checks import assert_server_has_exactly, client_outbox
from live_server import ProcessServer, seed
from pg_cluster import ThrowawayCluster, create_database
from sqlalchemy import create_engine, text
from terminals import make_cases, open_terminal, sync_until_done

from server.config import ServerConfig


@contextlib.contextmanager
def sync_in_background(terminal):
    """Sync rounds on a thread for as long as the block runs; always stopped and joined after,
    even when the block fails (a loop left running would use the closed terminal later on)."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            terminal.sync.sync_once()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(120)
        assert not thread.is_alive(), "the background sync round did not end"


def assert_terminal_matches_server(client_db, database_url: str) -> None:
    """Every case on the server is on the terminal with the same status and number of events."""
    engine = create_engine(database_url)
    with engine.connect() as conn:
        server = {
            r.id: (r.status, r.n)
            for r in conn.execute(
                text(
                    "SELECT c.id, c.status, count(e.id) AS n FROM cases c "
                    "JOIN case_events e ON e.case_id = c.id GROUP BY c.id, c.status"
                )
            )
        }
    engine.dispose()
    with sqlite3.connect(client_db) as conn:
        local = {
            cid: (status, n)
            for cid, status, n in conn.execute(
                # "created" (收件) stays on the terminal: a case reaches the server at its decision
                "SELECT c.id, c.status, count(e.id) FROM cases c JOIN case_events e ON e.case_id = c.id "
                "WHERE e.kind != 'created' GROUP BY c.id, c.status"
            )
        }
    assert server and {k: local.get(k) for k in server} == server


def test_server_process_killed_and_restarted_mid_sync(tmp_path, pg_url):
    config = ServerConfig(database_url=pg_url, blob_dir=tmp_path / "blobs")
    code = seed(config)
    server = ProcessServer(config).start()
    terminal = open_terminal(tmp_path / "client", server.url, code)
    rng = random.Random(5)
    try:
        make_cases(terminal, 60, seed=1)  # waiting: the server has not seen them yet
        with sync_in_background(terminal):
            for _ in range(4):
                time.sleep(rng.uniform(0.2, 1.0))
                server.kill()  # SIGKILL: mid-request, mid-transaction
                make_cases(terminal, 5, seed=rng.randrange(1000))
                server.start()
        sync_until_done(terminal)
    finally:
        terminal.close()
        server.stop()
    outbox = client_outbox(tmp_path / "client" / "onewindow.sqlite3")
    assert_server_has_exactly(pg_url, config.blob_dir, outbox)
    assert_terminal_matches_server(tmp_path / "client" / "onewindow.sqlite3", pg_url)


def test_postgresql_restarted_mid_sync(tmp_path):
    try:
        cluster = ThrowawayCluster()
    except Exception as exc:
        pytest.skip(f"!!! cannot start a PostgreSQL cluster of our own to restart: {exc} !!!")
    try:
        url = create_database(cluster.dsn)
        config = ServerConfig(database_url=url, blob_dir=tmp_path / "blobs")
        code = seed(config)
        server = ProcessServer(config).start()
        terminal = open_terminal(tmp_path / "client", server.url, code)
        try:
            make_cases(terminal, 60, seed=2)
            with sync_in_background(terminal):
                for pause in (0.3, 0.8, 0.5):
                    time.sleep(pause)
                    cluster.stop("immediate")  # a crash: no clean shutdown, WAL recovery at start
                    make_cases(terminal, 5, seed=int(pause * 10))
                    time.sleep(0.5)
                    cluster.start()
            sync_until_done(terminal)
        finally:
            terminal.close()
            server.stop()
        outbox = client_outbox(tmp_path / "client" / "onewindow.sqlite3")
        assert_server_has_exactly(url, config.blob_dir, outbox)
        assert_terminal_matches_server(tmp_path / "client" / "onewindow.sqlite3", url)
    finally:
        cluster.destroy()
