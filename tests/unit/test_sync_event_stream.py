"""The hall's event stream: every message pokes, every (re)connection pokes, backoff is bounded."""

from __future__ import annotations

import random
import threading

from websockets.sync.server import serve

from app.sync.event_stream import EventStream, backoff_delay, events_url


def test_events_url_is_the_websocket_twin_of_the_server_url():
    assert (
        events_url("https://c.example/v1", "330429", "t 1", "a&b")
        == "wss://c.example/v1/halls/330429/events?terminal_id=t+1&secret=a%26b"
    )
    assert events_url("http://127.0.0.1:8000", "330429", "t", "s").startswith("ws://127.0.0.1:8000/v1/")


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
        connections.append(ws.request.path)
        ws.send('{"hall_code":"330429","kind":"change","at":"2026-11-23T09:30:00Z"}')
        ws.send('{"hall_code":"330429","kind":"change","at":"2026-11-23T09:30:01Z"}')
        if len(connections) == 1:
            return  # the server drops the first connection: the client must come back
        ws.recv()  # the second stays open until the client closes it

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        url = events_url(f"http://127.0.0.1:{port}", "330429", "t", "s")
        stream = EventStream(url, pokes.release, min_backoff=0.01, max_backoff=0.05)
        stream.start()
        try:
            # two connections, each: a poke on connecting and one per message
            for _ in range(6):
                assert pokes.acquire(timeout=10)
        finally:
            stream.stop()
            server.shutdown()
    assert stream.connections == 2
    assert connections[0] == "/v1/halls/330429/events?terminal_id=t&secret=s"


def test_an_unreachable_server_is_retried_until_stopped():
    stream = EventStream("ws://127.0.0.1:9/v1/halls/x/events", lambda: None, 0.01, 0.02, open_timeout=1)
    stream.start()
    stream.stop()
    assert stream.connections == 0
