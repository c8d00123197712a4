"""The reliable link under the rating-pad protocol: ACK/NAK, retransmission, duplicate drop.

Both ends run the same rules (docs/evaluator-protocol.md "Link"): every data frame is answered
by ACK carrying its SEQ within 200 ms; no ACK within ACK_TIMEOUT (plus the frame's own time on
the wire) or a NAK → the same frame, same SEQ, again, at most RETRIES times; then the peer is
gone. A frame whose SEQ equals the last one delivered is a retransmission whose ACK was lost:
it is ACKed again and not delivered twice. HELLO starts a session and is always delivered.
One data frame is outstanding per direction (stop-and-wait): at 9600 baud a rating is a
hundred bytes and speed is not the question, simplicity in pad firmware is.

The reader runs on its own thread and never blocks on the receiver: `on_message` must return
quickly (queue the frame), `on_lost` is called once when the port fails.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from drivers.device import DeviceError
from drivers.evaluator import protocol as p

log = logging.getLogger(__name__)

ACK_TIMEOUT = 0.5  # seconds after the frame's last byte
RETRIES = 3
QUIET_GAP = 0.2  # a partial frame older than this is dropped (the sender paused mid-frame)


class Port(Protocol):
    """What the link needs of a port: pyserial's Serial, or the simulator's pty/socket end."""

    def read(self, size: int = 1) -> bytes: ...  # b"" after a short timeout

    def write(self, data: bytes) -> int | None: ...

    def close(self) -> None: ...


def wire_time(nbytes: int, baud: int) -> float:
    return nbytes * 10 / max(baud, 1)  # 8N1: ten bits a byte


class Link:
    def __init__(
        self,
        port: Port,
        on_message: Callable[[p.Frame], None],
        on_lost: Callable[[DeviceError], None],
        baud: int = 9600,
        name: str = "link",
    ) -> None:
        self._port = port
        self._on_message = on_message
        self._on_lost = on_lost
        self._baud = baud
        self._name = name
        self._decoder = p.FrameDecoder()
        self._write_lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._cond = threading.Condition()
        self._tx_seq = 0
        self._awaiting: int | None = None
        self._acked = False
        self._naked = False
        self._last_rx: int | None = None
        self._lost: DeviceError | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read_loop, name=f"{name}-reader", daemon=True)
        self.retransmissions = 0

    @property
    def alive(self) -> bool:
        return self._lost is None and not self._stop.is_set()

    def start(self) -> Link:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        try:
            self._port.close()
        except Exception:  # closing a port that is already gone must not fail the caller
            log.debug("%s: closing the port failed", self._name, exc_info=True)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(2)

    # -- sending ------------------------------------------------------------------------------
    def send(self, type_: int, payload: bytes = b"") -> None:
        """Send one data frame and wait for its ACK. Raises DeviceError when the peer never answers."""
        with self._send_lock:
            seq = self._tx_seq
            self._tx_seq = (seq + 1) % 256
            frame = p.build_frame(type_, seq, payload)
            wait = ACK_TIMEOUT + wire_time(len(frame), self._baud)
            with self._cond:
                self._awaiting, self._acked = seq, False
            skipped_before = self._decoder.skipped
            try:
                for attempt in range(1 + RETRIES):
                    if attempt:
                        self.retransmissions += 1
                    with self._cond:
                        self._naked = False
                    self._write(frame)
                    with self._cond:
                        self._cond.wait_for(self._answered, wait)
                        if self._acked:
                            return
                        self._raise_if_down()
                if self._decoder.skipped > skipped_before:
                    raise DeviceError(
                        "评价器返回的数据无法识别，可能是波特率或设备型号设置不对，请在设备设置中核对。",
                        "garbled",
                    )
                raise DeviceError(
                    "评价器没有应答，请检查评价器电源和连接线，必要时在设备设置中更换端口。", "no_answer"
                )
            finally:
                with self._cond:
                    self._awaiting = None

    def _answered(self) -> bool:
        return self._acked or self._naked or not self.alive

    def _raise_if_down(self) -> None:
        if self._lost is not None:
            raise self._lost
        if self._stop.is_set():
            raise DeviceError("评价器连接已关闭。", "closed")

    def _write(self, data: bytes) -> None:
        try:
            with self._write_lock:
                self._port.write(data)
        except Exception as exc:  # any port failure is the device's, reported as one
            self._fail(exc)
            self._raise_if_down()

    # -- receiving ----------------------------------------------------------------------------
    def _read_loop(self) -> None:
        last_byte = time.monotonic()
        while not self._stop.is_set():
            try:
                data = self._port.read(1)
                waiting = getattr(self._port, "in_waiting", 0)
                if data and waiting:
                    data += self._port.read(waiting)
            except Exception as exc:  # unplugged, socket closed, port vanished
                if not self._stop.is_set():
                    self._fail(exc)
                return
            now = time.monotonic()
            if data:
                last_byte = now
                items = self._decoder.feed(data)
            elif self._decoder.pending and now - last_byte > QUIET_GAP:
                items = self._decoder.idle()
            else:
                continue
            for item in items:
                self._handle(item)

    def _handle(self, item: p.Frame | p.Corrupt) -> None:
        if isinstance(item, p.Corrupt):
            self._send_link(p.NAK, 0)
            return
        if item.type == p.ACK:
            with self._cond:
                if self._awaiting == item.seq:
                    self._acked = True
                    self._cond.notify_all()
            return
        if item.type == p.NAK:
            with self._cond:
                self._naked = True
                self._cond.notify_all()
            return
        self._send_link(p.ACK, item.seq)
        if item.type != p.HELLO and item.seq == self._last_rx:
            return  # our ACK was lost and the peer sent it again: delivered already
        self._last_rx = item.seq
        try:
            self._on_message(item)
        except Exception:  # the receiver's bug must not stop the reader
            log.exception("%s: handling a frame failed", self._name)

    def _send_link(self, type_: int, seq: int) -> None:
        try:
            with self._write_lock:
                self._port.write(p.build_frame(type_, seq))
        except Exception as exc:
            self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        with self._cond:
            if self._lost is None:
                log.warning("%s: port failed (%s)", self._name, type(exc).__name__)
                self._lost = DeviceError(
                    "与评价器的连接断开了，请检查连接线或电源；恢复后会自动重新连接。", "offline"
                )
                lost = self._lost
            else:
                lost = None
            self._cond.notify_all()
        if lost is not None:
            self._on_lost(lost)
