"""The scanner interface every backend implements, and what a scan delivers.

A scan hands back the bytes the device (or its hot folder) produced, untouched where they are
already a sensible file (a JPEG from a network scanner is not re-encoded here), so the page
store can decide once how to keep them. Width, height and dpi are what the image says.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Protocol

from drivers.device import DeviceError, DeviceStatus

SOURCES = ("flatbed", "adf")  # 平板 / 自动进纸器
COLOURS = ("colour", "grey", "bw")  # 彩色 / 灰度 / 黑白
MIN_DPI, MAX_DPI = 75, 1200

# the first bytes of each kind of file we take from a device, and its media type
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
    (b"%PDF", "application/pdf"),
)


@dataclass(frozen=True)
class ScannedImage:
    data: bytes  # the encoded image: JPEG, PNG or TIFF
    media_type: str  # image/jpeg, image/png, image/tiff
    width: int
    height: int
    dpi: int
    source_name: str  # where it came from: the device's name, the file's name, "模拟扫描仪"


class Scanner(Protocol):
    url: str

    def status(self) -> DeviceStatus:
        """Whether the scanner can scan now; cheap enough for the status bar."""
        ...

    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        """Scan what lies on the glass (flatbed) or every sheet in the feeder (adf).

        Blocks until the pages are there (run it on a device thread). Raises DeviceError.
        """
        ...


def check_options(source: str, dpi: int, colour: str) -> None:
    """Refuse a request no backend should pass on to a device (a typo in a setting, say)."""
    if source not in SOURCES:
        raise DeviceError(f"扫描来源“{source}”无效，应为平板（flatbed）或进纸器（adf）。", "bad_option")
    if colour not in COLOURS:
        raise DeviceError(f"色彩模式“{colour}”无效，应为彩色、灰度或黑白。", "bad_option")
    if not MIN_DPI <= int(dpi) <= MAX_DPI:
        raise DeviceError(f"分辨率 {dpi} dpi 超出范围（{MIN_DPI}–{MAX_DPI}），请改用 300 dpi。", "bad_option")


def sniff_media_type(data: bytes) -> str:
    """The media type the bytes themselves declare; '' when they are none of ours."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    return ""


def describe(data: bytes, dpi: int, source_name: str) -> ScannedImage:
    """Wrap bytes a device delivered, after checking they are an image Pillow can read the header of.

    Only the header is read here (fast); the page store decodes the whole image when it keeps it.
    """
    from PIL import Image, UnidentifiedImageError

    media_type = sniff_media_type(data)
    if media_type not in ("image/jpeg", "image/png", "image/tiff", "image/bmp"):
        raise DeviceError(
            "扫描仪送来的不是可识别的图像，请重新扫描；如反复出现，请联系运维人员。", "bad_image"
        )
    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            found = img.info.get("dpi")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise DeviceError("扫描仪送来的图像已损坏，请重新扫描。", "bad_image") from exc
    if found and found[0]:
        dpi = round(float(found[0]))
    return ScannedImage(data, media_type, width, height, dpi, source_name)


def encode_png(image, dpi: int) -> bytes:
    """A Pillow image as PNG bytes, carrying its resolution (what `scanimage --format=png` writes)."""
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi), compress_level=1)
    return out.getvalue()
