"""`system://` (the default printer) and `system://<queue>`: documents on the PC's printers, via Qt.

The archived PDF is drawn page by page onto a QPrinter: QtPdf renders each page as an image
at the printer's resolution (at most 300 dpi: an A4 page is then 35 MB, at 1200 it would be
half a gigabyte) and the image is placed 1:1 on the paper, so a 100 mm ruler prints 100 mm
long and barcodes keep their module width. Which printer and which paper are remembered per
document kind (receipts on the A4 laser, issuance records on another…) in a small JSON file
that the device settings dialog writes with `choose()`.

Printing runs on the use-case worker thread: QPainter on a QPrinter and QPdfDocument loading
a file are safe off the GUI thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.json_files import write_json_atomically
from drivers.device import BackendSupport, DeviceState, DeviceStatus
from drivers.printer import PrinterError, PrintJob

log = logging.getLogger(__name__)

MAX_DPI = 300
# the papers a hall uses; "" means the document's own page size (A4 for every notice we print)
PAPERS = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "A3": QPageSize.PageSizeId.A3,
    "B5": QPageSize.PageSizeId.B5,
    "Letter": QPageSize.PageSizeId.Letter,
}


def available_printers() -> list[str]:
    return [name for name in QPrinterInfo.availablePrinterNames() if name]


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


def support() -> BackendSupport:
    title = "系统打印机（本机已安装的打印机）"
    if available_printers():
        return BackendSupport("system", title, True)
    return BackendSupport(
        "system", title, False, "本机没有安装任何打印机：请先在操作系统中添加打印机（Linux 上为 CUPS）"
    )


@dataclass(frozen=True)
class PrinterChoice:
    printer: str = ""  # "" → the URL's queue, or the system default
    paper: str = ""  # "" → the document's own page size


class PrinterMemory:
    """Printer and paper per document kind, in a JSON file that survives restarts."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, PrinterChoice]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            # a damaged file must not stop printing: the URL's printer is used until it is saved again
            log.warning("printer choices %s unreadable (%s); using defaults", self.path, type(exc).__name__)
            return {}
        if not isinstance(raw, dict):
            return {}
        return {
            kind: PrinterChoice(str(v.get("printer", "")), str(v.get("paper", "")))
            for kind, v in raw.items()
            if isinstance(v, dict)
        }

    def get(self, kind: str) -> PrinterChoice:
        return self.load().get(kind, PrinterChoice())

    def set(self, kind: str, choice: PrinterChoice) -> None:
        choices = self.load()
        choices[kind] = choice
        data = {k: {"printer": c.printer, "paper": c.paper} for k, c in sorted(choices.items())}
        write_json_atomically(self.path, data, indent=2)


