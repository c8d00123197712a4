"""The PDF of a simulated licence: one A4 page saying what the licence is, in the bundled CJK font.

A real library hands out its own 版式文件; the simulator draws one so the demo and the tests carry
a real PDF through the archive. The bytes depend on the licence alone (reportlab's invariant mode:
no creation date, no random document id), so the same licence archives under the same hash
however often it is looked up. The font is found by path, as server/cli.py finds the catalog: the
server does not import the workbench's resources or documents (pyproject.toml's contracts).
"""

from __future__ import annotations

import io
import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.domain.licences import Licence, LicenceStatus

FONT_PATH = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
FONT_NAME = "OneWindowLicenceSim"  # its own name: app.documents may register the font in this process
STATUS_TEXT = {
    LicenceStatus.VALID: "有效",
    LicenceStatus.CANCELLED: "已注销",
    LicenceStatus.REVOKED: "已吊销",
}
# reportlab keeps a font's subsetting state per document on the shared font object: one at a time
_drawing = threading.Lock()


def _font() -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        if not FONT_PATH.is_file():
            raise FileNotFoundError(
                f"证照模拟库的字体缺失：找不到 {FONT_PATH}（见 resources/fonts/README.md）"
            )
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
    return FONT_NAME


@lru_cache(maxsize=256)
def licence_pdf(licence: Licence) -> bytes:
    """The licence drawn on one page (cached: a demo looks the same people up all day)."""
    with _drawing:
        font = _font()
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=font)
        canvas.setTitle(f"电子证照 {licence.kind}")
        width, height = A4
        canvas.setFont(font, 22)
        canvas.drawCentredString(width / 2, height - 40 * mm, licence.kind)
        canvas.setFont(font, 12)
        canvas.drawCentredString(width / 2, height - 50 * mm, "电子证照（模拟证照库签发，仅供演示与测试）")
        y = height - 70 * mm
        for label, value in _lines(licence):
            canvas.drawString(30 * mm, y, label)
            canvas.drawString(65 * mm, y, value)
            y -= 10 * mm
        canvas.showPage()
        canvas.save()
        return out.getvalue()


def _lines(licence: Licence) -> list[tuple[str, str]]:
    until = "长期" if licence.valid_until is None else f"{licence.valid_until:%Y年%m月%d日}"
    return [
        ("证照类型", licence.kind),
        ("证照编号", licence.number),
        ("持证主体", licence.holder_name or "—"),
        ("持证主体代码", licence.holder_id),
        ("发证机关", licence.issuer + (f"（{licence.issuer_code}）" if licence.issuer_code else "")),
        ("签发日期", f"{licence.issued_on:%Y年%m月%d日}"),
        ("有效期至", until),
        ("证照状态", STATUS_TEXT[licence.status]),
    ]
