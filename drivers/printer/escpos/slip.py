"""A printer-neutral slip: what an 80 mm thermal slip says, line by line.

A slip is built by the document layer (取件凭条, the test page, later the queue ticket) and
encoded for a printer by `drivers.printer.escpos.encoder`. It knows columns, not dots: an 80 mm
printer prints 576 dots, 48 columns of Font A (12 dots) or 24 double-byte CJK characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

PAPER_DOTS = 576  # printable width of an 80 mm head at 203 dpi
COLUMNS = 48  # Font A is 12 dots wide: 576 / 12
REPLACEMENT = "□"  # shown for what the printer's font cannot print (GB2312 A1F5: every printer has it)

# Closing punctuation must not begin a line (the Chinese line-breaking rule, 避头点).
_NO_LINE_START = set("，。、；：？！）》」』】〉’”…%,.;:?!)]}")


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Text:
    """A paragraph; wrapped to the columns its width leaves. "\\n" starts a new line."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    width: int = 1  # 1–8 times (GS !); 2 halves the columns
    height: int = 1  # 1–8 times

    def __post_init__(self) -> None:
        if not (1 <= self.width <= 8 and 1 <= self.height <= 8):
            raise ValueError(f"字号倍数应在 1 到 8 之间，现为 {self.width}×{self.height}")


@dataclass(frozen=True)
class Rule:
    """A line across the paper, as characters (every printer can print a dash)."""

    char: str = "-"


@dataclass(frozen=True)
class Barcode:
    """Code 128, drawn by the printer, with its human-readable text below."""

    data: str
    height: int = 80  # dots: 10 mm at 203 dpi
    align: Align = Align.CENTER


@dataclass(frozen=True)
class QrCode:
    data: str
    module: int = 6  # dots per module (GS ( k fn 67), 1–16
    ec: str = "M"  # error correction L, M, Q, H
    align: Align = Align.CENTER

    def __post_init__(self) -> None:
        if not 1 <= self.module <= 16:
            raise ValueError(f"二维码模块大小应在 1 到 16 之间，现为 {self.module}")
        if self.ec not in ("L", "M", "Q", "H"):
            raise ValueError(f"二维码纠错等级应为 L、M、Q、H 之一，现为 {self.ec}")


@dataclass(frozen=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True)
class Cut:
    partial: bool = False
    feed: int = 0  # extra dots fed beyond the cutting position (GS V function B)


Line = Text | Rule | Barcode | QrCode | Feed | Cut


@dataclass(frozen=True)
class Slip:
    lines: tuple[Line, ...] = field(default_factory=tuple)
    name: str = "凭条"  # a title for the spool and logs: 取件凭条-330421-20261122-W03-0007


# -- text as the printer sees it -------------------------------------------------------------
def printable(ch: str) -> str:
    """ch as it will be printed: itself, or REPLACEMENT when the printer would garble it.

    In Chinese mode a printer prints single-byte ASCII and double-byte GB18030 (the GBK set every
    Chinese-market printer carries); four-byte GB18030 is printed only for CJK ideographs (the
    rare characters of names, 生僻字, in a GB18030-2005 font). Control characters would be taken
    as commands, so they never reach the printer.
    """
    if " " <= ch <= "~":
        return ch
    if ch == "\t":
        return " "
    try:
        encoded = ch.encode("gb18030")
    except UnicodeEncodeError:  # lone surrogates, the only thing GB18030 cannot encode
        return REPLACEMENT
    if len(encoded) == 2:
        return ch
    if len(encoded) == 4 and _is_cjk_ideograph(ch):
        return ch
    return REPLACEMENT


def _is_cjk_ideograph(ch: str) -> bool:
    cp = ord(ch)
    return 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF


def columns(ch: str) -> int:
    """Columns a printable character takes: ASCII one, everything double-byte two."""
    return 1 if ch < "\x80" else 2


def clean(text: str) -> str:
    return "".join(printable(ch) for ch in text.replace("\r", ""))


def text_columns(text: str) -> int:
    return sum(columns(ch) for ch in clean(text))


def wrap(text: str, width: int) -> list[str]:
    """Break text into lines of at most width columns (CJK two each).

    Latin words are kept whole when they fit on a line; CJK text breaks between any two
    characters except before closing punctuation. Empty text gives one empty line.
    """
    if width < 2:
        raise ValueError("每行至少要能放下一个汉字")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(clean(paragraph), width))
    return lines


def _wrap_paragraph(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for ch in text:
        w = columns(ch)
        if used + w <= width:
            line.append(ch)
            used += w
            continue
        carried = _carry(line, ch, width)
        lines.append("".join(line).rstrip())
        line = carried + ([] if ch == " " else [ch])
        used = sum(columns(c) for c in line)
    lines.append("".join(line).rstrip())
    return lines


def _carry(line: list[str], ch: str, width: int) -> list[str]:
    """Characters to move from the full line to the next one so neither breaks badly."""
    if ch == " " or not line:
        return []
    if ch in _NO_LINE_START:
        # take the last character along so the punctuation does not start the line
        fits = len(line) > 1 and columns(line[-1]) + columns(ch) <= width
        return [line.pop()] if fits else []
    if ch.isascii() and ch.isalnum() and line[-1].isascii() and line[-1].isalnum():
        # a Latin word (or number) runs across the edge: move it whole, if it starts in this line
        start = len(line)
        while start > 0 and line[start - 1].isascii() and line[start - 1].isalnum():
            start -= 1
        if start > 0:
            word = line[start:]
            del line[start:]
            return word
    return []
