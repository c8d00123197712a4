"""Slips for the 80 mm thermal printer (取件凭条, the printer test page), and the A4 test page.

A slip is a `drivers.printer.escpos.Slip`: lines of text in 48 columns (24 Chinese characters),
rules, a Code 128 barcode, a QR code and the cut. The names printed on a slip are masked by
the caller (app.domain.masking): a slip is handed over the counter and often left lying about.
reportlab is imported only by the A4 test page, so printing a slip never loads it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from drivers.printer.escpos import COLUMNS, Align, Barcode, Cut, Feed, QrCode, Rule, Slip, Text, barcode_fits
from drivers.printer.escpos.slip import text_columns, wrap


@dataclass(frozen=True)
class CaseSlipData:
    hall_name: str
    hall_phone: str
    case_number: str
    matter: str  # the matter's name, or the bundle's (一件事)
    applicant_masked: str  # 王*, already masked
    accepted_at: datetime | None
    promised_date: date | None  # None for an immediate case (即办件)
    case_kind: str  # 即办件 / 承诺件
    pickup_place: str  # where the result is collected
    window: str  # 3号综合窗口
    printed_at: datetime
    promised_estimated: bool = False  # 暂按周末计算: the year's holidays were not yet known


def _date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _field(label: str, value: str) -> Text:
    """label：value, a long value continuing under itself rather than under the label."""
    head = f"{label}："
    indent = text_columns(head)
    first, *rest = wrap(value, COLUMNS - indent)
    return Text("\n".join([head + first] + [" " * indent + line for line in rest]))


def case_pickup_slip(d: CaseSlipData) -> Slip:
    """取件凭条: what the applicant shows at the issuance window to collect the result."""
    if d.promised_date is not None:
        promised = f"{_date(d.promised_date)}前（{d.case_kind}）"
        if d.promised_estimated:
            promised += "（暂按周末计算）"
    else:
        promised = "当场办结（即办件）"
    lines: list = [
        Text(d.hall_name, Align.CENTER, bold=True, width=2, height=2),
        Text("取件凭条", Align.CENTER, bold=True, height=2),
        Rule(),
        _field("办件编号", d.case_number),
        _field("办理事项", d.matter),
        _field("申 请 人", d.applicant_masked or "—"),
        _field("受理时间", f"{d.accepted_at:%Y-%m-%d %H:%M}" if d.accepted_at else "—"),
        _field("承诺办结", promised),
        _field("领取地点", d.pickup_place),
        _field("咨询电话", d.hall_phone),
        Rule(),
    ]
    # a number too long for 80 mm as a barcode still goes into the QR code, which always fits
    if barcode_fits(d.case_number):
        lines.append(Barcode(d.case_number))
        lines.append(Feed(1))
    lines += [
        QrCode(d.case_number, module=6),
        Feed(1),
        Text("办结后请凭本凭条到统一出件窗口领取办理结果，请妥善保管。", Align.CENTER),
        Text(f"{d.window}  打印于 {d.printed_at:%Y-%m-%d %H:%M}", Align.CENTER),
        Feed(2),
        Cut(),
    ]
    return Slip(tuple(lines), f"取件凭条-{d.case_number}")


TEST_BARCODE = "TEST-0123456789"
RULER = "".join(str(i % 10) for i in range(1, 49))  # 48 columns: the whole line, exactly


def printer_test_slip(hall_name: str, url: str, now: datetime) -> Slip:
    """Every size, bold, a line of Chinese, a full-width ruler, a barcode and a QR code."""
    return Slip(
        (
            Text("打印机测试页", Align.CENTER, bold=True, width=2, height=2),
            Text(hall_name, Align.CENTER),
            Rule("="),
            Text("正常字号 Normal 1x1"),
            Text("加粗 Bold", bold=True),
            Text("倍宽 2x1", width=2),
            Text("倍高 1x2", height=2),
            Text("倍宽倍高 2x2", width=2, height=2),
            Text("居中 Center", Align.CENTER),
            Text("居右 Right", Align.RIGHT),
            Rule(),
            Text("中文：一窗通办，政务服务便民利企。生僻字：䶮𠮷"),
            Text(RULER),
            Text("一二三四五六七八九十" * 2 + "一二三四"),
            Rule(),
            Barcode(TEST_BARCODE),
            Feed(1),
            QrCode(f"OneWindow 一窗通办 打印测试 {now:%Y-%m-%d %H:%M:%S}", module=5),
            Feed(1),
            Text(f"打印时间：{now:%Y-%m-%d %H:%M:%S}"),
            Text(f"设备地址：{url}"),
            Feed(2),
            Cut(),
        ),
        f"打印机测试页-{now:%Y%m%d-%H%M%S}",
    )


def test_page_slip(window, url: str = "", now: datetime | None = None) -> Slip:
    """printer_test_slip for a workbench's window settings (anything with a hall_name)."""
    return printer_test_slip(getattr(window, "hall_name", ""), url, now or datetime.now())


def render_test_page_pdf(hall_name: str, url: str, now: datetime) -> bytes:
    """An A4 test page for a document printer: sizes, Chinese, a 100 mm ruler, Code 128, a QR code."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.barcode import draw_code128
    from app.documents.fonts import register_fonts

    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=font)
    canvas.setTitle(f"打印机测试页 {now:%Y-%m-%d %H:%M}")
    canvas.setCreator("OneWindow 一窗通办")
    width, height = A4
    left, y = 20 * mm, height - 30 * mm
    canvas.setFont(font, 22)
    canvas.drawString(left, y, "打印机测试页")
    canvas.setFont(font, 11)
    y -= 10 * mm
    canvas.drawString(left, y, hall_name)
    for size in (9, 10.5, 12, 14, 16, 22):
        y -= size * 0.5 * mm + 4 * mm
        canvas.setFont(font, size)
        canvas.drawString(left, y, f"{size}磅 一窗通办 政务服务 OneWindow 0123456789")
    y -= 12 * mm
    canvas.setFont(font, 10)
    canvas.drawString(left, y + 3 * mm, "标尺（应为100毫米，用于检查缩放）：")
    canvas.line(left, y, left + 100 * mm, y)
    for i in range(11):
        tick = 3 * mm if i % 5 == 0 else 1.5 * mm
        canvas.line(left + i * 10 * mm, y, left + i * 10 * mm, y - tick)
    y -= 30 * mm
    draw_code128(canvas, left, y, TEST_BARCODE, font_name=font)
    qr = QrCodeWidget(f"OneWindow 一窗通办 打印测试 {now:%Y-%m-%d %H:%M:%S}")
    x0, y0, x1, y1 = qr.getBounds()
    side = 30 * mm
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, canvas, width - 20 * mm - side, y)
    canvas.setFont(font, 10)
    canvas.drawString(left, y - 10 * mm, f"打印时间：{now:%Y-%m-%d %H:%M:%S}")
    canvas.drawString(left, y - 16 * mm, f"设备地址：{url}")
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)  # the frame shows clipped margins
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
