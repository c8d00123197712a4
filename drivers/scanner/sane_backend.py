"""`sane://` (the first scanner SANE finds) and `sane://<device-name>` on Linux.

Through python-sane when it is installed, otherwise through the `scanimage` command of
sane-utils, whose behaviour we rely on as documented in scanimage(1): `-L` lists devices as
"device `NAME' is a VENDOR MODEL TYPE", a flatbed scan writes the image to stdout, an ADF scan
uses `--batch` and ends with "Batch terminated, N pages scanned", and a failure prints
"scanimage: …: <sane status text>" on stderr and exits with the SANE status number.

URL options: `flatbed=`/`adf=` the backend's names of the two sources (default Flatbed / ADF;
some backends say "Automatic Document Feeder"), `format=jpeg|png|tiff` (default: JPEG for
colour and grey — a PNG of a 300 dpi A4 page takes longer to decode than everything else we do
with a page (bench/scan_thumbnail.py) — and PNG for black and white; an older scanimage without
JPEG or PNG support is asked again for PNG, then TIFF),
`timeout=` seconds for one scan (default 120), `command=` another scanimage to run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import parse_qsl, unquote

from drivers.device import BackendSupport, DeviceError, DeviceState, DeviceStatus
from drivers.scanner.base import ScannedImage, check_options, describe, encode_png

OPTIONS = frozenset({"flatbed", "adf", "format", "timeout", "command"})
MODES = {"colour": "Color", "grey": "Gray", "bw": "Lineart"}  # SANE_VALUE_SCAN_MODE_*
_FORMAT_REFUSED = re.compile(r"output image format|output format|support not compiled in", re.IGNORECASE)
_DEVICE_LINE = re.compile(r"^device `(?P<name>.+?)' is an? (?P<model>.+)$")

# sane_strstatus() texts → (code, what the clerk is told)
_STATUS = {
    "Document feeder jammed": ("jammed", "扫描仪卡纸：请取出卡住的纸张，放回未扫描的页后再扫描。"),
    "Document feeder out of documents": ("no_docs", "进纸器中没有纸：请放入材料后再扫描。"),
    "Scanner cover is open": ("cover_open", "扫描仪盖板未合上：请合上后再扫描。"),
    "Device busy": ("busy", "扫描仪正忙（可能另一程序在使用）：请稍候再扫描。"),
    "Access to resource has been denied": (
        "denied",
        "没有使用扫描仪的权限：请联系运维人员把本账户加入 scanner 组。",
    ),
    "Error during device I/O": ("io_error", "与扫描仪通信出错：请检查数据线和电源后再扫描。"),
    "Out of memory": ("no_memory", "扫描仪内存不足：请降低分辨率或减少页数后再扫描。"),
    "Operation was cancelled": ("cancelled", "扫描已在扫描仪上取消。"),
}


def support() -> BackendSupport:
    try:
        import sane  # noqa: F401  (python-sane, optional)
    except ImportError:
        pass
    else:
        return BackendSupport("sane", "SANE 扫描仪", True, "通过 python-sane")
    if shutil.which("scanimage"):
        return BackendSupport("sane", "SANE 扫描仪", True, "通过 scanimage 命令")
    return BackendSupport(
        "sane", "SANE 扫描仪", False, "未安装 SANE：请安装 sane-utils（提供 scanimage 命令）或 python-sane。"
    )


class SaneScanner:
    """One SANE device; an empty name means whichever scanner SANE lists first."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.device, query = split_sane_url(url)
        self.sources = {"flatbed": query.get("flatbed", "Flatbed"), "adf": query.get("adf", "ADF")}
        self.image_format = query.get("format", "")
        if self.image_format not in ("", "jpeg", "png", "tiff"):
            raise DeviceError(f"扫描格式“{self.image_format}”无效（可用：jpeg、png、tiff）。", "bad_url")
        try:
            self.timeout = float(query.get("timeout", "120"))
        except ValueError:
            raise DeviceError(f"扫描超时“{query['timeout']}”不是秒数。", "bad_url") from None
        self.command = query.get("command", "scanimage")

    # -- which device ---------------------------------------------------------------------------
    def list_devices(self) -> list[tuple[str, str]]:
        """(name, description) of every scanner SANE sees."""
        sane = _python_sane()
        if sane is not None:
            sane.init()
            return [(d[0], " ".join(d[1:3])) for d in sane.get_devices()]
        out = self._run(["-L"], timeout=30).stdout.decode("utf-8", "replace")
        found = []
        for line in out.splitlines():
            m = _DEVICE_LINE.match(line.strip())
            if m:
                found.append((m["name"], m["model"]))
        return found

    def _device_name(self) -> str:
        if self.device:
            return self.device
        devices = self.list_devices()
        if not devices:
            raise DeviceError("未找到扫描仪：请检查扫描仪电源和数据线，确认已开机。", "absent")
        return devices[0][0]

    def status(self) -> DeviceStatus:
        try:
            names = [name for name, _ in self.list_devices()]
        except DeviceError as exc:
            return DeviceStatus(DeviceState.ABSENT, "不可用", str(exc))
        if (self.device and self.device in names) or (not self.device and names):
            return DeviceStatus(DeviceState.READY, "就绪", self.device or names[0])
        return DeviceStatus(
            DeviceState.ABSENT, "未连接", f"SANE 未列出扫描仪 {self.device or ''}（scanimage -L）".strip()
        )

    # -- scanning -------------------------------------------------------------------------------
    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        check_options(source, dpi, colour)
        name = self._device_name()
        sane = _python_sane()
        if sane is not None:
            return self._scan_python_sane(sane, name, source, dpi, colour)
        wanted = self.image_format or ("png" if colour == "bw" else "jpeg")
        formats = [wanted] + [f for f in ("png", "tiff") if f != wanted and not self.image_format]
        for n, fmt in enumerate(formats):
            try:
                return self._scanimage(name, fmt, source, dpi, colour)
            except _FormatUnsupported:
                if n == len(formats) - 1:
                    raise DeviceError(
                        "扫描仪程序 scanimage 不支持所需的图像格式：请升级 sane-utils。", "bad_option"
                    ) from None
        raise AssertionError("unreachable")

    def _scanimage(self, name: str, fmt: str, source: str, dpi: int, colour: str) -> list[ScannedImage]:
        args = [
            "-d", name, f"--format={fmt}", "--resolution", str(dpi),
            "--mode", MODES[colour], "--source", self.sources[source],
        ]  # fmt: skip
        if source == "flatbed":
            result = self._run(args, timeout=self.timeout)
            if not result.stdout:
                raise DeviceError("扫描仪没有送来图像，请重新扫描。", "no_image")
            return [describe(result.stdout, dpi, name)]
        with tempfile.TemporaryDirectory(prefix="onewindow-scan-") as tmp:
            pattern = os.path.join(tmp, f"page%04d.{fmt}")
            self._run([*args, f"--batch={pattern}"], timeout=self.timeout)
            files = sorted(Path(tmp).iterdir())
            if not files:
                raise DeviceError(_STATUS["Document feeder out of documents"][1], "no_docs")
            return [describe(f.read_bytes(), dpi, name) for f in files]

    def _scan_python_sane(self, sane, name: str, source: str, dpi: int, colour: str) -> list[ScannedImage]:
        try:
            dev = sane.open(name)
        except Exception as exc:  # python-sane raises _sane.error with the status text
            raise _error_from_text(str(exc), f"打开扫描仪 {name} 失败") from exc
        try:
            for option, value in (
                ("mode", MODES[colour]),
                ("resolution", dpi),
                ("source", self.sources[source]),
            ):
                try:
                    setattr(dev, option, value)
                except Exception as exc:
                    raise DeviceError(
                        f"扫描仪不支持设置 {option}={value}，请检查扫描设置。", "bad_option"
                    ) from exc
            try:
                images = [dev.scan()] if source == "flatbed" else list(dev.multi_scan())
            except Exception as exc:
                raise _error_from_text(str(exc), "扫描失败") from exc
        finally:
            dev.close()
        if not images:
            raise DeviceError(_STATUS["Document feeder out of documents"][1], "no_docs")
        return [
            ScannedImage(encode_png(im, dpi), "image/png", im.width, im.height, dpi, name) for im in images
        ]

    def _run(self, args: list[str], timeout: float) -> subprocess.CompletedProcess:
        try:
            result = subprocess.run([self.command, *args], capture_output=True, timeout=timeout, check=False)
        except FileNotFoundError as exc:
            raise DeviceError("未安装 scanimage 命令：请安装 sane-utils 后再扫描。", "absent") from exc
        except subprocess.TimeoutExpired as exc:
            raise DeviceError(
                f"扫描仪 {timeout:.0f} 秒内没有完成扫描：请检查扫描仪是否卡住，然后重新扫描。", "timeout"
            ) from exc
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace")
            # "Unknown output image format …", "JPEG support not compiled in" (scanimage.c)
            if _FORMAT_REFUSED.search(stderr):
                raise _FormatUnsupported(stderr)
            raise _error_from_text(result.stderr.decode("utf-8", "replace"), "扫描失败")
        return result


