"""A GA 467 ID card reader, simulated: a real peer over a pty or a TCP socket, byte for byte.

It answers the commands the way reader modules do — including that a card which has been read
stays selected and no longer answers "find" (80) until it leaves the field — and sends its bytes
no faster than the configured baud rate would carry them (10 bits a byte), scheduled against
absolute times so long answers do not drift. The command's own wire time is counted too: the
answer starts when the command's last byte would have arrived.

Control: ``place(card)``, ``remove()``, ``set_fault(name)``, ``unplug()``, ``replug()``.
Faults: ``sam_fault`` (SAM self-test failed, 0x60), ``sam_unauthorised`` (0x66), ``no_sam``
(nothing answers, as a port with no reader module behind it), ``bad_checksum``, ``slow`` (answers
after ``slow_seconds``), ``garbage`` (noise and a false preamble before each answer),
``read_fail`` (reading the card fails, 0x41).

On a pty, ``start()`` returns a stable path (a symlink in a private folder) that points at the
current pty; ``unplug()`` closes the pty and removes the link, ``replug()`` makes a new pty behind
the same path — what unplugging a USB reader and plugging it back looks like to the host.

    python -m drivers.idcard.simulator --pty --card resident
    python -m drivers.idcard.simulator --tcp 7000 --card permit --baud 115200
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import socket
import tempfile
import threading
import time
from collections import deque
from enum import Enum

from drivers.idcard.errors import FrameError
from drivers.idcard.protocol import (
    MIN_COMMAND_LEN,
    SW_CARD_FOUND,
    SW_NO_CARD,
    SW_OK,
    SW_READ_FAILED,
    SW_SELECT_FAILED,
    Command,
    FrameDecoder,
    build_response,
    read_data,
    sam_id_bytes,
    wire_seconds,
)
from drivers.idcard.samples import SampleCard, sample_card

FAULTS = ("sam_fault", "sam_unauthorised", "no_sam", "bad_checksum", "slow", "garbage", "read_fail")
DEFAULT_SAM_ID = "05.01-20180907-0012345678-1234567890"
CHUNK_SECONDS = 0.002  # how much wire time one write carries: small enough to pace, large enough to be cheap


class _CardState(Enum):
    FRESH = "fresh"  # just placed: answers find
    FOUND = "found"
    SELECTED = "selected"
    READ = "read"  # read once: answers find with 80, still answers select while in the field


class SamSimulator:
    def __init__(
        self,
        card: str | SampleCard | None = "resident",
        fault: str = "",
        baud: int = 115_200,
        transport: str = "pty",
        host: str = "127.0.0.1",
        port: int = 0,
        sam_id: str = DEFAULT_SAM_ID,
        slow_seconds: float = 1.5,
    ) -> None:
        if transport not in ("pty", "tcp"):
            raise ValueError(f"模拟读卡器的连接方式只能是 pty 或 tcp，不是“{transport}”")
        if baud <= 0:
            raise ValueError("波特率必须大于 0")
        self.baud = baud
        self.transport = transport
        self.host = host
        self.port = port
        self.sam_id = sam_id
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._card: SampleCard | None = None
        self._state = _CardState.FRESH
        self._fault = ""
        self.set_fault(fault)
        if card is not None and card != "none":
            self.place(card)
        # the latest commands received (CMD, PARA), for tests and demos; bounded for long demo days
        self.commands: deque[tuple[int, int]] = deque(maxlen=1000)
        self._thread: threading.Thread | None = None
        self._running = False
        self._plugged = False
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._folder: str | None = None
        self._master = self._slave = -1
        self._server: socket.socket | None = None
        self._conn: socket.socket | None = None
        self._rng = random.Random(467)

    # ---- control -------------------------------------------------------------------------
    def place(self, card: str | SampleCard) -> None:
        """Put a card on the reader; placing it again is a new placement (it was lifted)."""
        chosen = sample_card(card) if isinstance(card, str) else card
        with self._lock:
            self._card, self._state = chosen, _CardState.FRESH

    def remove(self) -> None:
        with self._lock:
            self._card = None

    @property
    def card(self) -> SampleCard | None:
        return self._card

    def set_fault(self, name: str) -> None:
        if name and name not in FAULTS:
            raise ValueError(f"模拟读卡器不支持故障“{name}”（可选：{'、'.join(FAULTS)}）")
        with self._lock:
            self._fault = name

    @property
    def fault(self) -> str:
        return self._fault

    @property
    def running(self) -> bool:
        return self._running

    @property
    def plugged(self) -> bool:
        return self._plugged

    @property
    def path(self) -> str:
        """The pty path a reader opens (stable across unplug/replug)."""
        return os.path.join(self._folder or "", "ttySAM0")

    @property
    def address(self) -> str:
        """What to give pyserial: the pty path, or ``socket://host:port``."""
        return self.path if self.transport == "pty" else f"socket://{self.host}:{self.port}"

    def start(self) -> str:
        """Start serving; returns the pty path or ``host:port``."""
        if self._running:
            return self.path if self.transport == "pty" else f"{self.host}:{self.port}"
        # A socket pair, not a pipe: select() takes sockets on every OS, pipes only on POSIX.
        self._wake_r, self._wake_w = socket.socketpair()
        if self.transport == "pty":
            self._folder = tempfile.mkdtemp(prefix="onewindow-sam-")
        self._plug()
        self._running = True
        self._thread = threading.Thread(target=self._serve, name="sam-simulator", daemon=True)
        self._thread.start()
        return self.path if self.transport == "pty" else f"{self.host}:{self.port}"

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._unplug_now()
        for sock in (self._wake_r, self._wake_w):
            if sock is not None:
                sock.close()
        if self._folder:
            with contextlib.suppress(OSError):
                os.rmdir(self._folder)

    def unplug(self) -> None:
        """Pull the cable: the pty (or the socket) goes away under the reader's feet."""
        with self._lock:
            self._unplug_now()
        self._wake()

    def replug(self) -> None:
        with self._lock:
            if not self._plugged:
                self._plug()
                if self._card is not None:
                    self._state = _CardState.FRESH  # power came back: the card starts over
        self._wake()

    # ---- transport -----------------------------------------------------------------------
    def _plug(self) -> None:
        if self.transport == "pty":
            import tty  # POSIX only; the TCP transport serves everywhere else

            self._master, self._slave = os.openpty()
            tty.setraw(self._slave)  # no echo, no line editing: bytes pass as they are
            link = self.path
            with contextlib.suppress(FileNotFoundError):
                os.unlink(link)
            os.symlink(os.ttyname(self._slave), link)
        else:
            server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind((self.host, self.port))
            server.listen(1)
            self.port = server.getsockname()[1]
            self._server = server
        self._plugged = True

    def _unplug_now(self) -> None:
        self._plugged = False
        if self.transport == "pty":
            with contextlib.suppress(FileNotFoundError, OSError):
                os.unlink(self.path)
            for fd in (self._master, self._slave):
                if fd >= 0:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = -1
        else:
            for sock in (self._conn, self._server):
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.close()
            self._conn = self._server = None

    def _wake(self) -> None:
        if self._wake_w is not None:
            with contextlib.suppress(OSError):
                self._wake_w.send(b"x")

    def _read_fd(self):
        return self._master if self.transport == "pty" else self._conn

    def _recv(self, source) -> bytes:
        if self.transport == "pty":
            return os.read(source, 4096)
        return source.recv(4096)

    def _send(self, data: bytes) -> None:
        if self.transport == "pty":
            view = memoryview(data)
            while view:
                written = os.write(self._master, view)
                view = view[written:]
        else:
            assert self._conn is not None
            self._conn.sendall(data)

    # ---- serving -------------------------------------------------------------------------
    def _serve(self) -> None:
        decoder = FrameDecoder(min_len=MIN_COMMAND_LEN)
        while self._running:
            with self._lock:
                watched = [self._wake_r]
                source = self._read_fd() if self._plugged else None
                if source is not None and source != -1:
                    watched.append(source)
                if (
                    self.transport == "tcp"
                    and self._plugged
                    and self._server is not None
                    and self._conn is None
                ):
                    watched.append(self._server)
            try:
                readable, _, _ = select.select(watched, [], [], 0.5)
            except (OSError, ValueError):
                continue  # a descriptor was closed by unplug(); look again
            if self._wake_r in readable:
                with contextlib.suppress(OSError):
                    self._wake_r.recv(64)
                continue
            if self._server is not None and self._server in readable:
                with contextlib.suppress(OSError):
                    self._conn, _ = self._server.accept()
                    self._conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    decoder.clear()
                continue
            if source is None or source not in readable:
                continue
            try:
                data = self._recv(source)
            except OSError:
                data = b""
            arrived = time.monotonic()
            if not data:
                if self.transport == "tcp":  # the reader hung up; wait for the next one
                    with contextlib.suppress(OSError):
                        source.close()
                    self._conn = None
                else:
                    time.sleep(0.01)  # no slave open yet: a pty master reads EIO until one is
                decoder.clear()
                continue
            decoder.feed(data)
            self._answer_all(decoder, arrived)

    def _answer_all(self, decoder: FrameDecoder, arrived: float) -> None:
        while True:
            try:
                frame = decoder.next_frame()
            except FrameError as exc:
                sw3 = 0x11 if exc.code == "frame_length" else 0x10
                self._reply(build_response(sw3), arrived, 10)
                continue
            if frame is None:
                return
            self.commands.append(frame.command)
            answer = self._respond(frame.command)
            if answer is not None:
                self._reply(answer, arrived, frame.wire_size)

    def _respond(self, command: tuple[int, int]) -> bytes | None:
        with self._lock:
            fault, card, state = self._fault, self._card, self._state
            if fault == "no_sam":
                return None
            if fault in ("sam_fault", "sam_unauthorised"):
                return build_response(0x60 if fault == "sam_fault" else 0x66)
            if command == Command.SAM_STATUS.value:
                return build_response(SW_OK)
            if command == Command.SAM_ID.value:
                return build_response(SW_OK, sam_id_bytes(self.sam_id))
            if command == Command.FIND_CARD.value:
                # Until it has been read, a card keeps answering find (so a failed read is retried).
                if card is not None and state is not _CardState.READ:
                    self._state = _CardState.FOUND
                    return build_response(SW_CARD_FOUND, bytes(4))
                return build_response(SW_NO_CARD)
            if command == Command.SELECT_CARD.value:
                if card is None or state is _CardState.FRESH:
                    return build_response(SW_SELECT_FAILED)
                if state is _CardState.FOUND:
                    self._state = _CardState.SELECTED
                return build_response(SW_OK, bytes(8))
            if command in (Command.READ_TEXT_PHOTO.value, Command.READ_TEXT_PHOTO_FINGERPRINT.value):
                if (
                    card is None
                    or state not in (_CardState.SELECTED, _CardState.READ)
                    or fault == "read_fail"
                ):
                    return build_response(SW_READ_FAILED)
                self._state = _CardState.READ
                fingerprint = b"" if command == Command.READ_TEXT_PHOTO_FINGERPRINT.value else None
                return build_response(SW_OK, read_data(card.text, card.photo, fingerprint))
            return build_response(0x21)  # a command this module does not know

    def _reply(self, answer: bytes, arrived: float, command_size: int) -> None:
        fault = self._fault
        if fault == "bad_checksum":
            answer = answer[:-1] + bytes([answer[-1] ^ 0x5A])
        if fault == "garbage":
            noise = bytes(self._rng.randrange(256) for _ in range(self._rng.randrange(3, 40)))
            answer = noise + b"\xaa\xaa\x96" + answer  # includes a false start of a preamble
        start = arrived + wire_seconds(command_size, self.baud)
        if fault == "slow":
            start += self.slow_seconds
        self._send_paced(answer, start)

    def _send_paced(self, data: bytes, start: float) -> None:
        byte_time = 10 / self.baud
        chunk = max(1, int(CHUNK_SECONDS / byte_time))
        sent = 0
        try:
            while sent < len(data):
                if not self._plugged or not self._running:
                    return
                size = min(chunk, len(data) - sent)
                due = start + (sent + size) * byte_time  # when the chunk's last byte has crossed the wire
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                self._send(data[sent : sent + size])
                sent += size
        except OSError:
            return  # unplugged or hung up mid-answer, as a real cable can be


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m drivers.idcard.simulator",
        description="模拟身份证读卡器（GA 467 协议），供安装人员测试读卡设置。",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--pty", action="store_true", help="在伪终端上提供服务（打印其路径）")
    where.add_argument("--tcp", type=int, metavar="PORT", help="在 127.0.0.1:PORT 上提供服务")
    parser.add_argument("--card", default="resident", help="放上的样例证件，none 为不放卡")
    parser.add_argument("--fault", default="", help=f"模拟故障：{'、'.join(FAULTS)}")
    parser.add_argument("--baud", type=int, default=115_200)
    args = parser.parse_args(argv)
    sim = SamSimulator(
        card=args.card, fault=args.fault, baud=args.baud,
        transport="pty" if args.pty else "tcp", port=args.tcp or 0,
    )  # fmt: skip
    where_text = sim.start()
    url = f"sam://{where_text}?baud={args.baud}" if args.pty else f"sam+socket://{where_text}"
    print(f"模拟读卡器已启动：{where_text}", flush=True)
    print(f"设备地址：{url}", flush=True)
    print("按 Ctrl+C 结束。", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
