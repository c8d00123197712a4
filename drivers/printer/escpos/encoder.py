"""A slip → ESC/POS bytes, for 80 mm printers in Chinese mode (GB18030).

The bytes are written here by hand rather than through python-escpos' Escpos methods: its
text path knows code pages, not the Chinese mode (FS &) with GB18030 double-byte text that
Chinese-market printers speak, and slips need exact control over wrapping. python-escpos is
still used for USB and as the reference the tests compare our QR and cut commands with.

Commands (Epson ESC/POS reference; the same on Xprinter, Gprinter, SNBC and other clones):
  ESC @ init · FS & Chinese mode · ESC a n align · ESC E n bold · GS ! n size · LF
  GS h n / GS w n / GS H n / GS f n / GS k 73 n {B… Code 128 · GS ( k QR (model 2, store, print)
  ESC d n feed · GS V 65|66 n feed to the cutter and cut
"""

from __future__ import annotations

from drivers.printer.escpos.slip import (
    COLUMNS,
    PAPER_DOTS,
    Align,
    Barcode,
    Cut,
    Feed,
    QrCode,
    Rule,
    Slip,
    Text,
    columns,
    printable,
    wrap,
)

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
INIT = ESC + b"@"
CHINESE_MODE = FS + b"&"
_ALIGN = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}
_QR_EC = {"L": 48, "M": 49, "Q": 50, "H": 51}
QUIET_MODULES = 10  # ISO/IEC 15417: a quiet zone of 10 modules each side of a Code 128 symbol
_BARCODE_MODULES = (3, 2)  # dots per module tried, widest first; 1 dot (0.125 mm) scans badly


class SlipEncodingError(ValueError):
    """The slip asks for something the paper cannot hold (a barcode wider than 80 mm…)."""


class _State:
    """The printer's modes as last set, so each command is sent only when it changes."""

    def __init__(self) -> None:
        self.align = Align.LEFT
        self.bold = False
        self.size = 0

    def set(
        self, out: bytearray, align: Align | None = None, bold: bool | None = None, size: int | None = None
    ) -> None:
        if align is not None and align != self.align:
            out += ESC + b"a" + bytes([_ALIGN[align]])
            self.align = align
        if bold is not None and bold != self.bold:
            out += ESC + b"E" + bytes([1 if bold else 0])
            self.bold = bold
        if size is not None and size != self.size:
            out += GS + b"!" + bytes([size])
            self.size = size


