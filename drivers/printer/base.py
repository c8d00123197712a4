"""The printer interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from drivers.device import DeviceError, DeviceState, DeviceStatus


class PrinterError(DeviceError):
    """The printer could not take the job; str() says why, in Chinese, for the clerk."""


@dataclass(frozen=True)
class PrintJob:
    name: str  # a file-name-safe title: "受理通知书-330421-20261122-W03-0007"
    pdf: bytes
    kind: str  # receipt, deficiency_notice, … (a printer may be chosen per document kind)
    copies: int = 1


class Printer(Protocol):
    url: str

    def print_pdf(self, job: PrintJob) -> str:
        """Print the job; returns where it went (a path, a queue name). Raises PrinterError."""
        ...

    def status(self) -> DeviceStatus:
        """The printer's state (drivers.device.Device): 就绪, 脱机, 缺纸, …"""
        ...


class UnavailablePrinter:
    """Stands in for a document printer whose URL could not be opened.

    Decisions still archive their documents; each print fails with the reason, is recorded on
    the document and can be reprinted once the setting is fixed.
    """

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason

    def print_pdf(self, job: PrintJob) -> str:
        raise PrinterError(f"文书打印机设置有误：{self.reason}", "bad_url")

    def status(self) -> DeviceStatus:
        return DeviceStatus(DeviceState.ABSENT, "设置有误", self.reason)
