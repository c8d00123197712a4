"""Real-time status (DLE EOT n): what an ESC/POS printer answers, and what it means for the clerk.

Each answer is one byte; bits 1 and 4 are always 1 and bits 0 and 7 always 0, which is how a
reply is told from noise. Bits (Epson ESC/POS reference, DLE EOT):
  n=1 printer:       bit 3 offline
  n=2 offline cause: bit 2 cover open · bit 3 paper fed by the button · bit 5 stopped, paper end
                     · bit 6 an error occurred
  n=4 paper sensor:  bits 2+3 paper near end · bits 5+6 paper end
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.device import DeviceError, DeviceState, DeviceStatus
from drivers.printer.base import PrinterError

DLE_EOT = b"\x10\x04"
PRINTER, OFFLINE_CAUSE, PAPER_SENSOR = 1, 2, 4
IDLE = 0x12  # the answer with no bit set beyond the fixed ones


class EscPosError(PrinterError, DeviceError):
    """A slip printer failed; caught as PrinterError by the services, carries a DeviceError code."""


def query(n: int) -> bytes:
    return DLE_EOT + bytes([n])


def is_status_byte(value: int) -> bool:
    return value & 0x93 == 0x12


@dataclass(frozen=True)
class PrinterState:
    """What the three answers say together."""

    offline: bool = False
    cover_open: bool = False
    paper_end: bool = False
    paper_near_end: bool = False
    error: bool = False

    @classmethod
    def from_replies(cls, printer: int, cause: int | None, paper: int) -> PrinterState:
        for value in (printer, paper) + (() if cause is None else (cause,)):
            if not is_status_byte(value):
                raise EscPosError(
                    f"凭条打印机的状态应答无法识别（0x{value:02X}），请确认设备地址指向的是凭条打印机。",
                    "bad_reply",
                )
        cause = cause or IDLE
        return cls(
            offline=bool(printer & 0x08),
            cover_open=bool(cause & 0x04),
            paper_end=bool(cause & 0x20) or paper & 0x60 == 0x60,
            paper_near_end=paper & 0x0C == 0x0C,
            error=bool(cause & 0x40),
        )

    def problem(self) -> EscPosError | None:
        """The reason the printer cannot print now, as the error to raise; None when it can."""
        if self.cover_open:
            return EscPosError("凭条打印机的纸仓盖没有合上，请合上后重新打印。", "cover_open")
        if self.paper_end:
            return EscPosError("凭条打印机缺纸，请装入80毫米热敏纸后重新打印。", "paper_out")
        if self.error:
            return EscPosError(
                "凭条打印机报告故障（可能是切刀卡纸或过热），请排除后重新打印。", "printer_fault"
            )
        if self.offline:
            return EscPosError("凭条打印机处于脱机状态，请检查电源和指示灯后重新打印。", "offline")
        return None

    def device_status(self) -> DeviceStatus:
        problem = self.problem()
        if problem is not None:
            text = {"cover_open": "纸仓盖未合上", "paper_out": "缺纸", "printer_fault": "故障"}
            state = DeviceState.OFFLINE if problem.code == "offline" else DeviceState.FAULT
            return DeviceStatus(state, text.get(problem.code, "脱机"), str(problem))
        if self.paper_near_end:
            return DeviceStatus(DeviceState.READY, "纸将用尽", "凭条打印机的纸快用完了，请准备换纸。")
        return DeviceStatus(DeviceState.READY, "就绪")
