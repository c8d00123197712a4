"""Code 128 for case numbers, drawn as vector bars so it prints sharp at any resolution.

python-barcode computes the module pattern (start code, the shortest mix of code sets, checksum,
stop); reportlab draws it. Rendering via python-barcode's own writers would give a raster image
(or an SVG reportlab cannot place), and a raster barcode blurs when the printer rescales it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import barcode as python_barcode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

MAX_LENGTH = 50  # the national platform's limit for a case number (办件编号)
QUIET_MODULES = 10  # ISO/IEC 15417 asks for a quiet zone of at least 10 modules on each side
_ALLOWED = re.compile(r"[A-Za-z0-9-]+")


def validate_barcode_text(text: str) -> None:
    """Raise ValueError (in Chinese: the clerk may see it) unless text is a printable case number."""
    if not text:
        raise ValueError("条码内容为空：办件编号不能为空。")
    if len(text) > MAX_LENGTH:
        raise ValueError(f"办件编号过长：最多 {MAX_LENGTH} 个字符，实际 {len(text)} 个。")
    if not _ALLOWED.fullmatch(text):
        bad = "".join(dict.fromkeys(ch for ch in text if not _ALLOWED.fullmatch(ch)))
        raise ValueError(f"办件编号只能包含英文字母、数字和“-”，不能包含：{bad}")


@lru_cache(maxsize=256)
def code128_pattern(text: str) -> str:
    """The bar/space modules of text as a '1'/'0' string, without the quiet zones."""
    validate_barcode_text(text)
    return python_barcode.get_barcode_class("code128")(text).build()[0]


def _bar_runs(pattern: str) -> list[tuple[int, int]]:
    """(start module, width in modules) of each bar: one rectangle per bar, not per module."""
    return [(m.start(), m.end() - m.start()) for m in re.finditer("1+", pattern)]


def draw_code128(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    module: float = 0.3 * mm,
    bar_height: float = 11 * mm,
    font_name: str = "Helvetica",
    font_size: float = 8,
) -> float:
    """Draw text's barcode with its bottom-left (quiet zone included) at (x, y); return its width.

    The human-readable text is printed centred below the bars, as a fallback for a failed scan.
    """
    pattern = code128_pattern(text)
    width = (len(pattern) + 2 * QUIET_MODULES) * module
    bars_y = y + font_size + 1.5 * mm
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    left = x + QUIET_MODULES * module
    for start, run in _bar_runs(pattern):
        path.rect(left + start * module, bars_y, run * module, bar_height)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFont(font_name, font_size)
    canvas.drawCentredString(x + width / 2, y + 0.3 * font_size, text)
    canvas.restoreState()
    return width


class Code128(Flowable):
    """A Code 128 barcode as a platypus flowable; shrinks its modules to fit, within limits."""

    def __init__(
        self,
        text: str,
        max_module: float = 0.33 * mm,
        min_module: float = 0.25 * mm,
        bar_height: float = 11 * mm,
        font_name: str = "Helvetica",
        font_size: float = 8,
        h_align: str = "RIGHT",
    ) -> None:
        super().__init__()
        self.text = text
        self.modules = len(code128_pattern(text)) + 2 * QUIET_MODULES
        self.max_module = max_module
        # Below ~0.25 mm a bar is under 2 pixels in a 200 dpi scan and readers start to fail.
        self.min_module = min_module
        self.bar_height = bar_height
        self.font_name = font_name
        self.font_size = font_size
        self.hAlign = h_align
        self.module = max_module

    def natural_width(self, module: float | None = None) -> float:
        return self.modules * (module or self.min_module)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.module = max(self.min_module, min(self.max_module, availWidth / self.modules))
        self.width = self.modules * self.module
        self.height = self.bar_height + self.font_size + 1.5 * mm
        return self.width, self.height

    def draw(self) -> None:
        draw_code128(
            self.canv,
            0,
            0,
            self.text,
            module=self.module,
            bar_height=self.bar_height,
            font_name=self.font_name,
            font_size=self.font_size,
        )
