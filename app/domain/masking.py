"""Masking of personal data for screens, lists and logs (DOMAIN.md "Personal data").

These functions are called on the way to a hall display or a log line, where an exception
would cost more than an imperfect mask: they never raise, and whatever they cannot recognise
they mask more, not less. Empty (or None) in, empty out.
"""

from __future__ import annotations

import re

STAR = "*"

# Mainland mobile numbers, with an optional +86 / 0086 / 86 country prefix.
_MOBILE = re.compile(r"(?P<cc>(?:\+|00)?86)?(?P<num>1\d{10})")
# Landlines: area codes are 010 and 020–029 (three digits) or 0 + three digits elsewhere. An
# explicit rule, not a greedy \d{2,3}, so "01012345678" splits as 010 + 12345678.
_LANDLINE = re.compile(
    r"(?:\(|（)?(?P<area>0(?:10|2\d|[3-9]\d\d))(?:\)|）)?(?P<sep>[\s-]*)(?P<local>\d{7,8})"
    r"(?P<ext>(?:-|转|#|ext\.?\s*)\d{1,6})?",
    re.IGNORECASE,
)
_LOCAL = re.compile(r"\d{7,8}")
_NAME_SEPARATORS = re.compile(r"([\s·•・.\-]+)")


def mask_id_number(text: str | None) -> str:
    """First 6 + last 4 kept (110105********0021) for 10 characters or more; else all stars."""
    value = _text(text)
    if len(value) < 10:
        return STAR * len(value)
    return value[:6] + STAR * (len(value) - 10) + value[-4:]


# a certificate or phone number inside free text (a reason typed at the window): letters a
# passport or permit begins with, digits (spaces or hyphens between them, as typed from a card or
# spread over two groups: a run of them joins the groups too), a closing letter (the X of an ID)
_NUMBER_IN_TEXT = re.compile(r"[A-Za-z]*\d(?:[ \-]*\d)*[A-Za-z]?")
_DIGITS_OF_A_NUMBER = 6  # fewer digits are a count, a window number: kept
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")  # 2026-11-23: a date, kept


def mask_numbers_in_text(text: str | None) -> str:
    """Free text with every number that could identify a person masked, the words kept: one of
    15 characters or more (an ID number) as mask_id_number, a shorter one (a passport, a phone
    number) all but its last 4. A run with fewer than 6 digits, or a date, is not such a number."""

    def masked(match: re.Match[str]) -> str:
        if _DATE.fullmatch(match[0]):
            return match[0]
        run = re.sub(r"[ \-]", "", match[0])
        if sum(c.isdigit() for c in run) < _DIGITS_OF_A_NUMBER:
            return match[0]
        if len(run) >= 15:
            return mask_id_number(run)
        return STAR * (len(run) - 4) + run[-4:]

    return _NUMBER_IN_TEXT.sub(masked, _text(text))


def mask_phone(text: str | None) -> str:
    """Mobile: 138****3210. Landline: area code and last 4 kept (0571-****4321).

    A number without an area code keeps its last 4 digits (****4321); anything unrecognised
    is masked entirely, one star per character.
    """
    value = _text(text)
    if not value:
        return ""
    compact = re.sub(r"[\s-]", "", value)
    mobile = _MOBILE.fullmatch(compact)
    if mobile:
        number = mobile["num"]
        prefix = f"{mobile['cc']} " if mobile["cc"] else ""
        return f"{prefix}{number[:3]}{STAR * 4}{number[-4:]}"
    landline = _LANDLINE.fullmatch(value) or _LANDLINE.fullmatch(compact)
    if landline:
        local = landline["local"]
        # Typed with any separator (0571 8765 4321, (0571)87654321): show the area code apart.
        sep = "-" if compact != value or value.startswith(("(", "（")) else ""
        # The extension reaches an office, not a person: keeping it helps a colleague call back.
        ext = landline["ext"] or ""
        return f"{landline['area']}{sep}{STAR * (len(local) - 4)}{local[-4:]}{ext}"
    if _LOCAL.fullmatch(compact):
        return STAR * (len(compact) - 4) + compact[-4:]
    return STAR * len(value)


# what a log line or a crash report may carry by accident (an exception's message quoting a
# value, a request logged whole): an ID number (18 characters, the last may be X; the old 15
# digits) or a mainland mobile number standing alone — not inside a longer run of digits or
# letters, so case numbers (330429-20261204-W07-0001), hashes and UUIDs are kept whole
_ID_IN_LOG = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE_IN_LOG = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[ -]?)?1[3-9]\d{9}(?![0-9A-Za-z])")


def redact_for_log(text: str | None) -> str:
    """A log line or crash report with every ID number and mobile number in it masked (names
    cannot be told from other words: the code logs none, which tests/integration/
    test_no_personal_data_in_logs.py checks)."""
    value = _ID_IN_LOG.sub(lambda m: mask_id_number(m[0]), _text(text))
    return _MOBILE_IN_LOG.sub(lambda m: mask_phone(m[0]), value)


def mask_name(text: str | None) -> str:
    """Keep the first character, mask the rest: 张三 → 张*, 欧阳娜娜 → 欧***.

    Names of several words (Latin names, 阿依古丽·买买提) keep the first letter of each word
    and the separators: John Smith → J*** S****. A one-character name still gets a star
    (张 → 张*) so the display never shows a whole name.
    """
    value = _text(text)
    if not value:
        return ""
    if len(value) == 1:
        return value + STAR
    parts = _NAME_SEPARATORS.split(value)
    words_are_latin = any(part.isascii() and part.isalpha() for part in parts)
    masked: list[str] = []
    for index, part in enumerate(parts):
        if index % 2 == 1:  # a separator run, kept as typed
            masked.append(part)
        elif words_are_latin or index == 0:
            masked.append(part[:1] + STAR * (len(part) - 1))
        else:
            # later words of a Chinese/ethnic name are masked whole: only the very first
            # character of the name is shown, as the hall display convention wants
            masked.append(STAR * len(part))
    return "".join(masked)


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    return value.strip()
