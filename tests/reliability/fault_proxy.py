"""A fault-injecting HTTP proxy between a terminal and the server, for the reliability tests.

It speaks just enough HTTP/1.1 to cut the byte stream into whole requests and answers (each with
a Content-Length; the client and uvicorn both send one), and then misbehaves the way real
networks and middleboxes do, chosen by a seeded random generator:

- duplicate: forward the request twice (the server sees a resend), answer with the second reply;
- drop: forward the request, let the server commit, then close the client's connection without
  an answer (the client cannot know whether it was applied);
- delay: hold the request a while before forwarding;
- replay late: keep a copy and forward it again some requests later (an old resend arriving
  after newer ones: reordering as the server sees it).

WebSocket upgrades are passed through untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from dataclasses import dataclass, field


@dataclass
class Faults:
    duplicate: float = 0.0
    drop: float = 0.0
    delay: float = 0.0
    delay_seconds: float = 0.05
    replay_late: float = 0.0
    seed: int = 1


@dataclass
class FaultCounts:
    requests: int = 0
    duplicated: int = 0
    dropped: int = 0
    delayed: int = 0
    replayed: int = 0
    replay_answers: list[int] = field(default_factory=list)  # status codes of the late replays


async def _read_message(reader: asyncio.StreamReader) -> bytes | None:
    """One HTTP/1.1 message (head + Content-Length body), or None at end of stream."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            raise ValueError("the fault proxy does not handle chunked bodies")
    body = await reader.readexactly(length) if length else b""
    return head + body


class FaultProxy:
    """Runs on its own event loop thread; `url` is what the client should talk to."""

    def __init__(self, upstream_host: str, upstream_port: int, faults: Faults) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.faults = faults
        self.counts = FaultCounts()
        self._rng = random.Random(faults.seed)
        self._late: list[bytes] = []
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self._server.sockets[0].getsockname()[1]

    async def _exchange(self, request: bytes) -> bytes | None:
        reader, writer = await asyncio.open_connection(*self.upstream)
        try:
            writer.write(request)
            await writer.drain()
            return await _read_message(reader)
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_message(reader)
                if request is None:
                    return
                if b"upgrade: websocket" in request.split(b"\r\n\r\n")[0].lower():
                    await self._tunnel(request, reader, writer)
                    return
                answer = await self._forward(request)
                if answer is None:  # dropped after the server committed: close without answering
                    return
                writer.write(answer)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()

    async def _forward(self, request: bytes) -> bytes | None:
        f, rng, counts = self.faults, self._rng, self.counts
        counts.requests += 1
        if self._late and rng.random() < 0.5:
            old = self._late.pop(0)
            answer = await self._exchange(old)
            counts.replayed += 1
            counts.replay_answers.append(_status(answer))
        if rng.random() < f.delay:
            counts.delayed += 1
            await asyncio.sleep(f.delay_seconds * rng.random())
        if rng.random() < f.replay_late:
            self._late.append(request)
        answer = await self._exchange(request)
        if rng.random() < f.duplicate:
            counts.duplicated += 1
            answer = await self._exchange(request)
        if rng.random() < f.drop:
            counts.dropped += 1
            return None
        return answer

    async def _tunnel(self, request: bytes, reader, writer) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        up_writer.write(request)

        async def pipe(src, dst) -> None:
            with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


def _status(answer: bytes | None) -> int:
    if not answer:
        return 0
    try:
        return int(answer.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0
