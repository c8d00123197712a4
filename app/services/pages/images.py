"""What a scanned page is made of: checking the bytes, choosing how to keep them, thumbnails.

How pages are kept (decided once, here):
- A JPEG from the device is kept exactly as it came. It is already compressed, re-encoding it
  would only lose quality and time, and the hash stays that of the device's bytes.
- Colour or grey pages that arrive lossless (PNG, TIFF, BMP from `scanimage` or TWAIN) become
  JPEG at quality 85: photos of paper compress ~10× with no loss a reader can see.
- Bilevel pages (lineart / 黑白) are kept as 1-bit PNG: lossless and small, where JPEG would
  smear every edge and come out larger.

Every image is decoded completely before it is kept, so a truncated or corrupt file is refused,
never stored; the pixel count is checked from the header first, so a decompression bomb is
refused before a single pixel is allocated.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

MAX_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 120_000_000  # A3 at 600 dpi is 70 MP; anything past 120 MP is no scan of a paper
JPEG_QUALITY = 85
THUMB_QUALITY = 80
_FORMATS = ["JPEG", "PNG", "TIFF", "BMP"]
_EXIF_ROTATION = {3: 180, 6: 90, 8: 270}  # EXIF orientation → degrees clockwise to show it upright
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png"}


NO_PDF = QT_TRANSLATE_NOOP(
    "messages", "PDF 文件暂不能作为扫描件导入：请导出或另存为 JPEG、PNG 或 TIFF 图像后再导入。"
)
UNSUPPORTED = QT_TRANSLATE_NOOP("messages", "不支持的文件类型：扫描件须为 JPEG、PNG、TIFF 或 BMP 图像。")
EMPTY_FILE = QT_TRANSLATE_NOOP("messages", "文件是空的（0 字节），没有可添加的扫描件。")
TOO_BIG = QT_TRANSLATE_NOOP(
    "messages", "文件有 {size} MB，超过 50 MB 的上限：请降低分辨率（300 dpi 即可）后重新扫描。"
)
DAMAGED = QT_TRANSLATE_NOOP("messages", "图像已损坏或不完整，无法读取：请重新扫描，或换一个文件导入。")
NO_SIZE = QT_TRANSLATE_NOOP("messages", "图像尺寸无效，无法读取：请重新扫描。")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "messages", "图像有 {megapixels} 百万像素，超过 120 百万像素的上限：请以 300 dpi 重新扫描。"
)


class ImageProblem(MessageError, ValueError):
    """The bytes cannot become a page; ``message`` tells the clerk why (str(): in Chinese)."""


@dataclass(frozen=True)
class PreparedPage:
    data: bytes  # the bytes to store
    media_type: str  # image/jpeg or image/png
    width: int
    height: int
    rotation: int  # degrees clockwise to show the page upright (from a camera's EXIF)
    preview: Image.Image  # a small decoded copy, so the first thumbnail needs no second decode


def _kind(data: bytes) -> str:
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if data.startswith(b"BM"):
        return "BMP"
    if data.startswith(b"%PDF"):
        raise ImageProblem(Message(NO_PDF))
    raise ImageProblem(Message(UNSUPPORTED))


def prepare(data: bytes, preview_side: int = 480) -> list[PreparedPage]:
    """Check the bytes and turn them into pages to keep (a multi-page TIFF gives several)."""
    if not data:
        raise ImageProblem(Message(EMPTY_FILE))
    if len(data) > MAX_BYTES:
        raise ImageProblem(Message(TOO_BIG, size=f"{len(data) / 1024 / 1024:.0f}"))
    kind = _kind(data)
    try:
        with warnings.catch_warnings():
            # we enforce our own, lower limit below; Pillow's warning would only be noise
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[kind]) as img:
                frames = getattr(img, "n_frames", 1)
                if kind == "JPEG":
                    return [_keep_jpeg(data, img, preview_side)]
                pages = []
                for i in range(frames):
                    img.seek(i)
                    pages.append(_reencode(img, preview_side))
                return pages
    except ImageProblem:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageProblem(Message(DAMAGED)) from exc


def _check_pixels(img: Image.Image) -> None:
    w, h = img.size
    if w <= 0 or h <= 0:
        raise ImageProblem(Message(NO_SIZE))
    if w * h > MAX_PIXELS:
        raise ImageProblem(Message(TOO_MANY_PIXELS, megapixels=f"{w * h / 1e6:.0f}"))


def _keep_jpeg(data: bytes, img: Image.Image, preview_side: int) -> PreparedPage:
    _check_pixels(img)
    width, height = img.size
    rotation = _EXIF_ROTATION.get(img.getexif().get(0x0112, 1), 0)
    # decoding at 1/2…1/8 scale still reads every byte of the stream: a truncated file fails here
    img.draft(img.mode if img.mode in ("L", "RGB") else "RGB", (preview_side, preview_side))
    img.load()
    preview = img.copy()
    return PreparedPage(data, "image/jpeg", width, height, rotation, preview)


def _reencode(img: Image.Image, preview_side: int) -> PreparedPage:
    _check_pixels(img)
    img.load()
    out = io.BytesIO()
    if img.mode == "1":
        img.save(out, "PNG")
        media_type, page = "image/png", img
    else:
        page = _flatten(img)
        page.save(out, "JPEG", quality=JPEG_QUALITY)
        media_type = "image/jpeg"
    preview = page.convert("L") if page.mode == "1" else page
    factor = max(1, max(page.size) // preview_side)
    preview = preview.reduce(factor) if factor > 1 else preview.copy()
    return PreparedPage(out.getvalue(), media_type, page.width, page.height, 0, preview)


def _flatten(img: Image.Image) -> Image.Image:
    """RGB or L for JPEG: transparency on white paper, 16-bit grey to 8-bit, palettes expanded."""
    if img.mode in ("RGB", "L"):
        return img
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        return img.point(lambda v: v / 256).convert("L")
    if img.mode in ("LA", "PA", "RGBA", "P"):
        rgba = img.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return img.convert("RGB")


def thumbnail(source: Image.Image, rotation: int, max_side: int) -> bytes:
    """A JPEG at most ``max_side`` pixels on its longer side, turned upright."""
    img = source.convert("L") if source.mode == "1" else source
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    img = img.copy() if img is source else img
    img.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
    img = _turn(img, rotation)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=THUMB_QUALITY)
    return out.getvalue()


def thumbnail_of_stored(data: bytes, rotation: int, max_side: int) -> bytes:
    """The thumbnail of a page already in the store (JPEG draft mode makes this a few ms)."""
    with Image.open(io.BytesIO(data), formats=["JPEG", "PNG"]) as img:
        if img.format == "JPEG":
            img.draft("RGB" if img.mode != "L" else "L", (max_side, max_side))
        img.load()
        return thumbnail(img, rotation, max_side)


def _turn(img: Image.Image, rotation: int) -> Image.Image:
    # clockwise degrees; Pillow's ROTATE_n turns counter-clockwise
    ops = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return img.transpose(ops[rotation]) if rotation in ops else img


__all__ = [
    "EXTENSIONS",
    "MAX_BYTES",
    "MAX_PIXELS",
    "ImageProblem",
    "PreparedPage",
    "prepare",
    "thumbnail",
    "thumbnail_of_stored",
]
