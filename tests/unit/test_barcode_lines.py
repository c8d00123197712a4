"""Serial scanner lines: terminators, prefix/suffix, and line noise that must never become a code."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.barcode.lines import MAX_LINE, LineAssembler

NUMBER = "330429-20261123-W03-0001"


def test_cr_lf_and_crlf_each_end_a_code_in_any_chunks():
    lines = LineAssembler()
    data = f"{NUMBER}\r{NUMBER}\n{NUMBER}\r\n".encode()
    codes = [code for i in range(len(data)) for code in lines.feed(data[i : i + 1])]
    assert codes == [NUMBER] * 3


def test_prefix_and_suffix_are_stripped_only_where_they_are():
    lines = LineAssembler(prefix="]C0", suffix="#")
    assert lines.feed(f"]C0{NUMBER}#\r\n{NUMBER}\r\n".encode()) == [NUMBER, NUMBER]


def test_noise_is_dropped_and_counted():
    lines = LineAssembler()
    assert lines.feed(b"\xff\xfe\r\n" + b"x" * (MAX_LINE + 5) + b"\r\n" + b"a\x07b\r\n" + b"OK\n") == ["OK"]
    assert lines.dropped == 3


def test_a_qr_code_may_carry_chinese():
    assert LineAssembler().feed("出件-001\r".encode()) == ["出件-001"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=80), max_size=10))
def test_any_bytes_give_only_printable_bounded_codes(chunks):
    lines = LineAssembler()
    for chunk in chunks:
        for code in lines.feed(chunk):
            assert code and code.isprintable() and len(code) <= MAX_LINE
