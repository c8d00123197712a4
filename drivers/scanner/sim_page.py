"""Drawing the pages the simulated scanner delivers: an A4 form as a scanner sees it.

Off-white paper, a title, filled-in lines, a table, a red stamp, a slight skew and sensor
noise, at the requested resolution (A4 at 300 dpi is 2480×3508), so the page store, the
thumbnails and the benchmark work on images of a real scan's size and texture. Everything
comes from one seed: the same seed draws the same page, byte for byte.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont

A4_MM = (210.0, 297.0)
PAPER = (247, 245, 238)  # recycled office paper is never pure white
INK = (38, 38, 46)
STAMP = (200, 34, 38)

_TITLES = (
    "结婚登记申请书",
    "营业执照（副本）",
    "户口簿",
    "房屋租赁合同",
    "不动产登记申请书",
    "社会保障卡申领表",
)
_LABELS = ("申请人姓名", "身份证号码", "联系电话", "住址", "申请事项", "申请日期", "经办人", "备注")
_WORDS = ("安和县", "民主路", "政务服务中心", "以上信息属实", "本人承诺", "复印件与原件一致", "同意", "签字")


def a4_size(dpi: int) -> tuple[int, int]:
    return round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi)


class _Pen:
    """Text in the bundled CJK font when we have it; otherwise glyph-sized blocks that look like text
    to a thumbnail (a driver may not reach the app's resources, so the font path is passed in)."""

    def __init__(self, draw: ImageDraw.ImageDraw, font_path: Path | None) -> None:
        self.draw = draw
        self.font_path = font_path if font_path and Path(font_path).exists() else None
        self._fonts: dict[int, ImageFont.FreeTypeFont] = {}

    def text(self, xy: tuple[float, float], text: str, size: int, fill) -> None:
        if self.font_path is not None:
            font = self._fonts.get(size)
            if font is None:
                font = self._fonts[size] = ImageFont.truetype(str(self.font_path), size)
            self.draw.text(xy, text, font=font, fill=fill)
            return
        x, y = xy
        for _ in text:
            self.draw.rectangle((x + size * 0.1, y + size * 0.15, x + size * 0.85, y + size * 0.9), fill=fill)
            x += size


def draw_page(seed: int, dpi: int, colour: str, font_path: Path | None = None) -> Image.Image:
    """The scanned page as a Pillow image: mode RGB (colour), L (grey) or 1 (bw)."""
    rnd = random.Random(seed)
    width, height = a4_size(dpi)
    mm = dpi / 25.4
    page = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(page)
    pen = _Pen(draw, font_path)
    body = max(8, round(3.6 * mm))  # about 10 pt
    left, right = round(22 * mm), width - round(22 * mm)

    title = rnd.choice(_TITLES)
    title_size = round(body * 1.8)
    pen.text(((width - title_size * len(title)) / 2, 25 * mm), title, title_size, INK)
    y = 25 * mm + title_size * 2.2
    for label in _LABELS[: rnd.randint(5, len(_LABELS))]:
        pen.text((left, y), label + "：", body, INK)
        filled = "".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 3)))
        pen.text((left + body * 7, y - body * 0.1), filled, body, (30, 50, 120))  # a pen's blue
        draw.line(
            (left + body * 6.5, y + body * 1.3, right, y + body * 1.3), fill=INK, width=max(1, dpi // 150)
        )
        y += body * 2.4

    # a ruled table: the part of a form the clerk checks line by line
    rows, cols = rnd.randint(4, 7), 4
    row_h, top = body * 2.2, y + body
    col_w = (right - left) / cols
    line = max(1, dpi // 100)
    for r in range(rows + 1):
        draw.line((left, top + r * row_h, right, top + r * row_h), fill=INK, width=line)
    for c in range(cols + 1):
        draw.line((left + c * col_w, top, left + c * col_w, top + rows * row_h), fill=INK, width=line)
    for r in range(rows):
        for c in range(cols):
            cell = rnd.choice(_WORDS)[: max(2, int(col_w / body) - 1)]
            pen.text((left + c * col_w + body * 0.4, top + r * row_h + body * 0.5), cell, body, INK)
    y = top + rows * row_h + body * 2
    while y < height - 70 * mm:  # running text to the foot of the page
        chars = rnd.randint(18, int((right - left) / body))
        pen.text((left, y), "".join(rnd.choice(_WORDS) for _ in range(chars))[:chars], body, INK)
        y += body * 1.8

    # the seal: a red ring with a star, slightly transparent ink
    r = round(21 * mm)
    cx, cy = right - r - rnd.randint(0, round(20 * mm)), height - r - round(30 * mm)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=STAMP, width=max(2, round(1.2 * mm)))
    star = r * 0.3
    draw.regular_polygon((cx, cy, star), 5, rotation=rnd.uniform(-8, 8), fill=STAMP)
    pen.text((cx - body * 3, cy + star * 1.3), "专用章", body, STAMP)

    # the sheet never lies square on the glass
    page = page.rotate(rnd.uniform(-0.8, 0.8), Image.Resampling.BILINEAR, fillcolor=(250, 250, 250))
    page = _add_noise(page, rnd)
    if colour == "grey":
        return page.convert("L")
    if colour == "bw":
        # a scanner's lineart mode thresholds; it does not dither
        return page.convert("L").point(lambda p: 255 if p > 150 else 0, mode="1")
    return page


def _add_noise(page: Image.Image, rnd: random.Random) -> Image.Image:
    """Sensor noise and a few specks of dust, from the seed (Pillow's own noise is not seedable)."""
    tile = 509  # not a power of two, so the repetition does not line up with anything on the page
    grain = Image.frombytes("L", (tile, tile), rnd.randbytes(tile * tile)).point(lambda v: 120 + v // 32)
    noise = Image.new("L", page.size)
    for x in range(0, page.width, tile):
        for y in range(0, page.height, tile):
            noise.paste(grain, (x, y))
    page = ImageChops.add(page, Image.merge("RGB", (noise, noise, noise)), scale=1.0, offset=-124)
    draw = ImageDraw.Draw(page)
    for _ in range(rnd.randint(5, 25)):
        x, y, s = rnd.randrange(page.width), rnd.randrange(page.height), rnd.randint(1, 4)
        draw.ellipse((x, y, x + s, y + s), fill=(90, 90, 90))
    return page
