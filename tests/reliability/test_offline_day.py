"""A day without the network: 300 cases with scanned pages, then the link returns.

The clerk works on; the status says offline with every change waiting; on reconnect everything
arrives once and every attachment's SHA-256 checks on the server.
"""

from __future__ import annotations

from checks import assert_server_has_exactly, client_outbox
from live_server import ThreadServer, seed
from terminals import make_cases, open_terminal, sync_until_done

from server.config import ServerConfig

CASES = 300


def test_a_day_offline_then_everything_arrives(tmp_path):
    # SQLite, like the embedded server of a small hall; PostgreSQL is covered by the other tests
    database = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    config = ServerConfig(database_url=database, blob_dir=tmp_path / "blobs")
    code = seed(config)
    server = ThreadServer(config).start()
    terminal = open_terminal(tmp_path / "client", server.url, code)
    server.stop()  # the link goes down for the day
    try:
        make_cases(terminal, CASES, seed=3, pages=1, rotations=0)
        status = terminal.sync.sync_once()
        assert status.configured and not status.online
        assert status.waiting >= CASES * 3  # a decision, a page and a rating per case
        assert status.oldest_waiting_at is not None and status.last_error
        server = ThreadServer(config, port=server.port).start()  # the link returns
        sync_until_done(terminal)
        assert terminal.sync.status().waiting == 0
        assert terminal.sync.unsynced_case_ids() == set()
    finally:
        terminal.close()
        server.stop()
    outbox = client_outbox(tmp_path / "client" / "onewindow.sqlite3")
    summary = assert_server_has_exactly(config.database_url, config.blob_dir, outbox)
    assert summary["attachments"] == CASES
