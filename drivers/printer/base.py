"""The printer interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class PrinterError(Exception):
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

    def status(self) -> str:
        """A short state for the status bar: 就绪, 脱机, 缺纸, …"""
        ...
