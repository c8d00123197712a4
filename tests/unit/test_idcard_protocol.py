"""The GA 467 frame codec against frames computed by hand from DOMAIN.md "ID cards"."""

from __future__ import annotations

import pytest

from drivers.device import DeviceError
from drivers.idcard.errors import FrameError, SamStatusError
from drivers.idcard.protocol import (
    MIN_COMMAND_LEN,
    STATUS_CODES,
    Command,
    FrameDecoder,
    build_command,
    build_response,
    checksum,
    decode_all,
    format_sam_id,
    read_data,
    sam_id_bytes,
    split_read_data,
    status_error,
    status_name,
    wire_seconds,
)


def hx(text: str) -> bytes:
    return bytes.fromhex(text)


# CHK = XOR of LEN_hi, LEN_lo, CMD, PARA: e.g. find = 00 ^ 03 ^ 20 ^ 01 = 22.
HAND_COMMANDS = {
    Command.SAM_STATUS: "AA AA AA 96 69 00 03 11 FF ED",
    Command.SAM_ID: "AA AA AA 96 69 00 03 12 FF EE",
    Command.FIND_CARD: "AA AA AA 96 69 00 03 20 01 22",
    Command.SELECT_CARD: "AA AA AA 96 69 00 03 20 02 21",
    Command.READ_TEXT_PHOTO: "AA AA AA 96 69 00 03 30 01 32",
    Command.READ_TEXT_PHOTO_FINGERPRINT: "AA AA AA 96 69 00 03 30 10 23",
}


@pytest.mark.parametrize(("command", "frame"), HAND_COMMANDS.items(), ids=lambda v: getattr(v, "name", ""))
def test_commands_are_built_byte_for_byte(command: Command, frame: str) -> None:
    assert build_command(command) == hx(frame)


def test_responses_are_built_byte_for_byte() -> None:
    assert build_response(0x90) == hx("AA AA AA 96 69 00 04 00 00 90 94")
    assert build_response(0x80) == hx("AA AA AA 96 69 00 04 00 00 80 84")
    # find success carries 4 zero bytes, select success 8
    assert build_response(0x9F, bytes(4)) == hx("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97")
    assert build_response(0x90, bytes(8)) == hx("AA AA AA 96 69 00 0C 00 00 90" + " 00" * 8 + " 9C")


def test_successful_read_answer_is_1295_bytes_with_lengths_at_10_and_12() -> None:
    text, photo = bytes(range(256)), bytes(1024)
    frame = build_response(0x90, read_data(text, photo))
    assert len(frame) == 1295
    assert frame[5:7] == (1288).to_bytes(2, "big")  # LEN counts everything after itself
    assert frame[10:12] == b"\x01\x00" and frame[12:14] == b"\x04\x00"
    assert frame[14:270] == text and frame[270:1294] == photo
    assert frame[-1] == checksum(frame[5:-1])
    [decoded] = decode_all(frame)
    assert decoded.sw3 == 0x90
    assert split_read_data(decoded.data) == (text, photo, b"")


def test_read_with_fingerprint_splits_three_blocks() -> None:
    data = read_data(b"t" * 256, b"p" * 1024, b"f" * 1024)
    assert split_read_data(data, with_fingerprint=True) == (b"t" * 256, b"p" * 1024, b"f" * 1024)


@pytest.mark.parametrize(
    "data",
    [b"", b"\x01", read_data(b"t" * 256, b"p" * 1024)[:-1], read_data(b"t" * 200, b"p" * 1024)],
    ids=["empty", "one byte", "short", "wrong text size"],
)
def test_read_data_that_does_not_add_up_is_a_frame_error(data: bytes) -> None:
    with pytest.raises(FrameError):
        split_read_data(data)


