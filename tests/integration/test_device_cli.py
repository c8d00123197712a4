"""`onewindow device …` for installers: JSON out on success, exit 1 and the reason on failure."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from ui.cli import main


def test_list_names_every_backend_and_why_one_cannot_run(capsys):
    assert main(["device", "list"]) == 0
    out = capsys.readouterr().out
    for scheme in (
        "sam://",
        "sam+socket://",
        "sane://",
        "folder://",
        "escpos+tcp://",
        "serial://",
        "wedge://",
    ):
        assert scheme in out
    assert "TWAIN 仅在 Windows 上可用" in out


def test_reading_a_card_prints_its_fields_as_json(capsys):
    assert main(["device", "test", "idcard", "sim://?card=long_address"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["name"] == "李秀英" and card["id_number"] == "341021195608120021"
    assert card["valid_to"] is None and card["validity_text"].endswith("长期")
    assert card["photo_bmp"] is None and "照片未解码" in card["photo_note"]


def test_no_card_and_no_reader_fail_with_the_reason(capsys):
    assert main(["device", "test", "idcard", "sim://", "--timeout", "0.6"]) == 1
    assert "没有读到证件" in capsys.readouterr().err
    assert main(["device", "test", "idcard", "sam:///dev/no-such-reader", "--timeout", "0.5"]) == 1
    assert "无法打开身份证读卡器端口" in capsys.readouterr().err
    assert main(["device", "test", "idcard", "usb://x"]) == 1
    assert "不支持的身份证读卡器地址" in capsys.readouterr().err


def test_scanning_to_a_file_writes_a_readable_page(tmp_path, capsys):
    assert main(["device", "test", "scanner", "sim://", "--out", str(tmp_path / "scan")]) == 0
    paths = capsys.readouterr().out.split()
    assert paths
    with Image.open(paths[0]) as page:
        assert page.size[0] > 1000  # an A4 page, not a thumbnail


def test_test_pages_on_a_pdf_folder_and_a_slip_printer_out_of_paper(tmp_path, capsys):
    assert main(["device", "test", "printer", f"pdf://{tmp_path}/out"]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed.endswith(".pdf") and Path(printed).read_bytes()[:4] == b"%PDF"
    assert main(["device", "test", "slip", "sim://?fail=paper"]) == 1
    assert "缺纸" in capsys.readouterr().err


def test_the_pad_is_asked_and_its_rating_printed(capsys):
    assert main(["device", "test", "evaluator", "sim://?level=4&delay=0.1"]) == 0
    assert json.loads(capsys.readouterr().out)["level"] == 4


def test_a_serial_barcode_scanner_reads_one_code(capsys):
    assert main(["device", "test", "barcode", "sim://?codes=330429-20261122-W03-0001"]) == 0
    assert capsys.readouterr().out.strip() == "330429-20261122-W03-0001"
