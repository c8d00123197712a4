"""Open the announcer from its URL setting (grammar in the package docstring)."""

from __future__ import annotations

from pathlib import Path

from drivers.device import DeviceError, parse_device_url
from drivers.voice.announcer import Announcer, PlayFn
from drivers.voice.clips import bundled_folder, load_clips
from drivers.voice.simulator import SimulatedPlayer


def _folder(url: str, host: str, path: str) -> Path:
    if host:
        raise DeviceError(
            f"语音地址“{url}”不对：片段目录须为绝对路径，例如 segments:///srv/onewindow/sounds；"
            "用随程序提供的片段请写 segments://",
            "bad_url",
        )
    return Path(path) if path not in ("", "/") else bundled_folder()


def open_announcer(url: str, play: PlayFn | None = None, *, repeat: int = 1, volume: int = 80) -> Announcer:
    """An Announcer for `url`; every clip is loaded and checked now (DeviceError lists what is missing)."""
    parsed = parse_device_url(url)
    if parsed.scheme not in ("segments", "sim"):
        raise DeviceError(
            f"不支持的语音地址“{url}”（可用：segments://、segments:///目录、sim://）", "bad_url"
        )
    clips = load_clips(_folder(url, parsed.host, parsed.path))
    if parsed.scheme == "sim":
        try:
            player: PlayFn = SimulatedPlayer(parsed.get_float("speed", 1.0))
        except ValueError as exc:
            raise DeviceError(str(exc), "bad_url") from None
    elif play is None:
        raise DeviceError("segments:// 语音需要放音设备：请在大厅显示屏程序中使用，或改用 sim://", "absent")
    else:
        player = play
    return Announcer(url, clips, player, repeat=repeat, volume=volume)
