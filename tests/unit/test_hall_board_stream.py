"""The event stream as the hall display uses it: each message's text, and when the link opens and drops."""

from __future__ import annotations

import queue
import threading

from websockets.sync.server import serve

from app.sync.event_stream import EventStream, events_url


def test_messages_go_to_on_message_and_connection_changes_are_reported():
    connections = []
    events: queue.Queue = queue.Queue()

    def handler(ws):
        connections.append(1)
        ws.send('{"hall_code":"330429","kind":"hello","at":"2026-11-23T09:30:00Z"}')
        ws.send(b'{"kind":"queue"}')
        if len(connections) == 1:
            return  # dropped: the display must hear it and the stream must come back
        ws.recv()

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        stream = EventStream(
            events_url(f"http://127.0.0.1:{port}", "330429"),
            lambda: events.put("poke"),
            min_backoff=0.01,
            max_backoff=0.05,
            on_message=lambda text: events.put(text),
            on_connection=lambda up: events.put("up" if up else "down"),
        )
        stream.start()
        try:
            seen = [events.get(timeout=10) for _ in range(9)]
        finally:
            stream.stop()
            server.shutdown()
    once = [
        "up",
        "poke",
        '{"hall_code":"330429","kind":"hello","at":"2026-11-23T09:30:00Z"}',
        '{"kind":"queue"}',
    ]
    assert seen == [*once, "down", *once]


def test_a_failing_connection_listener_does_not_end_the_stream():
    reached = threading.Semaphore(0)

    def handler(ws):
        ws.send("x")
        ws.recv()

    def broken(_up):
        raise RuntimeError("listener bug")

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        stream = EventStream(
            f"ws://127.0.0.1:{port}/",
            lambda: None,
            0.01,
            0.05,
            on_message=lambda _t: reached.release(),
            on_connection=broken,
        )
        stream.start()
        try:
            assert reached.acquire(timeout=10)
        finally:
            stream.stop()
            server.shutdown()
