"""The rating-pad wire format: frames byte for byte, the streaming decoder, the messages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.device import DeviceError
from drivers.evaluator import messages as m
from drivers.evaluator import protocol as p
from drivers.evaluator.base import PadInfo, Rating, RatingRequest
from drivers.evaluator.codes import wire_problems


def crc_by_hand(data: bytes) -> int:
    """CRC-16/CCITT-FALSE bit by bit, as a pad's firmware without a table would compute it."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def test_crc_is_ccitt_false_with_its_published_check_value():
    assert p.crc16(b"123456789") == 0x29B1
    assert p.crc16(b"\x00\x05\x21\x07abc") == crc_by_hand(b"\x00\x05\x21\x07abc")


def test_hello_and_ack_frames_byte_for_byte():
    assert p.build_frame(p.HELLO, 0) == bytes.fromhex("a55a 0002 1000 e9d3")
    assert p.build_frame(p.ACK, 0) == bytes.fromhex("a55a 0002 0600 4006")
    frame = p.build_frame(p.CANCEL, 7, b"abc")
    assert frame[:6] == bytes.fromhex("a55a 0005 1207") and frame[6:9] == b"abc"
    assert int.from_bytes(frame[9:], "big") == crc_by_hand(frame[2:9])


def test_decoder_takes_frames_in_any_chunks():
    data = p.build_frame(p.RATING, 1, "好".encode()) + p.build_frame(p.ACK, 9)
    decoder = p.FrameDecoder()
    found = []
    for i in range(len(data)):
        found += decoder.feed(data[i : i + 1])
    assert found == [p.Frame(p.RATING, 1, "好".encode()), p.Frame(p.ACK, 9)]
    assert decoder.pending == 0


def test_garbage_before_between_and_a_corrupt_frame_are_survived():
    good = p.build_frame(p.INFO, 3, b"pad")
    bad = bytearray(p.build_frame(p.INFO, 4, b"pad"))
    bad[7] ^= 0x01  # one flipped bit in the payload
    found = p.FrameDecoder().feed(b"\x00\xa5\xff" + bytes(bad) + b"noise" + good)
    assert found[-1] == p.Frame(p.INFO, 3, b"pad")
    assert p.Corrupt("crc") in found


def test_a_false_preamble_with_a_long_length_is_dropped_when_the_line_goes_quiet():
    good = p.build_frame(p.STATE, 2, b"idle\x1f")
    decoder = p.FrameDecoder()
    assert decoder.feed(b"\xa5\x5a\x03\x00" + good) == []  # waits for 768 bytes that never come
    assert decoder.idle() == [p.Frame(p.STATE, 2, b"idle\x1f")]
    assert decoder.pending == 0


def test_an_oversized_payload_cannot_be_built():
    with pytest.raises(ValueError):
        p.build_frame(p.RATING, 0, b"x" * (p.MAX_PAYLOAD + 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=64), max_size=12))
def test_any_bytes_in_any_chunks_never_raise(chunks):
    decoder = p.FrameDecoder()
    for chunk in chunks:
        for item in decoder.feed(chunk):
            assert isinstance(item, p.Frame | p.Corrupt)
    decoder.idle()
    assert decoder.pending == 0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=80), st.binary(max_size=40), st.integers(0, 255))
def test_a_frame_after_any_garbage_is_found(garbage, payload, seq):
    frame = p.build_frame(p.RATING, seq, payload)
    decoder = p.FrameDecoder()
    found = decoder.feed(garbage + frame) + decoder.idle()
    assert p.Frame(p.RATING, seq, payload) in found


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*sorted(p.TYPE_NAMES), 127]), st.binary(max_size=60))
def test_any_frame_content_parses_or_raises_only_the_drivers_error(type_, payload):
    try:
        message = m.parse_message(p.Frame(type_, 0, payload))
    except m.BadMessage as exc:
        assert isinstance(exc, DeviceError) and "评价器" in str(exc)
    else:
        assert message is not None


REQUEST = RatingRequest("330429-20261123-W03-0001", "李晓梅", "3号综合窗口", 60, rating_id="3f2a-01")


@pytest.mark.parametrize(
    "message",
    [
        m.Hello(),
        m.StatusQuery(),
        m.Ask(REQUEST),
        m.Ask(RatingRequest("A001", "𠮷田", "3号", rating_id="id")),
        m.Cancel("3f2a-01"),
        m.Info(PadInfo("HY-P7", "2.1.0", "1")),
        m.RatingGiven(Rating("3f2a-01", 5)),
        m.RatingGiven(Rating("3f2a-01", 1, ("I4", "R07"), "等了一个小时\n态度差")),
        m.State(True, "3f2a-01"),
        m.State(False),
        m.Closed("3f2a-01", "timeout"),
        m.PadError("busy", "正在评价", "3f2a-01"),
    ],
)
def test_messages_round_trip(message):
    type_, payload = m.encode_message(message)
    assert m.parse_message(p.parse_frame(p.build_frame(type_, 5, payload))) == message


def test_rating_payload_is_utf8_fields_separated_by_us():
    _, payload = m.encode_message(m.RatingGiven(Rating("r1", 2, ("R04", "I2"), "太慢")))
    assert payload == "r1\x1f2\x1fR04,I2\x1f太慢".encode()


@pytest.mark.parametrize(
    "payload, why",
    [
        (b"r1\x1f7\x1f\x1f", "等级"),
        (b"r1\x1f2\x1fX42\x1f", "代码表"),
        (b"r1\x1f5\x1f", "字段"),
        (b"\xff\xfe\x1f5\x1f\x1f", "UTF-8"),
        (b"\x1f5\x1f\x1f", "编号"),
    ],
)
def test_a_bad_rating_from_the_pad_is_a_device_error_saying_what(payload, why):
    with pytest.raises(m.BadMessage) as caught:
        m.parse_message(p.Frame(p.RATING, 0, payload))
    assert why in str(caught.value)
    assert caught.value.code == "bad_message"


def test_ask_timeout_out_of_range_is_refused():
    with pytest.raises(m.BadMessage):
        m.parse_message(p.Frame(p.ASK, 0, b"id\x1fA001\x1f\xe6\x9d\x8e\x1f3\x1f9999"))


def test_the_wire_checks_the_encoding_and_leaves_the_rating_rules_to_the_domain():
    assert wire_problems(5, (), "") == []
    assert wire_problems(2, ("I3",), "办得慢") == []
    assert wire_problems(True, (), "")  # a bool is not a level
    assert wire_problems(1, ("R01", "R01"), "")
    assert wire_problems(1, ("R01",), "字" * 201)
    assert wire_problems(1, ("X42",), "")
    # a 差评 without a reason, reasons on a good rating: readable on the wire; the app asks the
    # domain (app/domain/ratings.py) whether it may be kept
    for payload in (b"r1\x1f1\x1f\x1f", b"r1\x1f5\x1fR07\x1f"):
        assert isinstance(m.parse_message(p.Frame(p.RATING, 0, payload)), m.RatingGiven)
