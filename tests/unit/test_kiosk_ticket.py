"""The queue ticket: the same words on the ESC/POS slip and on the 80 mm PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest

from app.documents.ticket import NOTICE, PAGE_WIDTH, TicketData, render_ticket_pdf, ticket_content
from drivers.printer.escpos.encoder import CHINESE_MODE, GS, INIT
from drivers.printer.escpos.slip import Cut, Text
from drivers.printer.escpos.ticket import NUMBER_SIZE, encode_ticket, ticket_slip

OFFLINE_GREEN = TicketData(
    hall_name="安和县政务服务中心",
    number="A805",
    category_name="综合受理",
    ahead=3,
    wait_minutes=12,
    issued_at=datetime(2026, 11, 23, 9, 15),
    priority_label="绿色通道",
    offline=True,
    applicant_masked="王*",
)
PLAIN = TicketData("安和县政务服务中心", "C012", "不动产登记", 0, 0, datetime(2026, 11, 23, 14, 2))


def gb(text: str) -> bytes:
    return text.encode("gb18030")


def test_the_content_names_everything_a_ticket_must_say():
    c = ticket_content(OFFLINE_GREEN)
    assert (c.hall_name, c.number, c.category) == ("安和县政务服务中心", "A805", "综合受理")
    assert c.marks == ("绿色通道", "离线取号")
    assert c.details == ("前方等待约3人", "预计等待约12分钟", "取号人：王*", "取号时间：2026-11-23 09:15")
    assert c.notice == NOTICE == "请留意叫号屏幕和语音提示"
    assert c.name == "号票-A805-20261123-091500"
    plain = ticket_content(PLAIN)
    assert plain.marks == () and plain.details[:2] == ("前方等待0人", "即将叫号，请勿远离")


def test_escpos_bytes_print_the_number_four_times_as_large_and_cut():
    data = encode_ticket(ticket_content(OFFLINE_GREEN))
    assert data.startswith(INIT + CHINESE_MODE)
    size = (NUMBER_SIZE - 1) << 4 | (NUMBER_SIZE - 1)
    assert GS + b"!" + bytes([size]) + b"A805\n" in data  # GS ! 0x33, then the number
    assert GS + b"!" + b"\x11" + gb("综合受理") + b"\n" in data  # the category double size
    for text in (
        "安和县政务服务中心",
        "【绿色通道】【离线取号】",
        "前方等待约3人",
        "预计等待约12分钟",
        NOTICE,
    ):
        assert gb(text) in data
    # the details go back to normal size before they print
    assert data.index(GS + b"!\x00") < data.index(gb("前方等待约3人"))
    assert data.endswith(GS + b"V" + bytes([65, 0]))  # feed, then a full cut, last


def test_the_slip_is_the_slip_model_the_workbench_prints():
    slip = ticket_slip(ticket_content(PLAIN))
    assert isinstance(slip.lines[-1], Cut)
    number = next(line for line in slip.lines if isinstance(line, Text) and line.text == "C012")
    assert (number.width, number.height, number.bold) == (NUMBER_SIZE, NUMBER_SIZE, True)
    assert slip.name.startswith("号票-C012-")


def test_the_pdf_is_80mm_wide_with_the_ticket_text_extractable(tmp_path):
    pdf = render_ticket_pdf(OFFLINE_GREEN)
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "ticket.pdf"
    path.write_bytes(pdf)
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    flat = "".join(text.decode("utf-8").split())
    for part in ("安和县政务服务中心", "A805", "综合受理", "绿色通道", "离线取号", "前方等待约3人",
                 "预计等待约12分钟", "取号时间：2026-11-2309:15", NOTICE):  # fmt: skip
        assert part in flat
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    width_pt = float(info.split("Page size:")[1].split("x")[0])
    assert width_pt == pytest.approx(PAGE_WIDTH, abs=0.5)  # 80 mm


def test_a_long_chinese_category_and_hall_name_wrap_inside_the_paper(tmp_path):
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    long = TicketData(
        "安和县政务服务中心经济开发区分中心（城东便民服务大厅）",
        "B012",
        "不动产登记与交易综合受理长名称业务类别",
        0,
        0,
        datetime(2026, 11, 23, 14, 2),
    )
    path = tmp_path / "long.pdf"
    path.write_bytes(render_ticket_pdf(long))
    boxes = subprocess.run([tool, "-bbox", str(path), "-"], capture_output=True, check=True, text=True).stdout
    words = re.findall(r'xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]+)</word>', boxes)
    assert all(float(x0) >= 0 and float(x1) <= PAGE_WIDTH for x0, x1, _ in words)
    text = "".join(word for _, _, word in words)
    assert "不动产登记与交易综合受理长名称业务类别" in text and "（城东便民服务大厅）" in text
