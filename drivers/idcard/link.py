"""One command, one answer, over a pyserial port (a serial device, or ``socket://`` for TCP).

Speed matters here: a read is measured against the time its bytes need on the wire. So no fixed
sleeps, and no byte-by-byte reading: the decoder says how many bytes complete the frame and the
port is asked for exactly that many in one blocking read.
"""

from __future__ import annotations

import contextlib
import time

from drivers.idcard.errors import FrameError, ReaderTimeout, ReaderUnavailable
from drivers.idcard.protocol import MAX_LEN, Command, Frame, FrameDecoder, build_command, wire_seconds

# The longest a single blocking read may wait: it bounds how late stop() is noticed.
READ_SLICE = 0.05
_ANSWER_BYTES = {  # wire size of the longest successful answer, for the transaction deadline
    Command.SAM_STATUS: 11,
    Command.SAM_ID: 27,
    Command.FIND_CARD: 15,
    Command.SELECT_CARD: 19,
    Command.READ_TEXT_PHOTO: 1295,
    Command.READ_TEXT_PHOTO_FINGERPRINT: 2321,
}


class SamLink:
    """The open port to one reader. Not thread-safe: the CardReader serialises access."""

    def __init__(self, port_url: str, baud: int, response_timeout: float) -> None:
        self.port_url = port_url
        self.baud = baud
        self.response_timeout = response_timeout
        self._port = None
        self._decoder = FrameDecoder()
        self._unsettled = False  # an answer went missing: it may still arrive, late

    @property
    def is_open(self) -> bool:
        return self._port is not None

    def open(self, *, was_connected: bool = False) -> None:
        import serial  # pyserial is imported by the backend that needs it, not at app start

        try:
            self._port = serial.serial_for_url(self.port_url, baudrate=self.baud, timeout=READ_SLICE)
        except (serial.SerialException, OSError, ValueError) as exc:
            self._port = None
            raise ReaderUnavailable(
                f"无法打开身份证读卡器端口 {self.port_url}（{exc}），"
                "请检查读卡器是否插好、设备地址是否正确。",
                "port_open",
                was_connected=was_connected,
            ) from None
        self._decoder.clear()
        self._unsettled = False

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            # closing a port that already broke may fail again; it is gone either way
            with contextlib.suppress(Exception):
                port.close()
        self._decoder.clear()

    def cancel(self) -> None:
        """Wake a blocking read at once (used by stop())."""
        port = self._port
        cancel = getattr(port, "cancel_read", None)
        if cancel is not None:
            with contextlib.suppress(Exception):  # best effort: the read slice bounds the wait anyway
                cancel()

    def transact(self, command: Command, data: bytes = b"", timeout: float | None = None) -> Frame:
        """Send one command and return the answer frame (whatever its status byte says).

        Raises ReaderUnavailable when the port breaks, ReaderTimeout when no answer comes, and
        FrameError when only broken frames came.
        """
        import serial

        port = self._port
        if port is None:
            raise ReaderUnavailable("身份证读卡器未连接。", "not_open")
        expected = _ANSWER_BYTES.get(command, 64)
        budget = (self.response_timeout if timeout is None else timeout) + wire_seconds(
            expected + 10, self.baud
        )
        broken: FrameError | None = None
        try:
            if self._unsettled:
                self._settle(port)
            if self._decoder.buffered or port.in_waiting:
                # Leftovers of an answer that came too late must not pass for this one's answer.
                port.reset_input_buffer()
                self._decoder.clear()
            port.write(build_command(command, data))
            deadline = time.monotonic() + budget
            while True:
                try:
                    frame = self._decoder.next_frame()
                except FrameError as exc:
                    broken = exc  # step over it: a good frame may still follow
                    continue
                if frame is not None:
                    if _plausible(command, frame):
                        return frame
                    continue
                if time.monotonic() >= deadline:
                    break
                chunk = port.read(self._decoder.needed())
                if chunk:
                    self._decoder.feed(chunk)
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise ReaderUnavailable(
                f"身份证读卡器连接中断（{exc}），请检查连接线；系统会自动重新连接。",
                "port_lost",
                was_connected=True,
            ) from None
        self._decoder.clear()
        self._unsettled = True
        if broken is not None:
            raise broken
        raise ReaderTimeout("身份证读卡器没有应答，请检查读卡器电源和连接线。", "no_answer")

    def _settle(self, port) -> None:
        """After a lost answer: wait until the line has been quiet for a response time, dropping
        whatever comes, so a late answer cannot pass for the answer to the next command.

        Only this recovery path waits; a healthy exchange never does.
        """
        limit = time.monotonic() + max(1.0, 4 * self.response_timeout)
        quiet_since = time.monotonic()
        while (now := time.monotonic()) < limit:
            waiting = port.in_waiting
            if waiting:
                port.read(waiting)
                quiet_since = now
            elif now - quiet_since >= self.response_timeout:
                break
            else:
                time.sleep(0.005)
        port.reset_input_buffer()
        self._decoder.clear()
        self._unsettled = False


# What a module answers each command with on success (status byte, data sizes it may carry), and
# the status bytes that belong to one card command only: a frame that does not fit the command
# just sent is a late answer to an earlier one and is dropped.
_SUCCESS = {
    Command.SAM_STATUS: (0x90, range(0, 1)),
    Command.SAM_ID: (0x90, range(16, 17)),
    Command.FIND_CARD: (0x9F, range(0, 5)),
    Command.SELECT_CARD: (0x90, range(0, 9)),
    Command.READ_TEXT_PHOTO: (0x90, range(17, MAX_LEN)),
    Command.READ_TEXT_PHOTO_FINGERPRINT: (0x90, range(17, MAX_LEN)),
}
_OWN_STATUS = {0x9F: Command.FIND_CARD, 0x80: Command.FIND_CARD, 0x81: Command.SELECT_CARD}


def _plausible(command: Command, frame: Frame) -> bool:
    success, sizes = _SUCCESS[command]
    if frame.sw3 == success:
        return len(frame.data) in sizes
    if frame.sw3 == 0x90 or len(frame.data) > 0:
        return False  # a success (or data) that is not this command's success
    owner = _OWN_STATUS.get(frame.sw3)
    if owner is not None:
        return owner is command
    if frame.sw3 == 0x41:
        return command in (Command.READ_TEXT_PHOTO, Command.READ_TEXT_PHOTO_FINGERPRINT)
    return True
