"""An ESC/POS slip printer: ask its status, then send the job, over any transport.

`print_raw` refuses before sending when the printer says it cannot print (offline, cover
open, out of paper), so the caller keeps the job for later instead of losing it in a printer
that would discard it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from drivers.device import DeviceState, DeviceStatus
from drivers.printer.escpos.encoder import encode
from drivers.printer.escpos.slip import Slip
from drivers.printer.escpos.status import (
    OFFLINE_CAUSE,
    PAPER_SENSOR,
    PRINTER,
    EscPosError,
    PrinterState,
    query,
)
from drivers.printer.escpos.transports import Transport


class SlipPrinter(Protocol):
    """What the slip service needs of a thermal printer (the ESC/POS printer, its simulator)."""

    url: str

    def print_raw(self, data: bytes, name: str = "") -> str:
        """Send encoded bytes; returns where they went. Raises PrinterError (Chinese)."""
        ...

    def status(self) -> DeviceStatus: ...


class EscPosPrinter:
    def __init__(self, url: str, connect: Callable[[], Transport], check_status: bool = True) -> None:
        self.url = url
        self._connect = connect
        # some cheap serial printers never answer DLE EOT; `?status=0` prints blind to those
        self.check_status = check_status
        # one conversation at a time: a status poll from the device thread must not slip its
        # DLE EOT into a job on the same serial port, nor read the job's status answer
        self._lock = threading.Lock()

    def print_slip(self, slip: Slip) -> str:
        return self.print_raw(encode(slip), slip.name)

    def print_raw(self, data: bytes, name: str = "") -> str:
        with self._lock:
            self._send(data)
        return self.url

    def _send(self, data: bytes) -> None:
        transport = self._connect()
        try:
            if self.check_status:
                problem = self._state(transport).problem()
                if problem is not None:
                    raise problem
            transport.write(data)
        finally:
            transport.close()

    def status(self) -> DeviceStatus:
        with self._lock:
            return self._device_status()

    def _device_status(self) -> DeviceStatus:
        try:
            transport = self._connect()
        except EscPosError as exc:
            if exc.code == "backend_missing":
                return DeviceStatus(DeviceState.ABSENT, "缺少驱动", str(exc))
            return DeviceStatus(DeviceState.OFFLINE, "未连接", str(exc))
        try:
            if not self.check_status:
                return DeviceStatus(DeviceState.READY, "已连接", "该打印机设置为不查询状态（status=0）。")
            return self._state(transport).device_status()
        except EscPosError as exc:
            gone = exc.code in ("not_connected", "timeout", "no_reply")
            state = DeviceState.OFFLINE if gone else DeviceState.FAULT
            return DeviceStatus(state, "无应答" if exc.code == "no_reply" else "故障", str(exc))
        finally:
            transport.close()

    def _state(self, transport: Transport) -> PrinterState:
        transport.discard_input()
        printer = self._ask(transport, PRINTER)
        # the cause is asked only when the printer says it is offline: that is when it is defined
        cause = self._ask(transport, OFFLINE_CAUSE) if printer & 0x08 else None
        paper = self._ask(transport, PAPER_SENSOR)
        return PrinterState.from_replies(printer, cause, paper)

    @staticmethod
    def _ask(transport: Transport, n: int) -> int:
        transport.write(query(n))
        reply = transport.read(1)
        if not reply:
            raise EscPosError(
                "凭条打印机没有应答状态查询，可能已关机、连接线松动，或设备地址不对。"
                "若该打印机不支持状态查询，请在设备地址后加上 ?status=0。",
                "no_reply",
            )
        return reply[0]


class UnavailableSlipPrinter:
    """Stands in for a slip printer whose URL could not be opened: every job fails with the reason.

    The workbench keeps running with a mistyped URL; slips go to the spool and wait, and the
    status bar says what is wrong with the setting.
    """

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason

    def print_slip(self, slip: Slip) -> str:
        return self.print_raw(b"", slip.name)

    def print_raw(self, data: bytes, name: str = "") -> str:
        raise EscPosError(f"凭条打印机设置有误：{self.reason}", "bad_url")

    def status(self) -> DeviceStatus:
        return DeviceStatus(DeviceState.ABSENT, "设置有误", self.reason)
