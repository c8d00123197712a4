"""Request bodies are bounded before parsing: size per route (413) and time to arrive (408)."""

from __future__ import annotations

import asyncio
import json
import socket
from dataclasses import replace

from server_process import serving

from app.sync.protocol import MAX_CHUNK_BYTES, MAX_PUSH_BYTES
from server.app import create_app
from server.body_limits import SMALL_BODY, body_limit

CHUNK = 64 * 1024


class CountingBody:
    """An ASGI receive that hands out `chunk`-sized pieces of an endless body (or stalls after the
    first piece), counting what the application took."""

    def __init__(self, chunk: int = CHUNK, stall: bool = False) -> None:
        self.chunk, self.stall, self.read = chunk, stall, 0

    async def __call__(self) -> dict:
        if self.stall and self.read:
            await asyncio.Event().wait()  # the client sends nothing more, ever
        self.read += self.chunk
        return {"type": "http.request", "body": b"x" * self.chunk, "more_body": True}


def _call(
    app, method: str, path: str, receive, headers: list[tuple[bytes, bytes]] = ()
) -> tuple[int, dict, dict]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "app": app,
    }
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {k.decode().lower(): v.decode() for k, v in start["headers"]}, json.loads(body)


def test_a_declared_oversize_body_is_refused_without_reading_it(server_config):
    app = create_app(server_config)
    body = CountingBody()
    status, headers, answer = _call(
        app, "POST", "/v1/terminals/enrol", body, [(b"content-length", str(300 * 1024 * 1024).encode())]
    )
    assert status == 413 and answer["code"] == "too_large" and "过大" in answer["detail"]
    assert headers["connection"] == "close"
    assert body.read == 0


def test_a_streamed_oversize_body_is_stopped_at_the_limit(server_config):
    app = create_app(server_config)
    body = CountingBody()  # chunked: no Content-Length, an endless body
    status, headers, answer = _call(app, "POST", "/v1/terminals/enrol", body)
    assert status == 413 and answer["code"] == "too_large"
    assert headers["connection"] == "close"
    assert body.read <= SMALL_BODY + CHUNK  # memory stays bounded: the limit plus one piece
    # a push may be larger, but not without end either
    body = CountingBody(chunk=1024 * 1024)
    status, _, answer = _call(app, "POST", "/v1/sync/push", body)
    assert status == 413 and MAX_PUSH_BYTES < body.read <= MAX_PUSH_BYTES + body.chunk


def test_a_body_that_does_not_arrive_in_time_is_answered_408(server_config):
    app = create_app(replace(server_config, request_body_timeout=0.2))
    body = CountingBody(chunk=100, stall=True)
    status, headers, answer = _call(app, "POST", "/v1/terminals/enrol", body, [(b"content-length", b"1000")])
    assert status == 408 and answer["code"] == "timeout" and "未传完" in answer["detail"]
    assert headers["connection"] == "close"


def test_each_route_has_the_limit_its_largest_real_body_needs():
    assert body_limit("POST", "/v1/terminals/enrol") == SMALL_BODY
    assert body_limit("POST", "/v1/sessions") == SMALL_BODY
    assert body_limit("POST", "/v1/queue/tickets") == SMALL_BODY
    assert body_limit("PUT", "/v1/admin/users/lixm") == SMALL_BODY
    assert body_limit("POST", "/v1/sync/push") == MAX_PUSH_BYTES
    assert MAX_CHUNK_BYTES < body_limit("PUT", f"/v1/attachments/{'a' * 64}") <= MAX_CHUNK_BYTES + 64 * 1024
    assert body_limit("POST", "/v1/admin/catalog") > 1024 * 1024
    assert body_limit("GET", "/v1/sync/push") == SMALL_BODY  # the method counts too


def _raw_request(url: str, head: bytes, body: bytes) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    answer = b""
    with socket.create_connection((host, int(port)), timeout=60) as s:
        try:
            s.sendall(head + body)
            while chunk := s.recv(65536):  # ends when the server closes the connection
                answer += chunk
        except (ConnectionResetError, BrokenPipeError):
            pass  # the server hung up before taking all we sent: that is a refusal too
    return answer


def test_a_real_server_refuses_and_closes(tmp_path):
    database = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with serving(database, tmp_path / "blobs", "--body-timeout", "1") as url:
        huge = (
            b"POST /v1/terminals/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 314572800\r\n\r\n"
        )
        answer = _raw_request(url, huge, b"{" * 1000)
        assert answer.startswith(b"HTTP/1.1 413") and b'"code":"too_large"' in answer.replace(b" ", b"")
        slow = (
            b"POST /v1/terminals/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n"
        )
        answer = _raw_request(url, slow, b'{"code": ')  # and then nothing: the server gives up
        assert answer.startswith(b"HTTP/1.1 408") and b'"code":"timeout"' in answer.replace(b" ", b"")
        # the head is bounded as it arrives (server/http_protocol.py): a megabyte of one header,
        # or thousands of small ones, is refused with 431 before it is all taken in
        padded = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 1024 * 1024 + b"\r\n\r\n"
        answer = _raw_request(url, padded, b"")
        assert answer.startswith(b"HTTP/1.1 431") or answer == b"", answer[:100]
        many = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 20_000 + b"\r\n"
        answer = _raw_request(url, many, b"")
        assert answer.startswith(b"HTTP/1.1 431") or answer == b"", answer[:100]
        # a long head under the bound is served; a body in the same packet as the head is not
        # taken for a head (it is the route's body limit that refuses this one)
        long_head = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 12_000 + b"\r\n"
        answer = _raw_request(url, long_head + b"Connection: close\r\n\r\n", b"")
        assert answer.startswith(b"HTTP/1.1 200"), answer[:100]
        big_body = (
            b"POST /v1/terminals/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 200000\r\n\r\n"
        )
        answer = _raw_request(url, big_body, b" " * 200_000)
        assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
        assert _raw_request(
            url, b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b""
        ).startswith(b"HTTP/1.1 200")
