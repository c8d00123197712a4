"""Open a printer from its URL setting.

Two settings, two kinds of printer: documents (A4 PDFs) go to `printer_url` — `pdf:///folder`,
`sim://`, or `system://` (through Qt, built in ui/devices/system_printer.py and injected by the
composition root); slips go to `slip_printer_url` — an 80 mm ESC/POS printer
(`drivers.printer.escpos`, grammar documented there) or `sim://`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from drivers.device import BackendSupport
from drivers.printer.base import Printer
from drivers.printer.escpos import SCHEMES as ESCPOS_SCHEMES
from drivers.printer.escpos import open_slip_printer
from drivers.printer.escpos import support as escpos_support
from drivers.printer.pdf_folder import PdfFolderPrinter
from drivers.printer.simulator import SimulatedPrinter

__all__ = ["backends", "open_printer", "open_slip_printer", "support"]


def open_printer(url: str) -> Printer:
    parts = urlsplit(url)
    if parts.scheme == "sim":
        fail = parse_qs(parts.query).get("fail", [""])[0]
        return SimulatedPrinter(url, fail)
    if parts.scheme == "pdf":
        path = unquote(parts.netloc + parts.path)
        if not path:
            raise ValueError("pdf:// 打印机须指定目录，例如 pdf:///home/clerk/打印")
        return PdfFolderPrinter(Path(path), url)
    if parts.scheme in ESCPOS_SCHEMES:
        raise ValueError(
            f"“{url}”是80毫米凭条打印机，不能打印A4文书；请把它设为凭条打印机，文书打印机另选系统打印机或PDF目录"
        )
    if parts.scheme == "system":
        raise ValueError("系统打印机（system://）须由工作台程序打开，此处无法使用")
    raise ValueError(f"不支持的打印机地址“{url}”（可用：system://、pdf:///目录、sim://）")


def is_slip_printer_url(url: str) -> bool:
    return urlsplit(url.strip()).scheme in ESCPOS_SCHEMES


def support() -> list[BackendSupport]:
    """The printer backends of this package and whether each can run here (system:// is Qt's, in ui/)."""
    return [
        BackendSupport("pdf", "保存为PDF文件（指定目录）", True),
        BackendSupport("sim", "模拟打印机（演示和测试）", True),
        *escpos_support(),
    ]


backends = support  # the name the device settings dialog uses for every driver package
