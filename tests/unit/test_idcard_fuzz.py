"""Property tests: whatever bytes arrive, only the driver's own errors come out of decoder and parser.

Examples per test come from the ``idcard`` hypothesis profile (IDCARD_FUZZ_EXAMPLES, default 1500);
bench/idcard_fuzz.py runs 100,000 inputs.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drivers.idcard.errors import CardParseError, IdCardError
from drivers.idcard.parser import parse_text_block
from drivers.idcard.protocol import FrameDecoder, build_response, read_data, split_read_data
from drivers.idcard.samples import SAMPLE_CARDS

settings.register_profile(
    "idcard",
    max_examples=int(os.environ.get("IDCARD_FUZZ_EXAMPLES", "1500")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("idcard")

GOOD_FRAMES = [build_response(0x90, read_data(c.text, c.photo)) for c in SAMPLE_CARDS.values()]
GOOD_BLOCKS = [c.text for c in SAMPLE_CARDS.values()]


def consume(stream: bytes, chunk_sizes: list[int]) -> int:
    """Feed ``stream`` in the given chunk sizes; parse every frame that comes out. Returns frames seen."""
    decoder = FrameDecoder()
    seen = 0
    at = 0
    sizes = chunk_sizes or [len(stream) or 1]
    i = 0
    while at < len(stream):
        size = max(1, sizes[i % len(sizes)])
        decoder.feed(stream[at : at + size])
        at += size
        i += 1
        while True:
            assert decoder.needed() >= 1
            try:
                frame = decoder.next_frame()
            except IdCardError:
                continue
            if frame is None:
                break
            seen += 1
            if frame.sw3 == 0x90 and len(frame.data) > 16:
                try:
                    text, photo, _ = split_read_data(frame.data)
                    parse_text_block(text, photo)
                except IdCardError:
                    pass
    return seen


@st.composite
def mutated_frames(draw) -> bytes:
    frame = bytearray(draw(st.sampled_from(GOOD_FRAMES)))
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "fix_checksum"]))
        at = draw(st.integers(0, max(0, len(frame) - 1)))
        if kind == "flip" and frame:
            frame[at] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            frame[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del frame[at : at + draw(st.integers(1, 8))]
        elif kind == "truncate":
            del frame[at:]
        elif kind == "fix_checksum" and len(frame) > 8:
            # recompute the checksum so the damage reaches the read data and the parser
            check = 0
            for byte in frame[5:-1]:
                check ^= byte
            frame[-1] = check
    return bytes(frame)


@PROFILE
@given(st.binary(max_size=3000), st.lists(st.integers(1, 64), max_size=8))
def test_arbitrary_bytes_only_raise_driver_errors(stream: bytes, chunks: list[int]) -> None:
    consume(stream, chunks)


@PROFILE
@given(
    st.lists(mutated_frames(), min_size=1, max_size=3), st.binary(max_size=20), st.lists(st.integers(1, 700))
)
def test_mutated_frames_only_raise_driver_errors(
    frames: list[bytes], noise: bytes, chunks: list[int]
) -> None:
    consume(noise.join(frames) + GOOD_FRAMES[0], chunks)


@PROFILE
@given(st.sampled_from(GOOD_BLOCKS), st.integers(0, 255), st.binary(min_size=1, max_size=40))
def test_damaged_text_blocks_only_raise_the_parse_error(block: bytes, at: int, patch: bytes) -> None:
    damaged = (block[:at] + patch + block[at + len(patch) :])[:256]
    try:
        record = parse_text_block(damaged)
    except CardParseError:
        return
    assert record.raw_text == damaged


def test_a_good_frame_after_any_noise_is_still_found() -> None:
    noise = b"\xaa\xaa\xaa\x96\x69\x00"  # a preamble and half a length, then the real frame
    assert consume(noise + GOOD_FRAMES[1], [7]) >= 1
