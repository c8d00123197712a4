"""Open a printer from its URL setting."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from drivers.printer.base import Printer
from drivers.printer.pdf_folder import PdfFolderPrinter
from drivers.printer.simulator import SimulatedPrinter


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
    raise ValueError(f"不支持的打印机地址“{url}”（可用：pdf:///目录、sim://）")
