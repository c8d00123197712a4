"""Chinese text for print: CJK line-break rules, dates, and masking as a last safety net."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import textsplit as _rl_textsplit
from reportlab.platypus import paragraph as _rl_paragraph

# reportlab's CJK line breaking keeps 。、）from starting a line but not the full-width ，；：！？ or a
# closing quote, so lines began with a comma. Adding them makes such a mark hang at the end of the
# previous line, the usual Chinese rule (避头点). Idempotent; it only ever improves wrapping.
_MISSING_CANNOT_START = "，；：！？”’》〉"
# Both copies: single-run paragraphs break in textsplit, mixed-run ones in paragraph.
for _module in (_rl_textsplit, _rl_paragraph):
    if not set(_MISSING_CANNOT_START) <= set(_module.ALL_CANNOT_START):
        _module.ALL_CANNOT_START += _MISSING_CANNOT_START


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def fmt_datetime(value: datetime) -> str:
    return f"{fmt_date(value)} {value:%H:%M}"


def mask_id(id_type: str, number: str) -> str:
    """Mask a personal ID the caller forgot to mask (first 6 + last 4); a safety net, not the rule.

    Credit codes of organisations are public and stay whole.
    """
    if id_type == "统一社会信用代码" or "*" in number or len(number) < 11:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(phone: str) -> str:
    if "*" in phone or len(phone) != 11 or not phone.isdigit():
        return phone
    return phone[:3] + "****" + phone[-4:]
