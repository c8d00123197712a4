"""The queue ticket (排队号票) as an 80 mm ESC/POS slip: the number very large, then the details.

The content is plain text made by the document layer (app.documents.ticket), the same text the
PDF ticket prints, so a ticket reads the same whichever printer the kiosk has. Here it is only
laid out: the hall name, the number at four times the normal size (double width and height
twice over: readable at arm's length), the category, the marks (绿色通道, 离线), the details, the
QR code of the number (drawn by the printer itself), the notice, then the cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.printer.escpos.encoder import encode
from drivers.printer.escpos.slip import Align, Cut, Feed, QrCode, Rule, Slip, Text

QR_MODULE = 8
NUMBER_SIZE = 4  # width and height multiplier of the number (GS ! 0x33): "A005" is 192 of 576 dots


@dataclass(frozen=True)
class TicketContent:
    hall_name: str
    number: str  # A005
    category: str  # 综合受理
    marks: tuple[str, ...] = ()  # 绿色通道 / 预约 / 离线取号: shown under the number
    details: tuple[str, ...] = ()  # 前方等待3人 · 预计等待约24分钟 · 取号时间 …
    notice: str = ""  # 请留意叫号屏幕和语音提示
    name: str = "号票"  # a title for logs and the PDF file name: 号票-A005-20261123-0915
    qr: str = ""  # what the ticket's QR code holds (the number: a window's scanner calls it)


def ticket_slip(content: TicketContent) -> Slip:
    lines: list = [
        Text(content.hall_name, Align.CENTER, bold=True, height=2),
        Rule(),
        Text(content.number, Align.CENTER, bold=True, width=NUMBER_SIZE, height=NUMBER_SIZE),
        Text(content.category, Align.CENTER, bold=True, width=2, height=2),
    ]
    if content.marks:
        lines.append(Text("【" + "】【".join(content.marks) + "】", Align.CENTER, bold=True, height=2))
    lines.append(Rule())
    lines += [Text(line) for line in content.details]
    if content.qr:
        # the printer draws it (GS ( k): 8 dots a module keeps a 21-module symbol ~25 mm wide
        lines.append(QrCode(content.qr, module=QR_MODULE))
    if content.notice:
        lines += [Rule(), Text(content.notice, Align.CENTER)]
    lines += [Feed(3), Cut()]
    return Slip(tuple(lines), content.name)


def encode_ticket(content: TicketContent) -> bytes:
    """The printer's bytes: GB18030 text in Chinese mode, the number in size 4×4, a full cut."""
    return encode(ticket_slip(content))
