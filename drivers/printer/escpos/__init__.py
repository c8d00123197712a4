"""ESC/POS thermal slip printers (80 mm), chosen by URL.

    sim://                                  an in-process simulator (?fail=offline|paper|cover|near_end|mute)
    escpos+tcp://192.168.1.50:9100          a network printer (the port defaults to 9100)
    escpos+serial:///dev/ttyS0?baud=9600    a serial port (COM3 on Windows: escpos+serial:///COM3)
    escpos+usb://0416:5011                  USB vendor:product in hex (needs pyusb and libusb)

Common parameters: timeout=3 (seconds for every wait), status=0 (do not ask the printer's
status first: for printers that do not answer DLE EOT). Serial: baud=9600, rtscts=1.
USB: in_ep=0x82, out_ep=0x01.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from drivers.device import BackendSupport, parse_device_url
from drivers.printer.escpos.encoder import SlipEncodingError, barcode_fits, encode
from drivers.printer.escpos.printer import EscPosPrinter, SlipPrinter, UnavailableSlipPrinter
from drivers.printer.escpos.simulator import EscPosPeer, InProcessTransport
from drivers.printer.escpos.slip import COLUMNS, Align, Barcode, Cut, Feed, QrCode, Rule, Slip, Text
from drivers.printer.escpos.status import EscPosError
from drivers.printer.escpos.transports import (
    SerialTransport,
    TcpTransport,
    UsbTransport,
    serial_support,
    tcp_support,
    usb_support,
)

__all__ = [
    "COLUMNS",
    "SCHEMES",
    "Align",
    "Barcode",
    "Cut",
    "EscPosError",
    "EscPosPrinter",
    "Feed",
    "QrCode",
    "Rule",
    "Slip",
    "SlipEncodingError",
    "SlipPrinter",
    "Text",
    "UnavailableSlipPrinter",
    "barcode_fits",
    "encode",
    "open_slip_printer",
    "support",
]

SCHEMES = ("escpos+tcp", "escpos+serial", "escpos+usb")
DEFAULT_TIMEOUT = 3.0


def support() -> list[BackendSupport]:
    """Each ESC/POS transport and whether it can run on this machine."""
    return [tcp_support(), serial_support(), usb_support()]


def open_slip_printer(url: str, strict: bool = True) -> EscPosPrinter | UnavailableSlipPrinter:
    """The slip printer a URL names; nothing is opened until the first job or status query.

    Raises ValueError (Chinese) for a URL that names no slip printer; with strict=False returns
    an UnavailableSlipPrinter that says why at every job instead (the workbench still starts).
    """
    try:
        return _open(url)
    except ValueError as exc:
        if strict:
            raise
        return UnavailableSlipPrinter(url, str(exc))


def _open(url: str) -> EscPosPrinter:
    url = url.strip()
    usb = url.lower().startswith("escpos+usb:")
    if usb:
        vendor, product, in_ep, out_ep = _usb_ids(url)
    # the USB address "0416:5a1f" is no host:port, so only the query is parsed the common way
    u = parse_device_url("escpos+usb://?" + urlsplit(url).query if usb else url)
    check = u.get("status", "1") not in ("0", "no", "false", "off")
    timeout = u.get_float("timeout", DEFAULT_TIMEOUT)
    if not 0 < timeout <= 60:
        raise ValueError(f"凭条打印机地址中的 timeout={timeout} 不合理，应在 0 到 60 秒之间")
    if u.scheme == "sim":
        peer = EscPosPeer(u.get("fail"))
        printer = EscPosPrinter(url, lambda: InProcessTransport(peer), check)
        printer.peer = peer  # type: ignore[attr-defined]  # the tests and the demo read what was printed
        return printer
    if u.scheme == "escpos+tcp":
        if not u.host:
            raise ValueError("网络凭条打印机须写明地址，例如 escpos+tcp://192.168.1.50:9100")
        host, port = u.host, u.port or 9100
        return EscPosPrinter(url, lambda: TcpTransport(host, port, timeout), check)
    if u.scheme == "escpos+serial":
        path = u.path or u.host
        if re.fullmatch(r"/[A-Za-z]:?COM\d+|/COM\d+", path, re.IGNORECASE):
            path = path.lstrip("/")  # escpos+serial:///COM3 → COM3
        if not path:
            raise ValueError("串口凭条打印机须写明串口，例如 escpos+serial:///dev/ttyS0?baud=9600")
        baud = u.get_int("baud", 9600)
        rtscts = u.get("rtscts") in ("1", "yes", "true", "on")
        return EscPosPrinter(url, lambda: SerialTransport(path, baud, timeout, rtscts), check)
    if u.scheme == "escpos+usb":
        return EscPosPrinter(url, lambda: UsbTransport(vendor, product, timeout, in_ep, out_ep), check)
    raise ValueError(
        f"不支持的凭条打印机地址“{url}”（可用：sim://、escpos+tcp://主机:9100、"
        "escpos+serial:///dev/ttyS0?baud=9600、escpos+usb://厂商ID:产品ID）"
    )


def _usb_ids(url: str) -> tuple[int, int, int, int]:
    # not parse_device_url: "0416:5a1f" is vendor:product in hex, which urlsplit takes for a port
    parts = urlsplit(url)
    m = re.fullmatch(r"([0-9A-Fa-f]{1,4}):([0-9A-Fa-f]{1,4})", parts.netloc)
    if m is None:
        raise ValueError(
            f"USB凭条打印机地址应形如 escpos+usb://0416:5011（厂商ID:产品ID，十六进制），现为“{url}”"
        )
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    try:
        in_ep = int(query.get("in_ep", "0x82"), 0)
        out_ep = int(query.get("out_ep", "0x01"), 0)
    except ValueError:
        raise ValueError(f"USB凭条打印机地址中的端点号无效：“{url}”") from None
    return int(m[1], 16), int(m[2], 16), in_ep, out_ep
