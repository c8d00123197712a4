"""A proxy that duplicates requests, drops answers after the server committed, delays and
replays old requests late: whatever the network does, applied = created."""

from __future__ import annotations

from checks import assert_server_has_exactly, client_outbox
from fault_proxy import FaultProxy, Faults
from live_server import ThreadServer, seed
from terminals import make_cases, open_terminal, sync_until_done

from server.config import ServerConfig


def test_duplicates_drops_delays_and_late_replays_change_nothing(tmp_path, pg_url):
    config = ServerConfig(database_url=pg_url, blob_dir=tmp_path / "blobs")
    code = seed(config)
    server = ThreadServer(config).start()
    host, port = "127.0.0.1", server.port
    faults = Faults(duplicate=0.25, drop=0.25, delay=0.3, replay_late=0.15, seed=11)
    proxy = FaultProxy(host, port, faults).start()
    # enrol straight to the server (a one-time code answered into a dropped reply is gone)
    terminal = open_terminal(tmp_path / "client", server.url, code)
    terminal.close()
    terminal = open_terminal(tmp_path / "client", proxy.url, None)
    try:
        for batch in range(8):
            make_cases(terminal, 15, seed=batch)
            terminal.sync.sync_once()
        sync_until_done(terminal)
    finally:
        terminal.close()
        proxy.stop()
        server.stop()
    outbox = client_outbox(tmp_path / "client" / "onewindow.sqlite3")
    summary = assert_server_has_exactly(pg_url, config.blob_dir, outbox)
    counts = proxy.counts
    assert summary["mutations"] >= 400
    # the faults really happened, many times each
    assert counts.duplicated > 20 and counts.dropped > 20 and counts.replayed > 10
    assert all(code < 500 for code in counts.replay_answers if code), counts.replay_answers
