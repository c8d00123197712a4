"""The GA 467 frame codec: build, check and decode the frames between a terminal and an ID card reader.

Command:  ``AA AA AA 96 69 | LEN_hi LEN_lo | CMD PARA [data] | CHK``
Response: ``AA AA AA 96 69 | LEN_hi LEN_lo | SW1 SW2 SW3 [data] | CHK``

LEN counts every byte after itself, CHK included; CHK is the XOR of the bytes from LEN to the last
data byte. The streaming decoder finds frames in whatever the line delivers — garbage before a
frame, frames split at any byte, several frames in one read — and reports a broken frame as a
FrameError after stepping over it, so the next call carries on with what follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import reduce
from operator import xor

from drivers.idcard.errors import FrameError, IdCardError, SamStatusError

PREAMBLE = b"\xaa\xaa\xaa\x96\x69"
HEADER_SIZE = len(PREAMBLE) + 2  # preamble + LEN
# The longest answer GA 467 defines is "read text, photo and fingerprint": 3 status bytes, three
# 2-byte lengths, 256 + 1024 + 1024 bytes of data and the checksum. Anything longer is noise that
# happened to follow a preamble; waiting for it would stall the line until the timeout.
MAX_LEN = 3 + 6 + 256 + 1024 + 1024 + 1
MIN_COMMAND_LEN = 3  # CMD PARA CHK
MIN_RESPONSE_LEN = 4  # SW1 SW2 SW3 CHK

TEXT_SIZE = 256
PHOTO_SIZE = 1024


class Command(Enum):
    """The commands this driver sends, as (CMD, PARA)."""

    SAM_STATUS = (0x11, 0xFF)
    SAM_ID = (0x12, 0xFF)
    FIND_CARD = (0x20, 0x01)
    SELECT_CARD = (0x20, 0x02)
    READ_TEXT_PHOTO = (0x30, 0x01)
    READ_TEXT_PHOTO_FINGERPRINT = (0x30, 0x10)


SW_OK = 0x90
SW_NO_CONTENT = 0x91
SW_CARD_FOUND = 0x9F
SW_NO_CARD = 0x80
SW_SELECT_FAILED = 0x81
SW_READ_FAILED = 0x41

# SW3 values of GA 467 security modules: (name for logs, short Chinese name, what the clerk does).
STATUS_CODES: dict[int, tuple[str, str, str]] = {
    0x90: ("ok", "操作成功", ""),
    0x91: ("no_content", "证件中此项无内容", ""),
    0x9F: ("card_found", "找到证件", ""),
    0x10: ("checksum_error", "读卡器收到的命令校验和错误", "请检查连接线是否松动或受干扰。"),
    0x11: ("length_error", "读卡器收到的命令长度错误", "请检查连接线是否松动或受干扰。"),
    0x21: ("command_error", "读卡器不认识收到的命令", "请确认设备地址指向的是身份证阅读器。"),
    0x23: ("unauthorised", "越权操作", "请联系设备厂商检查读卡器授权。"),
    0x24: ("unknown_error", "读卡器发生无法识别的错误", "请重新放置证件；反复出现时请重启读卡器。"),
    0x31: ("card_auth_failed", "证件认证安全模块失败", "请重新放置证件；仍失败时证件可能损坏。"),
    0x32: ("sam_auth_failed", "安全模块认证证件失败", "请重新放置证件；仍失败时证件可能不是真证。"),
    0x33: ("info_verify_failed", "证件信息验证错误", "请重新放置证件；仍失败时证件可能损坏或被篡改。"),
    0x37: ("fingerprint_verify_failed", "指纹信息验证错误", "请重新放置证件后再读。"),
    0x3F: ("info_length_error", "证件信息长度错误", "请重新放置证件后再读。"),
    0x40: ("card_operation_failed", "无法识别的卡类型或证件操作失败", "请确认放置的是身份证或居住证。"),
    0x41: ("read_failed", "读证件失败", "请将证件平放在读卡区，不要移动，再读一次。"),
    0x47: ("random_failed", "取随机数失败", "请重新放置证件后再读。"),
    0x60: ("sam_self_test_failed", "安全模块自检失败", "请重启读卡器；仍失败时请联系设备厂商。"),
    0x66: ("sam_not_authorised", "安全模块未经授权", "请联系设备厂商为读卡器授权。"),
    0x80: ("no_card", "未找到证件", "请将证件放在读卡器上。"),
    0x81: ("select_failed", "选取证件失败", "请将证件平放在读卡区，不要移动。"),
}


def status_name(sw3: int) -> str:
    """Short Chinese name of a status byte; unknown values read "未知状态码 0xNN"."""
    entry = STATUS_CODES.get(sw3)
    return entry[1] if entry else f"未知状态码 0x{sw3:02X}"


def status_error(sw3: int) -> SamStatusError:
    """The error for a status byte, its message a complete sentence naming code and meaning."""
    entry = STATUS_CODES.get(sw3)
    if entry is None:
        return SamStatusError(
            sw3,
            f"unknown_{sw3:02x}",
            f"读卡器返回未知状态码 0x{sw3:02X}，请重新放置证件；反复出现时请联系设备厂商。",
        )
    name, label, advice = entry
    return SamStatusError(sw3, name, f"读卡器返回“{label}”（状态码 0x{sw3:02X}）。{advice}".rstrip())


def checksum(body: bytes | bytearray | memoryview) -> int:
    """XOR of every byte: LEN through the last data byte."""
    return reduce(xor, body, 0)


def _frame(payload: bytes) -> bytes:
    length = len(payload) + 1
    if length > 0xFFFF:
        raise ValueError("frame payload too long")
    body = length.to_bytes(2, "big") + payload
    return PREAMBLE + body + bytes([checksum(body)])


def build_command(command: Command, data: bytes = b"") -> bytes:
    cmd, para = command.value
    return _frame(bytes([cmd, para]) + data)


def build_response(sw3: int, data: bytes = b"", sw1: int = 0x00, sw2: int = 0x00) -> bytes:
    return _frame(bytes([sw1, sw2, sw3]) + data)


@dataclass(frozen=True)
class Frame:
    """One checked frame; ``payload`` is everything between LEN and CHK."""

    payload: bytes

    # Response view
    @property
    def sw3(self) -> int:
        return self.payload[2]

    @property
    def data(self) -> bytes:
        return self.payload[3:]

    # Command view
    @property
    def command(self) -> tuple[int, int]:
        return self.payload[0], self.payload[1]

    @property
    def command_data(self) -> bytes:
        return self.payload[2:]

    @property
    def wire_size(self) -> int:
        return HEADER_SIZE + len(self.payload) + 1


class FrameDecoder:
    """Finds frames in a byte stream. ``feed()`` bytes, then call ``next_frame()`` until it says None.

    ``needed()`` tells how many more bytes complete the frame being received, so a reader can ask
    the port for exactly that many in one blocking read instead of polling byte by byte.
    """

    def __init__(self, min_len: int = MIN_RESPONSE_LEN, max_len: int = MAX_LEN) -> None:
        self._buf = bytearray()
        self._min_len = min_len
        self._max_len = max_len

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        self._buf += data

    def clear(self) -> None:
        self._buf.clear()

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def _sync(self) -> None:
        """Drop bytes before the first preamble; keep a tail that may be the start of one."""
        at = self._buf.find(PREAMBLE)
        if at > 0:
            del self._buf[:at]
        elif at < 0:
            keep = 0
            for size in range(min(len(PREAMBLE) - 1, len(self._buf)), 0, -1):
                if self._buf.endswith(PREAMBLE[:size]):
                    keep = size
                    break
            del self._buf[: len(self._buf) - keep]

    def needed(self) -> int:
        """Bytes still missing for the next frame (at least 1)."""
        self._sync()
        if len(self._buf) < HEADER_SIZE:
            return HEADER_SIZE + self._min_len - len(self._buf)  # no frame is shorter than that
        length = int.from_bytes(self._buf[5:7], "big")
        if not self._min_len <= length <= self._max_len:
            return 1  # next_frame() will report it; never ask for an impossible amount
        return max(1, HEADER_SIZE + length - len(self._buf))

    def next_frame(self) -> Frame | None:
        """The next complete frame, None when more bytes are needed; FrameError for a broken one."""
        self._sync()
        if len(self._buf) < HEADER_SIZE:
            return None
        length = int.from_bytes(self._buf[5:7], "big")
        if not self._min_len <= length <= self._max_len:
            # Step over this preamble only: a real frame may start inside what follows.
            del self._buf[:1]
            raise FrameError(
                f"读卡器发来的数据帧长度 {length} 不合理，已丢弃；请检查连接线是否松动或受干扰。",
                "frame_length",
            )
        end = HEADER_SIZE + length
        if len(self._buf) < end:
            return None
        body = bytes(self._buf[5 : end - 1])  # LEN .. last data byte
        ok = checksum(body) == self._buf[end - 1]
        payload = body[2:]
        if not ok:
            del self._buf[:1]
            raise FrameError(
                "读卡器发来的数据帧校验和错误，已丢弃；请检查连接线是否松动或受干扰。", "frame_checksum"
            )
        del self._buf[:end]
        return Frame(payload)


def decode_all(data: bytes, min_len: int = MIN_RESPONSE_LEN) -> list[Frame]:
    """Every frame in ``data``; the first broken one raises FrameError."""
    decoder = FrameDecoder(min_len)
    decoder.feed(data)
    frames = []
    while (frame := decoder.next_frame()) is not None:
        frames.append(frame)
    return frames


def split_read_data(data: bytes, with_fingerprint: bool = False) -> tuple[bytes, bytes, bytes]:
    """Text, photo (and fingerprint) out of a successful read answer's data.

    The data starts with one big-endian length per block (text, photo[, fingerprint]) and the
    blocks follow in that order. The lengths must add up exactly: a short or long answer means a
    frame that lost or gained bytes, and its blocks cannot be trusted.
    """
    count = 3 if with_fingerprint else 2
    head = 2 * count
    if len(data) < head:
        raise FrameError("读卡器返回的证件数据不完整，请重新放置证件后再读。", "read_data_short")
    sizes = [int.from_bytes(data[2 * i : 2 * i + 2], "big") for i in range(count)]
    if head + sum(sizes) != len(data):
        raise FrameError("读卡器返回的证件数据长度与声明不符，请重新放置证件后再读。", "read_data_length")
    if sizes[0] != TEXT_SIZE or sizes[1] != PHOTO_SIZE:
        raise FrameError(
            f"读卡器返回的文字信息 {sizes[0]} 字节、照片 {sizes[1]} 字节，不是身份证的格式；"
            "请重新放置证件后再读。",
            "read_data_sizes",
        )
    text = data[head : head + sizes[0]]
    photo = data[head + sizes[0] : head + sizes[0] + sizes[1]]
    fingerprint = data[head + sizes[0] + sizes[1] :] if with_fingerprint else b""
    return text, photo, fingerprint


def read_data(text: bytes, photo: bytes, fingerprint: bytes | None = None) -> bytes:
    """The data of a read answer (the inverse of split_read_data): what the simulator sends."""
    sizes = [len(text), len(photo)] + ([] if fingerprint is None else [len(fingerprint)])
    head = b"".join(size.to_bytes(2, "big") for size in sizes)
    return head + text + photo + (fingerprint or b"")


def format_sam_id(data: bytes) -> str:
    """The SAM id as printed on readers: ``05.01-20180907-0012345678-1234567890``.

    16 bytes: two little-endian 16-bit numbers, then three little-endian 32-bit numbers.
    """
    if len(data) < 16:
        raise IdCardError(
            "读卡器返回的安全模块编号不完整，请重试；反复出现时请联系设备厂商。", "sam_id_short"
        )
    a = int.from_bytes(data[0:2], "little")
    b = int.from_bytes(data[2:4], "little")
    c, d, e = (int.from_bytes(data[i : i + 4], "little") for i in (4, 8, 12))
    return f"{a:02d}.{b:02d}-{c:08d}-{d:010d}-{e:010d}"


def sam_id_bytes(text: str) -> bytes:
    """The 16 bytes of a SAM id string (the inverse of format_sam_id)."""
    head, c, d, e = text.split("-")
    a, b = head.split(".")
    return (
        int(a).to_bytes(2, "little")
        + int(b).to_bytes(2, "little")
        + int(c).to_bytes(4, "little")
        + int(d).to_bytes(4, "little")
        + int(e).to_bytes(4, "little")
    )


def wire_seconds(byte_count: int, baud: int) -> float:
    """Time ``byte_count`` bytes take on a serial line: 8N1 is 10 bits per byte."""
    return byte_count * 10 / baud
