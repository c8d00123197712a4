"""Testing one device for real: the installer's command line and the settings dialog's 测试.

Each test does what the clerk will do with the device — read one card, scan one page, print a
test page, ask the pad for a rating, read one barcode — and returns what came back, or raises
the driver's error (DeviceError / ValueError for a bad URL), whose message says what to fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.device_set import QtFactories, open_device
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from drivers.device import DeviceError

KIND_ALIASES = {
    "idcard": "card_reader",
    "card_reader": "card_reader",
    "scanner": "scanner",
    "printer": "printer",
    "slip": "slip_printer",
    "slip_printer": "slip_printer",
    "evaluator": "evaluator",
    "barcode": "barcode_scanner",
    "barcode_scanner": "barcode_scanner",
}


EMPTY_SCAN = QT_TRANSLATE_NOOP("messages", "扫描仪没有送回任何页面，请检查是否放好文件")
NO_RATING = QT_TRANSLATE_NOOP("messages", "{seconds} 秒内评价器没有送回评价（按键是否正常？）")
CARD_READ = QT_TRANSLATE_NOOP("messages", "读卡成功：{who}")
SCANNED = QT_TRANSLATE_NOOP("messages", "扫描成功：{pages} 页（{size} KB）")
TEST_PRINTED = QT_TRANSLATE_NOOP("messages", "测试页已打印：{where}")
RATED = QT_TRANSLATE_NOOP("messages", "评价器已送回评价（{level} 级）")
WEDGE = QT_TRANSLATE_NOOP("messages", "键盘口扫码枪无需测试：在出件页扫描办件编号即可")
SCANNED_CODE = QT_TRANSLATE_NOOP("messages", "扫码成功：{code}")


def read_card(url: str, timeout: float = 10.0, qt: QtFactories | None = None, live=None) -> dict[str, Any]:
    """``live``: the reader the workbench already runs on this URL (a port opens only once)."""
    if live is not None:
        return live.read_one(timeout).as_dict()
    reader = open_device("card_reader", url, qt)
    try:
        record = reader.read_one(timeout)
    finally:
        _close(reader)
    return record.as_dict()


def scan_to_files(url: str, out: Path, qt: QtFactories | None = None) -> list[Path]:
    """Scan once and write the pages to ``out`` (several pages: out-1, out-2, …)."""
    from drivers.scanner import write_pages

    scanner = open_device("scanner", url, qt)
    try:
        images = scanner.scan()
    finally:
        _close(scanner)
    if not images:
        raise DeviceError(Message(EMPTY_SCAN), "empty_scan")
    return write_pages(images, out)


def print_test_page(kind: str, url: str, settings, qt: QtFactories | None = None) -> str:
    """A test page on a document printer (an A4 PDF) or a slip printer (ESC/POS); where it went."""
    from app.services.documents.slips import print_test_page as print_page

    def document_printer(u: str):
        return open_device("printer", u, qt)

    return print_page(
        url,
        slip=kind == "slip_printer",
        hall_name=settings.window.hall_name,
        open_document_printer=document_printer,
    )


def ask_rating(url: str, timeout: float = 60.0, qt: QtFactories | None = None, live=None) -> dict[str, Any]:
    from drivers.evaluator import RatingRequest

    evaluator = live or open_device("evaluator", url, qt)
    try:
        rating = evaluator.ask(RatingRequest(case_number="TEST-0001", clerk="测试", window="测试"), timeout)
    finally:
        if live is None:
            _close(evaluator)
    if rating is None:
        raise DeviceError(Message(NO_RATING, seconds=f"{timeout:.0f}"), "no_rating")
    return rating.as_dict()


def read_barcode(url: str, timeout: float = 30.0) -> str:
    from drivers.barcode import read_once

    return read_once(url, timeout)


def run_test(kind: str, url: str, qt: QtFactories | None, settings, live=None) -> Message:
    """The settings dialog's test: one line for the clerk saying what the device did.

    ``live`` is the device the workbench runs on this very URL, if any: a serial port can be
    open only once, and the demo's simulated reader is the one its menu places cards on.
    """
    from app.domain.masking import mask_id_number, mask_name

    if kind == "card_reader":
        card = read_card(url, 15.0, qt, live)
        who = f"{mask_name(card.get('name', ''))} {mask_id_number(card.get('id_number', ''))}"
        return Message(CARD_READ, who=who)
    if kind == "scanner":
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            paths = scan_to_files(url, Path(folder) / "test", qt)
            size = sum(p.stat().st_size for p in paths) // 1024
            return Message(SCANNED, pages=len(paths), size=size)
    if kind in ("printer", "slip_printer"):
        return Message(TEST_PRINTED, where=str(print_test_page(kind, url, settings, qt)))
    if kind == "evaluator":
        rating = ask_rating(url, 60.0, qt, live)
        return Message(RATED, level=rating.get("level"))
    if kind == "barcode_scanner":
        if url.startswith("wedge:"):
            return Message(WEDGE)
        return Message(SCANNED_CODE, code=read_barcode(url, 30.0))
    raise ValueError(f"未知的设备类型“{kind}”")


def _close(device) -> None:
    for name in ("close", "stop"):
        method = getattr(device, name, None)
        if callable(method):
            method()
            return
