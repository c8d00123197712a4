"""Open a scanner from its URL setting; list the backends and whether each can run here.

`camera://N` (a document camera, 高拍仪) goes through Qt Multimedia, which a driver may not
import: ui/devices/camera.py implements it, and the GUI program hands its factory to the
composition root ("scanner:camera"); opened here, such a URL only says why it cannot scan.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from drivers.device import BackendSupport, DeviceError, DeviceState, DeviceStatus, parse_device_url
from drivers.scanner import hot_folder, sane_backend, twain_backend
from drivers.scanner.base import ScannedImage, Scanner
from drivers.scanner.simulator import SimulatedScanner

CAMERA_NEEDS_QT = "高拍仪只能在工作台界面中使用（通过 Qt Multimedia），此处无法打开。"


def _sim_support() -> BackendSupport:
    return BackendSupport("sim", "模拟扫描仪", True, "演示和测试用，生成逼真的 A4 页面")


def _folder_support() -> BackendSupport:
    return BackendSupport("folder", "扫描文件夹（网络扫描仪）", True, "扫描仪把文件存入共享文件夹")


def backends() -> list[BackendSupport]:
    """Every scanner backend, in the order the settings dialog lists them."""
    return [
        _sim_support(),
        sane_backend.support(),
        twain_backend.support(),
        _folder_support(),
    ]  # camera:// is listed by ui/devices/camera.py's support(), which can ask Qt


def open_scanner(url: str, font_path: Path | str | None = None, strict: bool = True) -> Scanner:
    """The scanner a URL names. Nothing is opened yet: the device is first touched by status()/scan().

    With ``strict=False`` a URL that cannot be used gives a scanner whose status and scans say
    why, so a wrong setting never stops the workbench from starting. ``font_path`` is the CJK
    font the simulator writes with (a driver cannot reach the app's resources by itself).
    """
    try:
        return _open(url, font_path)
    except (DeviceError, ValueError) as exc:
        if strict:
            raise DeviceError(str(exc), getattr(exc, "code", "bad_url")) from exc
        return UnusableScanner(url, str(exc))


def _open(url: str, font_path: Path | str | None) -> Scanner:
    text = (url or "").strip()
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme == "sane":  # SANE names hold colons, which a generic URL parser takes for a port
        return sane_backend.SaneScanner(text)
    parsed = parse_device_url(text)
    if parsed.scheme == "sim":
        return SimulatedScanner(
            text,
            pages=parsed.get_int("pages", 2),
            # without a seed every start scans new sheets, as a real scanner would
            seed=parsed.get_int("seed", secrets.randbelow(1_000_000)),
            fail=parsed.get("fail"),
            font_path=parsed.get("font") or font_path,
            image_format=parsed.get("format", "jpeg"),
        )
    if parsed.scheme == "folder":
        folder = (parsed.host + parsed.path) if parsed.host else parsed.path
        if not folder:
            raise DeviceError("folder:// 须指定文件夹，例如 folder:///srv/scans/3号窗口。", "bad_url")
        more = parsed.get("more")
        return hot_folder.HotFolderScanner(
            text,
            Path(folder),
            wait=parsed.get_float("wait", 120.0),
            settle=parsed.get_float("settle", 1.5),
            more=float(more) if more else None,
        )
    if parsed.scheme == "twain":
        return twain_backend.TwainScanner(text)
    if parsed.scheme == "camera":
        raise DeviceError(CAMERA_NEEDS_QT, "absent")
    raise DeviceError(
        f"不支持的扫描仪地址“{url}”（可用：sim://、sane://、twain://、folder:///目录、camera://0）。",
        "bad_url",
    )


class UnusableScanner:
    """Stands in for a scanner whose URL cannot be used here; says why whenever it is asked."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason

    def status(self) -> DeviceStatus:
        return DeviceStatus(DeviceState.ABSENT, "不可用", self.reason)

    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        raise DeviceError(f"扫描仪设置有误，无法扫描：{self.reason}", "bad_url")


_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "image/bmp": ".bmp"}


def scan_to_file(url: str, path: Path | str, font_path: Path | str | None = None, **options) -> list[Path]:
    """`onewindow device test scanner URL OUT_FILE`: scan and write each page beside OUT_FILE.

    One page goes to OUT_FILE itself (its suffix set to what the scanner delivered); several go to
    OUT_FILE-1, OUT_FILE-2, …. Raises DeviceError when the scanner cannot be used.
    """
    return write_pages(open_scanner(url, font_path).scan(**options), path)


def write_pages(images, path: Path | str) -> list[Path]:
    """Write scanned images to OUT_FILE (one page) or OUT_FILE-1, OUT_FILE-2, … (several)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for i, image in enumerate(images, start=1):
        stem = out.stem if len(images) == 1 else f"{out.stem}-{i}"
        target = out.with_name(stem + _SUFFIX.get(image.media_type, out.suffix))
        target.write_bytes(image.data)
        written.append(target)
    return written
