"""A barcode scanner on a serial port (USB-CDC scanners appear as /dev/ttyACM0 or COMn).

The reader thread opens the port, hands each code to the listener and, when the scanner is
unplugged, says so and tries again every RETRY seconds: plugging it back in is all it takes.
"""

from __future__ import annotations

import logging
import threading

from drivers.barcode.base import BarcodeEvent, Listener
from drivers.barcode.lines import LineAssembler
from drivers.device import DeviceError, DeviceState, DeviceStatus

log = logging.getLogger(__name__)

RETRY = 2.0  # seconds between attempts to reopen a missing scanner


class SerialBarcodeScanner:
    def __init__(self, url: str, port_url: str, baud: int = 9600, prefix: str = "", suffix: str = "") -> None:
        self.url = url
        self.port_url = port_url
        self.baud = baud
        self.prefix = prefix
        self.suffix = suffix
        self._status = DeviceStatus(DeviceState.OFFLINE, "未启动")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._port = None
        self._listener: Listener | None = None

    def start(self, listener: Listener) -> None:
        if self._thread is not None and self._thread.is_alive():
            raise DeviceError("扫码枪已在读取中。", "busy")
        self._listener = listener
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="barcode-reader", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        port = self._port
        if port is not None:
            try:
                port.close()
            except Exception:  # already gone: stopping must not fail
                log.debug("closing the barcode port failed", exc_info=True)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)
        self._thread = None

    def status(self) -> DeviceStatus:
        return self._status

    def _open_port(self):
        import serial  # pyserial: imported when the scanner starts, not when the app starts

        return serial.serial_for_url(self.port_url, baudrate=self.baud, timeout=0.1)

    def _set_status(self, status: DeviceStatus) -> None:
        if status != self._status:
            self._status = status
            self._emit(BarcodeEvent(status=status))

    def _emit(self, event: BarcodeEvent) -> None:
        try:
            if self._listener is not None:
                self._listener(event)
        except Exception:  # the listener's bug must not stop the scanner
            log.exception("barcode listener failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._port = self._open_port()
            except Exception as exc:  # no such port, busy, no permission, pyserial missing
                self._set_status(
                    DeviceStatus(
                        DeviceState.ABSENT,
                        "未连接",
                        f"无法打开扫码枪端口“{self.port_url}”（{type(exc).__name__}），"
                        "请确认扫码枪已插好、端口名正确；插好后会自动连接。",
                    )
                )
                self._stop.wait(RETRY)
                continue
            self._set_status(DeviceStatus(DeviceState.READY, "就绪", self.port_url))
            self._read(self._port)
            if not self._stop.is_set():
                self._set_status(
                    DeviceStatus(
                        DeviceState.OFFLINE, "已断开", "扫码枪连接断开，请检查连接线；恢复后会自动重连。"
                    )
                )
                self._stop.wait(RETRY)

    def _read(self, port) -> None:
        lines = LineAssembler(self.prefix, self.suffix)
        try:
            while not self._stop.is_set():
                data = port.read(max(1, getattr(port, "in_waiting", 0) or 1))
                for code in lines.feed(data):
                    self._emit(BarcodeEvent(code=code))
        except Exception as exc:  # unplugged mid-read: reported by the caller
            if not self._stop.is_set():
                log.warning("barcode scanner read failed: %s", type(exc).__name__)
        finally:
            try:
                port.close()
            except Exception:
                log.debug("closing the barcode port failed", exc_info=True)
