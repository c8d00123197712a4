"""`sim://` — a scanner that needs no hardware: realistic A4 pages from a seed.

URL options: `pages=N` sheets in the feeder for an ADF scan (a flatbed scan is always one
page), `seed=N` (the sequence of pages is the same for the same seed), `format=jpeg|png`
(network scanners and document cameras send JPEG, `scanimage` PNG), `font=/path/to.ttc`
(the bundled CJK font; the composition root passes it), and `fail=jam|offline|empty` to
rehearse what the clerk sees when the device has a problem.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from drivers.device import DeviceError, DeviceState, DeviceStatus
from drivers.scanner.base import ScannedImage, check_options, encode_png
from drivers.scanner.sim_page import draw_page

FAILURES = ("", "jam", "offline", "empty")


class SimulatedScanner:
    name = "模拟扫描仪"

    def __init__(
        self,
        url: str = "sim://",
        pages: int = 2,
        seed: int = 1,
        fail: str = "",
        font_path: Path | str | None = None,
        image_format: str = "jpeg",
    ) -> None:
        if fail not in FAILURES:
            raise DeviceError(f"模拟扫描仪不认识故障“{fail}”（可用：jam、offline、empty）。", "bad_url")
        if image_format not in ("jpeg", "png"):
            raise DeviceError(f"模拟扫描仪不支持格式“{image_format}”（可用：jpeg、png）。", "bad_url")
        if not 1 <= pages <= 100:
            raise DeviceError("模拟扫描仪的页数应在 1 到 100 之间。", "bad_url")
        self.url = url
        self.pages = pages
        self.seed = seed
        self.fail = fail
        self.font_path = Path(font_path) if font_path else None
        self.image_format = image_format
        self._sheets_scanned = 0  # every sheet differs from the last, as paper does
        self._lock = threading.Lock()

    def status(self) -> DeviceStatus:
        if self.fail == "offline":
            return DeviceStatus(DeviceState.OFFLINE, "未连接", "模拟：扫描仪已断开（fail=offline）")
        if self.fail == "jam":
            return DeviceStatus(DeviceState.FAULT, "卡纸", "模拟：进纸器卡纸（fail=jam）")
        return DeviceStatus(DeviceState.READY, "就绪", "模拟扫描仪")

    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        check_options(source, dpi, colour)
        if self.fail == "offline":
            raise DeviceError("扫描仪未连接：请检查电源和数据线，然后再扫描。", "offline")
        if self.fail == "jam":
            raise DeviceError("扫描仪卡纸：请打开进纸器盖板取出纸张，放回未扫描的页后再扫描。", "jammed")
        if self.fail == "empty":
            where = (
                "进纸器中没有纸：请放入材料后再扫描。"
                if source == "adf"
                else "扫描仪上没有材料：请放好后再扫描。"
            )
            raise DeviceError(where, "no_docs")
        count = self.pages if source == "adf" else 1
        with self._lock:
            first = self._sheets_scanned
            self._sheets_scanned += count
        return [self._sheet(self.seed * 100_003 + first + i, dpi, colour) for i in range(count)]

    def _sheet(self, seed: int, dpi: int, colour: str) -> ScannedImage:
        image = draw_page(seed, dpi, colour, self.font_path)
        if colour == "bw" or self.image_format == "png":
            data, media_type = encode_png(image, dpi), "image/png"
        else:
            out = io.BytesIO()
            image.save(out, "JPEG", quality=90, dpi=(dpi, dpi))
            data, media_type = out.getvalue(), "image/jpeg"
        return ScannedImage(data, media_type, image.width, image.height, dpi, self.name)
