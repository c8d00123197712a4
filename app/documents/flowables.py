"""The parts drawn by hand rather than flowed: the faux-bold title, the seal area, the page footer."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.documents.fonts import register_fonts
from app.documents.text import fmt_date

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
GRID = colors.Color(0.35, 0.35, 0.35)
SEAL_RED = colors.Color(0.75, 0.12, 0.12)


class BoldTitle(Flowable):
    """The centred title. The font has no bold face, so the glyphs are filled *and* stroked."""

    def __init__(self, text: str, font_size: float = 18) -> None:
        super().__init__()
        self.text, self.font_size = text, font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.font_size * 1.6

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()  # the render mode is graphics state: it must not leak into the body text
        text = canv.beginText()
        text.setFont(register_fonts(), self.font_size)
        text.setTextRenderMode(2)  # fill + stroke: a faux bold that stays real, extractable text
        canv.setLineWidth(0.45)
        width = canv.stringWidth(self.text, register_fonts(), self.font_size)
        text.setTextOrigin((self.width - width) / 2, self.font_size * 0.4)
        text.textOut(self.text)
        text.setTextRenderMode(0)
        canv.drawText(text)
        canv.restoreState()


class SealArea(Flowable):
    """Bottom-right seal line: the hall's name and the date inside a dashed circle for the stamp."""

    def __init__(self, hall_name: str, when: date | datetime) -> None:
        super().__init__()
        self.lines = [hall_name, fmt_date(when)]
        self.diameter = 30 * mm
        self.hAlign = "RIGHT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        font = register_fonts()
        text_width = max(stringWidth(line, font, 10) for line in self.lines)
        # a long hall name widens the circle rather than running over its edge
        self.diameter = max(30 * mm, text_width + 6 * mm)
        self.width = min(availWidth, self.diameter + 2 * mm)
        self.height = self.diameter + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv, font = self.canv, register_fonts()
        cx, cy = self.width / 2, self.height / 2
        canv.saveState()
        canv.setStrokeColor(SEAL_RED)
        canv.setLineWidth(0.6)
        canv.setDash(3, 2)
        canv.circle(cx, cy, self.diameter / 2)
        canv.restoreState()
        canv.setFont(font, 10)
        canv.drawCentredString(cx, cy + 2 * mm, self.lines[0])
        canv.drawCentredString(cx, cy - 5 * mm, self.lines[1])
        canv.setFont(font, 7)
        canv.setFillColor(GRID)
        canv.drawCentredString(cx, cy - self.diameter / 2 + 3 * mm, "（盖章）")


class NumberedCanvas(Canvas):
    """Defers the footer to save() so every page can say 第 n 页 共 m 页."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            footer = getattr(self, "_footer", "")
            self.setFont(register_fonts(), 8)
            self.setFillColor(GRID)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, 13 * mm, PAGE_WIDTH - MARGIN_X, 13 * mm)
            self.drawString(MARGIN_X, 10 * mm, footer)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, 10 * mm, f"第 {self._pageNumber} 页 共 {total} 页")
            super().showPage()
        super().save()
