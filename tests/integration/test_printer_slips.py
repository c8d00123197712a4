"""Slips through the real services: a case accepted on SQLite, its pickup slip on the simulated printer."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.services.documents.slips import print_test_page
from app.services.errors import RuleViolation
from app.services.views import PartyInput
from drivers.printer import PrinterError
from drivers.printer.escpos.encoder import code128_segments
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


def _accepted_case(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    return services.intake.accept(case.id).case


def _barcode_payload(number: str) -> bytes:
    out = b""
    for code_set, chars in code128_segments(number):
        out += b"{" + code_set.encode()
        out += (
            bytes(int(chars[i : i + 2]) for i in range(0, len(chars), 2))
            if code_set == "C"
            else chars.encode()
        )
    return out


def test_the_pickup_slip_carries_the_case_in_gb18030_a_barcode_a_qr_code_and_the_cut(services):
    case = _accepted_case(services)
    outcome = services.slips.print_case_slip(case.id)
    assert outcome.printed and outcome.pending == 0
    [job] = services.slips.printer.peer.jobs
    assert job.startswith(b"\x1b@\x1c&")
    for text in ("安和县政务服务中心", "取件凭条", "结婚登记", "王*", case.number, "0573-84012345"):
        assert text.encode("gb18030") in job, text
    assert "王建国".encode("gb18030") not in job  # the name is masked on a slip
    payload = _barcode_payload(case.number)
    assert b"\x1dk\x49" + bytes([len(payload)]) + payload in job
    assert b"\x1d(k" + (len(case.number) + 3).to_bytes(2, "little") + b"1P0" + case.number.encode() in job
    assert (
        f"{case.promised_date.year}年{case.promised_date.month}月{case.promised_date.day}日".encode("gb18030")
        in job
    )
    assert job.endswith(b"\x1dV\x41\x00")


def test_out_of_paper_keeps_the_slip_and_retry_prints_it(services):
    case = _accepted_case(services)
    peer = services.slips.printer.peer
    peer.fail = "paper"
    outcome = services.slips.print_case_slip(case.id)
    assert not outcome.printed and outcome.pending == 1
    assert "缺纸" in outcome.message and "1张待重打" in outcome.message
    [waiting] = services.slips.pending()
    assert waiting.name == f"取件凭条-{case.number}" and "缺纸" in waiting.error
    peer.fail = ""
    again = services.slips.retry_all()
    assert again.printed and again.pending == 0 and "已重打 1 张" in again.message
    assert case.number.encode() in peer.jobs[-1]
    assert services.slips.retry_all().message == "没有待重打的凭条。"


def test_a_draft_case_has_no_pickup_slip(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    with pytest.raises(RuleViolation, match="没有取件凭条"):
        services.slips.print_case_slip(case.id)


def test_the_slip_printer_test_page(services):
    outcome = services.slips.print_test_page()
    assert outcome.printed
    job = services.slips.printer.peer.jobs[-1]
    assert "打印机测试页".encode("gb18030") in job and b"\x1d!\x11" in job and b"\x1d(k" in job


def test_the_installer_test_page_on_a_pdf_folder_and_on_a_slip_printer(tmp_path):
    where = print_test_page(
        f"pdf://{tmp_path}", hall_name="安和县政务服务中心", now=datetime(2026, 11, 23, 9, 30)
    )
    pdf = (tmp_path / "打印机测试页-20261123-093000.pdf").read_bytes()
    assert where.endswith(".pdf") and pdf.startswith(b"%PDF")
    assert print_test_page("sim://", slip=True) == "sim://"
    with pytest.raises(PrinterError, match="凭条打印机"):  # sim:// with fail, as a slip printer
        print_test_page("sim://?fail=paper", slip=True)
    with pytest.raises(PrinterError, match="不支持"):
        print_test_page("lpt://1")


def test_the_booking_slip_carries_the_code_the_time_and_the_masked_booker(services):
    from datetime import date

    outcome = services.slips.print_booking_slip(
        "4W2JURPZ", "综合受理", date(2026, 11, 24), "09:00-09:30", "内地居民结婚登记", "王**"
    )
    assert outcome.printed and "预约凭条（4W2JURPZ）已打印" in outcome.message
    [job] = services.slips.printer.peer.jobs
    for text in (
        "预约凭条",
        "4W2JURPZ",
        "2026年11月24日（周二）09:00-09:30",
        "综合受理",
        "内地居民结婚登记",
        "王**",
    ):
        assert text.encode("gb18030") in job, text
    assert b"\x1d(k" + (8 + 3).to_bytes(2, "little") + b"1P0" + b"4W2JURPZ" in job  # the kiosk scans it
