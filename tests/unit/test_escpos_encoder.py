"""ESC/POS encoding of slips: exact bytes, hand-checked against the Epson ESC/POS reference."""

from __future__ import annotations

import barcode as python_barcode
import pytest
from escpos.printer import Dummy

from drivers.printer.escpos import (
    Align,
    Barcode,
    Cut,
    Feed,
    QrCode,
    Rule,
    Slip,
    SlipEncodingError,
    Text,
    encode,
)
from drivers.printer.escpos.encoder import barcode_fits, code128_modules, code128_segments, encode_text
from drivers.printer.escpos.slip import COLUMNS, REPLACEMENT, text_columns, wrap

CASE_NUMBER = "330429-20261123-W03-0001"


def test_a_small_slip_encodes_to_exactly_these_bytes():
    slip = Slip(
        (
            Text("取件凭条", Align.CENTER, bold=True, width=2, height=2),
            Text("No. A001"),
            Rule(),
            Barcode("A001", height=64),
            QrCode("A001", module=4, ec="M"),
            Feed(2),
            Cut(),
        )
    )
    expected = (
        b"\x1b\x40"  # ESC @ initialise
        b"\x1c\x26"  # FS & Chinese character mode
        b"\x1b\x61\x01"  # ESC a 1 centre
        b"\x1b\x45\x01"  # ESC E 1 bold on
        b"\x1d\x21\x11" + "取件凭条".encode("gb18030") + b"\n"  # GS ! 0x11 double width and height
        b"\x1b\x61\x00"  # ESC a 0 left
        b"\x1b\x45\x00"  # ESC E 0 bold off
        b"\x1d\x21\x00"  # GS ! 0 normal size
        b"No. A001\n" + b"-" * 48 + b"\n"
        b"\x1b\x61\x01"  # centre the barcode
        b"\x1d\x68\x40"  # GS h 64 dots high
        b"\x1d\x77\x03"  # GS w 3 dots a module (it fits: (11*7+13+20)*3 = 330 <= 576)
        b"\x1d\x48\x02"  # GS H 2 human-readable text below
        b"\x1d\x66\x00"  # GS f 0 in font A
        b"\x1d\x6b\x49\x06{BA001"  # GS k 73 n: CODE128, 6 bytes, code set B
        b"\x1d\x28\x6b\x04\x00\x31\x41\x32\x00"  # GS ( k fn 65: model 2
        b"\x1d\x28\x6b\x03\x00\x31\x43\x04"  # fn 67: module 4 dots
        b"\x1d\x28\x6b\x03\x00\x31\x45\x31"  # fn 69: error correction M
        b"\x1d\x28\x6b\x07\x00\x31\x50\x30A001"  # fn 80: store 4 bytes (pL = 4 + 3)
        b"\x1d\x28\x6b\x03\x00\x31\x51\x30"  # fn 81: print
        b"\x1b\x64\x02"  # ESC d 2 feed two lines
        b"\x1d\x56\x41\x00"  # GS V 65 0 feed to the cutter, full cut
    )
    assert "取件凭条".encode("gb18030") == b"\xc8\xa1\xbc\xfe\xc6\xbe\xcc\xf5"
    assert encode(slip) == expected


def test_the_qr_code_command_is_the_same_as_python_escpos_native_one():
    printer = Dummy()
    printer.qr(CASE_NUMBER, ec=1, size=6, native=True)  # ec 1 = M
    ours = encode(Slip((QrCode(CASE_NUMBER, module=6, ec="M", align=Align.LEFT),)))
    assert ours == b"\x1b@\x1c&" + printer.output


def test_a_partial_cut_with_extra_feed():
    assert encode(Slip((Cut(partial=True, feed=24),))).endswith(b"\x1d\x56\x42\x18")


def test_modes_are_sent_only_when_they_change():
    data = encode(Slip((Text("a", bold=True), Text("b", bold=True), Text("c"))))
    assert data == b"\x1b@\x1c&\x1bE\x01a\nb\n\x1bE\x00c\n"


# -- text ---------------------------------------------------------------------------------------
def test_cjk_counts_two_columns_and_wraps_at_48():
    text = "一二三四五六七八九十" * 3  # 30 characters = 60 columns
    lines = wrap(text, COLUMNS)
    assert lines == [text[:24], text[24:]]
    assert text_columns(lines[0]) == 48


