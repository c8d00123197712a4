"""The queue ticket (排队号票): what it says, and the 80 mm PDF of it.

One set of words for both printers: `ticket_content` turns the facts of a ticket into the lines
a ticket prints (DOMAIN.md: number, category, people ahead, time, hall name), and both the
ESC/POS slip (drivers.printer.escpos.ticket) and the PDF here print exactly those lines. The PDF
is one 80 mm wide page as long as its content, in the bundled CJK font, so the text stays
extractable and prints the same on a thermal printer's Windows driver or a PDF folder. Under the
details, a QR code of the number: a window's scanner reads it to call or look up the ticket.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.textsplit import wordSplit
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import register_fonts
from drivers.printer.escpos.ticket import TicketContent

PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
NOTICE = "请留意叫号屏幕和语音提示"
_NUMBER_MAX_PT = 64.0
QR_SIDE = 26 * mm  # quiet zone included: a thermal printer's 203 dpi gives ~7 dots a module


@dataclass(frozen=True)
class TicketData:
    hall_name: str
    number: str
    category_name: str
    ahead: int
    wait_minutes: int
    issued_at: datetime
    priority_label: str = ""  # 绿色通道 / 军人优先 / 预约; "" for an ordinary ticket
    offline: bool = False  # issued from the kiosk's offline block: the counts are the kiosk's own
    applicant_masked: str = ""  # 王* when taken by ID card (masked: tickets are left lying about)


def ticket_content(d: TicketData) -> TicketContent:
    approx = "约" if d.offline else ""
    details = [f"前方等待{approx}{d.ahead}人"]
    if d.ahead > 0:
        details.append(f"预计等待约{d.wait_minutes}分钟")
    else:
        details.append("即将叫号，请勿远离")
    if d.applicant_masked:
        details.append(f"取号人：{d.applicant_masked}")
    details.append(f"取号时间：{d.issued_at:%Y-%m-%d %H:%M}")
    marks = [d.priority_label] if d.priority_label else []
    if d.offline:
        marks.append("离线取号")
    return TicketContent(
        hall_name=d.hall_name,
        number=d.number,
        category=d.category_name,
        marks=tuple(marks),
        details=tuple(details),
        notice=NOTICE,
        name=f"号票-{d.number}-{d.issued_at:%Y%m%d-%H%M%S}",
        qr=d.number,
    )


class _Layout:
    """Lines placed top-down; drawn once the page's height (the sum of them) is known."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.items: list[tuple[str, str, float, float]] = []  # kind, text, size, height
        self.height = MARGIN

    def text(self, text: str, size: float, align: str = "center", gap: float = 0.4) -> None:
        for line in _wrap(text, self.font, size):
            self._add(align, line, size, size * (1 + gap))

    def rule(self) -> None:
        self._add("rule", "", 0, 4 * mm)

    def box(self, text: str, size: float) -> None:
        self._add("box", text, size, size * 2.1)

    def qr(self, data: str, side: float) -> None:
        self._add("qr", data, side, side + 2 * mm)

    def space(self, height: float) -> None:
        self._add("space", "", 0, height)

    def _add(self, kind: str, text: str, size: float, height: float) -> None:
        self.items.append((kind, text, size, height))
        self.height += height

    def draw(self, canvas: Canvas, page_height: float) -> None:
        y = page_height - MARGIN
        for kind, text, size, height in self.items:
            y -= height
            baseline = y + (height - size) / 2 + size * 0.15
            if kind == "rule":
                canvas.setDash(2, 2)
                canvas.line(MARGIN, y + height / 2, PAGE_WIDTH - MARGIN, y + height / 2)
                canvas.setDash()
            elif kind == "box":
                width = canvas.stringWidth(text, self.font, size) + size * 1.2
                canvas.roundRect((PAGE_WIDTH - width) / 2, y + size * 0.25, width, size * 1.6, 3, fill=1)
                canvas.setFillGray(1)
                canvas.setFont(self.font, size)
                canvas.drawCentredString(PAGE_WIDTH / 2, y + size * 0.68, text)
                canvas.setFillGray(0)
            elif kind == "qr":
                _draw_qr(canvas, text, size, (PAGE_WIDTH - size) / 2, y + (height - size) / 2)
            elif kind in ("center", "left"):
                canvas.setFont(self.font, size)
                if kind == "center":
                    canvas.drawCentredString(PAGE_WIDTH / 2, baseline, text)
                else:
                    canvas.drawString(MARGIN, baseline, text)


def _draw_qr(canvas: Canvas, data: str, side: float, x: float, y: float) -> None:
    # reportlab's own QR widget: no new dependency; its bar width includes the quiet zone
    widget = QrCodeWidget(data, barLevel="M", barBorder=4)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (right - left), 0, 0, side / (top - bottom), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _wrap(text: str, font: str, size: float) -> list[str]:
    # simpleSplit breaks at spaces only: a long Chinese category or hall name ran off the paper
    lines = []
    for line in simpleSplit(text, font, size, TEXT_WIDTH) or [""]:
        if stringWidth(line, font, size) <= TEXT_WIDTH:
            lines.append(line)
        else:
            lines += [part for _extra, part in wordSplit(line, TEXT_WIDTH, font, size)]
    return lines


def render_ticket_pdf(d: TicketData) -> bytes:
    font = register_fonts()
    content = ticket_content(d)
    layout = _Layout(font)
    layout.text(content.hall_name, 12)
    layout.rule()
    # as large as the paper allows: a two-letter prefix gets a smaller size, never a clipped one
    width_at_1pt = stringWidth(content.number, font, 1)
    layout.text(content.number, min(_NUMBER_MAX_PT, TEXT_WIDTH * 0.92 / width_at_1pt), gap=0.15)
    layout.text(content.category, 18, gap=0.5)
    if content.marks:
        layout.box("  ".join(content.marks), 12)
    layout.rule()
    for line in content.details:
        layout.text(line, 11, align="left", gap=0.55)
    if content.qr:
        layout.qr(content.qr, QR_SIDE)
    layout.rule()
    layout.text(content.notice, 10.5)
    layout.space(MARGIN)
    page_height = layout.height
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, page_height), invariant=1, initialFontName=font)
    canvas.setTitle(f"排队号票 {content.number}")
    canvas.setCreator("OneWindow 一窗通办")
    layout.draw(canvas, page_height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
