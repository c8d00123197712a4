"""The composition root's device half: every hall device opened from its URL setting.

Opening builds driver objects only; no port is opened and no thread started until the program
starts a device (the card reader's polling starts when the workbench is ready). A URL that
cannot be opened (a typo, a backend missing on this machine) does not stop the workbench: the
device is left out with the reason, which the status bar and the settings dialog show.

Backends that need Qt (the system printer, the document camera, the on-screen evaluator) live in
ui/devices; the program that has a GUI passes their factories in, keyed "kind:scheme".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.resources import resource_path
from drivers.device import BackendSupport, DeviceError, DeviceState, DeviceStatus

log = logging.getLogger(__name__)

DEVICE_KINDS = ("card_reader", "scanner", "printer", "slip_printer", "evaluator", "barcode_scanner")
URL_FIELDS = {
    "card_reader": "card_reader_url",
    "scanner": "scanner_url",
    "printer": "effective_printer_url",
    "slip_printer": "slip_printer_url",
    "evaluator": "evaluator_url",
    "barcode_scanner": "barcode_scanner_url",
}
# where a chosen URL is saved: the document printer's effective URL has a default of its own
SAVED_FIELDS = {**URL_FIELDS, "printer": "printer_url"}
QtFactories = Mapping[str, Callable[[str], Any]]  # "printer:system" → factory(url) → device


def scheme_of(url: str) -> str:
    return url.split("://", 1)[0].lower() if "://" in url else ""


def open_device(kind: str, url: str, qt: QtFactories | None = None) -> Any:
    """The device object for a URL; None for a device that needs no driver (a keyboard wedge).

    Raises ValueError (bad URL) or DeviceError (backend unusable here), both in Chinese.
    """
    qt = qt or {}
    factory = qt.get(f"{kind}:{scheme_of(url)}")
    if factory is not None:
        return factory(url)
    if kind == "card_reader":
        from drivers.idcard import open_card_reader

        return open_card_reader(url)
    if kind == "scanner":
        from drivers.scanner import open_scanner

        # the simulator writes its made-up forms in the bundled CJK font
        return open_scanner(url, font_path=resource_path("fonts", "wqy-microhei.ttc"))
    if kind == "printer":
        from drivers.printer import open_printer

        return open_printer(url)
    if kind == "slip_printer":
        from drivers.printer import open_slip_printer

        return open_slip_printer(url, strict=True)
    if kind == "evaluator":
        from drivers.evaluator import open_evaluator

        return open_evaluator(url)
    if kind == "barcode_scanner":
        if scheme_of(url) == "wedge":
            return None  # it types like a keyboard: the UI listens, there is nothing to open
        from drivers.barcode import open_barcode_scanner

        return open_barcode_scanner(url)
    raise ValueError(f"未知的设备类型“{kind}”")


def backends_of(kind: str, qt_supports: Mapping[str, Callable[[], BackendSupport]] | None = None) -> list:
    """Every backend of a device kind with whether it can run on this machine."""
    if kind == "card_reader":
        from drivers.idcard import backends
    elif kind == "scanner":
        from drivers.scanner import backends
    elif kind in ("printer", "slip_printer"):
        from drivers.printer import backends
    elif kind == "evaluator":
        from drivers.evaluator import backends
    else:
        from drivers.barcode import backends
    found = list(backends())
    if kind == "barcode_scanner":
        found.insert(0, BackendSupport("wedge", "键盘口扫码枪（无需驱动）", True))
    for key, support in (qt_supports or {}).items():
        if key.startswith(f"{kind}:"):
            found.append(support())
    return found


@dataclass
class DeviceSet:
    urls: dict[str, str]
    devices: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def get(self, kind: str) -> Any:
        return self.devices.get(kind)

    # the devices the use cases print and scan with: a stand-in that fails with the reason
    # when the URL could not be opened, so the workbench keeps working
    def printer(self):
        from drivers.printer import UnavailablePrinter

        return self.get("printer") or UnavailablePrinter(self.urls["printer"], self.errors["printer"])

    def slip_printer(self):
        from drivers.printer import open_slip_printer

        return self.get("slip_printer") or open_slip_printer(self.urls["slip_printer"], strict=False)

    def scanner(self):
        from drivers.scanner import open_scanner

        return self.get("scanner") or open_scanner(self.urls["scanner"], strict=False)

    def close(self) -> None:
        """Release ports, sockets and simulator threads (at exit, or before re-opening)."""
        for kind, device in self.devices.items():
            for name in ("stop", "close"):
                method = getattr(device, name, None)
                if callable(method):
                    try:
                        method()
                    except Exception:  # closing one device must not keep the others open
                        log.exception("closing %s failed", kind)

    def initial_status(self, kind: str) -> DeviceStatus:
        if kind in self.errors:
            return DeviceStatus(DeviceState.ABSENT, "无法打开", self.errors[kind])
        if self.devices.get(kind) is None:
            return DeviceStatus(DeviceState.READY, "键盘输入")
        return DeviceStatus(DeviceState.READY, "就绪")


def open_devices(settings, qt: QtFactories | None = None, kinds=DEVICE_KINDS) -> DeviceSet:
    found = DeviceSet(urls={kind: getattr(settings, URL_FIELDS[kind]) for kind in kinds})
    for kind, url in found.urls.items():
        try:
            found.devices[kind] = open_device(kind, url, qt)
        except (ValueError, DeviceError) as exc:
            log.warning("device %s (%s) not opened: %s", kind, scheme_of(url), type(exc).__name__)
            found.errors[kind] = str(exc)
    return found