def test_decoder_takes_a_frame_fed_byte_by_byte() -> None:
    frame = build_response(0x9F, bytes(4))
    decoder = FrameDecoder()
    for i, byte in enumerate(frame):
        assert decoder.next_frame() is None
        assert decoder.needed() >= 1
        decoder.feed(bytes([byte]))
        if i < len(frame) - 1:
            assert decoder.next_frame() is None
    got = decoder.next_frame()
    assert got is not None and got.sw3 == 0x9F and got.data == bytes(4)
    assert decoder.buffered == 0


def test_needed_asks_for_exactly_the_rest_of_the_frame() -> None:
    frame = build_response(0x90, read_data(b"t" * 256, b"p" * 1024))
    decoder = FrameDecoder()
    assert decoder.needed() == 7 + 4  # header plus the shortest body
    decoder.feed(frame[:7])
    assert decoder.needed() == 1288
    decoder.feed(frame[7:100])
    assert decoder.needed() == 1295 - 100


def test_decoder_resynchronises_after_garbage_and_false_preambles() -> None:
    good = build_response(0x90)
    noise = b"\x00\xff\xaa\xaa\x96\xaa\xaa\xaa\x96" + b"junk" + b"\xaa\xaa"
    frames = decode_all(noise + good + b"\x13\x37" + good)
    assert [f.sw3 for f in frames] == [0x90, 0x90]


def test_wrong_checksum_is_reported_then_skipped() -> None:
    bad = bytearray(build_response(0x9F, bytes(4)))
    bad[-1] ^= 0x01
    good = build_response(0x80)
    decoder = FrameDecoder()
    decoder.feed(bytes(bad) + good)
    with pytest.raises(FrameError) as info:
        decoder.next_frame()
    assert info.value.code == "frame_checksum"
    assert isinstance(info.value, DeviceError)
    assert "校验和" in str(info.value)
    frame = decoder.next_frame()
    assert frame is not None and frame.sw3 == 0x80


@pytest.mark.parametrize("length", [0, 1, 3, 0x0920, 0xFFFF])
def test_impossible_length_is_reported_and_never_waited_for(length: int) -> None:
    decoder = FrameDecoder()
    decoder.feed(b"\xaa\xaa\xaa\x96\x69" + length.to_bytes(2, "big") + b"\x00\x00\x90")
    assert decoder.needed() == 1  # never asks the port for an impossible amount
    with pytest.raises(FrameError) as info:
        decoder.next_frame()
    assert info.value.code == "frame_length"


def test_command_decoder_accepts_the_shortest_command() -> None:
    [frame] = decode_all(build_command(Command.FIND_CARD), min_len=MIN_COMMAND_LEN)
    assert frame.command == (0x20, 0x01) and frame.command_data == b""
    assert frame.wire_size == 10


def test_status_codes_are_named_and_unknown_ones_say_so() -> None:
    assert status_name(0x90) == "操作成功"
    assert status_name(0x60) == "安全模块自检失败"
    assert status_name(0x5A) == "未知状态码 0x5A"
    for code in (0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x60, 0x66, 0x80, 0x81):
        assert code in STATUS_CODES


def test_status_error_names_the_code_in_a_sentence() -> None:
    error = status_error(0x66)
    assert isinstance(error, SamStatusError) and isinstance(error, DeviceError)
    assert error.code == "sam_status_66" and error.name == "sam_not_authorised"
    assert "0x66" in str(error) and "安全模块未经授权" in str(error) and str(error).endswith("。")
    unknown = status_error(0xC3)
    assert "未知状态码 0xC3" in str(unknown) and unknown.code == "sam_status_c3"


def test_sam_id_round_trips() -> None:
    text = "05.01-20180907-0012345678-1234567890"
    raw = sam_id_bytes(text)
    assert len(raw) == 16
    assert raw[:4] == b"\x05\x00\x01\x00"
    assert format_sam_id(raw) == text


def test_wire_time_counts_ten_bits_a_byte() -> None:
    assert wire_seconds(11520, 115_200) == pytest.approx(1.0)
