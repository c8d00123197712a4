"""Validation of the resident ID number (GB 11643) and the unified social credit code (GB 32100).

Every failure has its own exception class, so the caller can react precisely (focus the field,
count typo kinds), and every message is a sentence the clerk can act on.

The messages deliberately never reveal the expected check character: a clerk told "the last
character should be 7" would "fix" a typo anywhere in the number by changing the last one, and
the wrong person's number would pass. The clerk is asked to re-read the card instead.

Normalisation is limited to what keyboards and scanners really produce: surrounding spaces,
lowercase x, and full-width digits/letters typed while a Chinese input method is active. Other
look-alikes (①, ², Arabic-Indic digits) are rejected, not guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"
MAX_AGE_YEARS = 150

# Province-level codes of GB/T 2260, plus 81/82/83 used by the residence permits of Hong Kong,
# Macao and Taiwan residents (their address code is always exactly 810000/820000/830000).
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65}
)
PERMIT_REGIONS = {"81": "810000", "82": "820000", "83": "830000"}

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# Full-width digits and letters (U+FF10.., U+FF21.., U+FF41..) → half-width, and every Latin
# letter → uppercase. A table rather than str.upper(), which would turn "ß" into two characters
# and shift the positions named in messages.
_NORMALISE = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0x61 + i): chr(0x41 + i) for i in range(26)}
)


ID_EMPTY = QT_TRANSLATE_NOOP("messages", "请输入身份证号码。")
ID_LENGTH = QT_TRANSLATE_NOOP("messages", "身份证号码应为18位，您输入了{length}位，请核对。")
ID_LEGACY = QT_TRANSLATE_NOOP("messages", "15位旧身份证号码已停用，请使用18位号码。")
ID_MISPLACED_X = QT_TRANSLATE_NOOP(
    "messages", "第{position}位不能是“X”：X只能出现在第18位（最后一位），请核对。"
)
ID_NOT_DIGIT = QT_TRANSLATE_NOOP(
    "messages", "第{position}位的{char}不是数字（只有最后一位可以是X），请核对。"
)
ID_PERMIT_REGION = QT_TRANSLATE_NOOP(
    "messages", "前6位地址码“{region}”无效：港澳台居民居住证号码的前6位应为{expected}，请核对。"
)
ID_PROVINCE = QT_TRANSLATE_NOOP("messages", "前两位“{prefix}”不是有效的省级行政区划代码，请核对号码。")
ID_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "messages", "第7–14位的出生日期{year}年{month}月{day}日不存在，请核对号码。"
)
ID_FUTURE_BIRTH = QT_TRANSLATE_NOOP("messages", "号码中的出生日期{birth:%Y年%m月%d日}晚于今天，请核对号码。")
ID_TOO_OLD = QT_TRANSLATE_NOOP(
    "messages", "号码中的出生日期{birth:%Y年%m月%d日}意味着年龄超过{years}岁，请核对号码。"
)
ID_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "messages", "身份证号码校验位不符，可能有数字录入错误，请对照证件逐位重新核对。"
)
CREDIT_EMPTY = QT_TRANSLATE_NOOP("messages", "请输入统一社会信用代码。")
CREDIT_LENGTH = QT_TRANSLATE_NOOP("messages", "统一社会信用代码应为18位，您输入了{length}位，请核对。")
CREDIT_CHARACTER = QT_TRANSLATE_NOOP(
    "messages", "第{position}位的{char}不能出现在统一社会信用代码中，请核对。"
)
CREDIT_LOOKALIKE = QT_TRANSLATE_NOOP(
    "messages",
    "第{position}位的{char}不能出现在统一社会信用代码中"
    "（代码不使用字母I、O、S、V、Z，请注意与数字1、0、5、2区分），请核对。",
)
CREDIT_REGION = QT_TRANSLATE_NOOP("messages", "第3–8位应为6位数字的行政区划码，现为“{region}”，请核对。")
CREDIT_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "messages", "统一社会信用代码校验位不符，可能有录入错误，请对照营业执照等证照逐位重新核对。"
)
FOREIGN_2017_FORM = QT_TRANSLATE_NOOP("messages", "2017版永居证号码应为3位字母国籍代码加12位数字，请核对")
FOREIGN_LENGTH = QT_TRANSLATE_NOOP(
    "messages", "永居证号码应为15位（2017版）或18位（2023版），现为{length}位，请核对"
)
FOREIGN_2023_NINE = QT_TRANSLATE_NOOP("messages", "2023版永居证号码应以9开头，请核对")
FOREIGN_2023_DIGITS = QT_TRANSLATE_NOOP("messages", "2023版永居证号码前17位应为数字，最后一位为数字或X")
FOREIGN_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "messages", "永居证号码校验位不符，可能有数字录入错误，请对照证件逐位重新核对。"
)
CHAR_SPACE = QT_TRANSLATE_NOOP("messages", "空格")
CHAR_INVISIBLE = QT_TRANSLATE_NOOP("messages", "不可见字符（{code}）")
CHAR_QUOTED = QT_TRANSLATE_NOOP("messages", "“{char}”")


class IdNumberError(MessageError, ValueError):
    """Base of every resident ID number error; `message` is the Message for the clerk."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)


