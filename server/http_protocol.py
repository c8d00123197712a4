"""The HTTP/1.1 parser of `onewindow-server serve`: uvicorn's httptools (C, llhttp) protocol, with
the bound on a request's head that httptools lacks.

h11, uvicorn's pure-Python parser, bounds the head (max_incomplete_event_size) but costs CPU on
every request and every body byte: in a profile of bench/attachment_upload.py its receive buffer
was most of the event loop's time, and a call-next spends more in it than in its SQL. httptools
parses in C, but keeps whatever a client sends as a header value until the header ends (50 MB of
one header were held in a test). So the bytes taken in while a request's head is not complete
are counted, and past MAX_HEAD_BYTES the request is answered 431 and the connection closed: at
most one read (256 KiB, asyncio's) beyond the bound is ever held. Bodies are not counted here;
server/body_limits.py bounds them per route.
"""

from __future__ import annotations

import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

# request line and headers together; a terminal's requests use well under 2 KiB
MAX_HEAD_BYTES = 16 * 1024
_REFUSAL = json.dumps(
    {"detail": f"请求头过大（超过 {MAX_HEAD_BYTES // 1024} KiB），已拒绝", "code": "headers_too_large"},
    ensure_ascii=False,
).encode()


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._awaiting_head = True  # no complete head since the last request ended (or ever)
        self._head_bytes = 0

    def data_received(self, data: bytes) -> None:
        if self._awaiting_head:
            self._head_bytes += len(data)
        super().data_received(data)
        # judged after parsing, so a read that completes a small head and starts the body is
        # never taken for a large head
        if self._awaiting_head and self._head_bytes > MAX_HEAD_BYTES and self.parser is not None:
            self._refuse_head()

    def on_headers_complete(self) -> None:
        self._awaiting_head, self._head_bytes = False, 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._awaiting_head, self._head_bytes = True, 0

    def _refuse_head(self) -> None:
        self._awaiting_head = False  # nothing more is parsed on this connection
        if self.transport.is_closing():
            return
        self.logger.warning("Request head over %d bytes refused.", MAX_HEAD_BYTES)
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
            b"content-type: application/json; charset=utf-8\r\n"
            b"content-length: " + str(len(_REFUSAL)).encode("ascii") + b"\r\n"
            b"connection: close\r\n\r\n" + _REFUSAL
        )
        self.transport.close()
