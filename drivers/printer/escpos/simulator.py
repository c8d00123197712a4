"""A simulated ESC/POS printer: a peer that takes the bytes and answers DLE EOT as a printer does.

`EscPosPeer` is the printer itself (it keeps every byte and the jobs it "printed"); it is
reached in-process (`sim://` for the slip printer), over TCP on 127.0.0.1 (`EscPosTcpSimulator`,
for `escpos+tcp://`) or over a real pseudo-terminal (`EscPosPtySimulator`, for
`escpos+serial://`). `fail` makes it behave like a printer that is offline, out of paper,
has its cover open, is nearly out of paper (it still prints) or never answers (`mute`).
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import threading

from drivers.printer.escpos.qr_reading import PrintedQr, printed_qr_codes
from drivers.printer.escpos.status import DLE_EOT, IDLE

FAILURES = {
    "offline": "脱机",
    "paper": "缺纸",
    "cover": "纸仓盖打开",
    "near_end": "纸将用尽",
    "mute": "不应答状态查询",
}


class EscPosPeer:
    def __init__(self, fail: str = "") -> None:
        if fail and fail not in FAILURES:
            raise ValueError(f"模拟凭条打印机不支持故障“{fail}”（可选：{'、'.join(FAILURES)}）")
        self.fail = fail
        self.received = bytearray()  # every byte that arrived, status queries included
        self.jobs: list[bytes] = []  # what was printed, one entry per connection
        self._job = bytearray()
        self._tail = b""  # the start of a DLE EOT split across two reads
        self._lock = threading.Lock()

    @property
    def can_print(self) -> bool:
        return self.fail in ("", "near_end", "mute")

    def status_byte(self, n: int) -> int | None:
        f = self.fail
        if f == "mute":
            return None
        if n == 1:
            return IDLE | (0x08 if f in ("offline", "paper", "cover") else 0)
        if n == 2:
            return IDLE | (0x04 if f == "cover" else 0) | (0x20 if f == "paper" else 0)
        if n == 3:
            return IDLE
        if n == 4:
            return IDLE | (0x60 if f == "paper" else 0) | (0x0C if f in ("paper", "near_end") else 0)
        return None  # not a status a printer answers

    def feed(self, data: bytes) -> bytes:
        """Take bytes from the host; returns the printer's answers to the status queries in them."""
        with self._lock:
            self.received += data
            stream = self._tail + data
            self._tail = b""
            replies = bytearray()
            printed = bytearray()
            i = 0
            while i < len(stream):
                if stream[i : i + 2] == DLE_EOT[: len(stream) - i] and len(stream) - i < 3:
                    self._tail = stream[i:]  # wait for the rest of the command
                    break
                if stream[i : i + 2] == DLE_EOT:
                    answer = self.status_byte(stream[i + 2])
                    if answer is not None:
                        replies.append(answer)
                    i += 3
                    continue
                printed.append(stream[i])
                i += 1
            if self.can_print:  # an offline printer drops what it is sent
                self._job += printed
            return bytes(replies)

    def printed_qr_codes(self) -> list[PrintedQr]:
        """The QR symbols on the paper so far (GS ( k read as a printer reads it)."""
        with self._lock:
            jobs = list(self.jobs)
        return [symbol for job in jobs for symbol in printed_qr_codes(job)]

    def end_job(self) -> None:
        with self._lock:
            if self._tail and self.can_print:  # a last byte that only looked like a DLE EOT
                self._job += self._tail
            if self._job:
                self.jobs.append(bytes(self._job))
            self._job = bytearray()
            self._tail = b""


class InProcessTransport:
    """`sim://`: the peer in the same process; answers are ready at once."""

    def __init__(self, peer: EscPosPeer) -> None:
        self.peer = peer
        self._answers = bytearray()

    def write(self, data: bytes) -> None:
        self._answers += self.peer.feed(data)

    def read(self, size: int) -> bytes:
        data = bytes(self._answers[:size])
        del self._answers[:size]
        return data

    def discard_input(self) -> None:
        self._answers.clear()

    def close(self) -> None:
        self.peer.end_job()


class EscPosTcpSimulator:
    """A network printer on 127.0.0.1: one connection at a time, like the real ones."""

    def __init__(self, peer: EscPosPeer | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.peer = peer or EscPosPeer()
        self._server = socket.create_server((host, port))
        self._server.settimeout(0.2)
        self.host, self.port = self._server.getsockname()[:2]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="escpos-tcp-sim", daemon=True)

    @property
    def url(self) -> str:
        return f"escpos+tcp://{self.host}:{self.port}"

    def start(self) -> EscPosTcpSimulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def __enter__(self) -> EscPosTcpSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(0.2)
                self._talk(conn)
            self.peer.end_job()

    def _talk(self, conn: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                data = conn.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            answer = self.peer.feed(data)
            if answer:
                conn.sendall(answer)


class EscPosPtySimulator:
    """A serial printer on a pseudo-terminal: open `path` as the printer's serial port.

    A job ends when the host closes the port (the pty reports a hang-up) or after `idle`
    seconds without a byte, as a printer's buffer empties.
    """

    def __init__(self, peer: EscPosPeer | None = None, idle: float = 0.3) -> None:
        import tty

        self.peer = peer or EscPosPeer()
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no line discipline: bytes pass as they are
        self.path = os.ttyname(self._slave)
        self.idle = idle
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="escpos-pty-sim", daemon=True)

    @property
    def url(self) -> str:
        return f"escpos+serial://{self.path}?baud=115200"

    def start(self) -> EscPosPtySimulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> EscPosPtySimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], self.idle)
            if not ready:
                self.peer.end_job()
                continue
            try:
                data = os.read(self._master, 4096)
            except OSError:  # EIO: nobody has the port open just now
                self.peer.end_job()
                self._stop.wait(0.05)
                continue
            answer = self.peer.feed(data)
            if answer:
                os.write(self._master, answer)