class SystemPrinter:
    def __init__(
        self, url: str, memory_path: Path, printers=available_printers, default=default_printer
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme != "system":
            raise ValueError(f"系统打印机地址应形如 system:// 或 system://打印机名称，现为“{url}”")
        self.url = url
        self.queue = unquote(parts.netloc + parts.path).strip("/")
        self.memory = PrinterMemory(memory_path)
        self._printers = printers
        self._default = default

    # -- the settings dialog --------------------------------------------------------------------
    def choose(self, kind: str, printer_name: str = "", paper: str = "") -> None:
        """Remember the printer and paper for a document kind.

        "" as printer means the URL's printer (or the default one), "" as paper the document's size.
        """
        if paper and paper not in PAPERS:
            raise ValueError(f"不支持的纸张“{paper}”（可选：{'、'.join(PAPERS)}）")
        if printer_name and printer_name not in self._printers():
            raise ValueError(f"本机没有名为“{printer_name}”的打印机，请从列表中选择")
        self.memory.set(kind, PrinterChoice(printer_name, paper))

    def choice(self, kind: str) -> PrinterChoice:
        return self.memory.get(kind)

    def target(self, kind: str) -> tuple[str, str]:
        """The printer queue and paper a job of this kind goes to. Raises PrinterError."""
        choice = self.memory.get(kind)
        name = choice.printer or self.queue or self._default()
        installed = self._printers()
        if not installed:
            raise PrinterError("本机没有安装打印机，请先在操作系统中添加打印机，或在设备设置中改为保存PDF")
        if not name:
            raise PrinterError("本机没有设置默认打印机，请在设备设置中为该文书选择打印机")
        if name not in installed:
            raise PrinterError(f"找不到打印机“{name}”（可能已删除或改名），请在设备设置中重新选择打印机")
        return name, choice.paper

    # -- the Printer protocol -------------------------------------------------------------------
    def print_pdf(self, job: PrintJob) -> str:
        name, paper = self.target(job.kind)
        printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
        if not printer.isValid():
            raise PrinterError(f"打印机“{name}”无法使用，请检查它在操作系统中的状态")
        printer.setDocName(job.name)
        print_pdf_pages(job.pdf, printer, paper, job.copies)
        return name

    def status(self) -> DeviceStatus:
        try:
            name, _ = self.target("")
        except PrinterError as exc:
            return DeviceStatus(DeviceState.ABSENT, "未找到打印机", str(exc))
        state = QPrinterInfo.printerInfo(name).state()
        if state == QPrinter.PrinterState.Error:
            return DeviceStatus(
                DeviceState.FAULT, "故障", f"打印机“{name}”报告错误，请查看打印机和操作系统的打印队列"
            )
        if state == QPrinter.PrinterState.Aborted:
            return DeviceStatus(DeviceState.FAULT, "已中止", f"打印机“{name}”的打印已中止，请查看打印队列")
        return DeviceStatus(DeviceState.READY, "就绪", name)


def open_system_printer(url: str, memory_path: Path) -> SystemPrinter:
    """The composition root's factory for `system://` URLs (app/ cannot import Qt itself)."""
    return SystemPrinter(url, memory_path)


# -- drawing a PDF onto a printer ------------------------------------------------------------------
def print_pdf_pages(pdf: bytes, printer: QPrinter, paper: str = "", copies: int = 1) -> int:
    """Draw every page of pdf onto printer (on `paper`, or the PDF's own size); returns pages sent."""
    if not pdf.startswith(b"%PDF"):
        raise PrinterError("打印内容不是有效的PDF文件，已取消打印")
    # QPdfDocument reads a QIODevice asynchronously (it needs an event loop, which a worker thread
    # has not); a file it loads at once
    fd, tmp = tempfile.mkstemp(suffix=".pdf", prefix="onewindow-print-")
    document = QPdfDocument(None)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
        if document.load(tmp) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise PrinterError("无法读取要打印的PDF文件（文件可能已损坏），已取消打印")
        return _draw(document, printer, paper, max(1, copies))
    finally:
        document.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _draw(document: QPdfDocument, printer: QPrinter, paper: str, copies: int) -> int:
    first = document.pagePointSize(0)
    if paper:
        printer.setPageSize(QPageSize(PAPERS[paper]))
    else:
        # a page size is portrait; a wide page is that size turned (or Landscape would turn it back)
        short, long = sorted((first.width(), first.height()))
        printer.setPageSize(QPageSize(QSizeF(short, long), QPageSize.Unit.Point))
    landscape = first.width() > first.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)  # place the page on the paper 1:1; its own margins are in the PDF
    printer.setResolution(min(printer.resolution(), MAX_DPI))
    # when the print system does not make the copies itself, we send the pages again
    repeat = 1
    printer.setCopyCount(copies)
    if copies > 1 and not printer.supportsMultipleCopies():
        printer.setCopyCount(1)
        repeat = copies
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError("打印机无法开始打印（可能已脱机或没有权限），请检查后重新打印")
    sent = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().fullRectPixels(dpi)
        for _ in range(repeat):
            for page in range(document.pageCount()):
                if sent:
                    printer.newPage()
                size = document.pagePointSize(page)
                pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                image = document.render(page, pixels)
                if image.isNull():
                    raise PrinterError(f"第{page + 1}页无法生成打印图像（内存不足？），已停止打印")
                painter.drawImage(_fit(pixels, area.width(), area.height()), image)
                sent += 1
    finally:
        painter.end()
    return sent


def _fit(pixels: QSize, width: int, height: int) -> QRectF:
    """The page's image 1:1 when it fits the paper, else scaled down to fit; centred either way."""
    scale = min(1.0, width / pixels.width(), height / pixels.height())
    w, h = pixels.width() * scale, pixels.height() * scale
    return QRectF((width - w) / 2, (height - h) / 2, w, h)