class _FormatUnsupported(Exception):
    """This scanimage cannot write the format we asked for; another one is tried."""


def _error_from_text(stderr: str, what: str) -> DeviceError:
    """Turn scanimage's (or python-sane's) last words into a sentence for the clerk."""
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    last = next((line for line in lines if line.startswith("scanimage:")), lines[-1] if lines else "")
    for text, (code, message) in _STATUS.items():
        if text in stderr:
            return DeviceError(message, code)
    if "open of device" in last or "no SANE devices found" in last:
        return DeviceError(f"打不开扫描仪：请确认扫描仪已开机、已连接，设备名正确。（{last}）", "absent")
    if "Invalid argument" in last:
        return DeviceError(
            f"扫描仪不接受这些扫描设置：请检查来源、分辨率和色彩模式。（{last}）", "bad_option"
        )
    return DeviceError(f"{what}：请检查扫描仪后重新扫描。（{last or '无错误信息'}）", "scan_failed")


def _python_sane():
    try:
        import sane
    except ImportError:
        return None
    return sane


def split_sane_url(url: str) -> tuple[str, dict[str, str]]:
    """The device name and our options. SANE names hold colons and sometimes a '?' of their own
    (`epson2:libusb:001:004`, `hpaio:/usb/Deskjet?serial=CN1`), so a generic URL parser would
    mangle them: only a trailing query made of our own option names is taken as options."""
    rest = url.strip()[len("sane://") :]
    query: dict[str, str] = {}
    head, sep, tail = rest.rpartition("?")
    if sep:
        pairs = dict(parse_qsl(tail, keep_blank_values=True))
        if pairs and set(pairs) <= OPTIONS:
            rest, query = head, pairs
    return unquote(rest).lstrip("/"), query
