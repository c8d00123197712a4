"""The hall's event stream: every message pokes, every (re)connection pokes, backoff is bounded."""

from __future__ import annotations

import logging
import random
import threading

from websockets.sync.server import serve

from app.sync.event_stream import EventStream, backoff_delay, events_url
from app.sync.transport import ALLOW_INSECURE_HTTP_ENV, terminal_authorization


def test_events_url_is_the_websocket_twin_of_the_server_url_and_holds_no_credential():
    assert events_url("https://c.example/v1", "330429") == "wss://c.example/v1/halls/330429/events"
    assert events_url("http://127.0.0.1:8000", "330429") == "ws://127.0.0.1:8000/v1/halls/330429/events"


def test_backoff_grows_to_the_ceiling_and_stays_within_bounds():
    rng = random.Random(4)
    for failures in range(1, 40):
        ceiling = min(60.0, 1.0 * 2**failures)
        delay = backoff_delay(failures, 1.0, 60.0, rng)
        assert 1.0 <= delay <= ceiling
    assert max(backoff_delay(30, 1.0, 60.0, rng) for _ in range(50)) > 30  # reaches near the cap


def test_messages_poke_and_a_dropped_connection_reconnects_and_pokes_again():
    connections = []
    pokes = threading.Semaphore(0)

    def handler(ws):
        connections.append((ws.request.path, ws.request.headers.get("Authorization")))
        ws.send('{"hall_code":"330429","kind":"change","at":"2026-11-23T09:30:00Z"}')
        ws.send('{"hall_code":"330429","kind":"change","at":"2026-11-23T09:30:01Z"}')
        if len(connections) == 1:
            return  # the server drops the first connection: the client must come back
        ws.recv()  # the second stays open until the client closes it

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        url = events_url(f"http://127.0.0.1:{port}", "330429")
        stream = EventStream(
            url,
            pokes.release,
            min_backoff=0.01,
            max_backoff=0.05,
            authorization=terminal_authorization("t", "s"),
        )
        stream.start()
        try:
            # two connections, each: a poke on connecting and one per message
            for _ in range(6):
                assert pokes.acquire(timeout=10)
        finally:
            stream.stop()
            server.shutdown()
    assert stream.connections == 2
    # the terminal's credential travels in the handshake's header, never in the URL (access logs)
    assert connections[0] == ("/v1/halls/330429/events", "Terminal t:s")


def test_an_unreachable_server_is_retried_until_stopped():
    stream = EventStream("ws://127.0.0.1:9/v1/halls/x/events", lambda: None, 0.01, 0.02, open_timeout=1)
    stream.start()
    stream.stop()
    assert stream.connections == 0


def test_a_plain_stream_to_another_machine_is_not_opened(monkeypatch):
    """ws:// would carry the terminal's secret in clear; the stream says why and does not start."""
    monkeypatch.delenv(ALLOW_INSECURE_HTTP_ENV, raising=False)
    opened = []
    stream = EventStream(
        "ws://hall-server.example:8000/v1/halls/330429/events",
        lambda: opened.append(1),
        0.01,
        0.02,
        authorization="Terminal t:s",
        on_connection=opened.append,
    )
    stream.start()
    stream._thread.join(10)  # it ends by itself: nothing to retry
    assert not stream._thread.is_alive() and opened == [] and stream.connections == 0
    stream.stop()


def test_the_credential_is_not_logged_even_at_debug_level(caplog):
    caplog.set_level(logging.DEBUG)
    heard = threading.Semaphore(0)

    def handler(ws):
        ws.send("x")
        ws.recv()

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        stream = EventStream(
            events_url(f"http://127.0.0.1:{port}", "330429"),
            lambda: None,
            0.01,
            0.05,
            authorization=terminal_authorization("t-1", "the-terminal-secret"),
            on_message=lambda _t: heard.release(),
        )
        stream.start()
        try:
            assert heard.acquire(timeout=10)
        finally:
            stream.stop()
            server.shutdown()
    # (the websockets library's own client logger would write "> Authorization: Terminal …")
    client_side = [r for r in caplog.records if not r.name.startswith("websockets.server")]
    assert not [r for r in client_side if "the-terminal-secret" in r.getMessage()]