def encode(slip: Slip) -> bytes:
    out = bytearray(INIT + CHINESE_MODE)
    state = _State()
    for line in slip.lines:
        if isinstance(line, Text):
            size = (line.width - 1) << 4 | (line.height - 1)
            state.set(out, line.align, line.bold, size)
            for part in wrap(line.text, COLUMNS // line.width):
                out += encode_text(part) + LF
        elif isinstance(line, Rule):
            state.set(out, Align.LEFT, False, 0)
            ch = printable(line.char[:1] or "-")
            out += encode_text(ch * (COLUMNS // columns(ch))) + LF
        elif isinstance(line, Barcode):
            state.set(out, line.align)
            out += barcode_command(line)
        elif isinstance(line, QrCode):
            state.set(out, line.align)
            out += qr_command(line)
        elif isinstance(line, Feed):
            out += ESC + b"d" + bytes([max(0, min(255, line.lines))])
        elif isinstance(line, Cut):
            out += GS + b"V" + bytes([66 if line.partial else 65, max(0, min(255, line.feed))])
        else:
            raise SlipEncodingError(f"凭条中有无法打印的内容：{type(line).__name__}")
    return bytes(out)


def encode_text(text: str) -> bytes:
    """GB18030 bytes of text; anything the printer cannot print becomes a visible □, never an error."""
    return "".join(printable(ch) for ch in text).encode("gb18030")


# -- Code 128 ----------------------------------------------------------------------------------
def code128_segments(text: str) -> list[tuple[str, str]]:
    """Split text into (code set, characters): B for text, C for long runs of digits.

    Code set C packs two digits in one symbol, so a case number like 330421-20261122-W03-0007
    fits 80 mm at 0.25 mm a module; all in code set B it would not. The rule is the usual one:
    C for four or more digits at either end (or the whole text), six or more in the middle.
    """
    if not text:
        raise SlipEncodingError("条码内容为空，无法打印条码。")
    bad = sorted({ch for ch in text if not " " <= ch <= "~"})
    if bad:
        raise SlipEncodingError(f"条码只能包含英文字母、数字和常用符号，不能包含：{''.join(bad)}")
    runs: list[tuple[bool, str]] = []
    for ch in text:
        if runs and runs[-1][0] == ch.isdigit():
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((ch.isdigit(), ch))
    segments: list[tuple[str, str]] = []

    def add(code_set: str, chars: str) -> None:
        if not chars:
            return
        if segments and segments[-1][0] == code_set:
            segments[-1] = (code_set, segments[-1][1] + chars)
        else:
            segments.append((code_set, chars))

    for i, (digits, chars) in enumerate(runs):
        at_start, at_end = i == 0, i == len(runs) - 1
        need = 4 if at_start or at_end else 6
        if not digits or len(chars) < need:
            add("B", chars)
        elif at_start:  # an odd digit goes after the pairs, into the code set B that follows
            even = len(chars) - len(chars) % 2
            add("C", chars[:even])
            add("B", chars[even:])
        else:  # an odd digit goes before the pairs, still in code set B
            odd = len(chars) % 2
            add("B", chars[:odd])
            add("C", chars[odd:])
    return segments


def code128_modules(text: str) -> int:
    """Width of the symbol in modules: start, data, code set switches, check symbol, stop (13)."""
    segments = code128_segments(text)
    data = sum(len(chars) // 2 if cs == "C" else len(chars) for cs, chars in segments)
    symbols = 1 + data + (len(segments) - 1) + 1
    return symbols * 11 + 13


def barcode_module(text: str) -> int | None:
    """Dots per module that fit the paper with quiet zones, or None when none does."""
    modules = code128_modules(text) + 2 * QUIET_MODULES
    return next((m for m in _BARCODE_MODULES if modules * m <= PAPER_DOTS), None)


def barcode_fits(text: str) -> bool:
    try:
        return barcode_module(text) is not None
    except SlipEncodingError:
        return False


def barcode_command(barcode: Barcode) -> bytes:
    module = barcode_module(barcode.data)
    if module is None:
        raise SlipEncodingError(f"条码“{barcode.data}”太长，80毫米凭条上印不下。")
    data = bytearray()
    for code_set, chars in code128_segments(barcode.data):
        data += b"{" + code_set.encode()
        if code_set == "C":
            data += bytes(int(chars[i : i + 2]) for i in range(0, len(chars), 2))
        else:
            data += chars.replace("{", "{{").encode("ascii")
    height = max(1, min(255, barcode.height))
    return (
        GS + b"h" + bytes([height])
        + GS + b"w" + bytes([module])
        + GS + b"H" + b"\x02"  # human-readable text below the bars
        + GS + b"f" + b"\x00"  # in Font A
        + GS + b"k" + bytes([73, len(data)]) + bytes(data)
    )  # fmt: skip


# -- QR code -----------------------------------------------------------------------------------
def _qr_function(fn: int, payload: bytes) -> bytes:
    size = len(payload) + 2  # cn and fn count in pL pH
    return GS + b"(k" + size.to_bytes(2, "little") + b"1" + bytes([fn]) + payload


def qr_command(qr: QrCode) -> bytes:
    data = qr.data.encode("utf-8")
    if not data:
        raise SlipEncodingError("二维码内容为空，无法打印二维码。")
    if len(data) > 7089:
        raise SlipEncodingError("二维码内容过长，无法打印。")
    return (
        _qr_function(65, b"\x32\x00")  # model 2
        + _qr_function(67, bytes([qr.module]))
        + _qr_function(69, bytes([_QR_EC[qr.ec]]))
        + _qr_function(80, b"0" + data)  # store the data in the symbol storage area
        + _qr_function(81, b"0")  # print it
    )
