"""Frames of the OneWindow rating-pad protocol, version 1 (docs/evaluator-protocol.md).

    A5 5A | LEN_hi LEN_lo | TYPE | SEQ | PAYLOAD … | CRC_hi CRC_lo

LEN (big-endian) counts TYPE, SEQ and the payload: 2 ≤ LEN ≤ 2 + 1024. CRC is CRC-16/CCITT-FALSE
(polynomial 0x1021, initial 0xFFFF, no reflection) over LEN … last payload byte, big-endian.
Why a CRC and not an XOR: an XOR sum misses any two flipped bits in the same bit column, which a
noisy RS-232 run under a hall floor produces; a rating is an official record, and CRC-16 catches
all one- and two-bit errors and every burst up to 16 bits at the cost of a 512-byte table.

The decoder takes bytes as they come, in any chunks, and hands back whole frames. Garbage
before a preamble is skipped; a frame whose CRC fails is reported (the link answers NAK) and
the search restarts one byte after its preamble, so a real frame hidden behind a false
preamble is still found. When the line goes quiet with a partial frame in the buffer,
:meth:`FrameDecoder.idle` drops it the same way. Nothing in here raises on any input.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

PREAMBLE = b"\xa5\x5a"
MAX_PAYLOAD = 1024
HEADER = 4  # preamble + LEN
OVERHEAD = HEADER + 2 + 2  # + TYPE SEQ + CRC

# link frames
ACK = 0x06
NAK = 0x15
# host → pad
HELLO = 0x10
ASK = 0x11
CANCEL = 0x12
STATUS = 0x13
# pad → host
INFO = 0x20
RATING = 0x21
STATE = 0x22
CLOSED = 0x23
ERROR = 0x2F

LINK_TYPES = frozenset({ACK, NAK})
TYPE_NAMES = {
    ACK: "ACK",
    NAK: "NAK",
    HELLO: "HELLO",
    ASK: "ASK",
    CANCEL: "CANCEL",
    STATUS: "STATUS",
    INFO: "INFO",
    RATING: "RATING",
    STATE: "STATE",
    CLOSED: "CLOSED",
    ERROR: "ERROR",
}


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE; crc16(b"123456789") == 0x29B1."""
    return binascii.crc_hqx(data, 0xFFFF)


@dataclass(frozen=True)
class Frame:
    type: int
    seq: int
    payload: bytes = b""

    def encode(self) -> bytes:
        return build_frame(self.type, self.seq, self.payload)


@dataclass(frozen=True)
class Corrupt:
    """Something that began like a frame but failed its check; the receiver answers NAK."""

    reason: str


def build_frame(type_: int, seq: int, payload: bytes = b"") -> bytes:
    if not 0 <= type_ <= 0xFF or not 0 <= seq <= 0xFF:
        raise ValueError("frame type and sequence are single bytes")
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"payload of {len(payload)} bytes exceeds {MAX_PAYLOAD}")
    body = (len(payload) + 2).to_bytes(2, "big") + bytes((type_, seq)) + payload
    return PREAMBLE + body + crc16(body).to_bytes(2, "big")


def parse_frame(data: bytes) -> Frame:
    """Exactly one frame, nothing around it (for tests and tools). Raises ValueError."""
    decoder = FrameDecoder()
    found = decoder.feed(data)
    if len(found) != 1 or not isinstance(found[0], Frame) or decoder.pending:
        raise ValueError("not exactly one valid frame")
    return found[0]


class FrameDecoder:
    """Streaming decoder; keeps at most one frame's worth of bytes between calls."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self.skipped = 0  # bytes thrown away as garbage, for diagnostics

    @property
    def pending(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> list[Frame | Corrupt]:
        self._buf += data
        return self._parse()

    def idle(self) -> list[Frame | Corrupt]:
        """The line went quiet: what is left cannot complete, so rescan it past its first byte."""
        found: list[Frame | Corrupt] = []
        while self._buf:
            self._drop(1)
            found += self._parse()
        return found

    def _drop(self, n: int) -> None:
        del self._buf[:n]
        self.skipped += n

    def _parse(self) -> list[Frame | Corrupt]:
        found: list[Frame | Corrupt] = []
        buf = self._buf
        while True:
            start = buf.find(PREAMBLE)
            if start < 0:
                # keep a trailing first preamble byte: its partner may be in the next chunk
                keep = 1 if buf[-1:] == PREAMBLE[:1] else 0
                self._drop(len(buf) - keep)
                return found
            if start:
                self._drop(start)
            if len(buf) < HEADER:
                return found
            length = int.from_bytes(buf[2:4], "big")
            if not 2 <= length <= MAX_PAYLOAD + 2:
                self._drop(1)  # a false preamble inside garbage: look again one byte on
                continue
            total = HEADER + length + 2
            if len(buf) < total:
                return found
            body = bytes(buf[2 : HEADER + length])
            crc = int.from_bytes(buf[HEADER + length : total], "big")
            if crc16(body) != crc:
                found.append(Corrupt("crc"))
                self._drop(1)
                continue
            found.append(Frame(body[2], body[3], body[4:]))
            del buf[:total]
