"""ID card readers (GA 467 security-module protocol), chosen by URL.

URL grammar:

- ``sam:///dev/ttyUSB0?baud=115200`` — a reader on a serial port (``sam:///COM3`` on Windows).
- ``sam+socket://127.0.0.1:7000`` — a reader behind a serial-to-TCP converter (raw TCP).
- ``sim://`` — a simulated reader started in-process; the real serial reader talks to it over a
  pty (a loopback socket where there are no ptys), so the demo exercises the real codec.
  ``sim://?card=resident|long_address|permit|foreign2017|foreign2023|none&fault=…&baud=115200``
  (no card by default, like a real reader on the first morning)
  (faults: see ``drivers.idcard.simulator``). The reader's ``simulator`` attribute places and
  removes cards.

Query parameters for every scheme: ``baud`` (115200), ``poll`` (seconds between polls, at most
0.2), ``timeout`` (seconds to wait for an answer beyond its wire time, 0.5), ``removal`` (failed
polls before a card counts as taken away, 2), ``wlt`` (path of the vendor's photo decoding
library; else the environment variable ONEWINDOW_WLT_LIB), ``wltflag`` (that library's licence
argument, 602).

Nothing here opens a port or loads a library at import time: ``open_card_reader`` only builds the
reader; ``start()`` / ``read_one()`` connect.
"""

from __future__ import annotations

import os

from drivers.device import BackendSupport, parse_device_url
from drivers.idcard.errors import (
    CardParseError,
    FrameError,
    IdCardError,
    ReaderTimeout,
    ReaderUnavailable,
    SamStatusError,
)
from drivers.idcard.reader import (
    CardEvent,
    CardPlaced,
    CardReader,
    CardReadFailed,
    CardRemoved,
    Listener,
    ReaderStatusChanged,
)
from drivers.idcard.record import CardType, IdCardRecord
from drivers.idcard.wlt import WltDecoder

__all__ = [
    "CardEvent",
    "CardParseError",
    "CardPlaced",
    "CardReadFailed",
    "CardReader",
    "CardRemoved",
    "CardType",
    "FrameError",
    "IdCardError",
    "IdCardRecord",
    "Listener",
    "ReaderStatusChanged",
    "ReaderTimeout",
    "ReaderUnavailable",
    "SamStatusError",
    "WltDecoder",
    "backends",
    "open_card_reader",
]

SCHEMES = ("sam", "sam+socket", "sim")


def open_card_reader(url: str) -> CardReader:
    """Build the reader a URL names. Raises ValueError (Chinese) for a URL it cannot use."""
    from drivers.idcard import wlt

    parts = parse_device_url(url)
    if parts.scheme not in SCHEMES:
        raise ValueError(
            f"不支持的身份证读卡器地址“{url}”（可用：sam:///dev/ttyUSB0、sam+socket://主机:端口、sim://）"
        )
    baud = parts.get_int("baud", 115_200)
    if baud <= 0:
        raise ValueError(f"设备地址“{url}”中的波特率必须大于 0")
    options = {
        "poll_interval": parts.get_float("poll", 0.2),
        "response_timeout": parts.get_float("timeout", 0.5),
        "removal_polls": parts.get_int("removal", 2),
        "decoder": wlt.load_decoder(parts.get("wlt"), parts.get_int("wltflag", wlt.DEFAULT_FLAG)),
    }
    if options["poll_interval"] <= 0 or options["response_timeout"] <= 0:
        raise ValueError(f"设备地址“{url}”中的 poll 和 timeout 必须大于 0")
    if parts.scheme == "sim":
        from drivers.idcard.samples import SAMPLE_CARDS
        from drivers.idcard.simulator import FAULTS, SamSimulator

        card = parts.get("card", "none") or "none"  # a reader starts empty, like a real one
        if card != "none" and card not in SAMPLE_CARDS:
            raise ValueError(f"模拟读卡器没有样例证件“{card}”（可选：{'、'.join(SAMPLE_CARDS)}、none）")
        fault = parts.get("fault")
        if fault and fault not in FAULTS:
            raise ValueError(f"模拟读卡器不支持故障“{fault}”（可选：{'、'.join(FAULTS)}）")
        transport = "pty" if hasattr(os, "openpty") else "tcp"
        simulator = SamSimulator(card=card, fault=fault, baud=baud, transport=transport)
        return CardReader(url, "", baud, simulator=simulator, **options)  # port known once started
    if parts.scheme == "sam+socket":
        if not parts.host or parts.port is None:
            raise ValueError(f"设备地址“{url}”须写明主机和端口，例如 sam+socket://192.168.1.20:7000")
        return CardReader(url, f"socket://{parts.host}:{parts.port}", baud, **options)
    port = _serial_port(parts.host, parts.path)
    if not port:
        raise ValueError(f"设备地址“{url}”须写明串口，例如 sam:///dev/ttyUSB0 或 sam:///COM3")
    return CardReader(url, port, baud, **options)


def _serial_port(host: str, path: str) -> str:
    """``sam:///dev/ttyUSB0`` → /dev/ttyUSB0; ``sam:///COM3`` and ``sam://COM3`` → COM3."""
    if host:  # sam://COM3: urlsplit puts the port name where a host would be (and lowercases it)
        return host.upper() if host.lower().startswith("com") else host
    name = path.lstrip("/")
    if name.upper().startswith("COM") and "/" not in name:
        return name.upper()
    return path


def backends() -> list[BackendSupport]:
    """Which reader backends can run here, and why not (for the device settings dialog)."""
    from drivers.idcard import wlt

    try:
        import serial  # noqa: F401  (only asking whether it is there)

        serial_ok, why = True, ""
    except ImportError:
        serial_ok, why = False, "缺少 pyserial，请安装：pip install pyserial"
    return [
        BackendSupport("sam", "串口身份证读卡器", serial_ok, why),
        BackendSupport("sam+socket", "网络身份证读卡器（TCP 转串口）", serial_ok, why),
        BackendSupport("sim", "模拟身份证读卡器", serial_ok, why),
        wlt.support(),
    ]
