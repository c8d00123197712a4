"""A simulated serial barcode scanner: a peer on a pty that "scans" codes as a real one types them.

    sim://?codes=330429-20261123-W03-0001,330429-20261123-W03-0002&interval=1.5&end=crlf
    &prefix=]C0      the scanner wraps each code (strip it with the same prefix= on our side)
    &baud=9600       bytes are paced at this rate, as on the wire

Scripted codes are sent `interval` seconds apart once the reader has the port open; `scan(code)`
sends one more at any time (the demo's "scan" button, the tests). The real SerialBarcodeScanner
reads them from the pty's slave device with pyserial.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time

from drivers.barcode.serial_scanner import SerialBarcodeScanner
from drivers.device import DeviceError

ENDINGS = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n"}


class ScannerPeer:
    def __init__(self, codes: list[str], interval: float, ending: bytes, prefix: str, baud: int) -> None:
        import tty  # POSIX only, imported when a simulated scanner is started

        self.codes = codes
        self.interval = interval
        self.ending = ending
        self.prefix = prefix
        self.baud = baud
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.slave_path = os.ttyname(self._slave)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._script: threading.Thread | None = None

    def start_script(self) -> None:
        if self._script is None and self.codes:
            self._script = threading.Thread(target=self._play, name="sim-barcode", daemon=True)
            self._script.start()

    def _play(self) -> None:
        for code in self.codes:
            if self._stop.wait(self.interval):
                return
            self.scan(code)

    def scan(self, code: str) -> None:
        data = (self.prefix + code).encode("utf-8") + self.ending
        with self._lock:
            for byte in data:  # one byte at a time, paced like a UART at this baud rate
                time.sleep(10 / self.baud)
                if self._stop.is_set():
                    return  # the scanner was closed mid-code, as when a real one is unplugged
                try:
                    os.write(self.master, bytes((byte,)))
                except OSError:
                    return

    def close(self) -> None:
        self._stop.set()
        for fd in (self.master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)


class SimulatedBarcodeScanner(SerialBarcodeScanner):
    def __init__(self, url: str, query: dict[str, str]) -> None:
        try:
            interval = float(query.get("interval", "1"))
            baud = int(query.get("baud", "9600"))
        except ValueError:
            raise ValueError(f"模拟扫码枪地址“{url}”的 interval 或 baud 不是数字") from None
        end = query.get("end", "crlf").lower()
        if end not in ENDINGS:
            raise ValueError(f"模拟扫码枪参数 end={end} 无效（可用：cr、lf、crlf）")
        super().__init__(url, "", baud, query.get("prefix", ""), query.get("suffix", ""))
        codes = [c for c in query.get("codes", "").split(",") if c]
        self._args = (codes, interval, ENDINGS[end], query.get("prefix", ""), baud)
        self.peer: ScannerPeer | None = None

    def _open_port(self):
        if self.peer is None:
            if not hasattr(os, "openpty"):
                raise DeviceError("模拟扫码枪需要伪终端（Linux/macOS）。", "absent")
            self.peer = ScannerPeer(*self._args)
            self.port_url = self.peer.slave_path
        port = super()._open_port()
        self.peer.start_script()
        return port

    def scan(self, code: str) -> None:
        if self.peer is None:
            raise DeviceError("模拟扫码枪尚未启动。", "not_started")
        self.peer.scan(code)

    def stop(self) -> None:
        super().stop()
        if self.peer is not None:
            self.peer.close()
            self.peer = None
