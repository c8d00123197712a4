"""The slips themselves (app.documents.slips): what a pickup slip says and how it is laid out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.documents.slips import CaseSlipData, case_pickup_slip, printer_test_slip
from drivers.printer.escpos import Barcode, Cut, QrCode, Text, encode
from drivers.printer.escpos.slip import COLUMNS, text_columns, wrap

DATA = CaseSlipData(
    hall_name="安和县政务服务中心",
    hall_phone="0573-84012345",
    case_number="330429-20261123-W03-0001",
    matter="内地居民婚姻登记（结婚登记）",
    applicant_masked="王**",
    accepted_at=datetime(2026, 11, 23, 9, 30),
    promised_date=date(2026, 11, 30),
    case_kind="承诺件",
    pickup_place="安和县民主路88号政务服务中心一楼统一出件窗口",
    window="3号综合窗口",
    printed_at=datetime(2026, 11, 23, 9, 31),
)


def _printed_lines(slip) -> list[str]:
    return [
        part
        for line in slip.lines
        if isinstance(line, Text)
        for part in wrap(line.text, COLUMNS // line.width)
    ]


def test_the_pickup_slip_names_the_case_and_ends_with_a_cut():
    slip = case_pickup_slip(DATA)
    lines = _printed_lines(slip)
    assert lines[:2] == ["安和县政务服务中心", "取件凭条"]
    assert "办件编号：330429-20261123-W03-0001" in lines
    assert "承诺办结：2026年11月30日前（承诺件）" in lines
    assert [type(x) for x in slip.lines if isinstance(x, Barcode | QrCode)] == [Barcode, QrCode]
    assert isinstance(slip.lines[-1], Cut)
    assert slip.name == "取件凭条-330429-20261123-W03-0001"


def test_a_long_value_continues_under_itself():
    lines = _printed_lines(case_pickup_slip(DATA))
    at = lines.index("领取地点：安和县民主路88号政务服务中心一楼统一出")
    assert lines[at + 1] == " " * 10 + "件窗口"
    assert all(text_columns(line) <= COLUMNS for line in lines)


def test_an_immediate_case_says_so_and_a_number_too_long_for_a_barcode_keeps_its_qr_code():
    long_number = "330429-20261123-W03-0001-ABCDEFGHIJKLMNOP"
    slip = case_pickup_slip(replace(DATA, promised_date=None, case_number=long_number))
    assert "承诺办结：当场办结（即办件）" in _printed_lines(slip)
    assert not any(isinstance(x, Barcode) for x in slip.lines)
    assert QrCode(long_number) in slip.lines
    encode(slip)  # and it encodes


def test_the_test_page_has_every_size_a_ruler_of_48_columns_and_the_time():
    slip = printer_test_slip(
        "安和县政务服务中心", "escpos+tcp://10.0.0.5:9100", datetime(2026, 11, 23, 9, 30, 5)
    )
    sizes = {(x.width, x.height) for x in slip.lines if isinstance(x, Text)}
    assert {(1, 1), (2, 1), (1, 2), (2, 2)} <= sizes
    lines = _printed_lines(slip)
    assert "123456789012345678901234567890123456789012345678" in lines
    assert "打印时间：2026-11-23 09:30:05" in lines
    data = encode(slip)
    assert "生僻字".encode("gb18030") in data and b"{BTEST-{C" in data
