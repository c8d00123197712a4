"""Case numbers (办件编号) and document numbers (受理文书编号).

The national platform fixes no format for a case number, only "up to 50 characters". Ours is
unique without asking any server, so a window keeps accepting cases while offline:

    330421-20261122-W03-0007
    │      │        │   └ sequence of this terminal on this day: from 1, zero-padded to 4
    │      │        │     digits, simply wider past 9999
    │      │        └ terminal code: 1–8 uppercase letters/digits, unique within the hall
    │      └ day of acceptance, YYYYMMDD
    └ hall code: 6–12 uppercase letters/digits (usually the 6-digit division code, plus more
      when one county runs several halls)

Only ASCII uppercase letters, digits and "-": Code 128 encodes it compactly, and a keyboard-wedge
scanner types it back into any field whatever the keyboard layout. Parsing accepts lowercase and
surrounding spaces (a scanner with Caps Lock, a pasted value) and nothing else: a number that
does not format back to itself is refused, so one case never has two spellings.

The sequence counter is persisted by the store; this module only does the pure part.

Document numbers follow the style of official documents, 〔year〕 and 第…号, with the case
number inside so each is unique and finds its case:

    受字〔2026〕第330421-20261122-W03-0007号       受理通知书 (acceptance)
    补字〔2026〕第330421-20261122-W03-0007号       一次性告知书 (deficiency notice)
    不受字〔2026〕第330421-20261122-W03-0007号     不予受理通知书 (refusal)
    出字〔2026〕第330421-20261122-W03-0007号       出件记录 (issuance)

The year is the case's year (not the printing day's), so the number of a document depends on
the case alone and reprinting gives the same number. A second document of the same kind for one
case (a second deficiency notice after a wrong supplement) takes `serial=2` → 第…之2号.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.id_numbers import CHAR_INVISIBLE, CHAR_QUOTED, CHAR_SPACE
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

MAX_LENGTH = 50
_HALL = re.compile(r"[A-Z0-9]{6,12}")
_TERMINAL = re.compile(r"[A-Z0-9]{1,8}")
_ALLOWED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


NUMBER_DATE = QT_TRANSLATE_NOOP("messages", "办件日期应为日期，现为“{day}”。")
NUMBER_SEQUENCE = QT_TRANSLATE_NOOP("messages", "办件序号应为正整数，现为“{sequence}”。")
NUMBER_TOO_LONG = QT_TRANSLATE_NOOP("messages", "办件编号不能超过{limit}个字符。")
NUMBER_EMPTY = QT_TRANSLATE_NOOP("messages", "请输入办件编号。")
NUMBER_TYPED_TOO_LONG = QT_TRANSLATE_NOOP("messages", "办件编号不能超过{limit}个字符，您输入了{length}个。")
NUMBER_PARTS = QT_TRANSLATE_NOOP(
    "messages", "办件编号应由4段组成，以“-”分隔（例如330421-20261122-W03-0007），您输入的有{parts}段。"
)
NUMBER_SEQUENCE_DIGITS = QT_TRANSLATE_NOOP("messages", "第4段序号应为至少4位数字，现为“{sequence}”。")
NUMBER_SEQUENCE_ZERO = QT_TRANSLATE_NOOP("messages", "第4段序号不能为0。")
NUMBER_LEADING_ZERO = QT_TRANSLATE_NOOP("messages", "第4段序号“{typed}”前面多了0，应为“{expected}”。")
NUMBER_USED_SEQUENCE = QT_TRANSLATE_NOOP("messages", "当日已用序号应为整数。")
NUMBER_NEGATIVE_SEQUENCE = QT_TRANSLATE_NOOP("messages", "当日已用序号不能为负数。")
NUMBER_HALL_CODE = QT_TRANSLATE_NOOP("messages", "第1段大厅代码应为6–12位大写字母或数字，现为“{code}”。")
NUMBER_TERMINAL = QT_TRANSLATE_NOOP("messages", "第3段终端代码应为1–8位大写字母或数字，现为“{code}”。")
NUMBER_DAY_FORMAT = QT_TRANSLATE_NOOP("messages", "第2段应为8位日期（年月日，如20261122），现为“{text}”。")
NUMBER_NO_SUCH_DAY = QT_TRANSLATE_NOOP("messages", "第2段日期“{text}”不存在，请核对。")
NUMBER_BAD_CHAR = QT_TRANSLATE_NOOP(
    "messages", "办件编号第{position}位的{char}无效：只能包含字母、数字和“-”。"
)
NUMBER_FULL_WIDTH = QT_TRANSLATE_NOOP(
    "messages",
    "办件编号第{position}位的{char}无效：只能包含字母、数字和“-”（这是全角字符，请切换到英文/半角输入法后重新扫描或输入）。",
)


class CaseNumberError(MessageError, ValueError):
    """A malformed case number; `part` names the offending part ("hall_code", "date", …)."""

    def __init__(self, message: Message | str, part: str | None = None) -> None:
        super().__init__(message)
        self.part = part


class DocumentNumberError(ValueError):
    pass


class DocumentKind(StrEnum):
    ACCEPT = "受理"
    DEFICIENCY = "补正"
    REFUSAL = "不予受理"
    ISSUANCE = "出件"
    AUTHORISATION = "委托"  # the 授权委托书 template printed for a 代办

    @property
    def prefix(self) -> str:
        return _PREFIXES[self]


_PREFIXES = {
    DocumentKind.ACCEPT: "受",
    DocumentKind.DEFICIENCY: "补",
    DocumentKind.REFUSAL: "不受",
    DocumentKind.ISSUANCE: "出",
    DocumentKind.AUTHORISATION: "委",
}


@dataclass(frozen=True, order=True)
class CaseNumber:
    hall_code: str
    day: date
    terminal: str
    sequence: int

    def __post_init__(self) -> None:
        if isinstance(self.day, datetime):  # a timestamp passed by mistake: keep only its day
            object.__setattr__(self, "day", self.day.date())
        if not isinstance(self.day, date):
            raise CaseNumberError(Message(NUMBER_DATE, day=self.day), "date")
        _check_hall_code(self.hall_code)
        _check_terminal(self.terminal)
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int) or self.sequence < 1:
            raise CaseNumberError(Message(NUMBER_SEQUENCE, sequence=self.sequence), "sequence")
        if len(self.format()) > MAX_LENGTH:
            raise CaseNumberError(Message(NUMBER_TOO_LONG, limit=MAX_LENGTH), "sequence")

    def format(self) -> str:
        # Explicit widths, not %Y: strftime does not zero-pad years before 1000 everywhere.
        d = self.day
        return f"{self.hall_code}-{d.year:04d}{d.month:02d}{d.day:02d}-{self.terminal}-{self.sequence:04d}"

    def __str__(self) -> str:
        return self.format()

    @classmethod
    def parse(cls, text: str) -> CaseNumber:
        """Read a typed or scanned case number; lowercase and surrounding spaces are tolerated."""
        # Uppercase ASCII only: str.upper() would also rewrite non-ASCII ("ß" → "SS") and hide
        # the character the clerk must be told about.
        value = "".join(c.upper() if c.isascii() else c for c in (text or "").strip())
        if not value:
            raise CaseNumberError(Message(NUMBER_EMPTY))
        for position, char in enumerate(value, start=1):
            if char not in _ALLOWED:
                raise CaseNumberError(_bad_char_message(char, position))
        if len(value) > MAX_LENGTH:
            raise CaseNumberError(Message(NUMBER_TYPED_TOO_LONG, limit=MAX_LENGTH, length=len(value)))
        parts = value.split("-")
        if len(parts) != 4:
            raise CaseNumberError(Message(NUMBER_PARTS, parts=len(parts)))
        hall_code, day_text, terminal, sequence_text = parts
        _check_hall_code(hall_code)
        day = _parse_day(day_text)
        _check_terminal(terminal)
        if not sequence_text.isdigit() or len(sequence_text) < 4:
            raise CaseNumberError(Message(NUMBER_SEQUENCE_DIGITS, sequence=sequence_text), "sequence")
        sequence = int(sequence_text)
        if sequence < 1:
            raise CaseNumberError(Message(NUMBER_SEQUENCE_ZERO), "sequence")
        if f"{sequence:04d}" != sequence_text:
            raise CaseNumberError(
                Message(NUMBER_LEADING_ZERO, typed=sequence_text, expected=f"{sequence:04d}"), "sequence"
            )
        return cls(hall_code=hall_code, day=day, terminal=terminal, sequence=sequence)


def next_case_number(hall_code: str, terminal: str, day: date, last_sequence_today: int) -> CaseNumber:
    """The case number after `last_sequence_today` (0 when none was issued yet today).

    Hall and terminal codes from settings are uppercased and stripped before they are checked.
    """
    if isinstance(last_sequence_today, bool) or not isinstance(last_sequence_today, int):
        raise CaseNumberError(Message(NUMBER_USED_SEQUENCE), "sequence")
    if last_sequence_today < 0:
        raise CaseNumberError(Message(NUMBER_NEGATIVE_SEQUENCE), "sequence")
    return CaseNumber(
        hall_code=str(hall_code).strip().upper(),
        day=day,
        terminal=str(terminal).strip().upper(),
        sequence=last_sequence_today + 1,
    )


def document_number(kind: str | DocumentKind, case_number: CaseNumber | str, *, serial: int = 1) -> str:
    """受字〔2026〕第330421-20261122-W03-0007号 and its siblings (see the module docstring)."""
    try:
        doc_kind = DocumentKind(kind)
    except ValueError:
        kinds = "、".join(k.value for k in DocumentKind)
        raise DocumentNumberError(f"未知的文书类型“{kind}”（可用：{kinds}）。") from None
    case = case_number if isinstance(case_number, CaseNumber) else CaseNumber.parse(case_number)
    if isinstance(serial, bool) or not isinstance(serial, int) or serial < 1:
        raise DocumentNumberError(f"文书序次应为正整数，现为“{serial}”。")
    suffix = f"之{serial}" if serial > 1 else ""
    return f"{doc_kind.prefix}字〔{case.day.year}〕第{case}{suffix}号"


def _check_hall_code(code: object) -> None:
    if not isinstance(code, str) or not _HALL.fullmatch(code):
        raise CaseNumberError(Message(NUMBER_HALL_CODE, code=code), "hall_code")


def _check_terminal(code: object) -> None:
    if not isinstance(code, str) or not _TERMINAL.fullmatch(code):
        raise CaseNumberError(Message(NUMBER_TERMINAL, code=code), "terminal")


def _parse_day(text: str) -> date:
    if not re.fullmatch(r"\d{8}", text):
        raise CaseNumberError(Message(NUMBER_DAY_FORMAT, text=text), "date")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise CaseNumberError(Message(NUMBER_NO_SUCH_DAY, text=text), "date") from None


def _bad_char_message(char: str, position: int) -> Message:
    if char.isspace():
        shown = Message(CHAR_SPACE)
    elif char.isprintable():
        shown = Message(CHAR_QUOTED, char=char)
    else:
        shown = Message(CHAR_INVISIBLE, code=f"U+{ord(char):04X}")
    # A scanner typing through an active Chinese input method produces full-width forms.
    full_width = 0xFF01 <= ord(char) <= 0xFF5E or char == "—"
    return Message(NUMBER_FULL_WIDTH if full_width else NUMBER_BAD_CHAR, position=position, char=shown)
