"""system:// through Qt: PDF pages onto a QPrinter (in PDF output mode here), choices per document kind."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from drivers.printer import PrinterError, PrintJob
from ui.devices.system_printer import SystemPrinter, print_pdf_pages, support


def _pdf(pages: int, size=(595.28, 841.89)) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for n in range(pages):
        canvas.drawString(72, 720, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pdfinfo(path) -> tuple[int, str]:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M)[1])
    size = re.search(r"^Page size:\s+(.*)$", out, re.M)[1]
    return pages, size


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_every_page_is_printed_on_the_papers_size(qapp, tmp_path):
    out = tmp_path / "a5.pdf"
    assert print_pdf_pages(_pdf(3), _pdf_printer(out), paper="A5") == 3
    pages, size = _pdfinfo(out)
    assert pages == 3 and "(A5)" in size


def test_without_a_paper_choice_the_document_keeps_its_own_size_and_copies_repeat(qapp, tmp_path):
    out = tmp_path / "a4.pdf"
    assert print_pdf_pages(_pdf(2), _pdf_printer(out), copies=2) == 4
    pages, size = _pdfinfo(out)
    assert pages == 4 and "(A4)" in size


def test_a_landscape_document_prints_landscape(qapp, tmp_path):
    out = tmp_path / "landscape.pdf"
    print_pdf_pages(_pdf(1, size=(841.89, 595.28)), _pdf_printer(out))
    _, size = _pdfinfo(out)
    width, height = (float(v) for v in re.findall(r"[\d.]+", size)[:2])
    assert width > height


def test_what_is_not_a_pdf_is_refused(qapp, tmp_path):
    with pytest.raises(PrinterError, match="不是有效的PDF"):
        print_pdf_pages(b"hello", _pdf_printer(tmp_path / "x.pdf"))
    with pytest.raises(PrinterError, match="无法读取"):
        print_pdf_pages(b"%PDF-1.4 broken", _pdf_printer(tmp_path / "y.pdf"))


def _printer(memory, url="system://", installed=("HP_LaserJet", "Brother_A5"), default="HP_LaserJet"):
    return SystemPrinter(url, memory, printers=lambda: list(installed), default=lambda: default)


def test_the_choice_per_document_kind_survives_a_restart(qapp, tmp_path):
    memory = tmp_path / "printers.json"
    _printer(memory).choose("issuance_record", "Brother_A5", "A5")
    again = _printer(memory)  # the next session
    assert again.target("issuance_record") == ("Brother_A5", "A5")
    assert again.target("receipt") == ("HP_LaserJet", "")  # not chosen: the default printer
    assert _printer(memory, "system://Brother_A5").target("receipt") == ("Brother_A5", "")  # the URL's queue
    assert json.loads(memory.read_text(encoding="utf-8")) == {
        "issuance_record": {"printer": "Brother_A5", "paper": "A5"}
    }


def test_choices_are_checked(qapp, tmp_path):
    printer = _printer(tmp_path / "printers.json")
    with pytest.raises(ValueError, match="纸张"):
        printer.choose("receipt", "HP_LaserJet", "A9")
    with pytest.raises(ValueError, match="没有名为"):
        printer.choose("receipt", "Canon", "A4")


def test_a_damaged_memory_file_means_the_defaults(qapp, tmp_path):
    memory = tmp_path / "printers.json"
    memory.write_text("{damaged", encoding="utf-8")
    assert _printer(memory).target("receipt") == ("HP_LaserJet", "")


def test_an_absent_printer_is_a_printer_error_in_chinese(qapp, tmp_path):
    memory = tmp_path / "printers.json"
    _printer(memory).choose("receipt", "Brother_A5")
    gone = _printer(memory, installed=("HP_LaserJet",))  # someone removed it from the system
    with pytest.raises(PrinterError, match="找不到打印机“Brother_A5”"):
        gone.print_pdf(PrintJob("受理通知书", _pdf(1), "receipt"))
    with pytest.raises(PrinterError, match="没有安装打印机"):
        _printer(memory, installed=()).print_pdf(PrintJob("受理通知书", _pdf(1), "receipt"))
    with pytest.raises(PrinterError, match="默认打印机"):
        _printer(tmp_path / "other.json", default="").target("receipt")
    assert _printer(memory, installed=()).status().text == "未找到打印机"


def test_the_real_system_without_that_printer(qapp, tmp_path):
    printer = SystemPrinter("system://OneWindow-No-Such-Queue", tmp_path / "printers.json")
    with pytest.raises(PrinterError):
        printer.print_pdf(PrintJob("受理通知书", _pdf(1), "receipt"))
    usable = support()
    assert usable.scheme == "system" and (usable.usable or "没有安装任何打印机" in usable.reason)


def test_only_system_urls_are_taken(qapp, tmp_path):
    with pytest.raises(ValueError, match="system://"):
        SystemPrinter("pdf:///tmp", tmp_path / "printers.json")
