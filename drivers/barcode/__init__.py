"""Barcode scanners, chosen by URL (DESIGN.md "Devices are chosen by URL").

    wedge://                                a scanner that types like a keyboard: no driver,
                                            the workbench listens (ui/devices/wedge.py)
    serial:///dev/ttyACM0?baud=9600         a serial or USB-CDC scanner (serial://COM5 on Windows)
      &prefix=]C0&suffix=#                  strip what the scanner was programmed to add
    serial+socket://host:port               the same behind a serial-to-Ethernet converter
    sim://?codes=A,B&interval=1             a simulated scanner on a pty (drivers.barcode.simulator)

Each code is a line ended by CR, LF or CR LF; the reader runs on its own thread and hands
BarcodeEvent(code=…) or BarcodeEvent(status=…) to the listener given to `start`.
"""

from __future__ import annotations

import queue

from drivers.barcode.base import BarcodeEvent, BarcodeScanner, Listener
from drivers.device import BackendSupport, DeviceError, parse_device_url, pyserial_backends

__all__ = ["BarcodeEvent", "BarcodeScanner", "Listener", "backends", "open_barcode_scanner", "read_once"]


def open_barcode_scanner(url: str) -> BarcodeScanner:
    """The scanner for a URL; nothing is opened until start(). Raises ValueError or DeviceError."""
    parsed = parse_device_url(url)
    if parsed.scheme == "sim":
        from drivers.barcode.simulator import SimulatedBarcodeScanner

        return SimulatedBarcodeScanner(url, parsed.query)
    if parsed.scheme in ("serial", "serial+socket"):
        from drivers.barcode.serial_scanner import SerialBarcodeScanner

        baud = parsed.get_int("baud", 9600)
        prefix, suffix = parsed.get("prefix"), parsed.get("suffix")
        if parsed.scheme == "serial+socket":
            if not parsed.host or parsed.port is None:
                raise ValueError(f"扫码枪地址“{url}”应形如 serial+socket://192.168.1.60:4001")
            return SerialBarcodeScanner(url, f"socket://{parsed.host}:{parsed.port}", baud, prefix, suffix)
        port = url.strip().split("://", 1)[1].split("?", 1)[0]
        if not port:
            raise ValueError(f"扫码枪地址“{url}”缺少串口名，应形如 serial:///dev/ttyACM0?baud=9600")
        return SerialBarcodeScanner(url, port, baud, prefix, suffix)
    if parsed.scheme == "wedge":
        raise DeviceError("键盘口扫码枪无需驱动：它像键盘一样输入，由工作台直接接收。", "no_driver")
    raise ValueError(f"不支持的扫码枪地址“{url}”（可用：wedge://、serial://、serial+socket://、sim://）")


def backends() -> list[BackendSupport]:
    return pyserial_backends(
        {"serial": "串口/USB虚拟串口扫码枪", "serial+socket": "网络串口服务器上的扫码枪", "sim": "模拟扫码枪"}
    )


def read_once(url: str, timeout: float = 30.0) -> str:
    """For the installer: wait for one scan and return it. Raises DeviceError."""
    scanner = open_barcode_scanner(url)
    got: queue.Queue = queue.Queue()
    scanner.start(got.put)
    try:
        try:
            while True:
                event = got.get(timeout=timeout)
                if event.code:
                    return event.code
        except queue.Empty:
            pass
        status = scanner.status()
        why = "" if status.ok else f"（{status.detail or status.text}）"
        raise DeviceError(f"{timeout:g} 秒内没有收到扫码{why}。请对准条码扫描后重试。", "no_scan")
    finally:
        scanner.stop()
