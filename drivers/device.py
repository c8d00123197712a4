"""What every device driver shares: its status, its errors, its URL and whether it can run here.

A device is chosen by one URL setting (DESIGN.md "Devices are chosen by URL"). Each driver
package parses its own grammar; this module only splits a URL the same way for all of them.
Messages are Chinese, for the clerk; ``code`` is a stable name for logs, tests and tooling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable
from urllib.parse import parse_qs, unquote, urlsplit


class DeviceState(StrEnum):
    READY = "ready"  # connected and idle, or working
    ABSENT = "absent"  # not found (no port, no device, vendor library missing)
    OFFLINE = "offline"  # was there, is gone (unplugged, powered off, network down)
    FAULT = "fault"  # answers, but cannot work (SAM fault, out of paper, jammed)


@dataclass(frozen=True)
class DeviceStatus:
    state: DeviceState
    text: str  # one short Chinese phrase for the status bar: 就绪, 未连接, 缺纸 …
    detail: str = ""  # what an installer needs to fix it

    @property
    def ok(self) -> bool:
        return self.state is DeviceState.READY


@runtime_checkable
class Device(Protocol):
    """What every driver's device object has, whatever it does (read cards, scan, print, rate,
    speak): the URL it was opened from and one way to ask how it is. The status bar and the
    device settings ask every device the same question and get the same answer."""

    url: str

    def status(self) -> DeviceStatus:
        """How the device is now; may talk to the device (a status query), so callers ask it
        off the GUI thread. Never raises for a device that is absent or broken: says so."""
        ...


class DeviceError(Exception):
    """A device failed. str() is a complete Chinese sentence for the clerk; ``code`` names it."""

    def __init__(self, message: str, code: str = "device_error") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class BackendSupport:
    """Whether a backend can run on this machine, and if not, why (shown in device settings)."""

    scheme: str
    title: str  # Chinese name for the settings dialog
    usable: bool
    reason: str = ""  # why not, and what to install


@dataclass(frozen=True)
class DeviceUrl:
    scheme: str  # "sim", "sam", "sam+socket", "escpos+tcp", …
    host: str
    port: int | None
    path: str  # unquoted; for serial ports the device path, for folders the folder
    query: dict[str, str] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        return self.query.get(key, default)

    def get_int(self, key: str, default: int) -> int:
        raw = self.query.get(key)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"设备地址参数 {key}={raw} 不是整数") from None

    def get_float(self, key: str, default: float) -> float:
        raw = self.query.get(key)
        if raw is None or raw == "":
            return default
        try:
            return float(raw)
        except ValueError:
            raise ValueError(f"设备地址参数 {key}={raw} 不是数字") from None


def parse_device_url(url: str) -> DeviceUrl:
    """Split a device URL. Raises ValueError (Chinese) for something that is not a URL at all."""
    text = (url or "").strip()
    if "://" not in text:
        raise ValueError(f"设备地址“{url}”格式不对，应形如“类型://地址”，例如 sim:// 或 folder:///srv/scans")
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"设备地址“{url}”中的端口号无效") from None
    query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return DeviceUrl(
        scheme=parts.scheme.lower(),
        host=parts.hostname or "",
        port=port,
        path=unquote(parts.path),
        query=query,
    )


def pyserial_backends(titles: dict[str, str]) -> list[BackendSupport]:
    """Backends that need only pyserial (a serial port, a serial server, a simulator on a pty)."""
    try:
        import serial  # noqa: F401  (only to learn whether pyserial is installed)

        usable, reason = True, ""
    except ImportError:
        usable, reason = False, "未安装 pyserial：pip install pyserial"
    return [BackendSupport(scheme, title, usable, reason) for scheme, title in titles.items()]