class EmptyIdNumberError(IdNumberError):
    def __init__(self) -> None:
        super().__init__(Message(ID_EMPTY))


class IdNumberLengthError(IdNumberError):
    def __init__(self, length: int) -> None:
        super().__init__(Message(ID_LENGTH, length=length))
        self.length = length


class LegacyIdNumberError(IdNumberLengthError):
    """A 15-digit first-generation number: not a typo, the applicant needs the new number."""

    def __init__(self) -> None:
        IdNumberError.__init__(self, Message(ID_LEGACY))
        self.length = 15


class IdNumberCharacterError(IdNumberError):
    def __init__(self, char: str, position: int) -> None:
        if char == "X":
            message = Message(ID_MISPLACED_X, position=position)
        else:
            message = Message(ID_NOT_DIGIT, position=position, char=_describe_char(char))
        super().__init__(message)
        self.char = char
        self.position = position


class IdNumberRegionError(IdNumberError):
    def __init__(self, region: str) -> None:
        if region[:2] in PERMIT_REGIONS:
            message = Message(ID_PERMIT_REGION, region=region, expected=PERMIT_REGIONS[region[:2]])
        else:
            message = Message(ID_PROVINCE, prefix=region[:2])
        super().__init__(message)
        self.region = region


class IdNumberBirthDateError(IdNumberError):
    def __init__(self, raw: str) -> None:
        super().__init__(Message(ID_BIRTH_DATE, year=raw[:4], month=raw[4:6], day=raw[6:]))
        self.raw = raw


class IdNumberFutureBirthError(IdNumberError):
    def __init__(self, birth: date) -> None:
        super().__init__(Message(ID_FUTURE_BIRTH, birth=birth))
        self.birth_date = birth


class IdNumberTooOldError(IdNumberError):
    def __init__(self, birth: date) -> None:
        super().__init__(Message(ID_TOO_OLD, birth=birth, years=MAX_AGE_YEARS))
        self.birth_date = birth


class IdNumberCheckDigitError(IdNumberError):
    def __init__(self) -> None:
        # Deliberately no hint at the expected character: see the module docstring.
        super().__init__(Message(ID_CHECK_DIGIT))


class CreditCodeError(MessageError, ValueError):
    """Base of every unified social credit code error; `message` is the Message for the clerk."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)


class EmptyCreditCodeError(CreditCodeError):
    def __init__(self) -> None:
        super().__init__(Message(CREDIT_EMPTY))


class CreditCodeLengthError(CreditCodeError):
    def __init__(self, length: int) -> None:
        super().__init__(Message(CREDIT_LENGTH, length=length))
        self.length = length


class CreditCodeCharacterError(CreditCodeError):
    def __init__(self, char: str, position: int) -> None:
        template = CREDIT_LOOKALIKE if char in "IOSVZ" else CREDIT_CHARACTER
        super().__init__(Message(template, position=position, char=_describe_char(char)))
        self.char = char
        self.position = position


class CreditCodeRegionError(CreditCodeError):
    def __init__(self, region: str) -> None:
        super().__init__(Message(CREDIT_REGION, region=region))
        self.region = region


class CreditCodeCheckDigitError(CreditCodeError):
    def __init__(self) -> None:
        super().__init__(Message(CREDIT_CHECK_DIGIT))


@dataclass(frozen=True)
class ResidentId:
    """A validated resident ID number and what it tells."""

    number: str  # 18 characters, check character uppercase
    birth_date: date
    sex: str  # "男" / "女"
    region_code: str  # the first six digits (address code)

    @property
    def is_hmt_residence_permit(self) -> bool:
        """港澳台居民居住证: the number's address code is 810000/820000/830000."""
        return self.region_code in PERMIT_REGIONS.values()


