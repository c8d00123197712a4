"""What a barcode scanner reports to its listener, on the scanner's own thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from drivers.device import DeviceStatus


@dataclass(frozen=True)
class BarcodeEvent:
    code: str = ""  # what was scanned; "" for a status change
    status: DeviceStatus | None = None


Listener = Callable[[BarcodeEvent], None]


class BarcodeScanner(Protocol):
    url: str

    def start(self, listener: Listener) -> None:
        """Start reading on the scanner's own thread; `listener` gets every code and status change."""
        ...

    def stop(self) -> None: ...

    def status(self) -> DeviceStatus: ...
