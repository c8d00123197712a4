"""How bytes reach an ESC/POS printer: a TCP socket (port 9100), a serial port, or USB.

Every transport connects per job and is closed after it: a network printer serves one
connection at a time, and a port held open by an idle workbench blocks the ticket kiosk that
shares the printer. Every wait is bounded (`timeout`, seconds), so a printer that is off or
unplugged costs the clerk a few seconds and a clear message, never a hung window.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Protocol

from drivers.device import BackendSupport
from drivers.printer.escpos.status import EscPosError


class Transport(Protocol):
    def write(self, data: bytes) -> None: ...

    def read(self, size: int) -> bytes:
        """Up to size bytes; fewer (or none) when the printer stays silent until the timeout."""
        ...

    def discard_input(self) -> None: ...

    def close(self) -> None: ...


def _not_connected(where: str, why: str) -> EscPosError:
    return EscPosError(
        f"凭条打印机未连接：{where}{why}。请检查打印机电源、连接线和设备地址后重试。", "not_connected"
    )


def _timed_out(where: str) -> EscPosError:
    return EscPosError(f"凭条打印机没有响应（{where}），可能已关机或连接中断。请检查后重新打印。", "timeout")


class TcpTransport:
    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.where = f"{host}:{port}"
        self.timeout = timeout
        try:
            self.sock = socket.create_connection((host, port), timeout=timeout)
        except TimeoutError:
            raise _not_connected(self.where, " 连接超时") from None
        except ConnectionRefusedError:
            raise _not_connected(self.where, " 拒绝连接") from None
        except OSError as exc:
            raise _not_connected(self.where, f" 无法连接（{exc.strerror or exc}）") from None

    def write(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise _timed_out(self.where) from None
        except OSError as exc:
            raise _not_connected(self.where, f" 连接中断（{exc.strerror or exc}）") from None

    def read(self, size: int) -> bytes:
        data = bytearray()
        try:
            while len(data) < size:
                chunk = self.sock.recv(size - len(data))
                if not chunk:
                    break
                data += chunk
        except TimeoutError:
            pass
        except OSError as exc:
            raise _not_connected(self.where, f" 连接中断（{exc.strerror or exc}）") from None
        return bytes(data)

    def discard_input(self) -> None:
        self.sock.setblocking(False)
        try:
            while self.sock.recv(256):
                pass
        except OSError:  # BlockingIOError: nothing (more) waiting
            pass
        finally:
            self.sock.settimeout(self.timeout)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


class SerialTransport:
    def __init__(self, port: str, baud: int, timeout: float, rtscts: bool = False) -> None:
        import serial  # pyserial: a dependency, imported only when a serial printer is used

        self.where = port
        self.baud = baud
        self.timeout = timeout
        self._timeout_error = serial.SerialTimeoutException
        self._error = serial.SerialException
        try:
            self.port = serial.serial_for_url(
                port, baudrate=baud, timeout=timeout, write_timeout=timeout, rtscts=rtscts
            )
        except (serial.SerialException, ValueError, OSError) as exc:
            raise _not_connected(port, f" {_open_failure(exc)}") from None

    def write(self, data: bytes) -> None:
        # a slip takes its time at 9600 baud (about 1 KB a second): allow for it, twice over
        self.port.write_timeout = self.timeout + 2 * len(data) * 10 / self.baud
        try:
            self.port.write(data)
            self.port.flush()
        except self._timeout_error:
            raise _timed_out(self.where) from None
        except (self._error, OSError) as exc:
            raise _not_connected(self.where, f" 通信中断（{exc}）") from None

    def read(self, size: int) -> bytes:
        try:
            return bytes(self.port.read(size))
        except (self._error, OSError) as exc:
            raise _not_connected(self.where, f" 通信中断（{exc}）") from None

    def discard_input(self) -> None:
        with contextlib.suppress(self._error, OSError):
            self.port.reset_input_buffer()

    def close(self) -> None:
        with contextlib.suppress(self._error, OSError):
            self.port.close()


def _open_failure(exc: Exception) -> str:
    errno = getattr(exc, "errno", None)
    if errno == 2:
        return "串口不存在"
    if errno == 13:
        return "无权打开串口（Linux 上请把当前用户加入 dialout 组）"
    if errno == 16:
        return "串口正被其他程序占用"
    return f"无法打开（{exc}）"


class UsbTransport:
    """Through python-escpos' Usb class (pyusb + libusb), imported only when a USB printer is used."""

    def __init__(self, vendor: int, product: int, timeout: float, in_ep: int, out_ep: int) -> None:
        self.where = f"USB {vendor:04x}:{product:04x}"
        usable = usb_support()
        if not usable.usable:
            raise EscPosError(f"无法使用USB凭条打印机：{usable.reason}", "backend_missing")
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Usb

        self._usb = Usb(vendor, product, timeout=int(timeout * 1000), in_ep=in_ep, out_ep=out_ep)
        try:
            self._usb.open()
        except (DeviceNotFoundError, OSError) as exc:
            raise _not_connected(self.where, f" 找不到设备（{str(exc).splitlines()[0]}）") from None

    def write(self, data: bytes) -> None:
        import usb.core

        try:
            self._usb._raw(data)
        except usb.core.USBTimeoutError:
            raise _timed_out(self.where) from None
        except usb.core.USBError as exc:
            raise _not_connected(self.where, f" 通信中断（{exc}）") from None

    def read(self, size: int) -> bytes:
        import usb.core

        try:
            return bytes(self._usb._read())[:size]
        except usb.core.USBTimeoutError:
            return b""
        except usb.core.USBError as exc:
            raise _not_connected(self.where, f" 通信中断（{exc}）") from None

    def discard_input(self) -> None:
        pass  # USB has no stale input: an answer is read only when asked for

    def close(self) -> None:
        with contextlib.suppress(Exception):  # releasing a vanished device may fail any way
            self._usb.close()


# -- whether each transport can run here ------------------------------------------------------
def tcp_support() -> BackendSupport:
    return BackendSupport("escpos+tcp", "网络凭条打印机（ESC/POS，端口9100）", True)


def serial_support() -> BackendSupport:
    try:
        import serial  # noqa: F401
    except ImportError:
        return BackendSupport("escpos+serial", "串口凭条打印机（ESC/POS）", False, "需要安装 pyserial")
    return BackendSupport("escpos+serial", "串口凭条打印机（ESC/POS）", True)


def usb_support() -> BackendSupport:
    title = "USB凭条打印机（ESC/POS）"
    try:
        import usb.backend.libusb0
        import usb.backend.libusb1
    except ImportError:
        return BackendSupport("escpos+usb", title, False, "需要安装 pyusb 和 libusb")
    if usb.backend.libusb1.get_backend() is None and usb.backend.libusb0.get_backend() is None:
        return BackendSupport("escpos+usb", title, False, "需要安装 pyusb 和 libusb（未找到 libusb 库）")
    return BackendSupport("escpos+usb", title, True)
