"""The one CJK font every document is printed in, registered with reportlab once per process."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

FONT_PATH = resource_path("fonts", "wqy-microhei.ttc")
FONT_NAME = "WQYMicroHei"


def register_fonts() -> str:
    """Register the bundled font (subfont 0 of the TTC) and return its reportlab name.

    Idempotent: parsing the 5 MB collection costs tens of milliseconds, so it is done only the
    first time; later calls find the name already registered.
    """
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    if not FONT_PATH.is_file():
        raise FileNotFoundError(
            f"打印字体缺失：找不到 {FONT_PATH}。"
            "请从 fonts-wqy-microhei 软件包复制 wqy-microhei.ttc 到 resources/fonts/（见该目录 README.md）。"
        )
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
    # The font has no bold or italic face; mapping the family to itself keeps <b>/<i> markup in a
    # Paragraph from looking for fonts that do not exist.
    pdfmetrics.registerFontFamily(
        FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
    )
    return FONT_NAME