def test_double_width_text_wraps_at_24_columns():
    data = encode(Slip((Text("安和县政务服务中心便民服务站", width=2),)))
    body = data.split(b"\x1d!\x10", 1)[1]
    assert body == "安和县政务服务中心便民服".encode("gb18030") + b"\n" + "务站".encode("gb18030") + b"\n"


def test_latin_words_are_not_broken_and_punctuation_does_not_start_a_line():
    assert wrap("aaaa bbbbbb", 8) == ["aaaa", "bbbbbb"]
    # 4 CJK fill 8 columns; the comma may not begin the next line, so 丁 goes along with it
    assert wrap("甲乙丙丁，戊", 8) == ["甲乙丙", "丁，戊"]
    assert wrap("", 48) == [""]
    assert wrap("第一行\n第二行", 48) == ["第一行", "第二行"]


def test_mixed_text_is_wrapped_by_columns_not_characters():
    lines = wrap("办件编号：330429-20261123-W03-0001 请妥善保管", 24)
    assert all(text_columns(line) <= 24 for line in lines)
    assert "".join(lines).replace(" ", "") == "办件编号：330429-20261123-W03-0001请妥善保管"


def test_what_the_printer_cannot_print_is_replaced_visibly_never_raised():
    # control characters would be taken as printer commands; emoji and lone surrogates have no glyph
    data = encode_text("张\x1b@三😀\ud800")
    assert data == "张".encode("gb18030") + REPLACEMENT.encode("gb18030") + b"@" + "三".encode("gb18030") + (
        REPLACEMENT.encode("gb18030") * 2
    )
    assert b"\x1b" not in data


def test_rare_name_characters_are_sent_in_four_byte_gb18030():
    assert encode_text("㐀") == "㐀".encode("gb18030") == b"\x81\x39\xee\x39"  # CJK ext. A
    assert encode_text("𠮷") == "𠮷".encode("gb18030")  # CJK ext. B


def test_bad_sizes_are_refused_when_the_slip_is_built():
    with pytest.raises(ValueError, match="倍数"):
        Text("x", width=9)
    with pytest.raises(ValueError, match="纠错"):
        QrCode("x", ec="X")


# -- Code 128 ------------------------------------------------------------------------------------
def test_case_numbers_use_code_set_c_for_digit_runs_and_fit_80_mm():
    assert code128_segments(CASE_NUMBER) == [
        ("C", "330429"),
        ("B", "-"),
        ("C", "20261123"),
        ("B", "-W03-"),
        ("C", "0001"),
    ]
    data = encode(Slip((Barcode(CASE_NUMBER),)))
    payload = b"{C\x21\x04\x1d{B-{C\x14\x1a\x0b\x17{B-W03-{C\x00\x01"
    assert b"\x1dw\x02" in data  # 2 dots a module: (244 + 20) * 2 = 528 <= 576
    assert data.endswith(b"\x1dk\x49" + bytes([len(payload)]) + payload)


@pytest.mark.parametrize("text", [CASE_NUMBER, "A001", "TEST-0123456789", "12345", "AB12345678CD", "1234567"])
def test_the_symbol_is_as_short_as_python_barcode_makes_it(text):
    # python-barcode picks the shortest mix of code sets; ours must be no longer
    reference = len(python_barcode.get_barcode_class("code128")(text).build()[0])
    assert code128_modules(text) <= reference


def test_an_odd_digit_run_keeps_one_digit_in_code_set_b():
    assert code128_segments("12345") == [("C", "1234"), ("B", "5")]
    assert code128_segments("AB1234567") == [("B", "AB1"), ("C", "234567")]
    assert code128_segments("A{1") == [("B", "A{1")]
    assert encode(Slip((Barcode("A{1"),))).endswith(b"{BA{{1")  # a brace is doubled


def test_a_barcode_too_long_for_the_paper_is_refused_clearly():
    long_text = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert not barcode_fits(long_text)
    with pytest.raises(SlipEncodingError, match="印不下"):
        encode(Slip((Barcode(long_text),)))
    with pytest.raises(SlipEncodingError, match="不能包含"):
        encode(Slip((Barcode("编号1"),)))
