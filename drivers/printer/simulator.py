"""`sim://`: a printer that keeps every job in memory; `sim://?fail=offline` fails like a real one."""

from __future__ import annotations

from drivers.device import DeviceState, DeviceStatus
from drivers.printer.base import PrinterError, PrintJob

_FAILURES = {
    "offline": "打印机脱机，请检查电源和连接线",
    "paper": "打印机缺纸，请装纸后重新打印",
    "jam": "打印机卡纸，请清除后重新打印",
}


class SimulatedPrinter:
    def __init__(self, url: str = "sim://", fail: str = "") -> None:
        if fail and fail not in _FAILURES:
            raise ValueError(f"模拟打印机不支持故障“{fail}”（可选：{'、'.join(_FAILURES)}）")
        self.url = url
        self.fail = fail
        self.jobs: list[PrintJob] = []

    def status(self) -> DeviceStatus:
        if not self.fail:
            return DeviceStatus(DeviceState.READY, "就绪")
        state = DeviceState.OFFLINE if self.fail == "offline" else DeviceState.FAULT
        return DeviceStatus(state, _FAILURES[self.fail].split("，")[0], _FAILURES[self.fail])

    def print_pdf(self, job: PrintJob) -> str:
        if self.fail:
            raise PrinterError(_FAILURES[self.fail])
        self.jobs.append(job)
        return f"sim://job/{len(self.jobs)}"
