"""`pdf:///path/to/folder`: "print" by writing the PDF into a folder (the demo, archiving)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from drivers.device import DeviceState, DeviceStatus
from drivers.printer.base import PrinterError, PrintJob

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class PdfFolderPrinter:
    def __init__(self, folder: Path, url: str = "") -> None:
        self.folder = folder
        self.url = url or f"pdf://{folder}"

    def status(self) -> DeviceStatus:
        if self._writable():
            return DeviceStatus(DeviceState.READY, "就绪", str(self.folder))
        return DeviceStatus(DeviceState.FAULT, "目录不可写", str(self.folder))

    def _writable(self) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return os.access(self.folder, os.W_OK)

    def print_pdf(self, job: PrintJob) -> str:
        if not job.pdf.startswith(b"%PDF"):
            raise PrinterError("打印内容不是有效的PDF文件，已取消打印")
        name = _UNSAFE.sub("_", job.name) or "document"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / f"{name}.pdf"
            n = 1
            while target.exists():  # a reprint must not overwrite what was printed before
                n += 1
                target = self.folder / f"{name}-{n}.pdf"
            tmp = target.with_suffix(".part")
            with open(tmp, "wb") as f:
                f.write(job.pdf)
                f.flush()
                os.fsync(f.fileno())
            tmp.replace(target)
        except OSError as exc:
            raise PrinterError(f"无法写入打印目录 {self.folder}：{exc.strerror or exc}") from exc
        return str(target)
