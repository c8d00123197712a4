"""What a printer does with GS ( k: store QR data, then print the symbol, as the simulator's paper.

A real printer keeps the model, module size, error correction and stored data set by the QR
functions (cn 49) and draws the symbol when fn 81 arrives. The simulated printer reads a job the
same way, so a test sees what the paper would show: `printed_qr_codes` finds every symbol a job
printed (a malformed command is an error, as it would print garbage or nothing on a real printer),
and `qr_image` draws one at the printer's dot size, quiet zone included, for a scanner to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # qr_image imports them: every workbench imports the simulator with its
    # printer package, and reportlab's graphics would cost its start a tenth of a second
    from PIL import Image

QR_COMMAND = b"\x1d(k"
_EC = {48: "L", 49: "M", 50: "Q", 51: "H"}
QUIET_MODULES = 4  # ISO/IEC 18004: four light modules round the symbol


class MalformedQrCommand(ValueError):
    """A GS ( k sequence a printer could not make sense of."""


@dataclass(frozen=True)
class PrintedQr:
    data: str
    module: int  # dots per module
    ec: str  # L, M, Q, H


def printed_qr_codes(job: bytes) -> list[PrintedQr]:
    """Every QR symbol the job printed, in order (GS ( k fn 81 with data stored before it)."""
    printed: list[PrintedQr] = []
    module, ec, stored = 3, "L", b""  # a printer's power-on defaults
    at = job.find(QR_COMMAND)
    while at != -1:
        head = job[at + 3 : at + 5]
        if len(head) < 2:
            raise MalformedQrCommand("GS ( k 缺少参数长度")
        size = int.from_bytes(head, "little")
        body = job[at + 5 : at + 5 + size]
        if size < 2 or len(body) < size:
            raise MalformedQrCommand(f"GS ( k 参数长度 {size} 与实际内容不符")
        cn, fn, params = body[0], body[1], body[2:]
        if cn != 49:
            raise MalformedQrCommand(f"GS ( k 的 cn 应为 49（二维码），现为 {cn}")
        if fn == 65:
            if params[:1] not in (b"\x31", b"\x32"):
                raise MalformedQrCommand("二维码型号应为 1 或 2")
        elif fn == 67:
            if len(params) != 1 or not 1 <= params[0] <= 16:
                raise MalformedQrCommand("二维码模块大小应在 1 到 16 之间")
            module = params[0]
        elif fn == 69:
            if len(params) != 1 or params[0] not in _EC:
                raise MalformedQrCommand("二维码纠错等级参数无效")
            ec = _EC[params[0]]
        elif fn == 80:
            if params[:1] != b"0":
                raise MalformedQrCommand("二维码数据存储命令的 m 应为 48")
            stored = params[1:]
        elif fn == 81:
            if not stored:
                raise MalformedQrCommand("打印二维码前未存入数据")
            printed.append(PrintedQr(stored.decode("utf-8"), module, ec))
        else:
            raise MalformedQrCommand(f"不支持的二维码功能 fn={fn}")
        at = job.find(QR_COMMAND, at + 5 + size)
    return printed


def qr_image(symbol: PrintedQr) -> Image.Image:
    from PIL import Image
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    """The symbol as the printer's head would burn it: one pixel a dot, black on white."""
    code = QRCode(None, getattr(QRErrorCorrectLevel, symbol.ec))
    code.addData(symbol.data)
    code.make()
    count = code.getModuleCount()
    side = (count + 2 * QUIET_MODULES) * symbol.module
    image = Image.new("1", (side, side), 1)
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                x = (col + QUIET_MODULES) * symbol.module
                y = (row + QUIET_MODULES) * symbol.module
                image.paste(0, (x, y, x + symbol.module, y + symbol.module))
    return image