def compute_check_digit(first17: str) -> str:
    """The GB 11643 check character (ISO 7064 MOD 11-2) for 17 ASCII digits.

    For code that builds numbers (simulators, tests); never show it to a clerk as a hint.
    """
    if len(first17) != 17 or not all(c in "0123456789" for c in first17):
        raise ValueError("需要17位数字")
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def validate_resident_id(text: str, today: date) -> ResidentId:
    """Validate an 18-character resident ID number as typed, read or scanned.

    Checks, in the order a clerk can best act on: empty, length (15 → legacy), characters,
    region, birth date (exists, not after `today`, not more than 150 years before), check digit.
    """
    if isinstance(today, datetime):  # datetime and date do not compare: keep only the day
        today = today.date()
    number = _normalise(text)
    if not number:
        raise EmptyIdNumberError()
    if len(number) == 15:
        raise LegacyIdNumberError()
    if len(number) != 18:
        raise IdNumberLengthError(len(number))
    for position, char in enumerate(number, start=1):
        if char in "0123456789" or (char == "X" and position == 18):
            continue
        raise IdNumberCharacterError(char, position)

    region = number[:6]
    prefix = region[:2]
    if prefix in PERMIT_REGIONS:
        if region != PERMIT_REGIONS[prefix]:
            raise IdNumberRegionError(region)
    elif int(prefix) not in PROVINCE_CODES:
        raise IdNumberRegionError(region)

    raw_birth = number[6:14]
    try:
        birth = date(int(raw_birth[:4]), int(raw_birth[4:6]), int(raw_birth[6:]))
    except ValueError:
        raise IdNumberBirthDateError(raw_birth) from None
    if birth > today:
        raise IdNumberFutureBirthError(birth)
    if birth < _years_before(today, MAX_AGE_YEARS):
        raise IdNumberTooOldError(birth)

    if compute_check_digit(number[:17]) != number[17]:
        raise IdNumberCheckDigitError()
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return ResidentId(number=number, birth_date=birth, sex=sex, region_code=region)


_OLD_FOREIGN_ID = re.compile(r"[A-Z]{3}\d{12}")


def validate_foreign_permanent_id(text: str) -> str:
    """外国人永久居留身份证 number: the 2017 form (3 letters of nationality + 12 digits) or the
    2023 form (18 digits, first digit 9, GB 11643 check digit). Returns it normalised."""
    number = _normalise(text)
    if not number:
        raise EmptyIdNumberError()
    if len(number) == 15:
        if not _OLD_FOREIGN_ID.fullmatch(number):
            raise IdNumberError(Message(FOREIGN_2017_FORM))
        return number
    if len(number) != 18:
        raise IdNumberError(Message(FOREIGN_LENGTH, length=len(number)))
    if number[0] != "9":
        raise IdNumberError(Message(FOREIGN_2023_NINE))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise IdNumberError(Message(FOREIGN_2023_DIGITS))
    if compute_check_digit(number[:17]) != number[17]:
        raise IdNumberError(Message(FOREIGN_CHECK_DIGIT))
    return number


def compute_credit_check_char(first17: str) -> str:
    """The GB 32100 check character for 17 characters of the credit code charset."""
    if len(first17) != 17 or not all(c in CREDIT_CHARSET for c in first17):
        raise ValueError("需要17位统一社会信用代码字符")
    total = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def validate_credit_code(text: str) -> str:
    """Validate a unified social credit code; return it normalised (uppercase, half-width)."""
    code = _normalise(text)
    if not code:
        raise EmptyCreditCodeError()
    if len(code) != 18:
        raise CreditCodeLengthError(len(code))
    for position, char in enumerate(code, start=1):
        if char not in CREDIT_CHARSET:
            raise CreditCodeCharacterError(char, position)
    # Positions 3–8 are the registering authority's administrative division code: digits only.
    if not code[2:8].isdigit():
        raise CreditCodeRegionError(code[2:8])
    if compute_credit_check_char(code[:17]) != code[17]:
        raise CreditCodeCheckDigitError()
    return code


def _normalise(text: str) -> str:
    # str.strip() also removes the ideographic space U+3000 an input method may leave behind.
    return (text or "").strip().translate(_NORMALISE)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _describe_char(char: str) -> Message:
    if char.isspace():
        return Message(CHAR_SPACE)
    if not char.isprintable():
        return Message(CHAR_INVISIBLE, code=f"U+{ord(char):04X}")
    return Message(CHAR_QUOTED, char=char)
