"""The 好差评 evaluator pad, chosen by URL (DESIGN.md "Devices are chosen by URL").

    serial:///dev/ttyS1?baud=9600      a pad on a serial port (serial://COM3 on Windows)
    serial+socket://host:port          the same pad behind a serial-to-Ethernet converter
    screen://2                         a touch window on the second monitor (ui/devices, needs Qt)
    sim://?level=5&delay=2             the simulated pad (see drivers.evaluator.simulator)

The wire protocol is ours and documented in docs/evaluator-protocol.md; every backend answers
`ask(request, timeout) -> Rating | None`, None meaning no rating came and nothing is recorded.
"""

from __future__ import annotations

from drivers.device import BackendSupport, DeviceError, parse_device_url, pyserial_backends
from drivers.evaluator.base import Evaluator, PadInfo, Rating, RatingCallback, RatingRequest
from drivers.evaluator.codes import LEVELS, REASON_CODES

__all__ = [
    "LEVELS",
    "REASON_CODES",
    "Evaluator",
    "PadInfo",
    "Rating",
    "RatingCallback",
    "RatingRequest",
    "ask_once",
    "backends",
    "open_evaluator",
]


def open_evaluator(url: str) -> Evaluator:
    """The evaluator for a URL; nothing is opened until it is first asked. Raises ValueError."""
    parsed = parse_device_url(url)
    if parsed.scheme == "sim":
        from drivers.evaluator.simulator import SimulatedEvaluator

        return SimulatedEvaluator(url, parsed.query)
    if parsed.scheme in ("serial", "serial+socket"):
        from drivers.evaluator.client import SerialEvaluator

        baud = parsed.get_int("baud", 9600)
        rest = url.strip().split("://", 1)[1].split("?", 1)[0]
        if parsed.scheme == "serial+socket":
            if not parsed.host or parsed.port is None:
                raise ValueError(f"评价器地址“{url}”应形如 serial+socket://192.168.1.50:4001")
            return SerialEvaluator(url, f"socket://{parsed.host}:{parsed.port}", baud)
        if not rest:
            raise ValueError(f"评价器地址“{url}”缺少串口名，应形如 serial:///dev/ttyS1?baud=9600")
        return SerialEvaluator(url, rest, baud)
    if parsed.scheme == "screen":
        raise DeviceError("屏幕评价器需要图形界面，只能在工作台程序中使用。", "needs_gui")
    raise ValueError(f"不支持的评价器地址“{url}”（可用：serial://、serial+socket://、screen://、sim://）")


def backends() -> list[BackendSupport]:
    return pyserial_backends(
        {"serial": "串口评价器", "serial+socket": "网络串口服务器上的评价器", "sim": "模拟评价器"}
    )


def ask_once(url: str, case_number: str, timeout: float = 60.0) -> Rating:
    """For the installer: ask one question and wait. Raises DeviceError, also when nobody rated."""
    evaluator = open_evaluator(url)
    try:
        request = RatingRequest(case_number, "安装调试", "调试")
        rating = evaluator.ask(request, timeout)
    finally:
        evaluator.close()
    if rating is None:
        raise DeviceError(
            f"{timeout:g} 秒内评价器上没有人评价；评价器已连通，请在评价器上点选后重试。", "no_rating"
        )
    return rating
