"""`twain://` (the default TWAIN source) and `twain://<source name>` on Windows, via pytwain.

Most scanners sold in China ship a TWAIN driver for Windows only. pytwain talks to the TWAIN
data source manager through ctypes; it is imported only when a scan starts, so the workbench
runs on machines without it. The driver's own dialog is not shown (show_ui=False): the clerk
chooses source, resolution and colour in the workbench, and we set them as TWAIN capabilities.
"""

from __future__ import annotations

import sys
from urllib.parse import unquote, urlsplit

from drivers.device import BackendSupport, DeviceError, DeviceState, DeviceStatus
from drivers.scanner.base import ScannedImage, check_options, describe

# TWAIN's ICAP_PIXELTYPE values: TWPT_BW, TWPT_GRAY, TWPT_RGB
PIXEL_TYPES = {"bw": 0, "grey": 1, "colour": 2}


def support() -> BackendSupport:
    if sys.platform != "win32":
        return BackendSupport(
            "twain", "TWAIN 扫描仪", False, "TWAIN 仅在 Windows 上可用；Linux 请用 sane://。"
        )
    try:
        import twain  # noqa: F401  (pytwain, optional)
    except ImportError:
        return BackendSupport("twain", "TWAIN 扫描仪", False, "未安装 pytwain：请运行 pip install pytwain。")
    return BackendSupport("twain", "TWAIN 扫描仪", True, "通过 pytwain")


class TwainScanner:
    def __init__(self, url: str) -> None:
        self.url = url
        parts = urlsplit(url)
        self.source_name = unquote(parts.netloc + parts.path).strip("/")

    def _twain(self):
        available = support()
        if not available.usable:
            raise DeviceError(available.reason, "absent")
        import twain

        return twain

    def status(self) -> DeviceStatus:
        available = support()
        if not available.usable:
            return DeviceStatus(DeviceState.ABSENT, "不可用", available.reason)
        try:
            twain = self._twain()
            with twain.SourceManager() as sm:
                names = list(sm.source_list)
        except Exception as exc:  # the TWAIN manager raises its own exception types
            return DeviceStatus(DeviceState.ABSENT, "不可用", f"TWAIN 数据源管理器出错：{exc}")
        if not names or (self.source_name and self.source_name not in names):
            return DeviceStatus(DeviceState.ABSENT, "未连接", "TWAIN 未列出该扫描仪：" + "、".join(names))
        return DeviceStatus(DeviceState.READY, "就绪", self.source_name or names[0])

    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        check_options(source, dpi, colour)
        twain = self._twain()
        images: list[ScannedImage] = []
        try:
            with twain.SourceManager() as sm:
                src = sm.open_source(self.source_name or None)
                if src is None:
                    raise DeviceError("未选择 TWAIN 扫描仪，扫描已取消。", "cancelled")
                try:
                    self._configure(twain, src, source, dpi, colour)
                    src.request_acquire(show_ui=False, modal_ui=False)
                    remaining = 1
                    while remaining:
                        handle, remaining = src.xfer_image_natively()
                        try:
                            bmp = twain.dib_to_bm_file(handle)
                        finally:
                            twain.global_handle_free(handle)
                        images.append(describe(bmp, dpi, self.source_name or "TWAIN"))
                finally:
                    src.close()
        except DeviceError:
            raise
        except Exception as exc:
            name = type(exc).__name__
            if "Paper" in name or "Jam" in name:
                raise DeviceError("扫描仪卡纸：请取出卡住的纸张后再扫描。", "jammed") from exc
            if "Cancel" in name:
                raise DeviceError("扫描已在扫描仪上取消。", "cancelled") from exc
            raise DeviceError(f"TWAIN 扫描失败（{name}）：请检查扫描仪后重新扫描。", "scan_failed") from exc
        if not images:
            raise DeviceError("进纸器中没有纸：请放入材料后再扫描。", "no_docs")
        return images

    def _configure(self, twain, src, source: str, dpi: int, colour: str) -> None:
        # capabilities a source does not support are left at its defaults, as TWAIN allows
        wanted = (
            (twain.ICAP_PIXELTYPE, twain.TWTY_UINT16, PIXEL_TYPES[colour]),
            (twain.ICAP_XRESOLUTION, twain.TWTY_FIX32, float(dpi)),
            (twain.ICAP_YRESOLUTION, twain.TWTY_FIX32, float(dpi)),
            (twain.CAP_FEEDERENABLED, twain.TWTY_BOOL, source == "adf"),
        )
        for cap, kind, value in wanted:
            try:
                src.set_capability(cap, kind, value)
            except Exception:  # an unsupported capability keeps the source's default
                continue
