"""What a clerk asks when looking for a case: 查找办件 (by number, name, ID number, phone, dates).

An applicant who comes back days later — to ask how far the case is, or to collect the result
at any window of the hall — rarely has the receipt with them. The clerk finds the case by what
the applicant can tell: the case number (or part of it), the name, the ID card, the phone.

The same rules bound the search on the window PC and on the server (which refuses anything
else with the same Message): every text has a length limit, the ID number is matched whole
(a few digits of somebody's ID card must not list the hall's applicants), a name needs two
characters and a phone enough digits to mean one person, and a date range spans at most a
year. Results are capped (MAX_HITS, newest first); their ID numbers and phones are masked
(app/domain/masking.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.masking import mask_id_number, mask_name, mask_phone
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

MAX_HITS = 50  # a screenful: past it the clerk narrows the search
MAX_TEXT = 50  # the longest case number, name or certificate number a search takes
MIN_NUMBER = 3
MIN_CERT = 6
MIN_NAME = 2  # one character (a surname) would list half the hall's applicants
MIN_PHONE = 7  # a mobile's last 8 or a landline's local number: one person, not a district
MAX_RANGE_DAYS = 366

NOTHING_ASKED = QT_TRANSLATE_NOOP(
    "messages", "请至少输入一项查找条件：办件编号、姓名、证件号码、电话或受理日期。"
)
TOO_LONG = QT_TRANSLATE_NOOP("messages", "{field}最多{limit}个字符，您输入了{length}个，请核对。")
NUMBER_TOO_SHORT = QT_TRANSLATE_NOOP(
    "messages", "办件编号至少输入{minimum}位（可只输入编号的一部分，如末尾的序号）。"
)
NUMBER_CHARACTERS = QT_TRANSLATE_NOOP("messages", "办件编号只含数字、字母和“-”，“{char}”不在其中，请核对。")
CERT_TOO_SHORT = QT_TRANSLATE_NOOP(
    "messages", "证件号码须输入完整号码（按完整号码查找），您只输入了{length}位，请对照证件核对。"
)
NAME_TOO_SHORT = QT_TRANSLATE_NOOP(
    "messages",
    "姓名至少输入{minimum}个字（完整姓名，或姓名中连续的几个字）：只输入一个字会列出许多人的办件。",
)
CERT_CHARACTERS = QT_TRANSLATE_NOOP("messages", "证件号码只含数字和字母，“{char}”不在其中，请核对。")
PHONE_CHARACTERS = QT_TRANSLATE_NOOP("messages", "电话号码只能输入数字（可带空格或“-”），“{char}”不是数字。")
PHONE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "messages", "电话号码至少输入{minimum}位数字（完整号码，或手机号的后{minimum}位），您输入了{length}位。"
)
RANGE_REVERSED = QT_TRANSLATE_NOOP(
    "messages", "起始日期{start:%Y-%m-%d}晚于截止日期{end:%Y-%m-%d}，请调换或改正。"
)
RANGE_TOO_LONG = QT_TRANSLATE_NOOP("messages", "受理日期最多查找{days}天，请缩小日期范围。")
FIELD_NUMBER = QT_TRANSLATE_NOOP("messages", "办件编号")
FIELD_NAME = QT_TRANSLATE_NOOP("messages", "姓名")
FIELD_CERT = QT_TRANSLATE_NOOP("messages", "证件号码")
FIELD_PHONE = QT_TRANSLATE_NOOP("messages", "电话号码")

# full-width digits, letters and the hyphen a Chinese input method types → half-width
_HALF_WIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"－": "-", "　": " "}
)
_NUMBER_CHAR = re.compile(r"[0-9A-Z\-]")
_CERT_CHAR = re.compile(r"[0-9A-Z]")
_PHONE_SEPARATORS = re.compile(r"[\s\-()（）]")


class CaseSearchError(MessageError, ValueError):
    """A search that cannot be run; `field` names the criterion to correct (focus goes there)."""

    def __init__(self, message: Message, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class CaseSearch:
    """A validated search. Texts are normalised; every criterion given must hold (AND)."""

    number: str = ""  # part of a case number, upper case
    name: str = ""  # part of the applicant's (or the agent's) name
    cert_number: str = ""  # a whole certificate number, upper case: matched exactly
    phone: str = ""  # digits only: the end of the applicant's phone
    date_from: date | None = None
    date_to: date | None = None

    def starts_at(self) -> datetime | None:
        return None if self.date_from is None else datetime.combine(self.date_from, time.min)

    def ends_before(self) -> datetime | None:
        """The first moment after the range (the last day counts whole)."""
        return None if self.date_to is None else datetime.combine(self.date_to + timedelta(days=1), time.min)


def case_search(
    number: str = "",
    name: str = "",
    cert_number: str = "",
    phone: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
) -> CaseSearch:
    """The search the clerk typed, checked; CaseSearchError says what to correct."""
    number = _text(number, "number", Message(FIELD_NUMBER)).upper()
    name = " ".join(_text(name, "name", Message(FIELD_NAME)).split())
    cert_number = _text(cert_number, "cert_number", Message(FIELD_CERT)).upper().replace(" ", "")
    phone = _text(phone, "phone", Message(FIELD_PHONE))
    if number:
        _check_number(number)
    if cert_number:
        _check_cert(cert_number)
    if name and len(name) < MIN_NAME:
        raise CaseSearchError(Message(NAME_TOO_SHORT, minimum=MIN_NAME), "name")
    digits = _phone_digits(phone) if phone else ""
    if date_from is not None and date_to is not None:
        if date_from > date_to:
            raise CaseSearchError(Message(RANGE_REVERSED, start=date_from, end=date_to), "date_from")
        if (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
            raise CaseSearchError(Message(RANGE_TOO_LONG, days=MAX_RANGE_DAYS), "date_from")
    elif date_from is not None or date_to is not None:
        # one end alone: up to a year from (or back to) it, so even that search stays bounded
        year = timedelta(days=MAX_RANGE_DAYS - 1)
        date_to = date_to or date_from + year  # type: ignore[operator]
        date_from = date_from or date_to - year
    if not (number or name or cert_number or digits or date_from):
        raise CaseSearchError(Message(NOTHING_ASKED), "number")
    return CaseSearch(number, name, cert_number, digits, date_from, date_to)


def _text(value: str, field: str, label: Message) -> str:
    text = (value or "").translate(_HALF_WIDTH).strip()
    if len(text) > MAX_TEXT:
        raise CaseSearchError(Message(TOO_LONG, field=label, limit=MAX_TEXT, length=len(text)), field)
    return text


def _check_number(number: str) -> None:
    for char in number:
        if not _NUMBER_CHAR.fullmatch(char):
            raise CaseSearchError(Message(NUMBER_CHARACTERS, char=char), "number")
    if len(number) < MIN_NUMBER:
        raise CaseSearchError(Message(NUMBER_TOO_SHORT, minimum=MIN_NUMBER), "number")


def _check_cert(cert: str) -> None:
    for char in cert:
        if not _CERT_CHAR.fullmatch(char):
            raise CaseSearchError(Message(CERT_CHARACTERS, char=char), "cert_number")
    if len(cert) < MIN_CERT:
        raise CaseSearchError(Message(CERT_TOO_SHORT, length=len(cert)), "cert_number")


def _phone_digits(phone: str) -> str:
    compact = _PHONE_SEPARATORS.sub("", phone)
    if compact.startswith("+"):
        compact = compact[1:]
    for char in compact:
        if not char.isascii() or not char.isdigit():
            raise CaseSearchError(Message(PHONE_CHARACTERS, char=char), "phone")
    if len(compact) < MIN_PHONE:
        raise CaseSearchError(Message(PHONE_TOO_SHORT, minimum=MIN_PHONE, length=len(compact)), "phone")
    return compact


def phone_digits(stored: str) -> str:
    """A stored phone as the search compares it: its digits alone."""
    return "".join(c for c in stored or "" if c.isascii() and c.isdigit())


def people_of(applicant: dict | None, second_party: dict | None = None) -> list[dict]:
    """Everyone a case can be found by: the applicant, the second party of a two-party matter
    (结婚登记's 女方), and the agent of each (who may be the one who comes back)."""
    people = []
    for party in (applicant, second_party):
        if party:
            people.append(party)
            if party.get("agent"):
                people.append(party["agent"])
    return people


def matches(search: CaseSearch, number: str, people: list[dict], created_at: datetime) -> bool:
    """Whether one case answers the search: the rule the stores' queries follow, for the checks
    they cannot express in SQL alone (applied to the rows they narrowed down)."""
    # a foreign permanent resident's card carries an English name beside the Chinese one
    names = [n for p in people for n in (p.get("name") or "", p.get("english_name") or "")]
    certs = [(p.get("cert_number") or "").upper() for p in people]
    phones = [phone_digits(p.get("phone", "")) for p in people]
    starts, ends = search.starts_at(), search.ends_before()
    return (
        (not search.number or search.number in number.upper())
        and (not search.name or any(search.name.casefold() in n.casefold() for n in names))
        and (not search.cert_number or search.cert_number in certs)
        and (not search.phone or any(p and p.endswith(search.phone) for p in phones))
        and (starts is None or created_at >= starts)
        and (ends is None or created_at < ends)
    )


@dataclass(frozen=True)
class MaskedApplicant:
    """The applicant as a result list shows them: nothing a passer-by could copy whole."""

    name: str
    cert_number: str
    phone: str


def masked_applicant(applicant: dict) -> MaskedApplicant:
    return MaskedApplicant(
        mask_name(applicant.get("name")),
        mask_id_number(applicant.get("cert_number")),
        mask_phone(applicant.get("phone")),
    )


LIKE_ESCAPE = "\\"


def like_contains(text: str) -> str:
    """A LIKE pattern (escape LIKE_ESCAPE) for `text` anywhere: % and _ typed are literal."""
    return "%" + _like(text) + "%"


def like_ends_with(text: str) -> str:
    return "%" + _like(text)


def _like(text: str) -> str:
    return (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
