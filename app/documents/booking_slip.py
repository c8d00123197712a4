"""预约凭条: the slip an applicant takes home from a booking made at the window (80 mm thermal).

It carries what the kiosk asks for on the day — the booking code, as text, as Code 128 and as a
QR code, for a kiosk with a scanner — and when to come. The name is masked by the caller
(app.domain.masking): a slip is often left lying about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.documents.slips import _date, _field
from drivers.printer.escpos import Align, Barcode, Cut, Feed, QrCode, Rule, Slip, Text, barcode_fits

_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class BookingSlipData:
    hall_name: str
    hall_address: str
    hall_phone: str
    code: str
    category_name: str
    day: date
    slot: str  # 09:00-09:30
    matter_name: str  # "" when the booking named no matter
    applicant_masked: str  # 王*, already masked
    window: str  # where it was booked
    printed_at: datetime


def booking_slip(d: BookingSlipData) -> Slip:
    when = f"{_date(d.day)}（周{_WEEKDAYS[d.day.weekday()]}）{d.slot}"
    lines: list = [
        Text(d.hall_name, Align.CENTER, bold=True, width=2, height=2),
        Text("预约凭条", Align.CENTER, bold=True, height=2),
        Rule(),
        Text(f"预约码 {d.code}", Align.CENTER, bold=True, width=2, height=2),
        Rule(),
        _field("预约时间", when),
        _field("业务类别", d.category_name),
    ]
    if d.matter_name:
        lines.append(_field("办理事项", d.matter_name))
    lines += [
        _field("预 约 人", d.applicant_masked or "—"),
        _field("大厅地址", d.hall_address or d.hall_name),
        _field("咨询电话", d.hall_phone or "—"),
        Rule(),
    ]
    if barcode_fits(d.code):
        lines += [Barcode(d.code), Feed(1)]
    lines += [
        QrCode(d.code, module=6),
        Feed(1),
        Text("请在预约时段到大厅取号机刷预约时登记的身份证，或输入、扫描预约码签到取号。", Align.CENTER),
        Text("预约前一天将发送提醒短信；不能前来请提前取消，爽约多次将暂停网上预约。", Align.CENTER),
        Text(f"{d.window}  打印于 {d.printed_at:%Y-%m-%d %H:%M}", Align.CENTER),
        Feed(2),
        Cut(),
    ]
    return Slip(tuple(lines), f"预约凭条-{d.code}")
