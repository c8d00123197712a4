"""What a piece of text a person typed (a name, a reason, an address) may hold.

Control characters (NUL above all) and lone UTF-16 surrogates are never typed by a person: they
come from a broken device, a corrupted file or an attacker. Stored, they break the databases
(PostgreSQL refuses NUL in text; no UTF-8 encoder takes a lone surrogate) and the printers, so
the edges — the server's requests, pushed mutations — refuse them with a reason instead.
Tab and line breaks stay allowed: an opinion or a comment may have several lines.
"""

from __future__ import annotations

import re
from typing import Any

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

# what a JSON document must contain, escaped, for one of its strings to hold a forbidden character
# (a raw control character or a raw surrogate cannot stand in valid JSON text at all): a cheap
# test over a whole request body tells whether the careful walk below is needed
FORBIDDEN_JSON_ESCAPE = re.compile(rb"\\u(?:00[01][0-9a-fA-F]|007[fF]|[dD][89a-fA-F][0-9a-fA-F]{2})")


def text_problem(text: str) -> str | None:
    """Why `text` cannot be kept, or None."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return "含有无效的字符编码（孤立的代理码位），请检查输入内容"
    return f"含有不可见的控制字符（U+{code:04X}），请删除后重新输入"


def first_text_problem(value: Any, where: str = "") -> str | None:
    """The first string in a JSON-like value (keys included) that cannot be kept, as
    “<where>：<why>”, or None."""
    if isinstance(value, str):
        problem = text_problem(value)
        return f"字段“{where}”{problem}" if where and problem else problem
    if isinstance(value, dict):
        for key, item in value.items():
            # the label is echoed in the reason: it must not carry what it complains about
            name = _FORBIDDEN.sub("?", str(key))
            label = f"{where}.{name}" if where else name
            if (problem := first_text_problem(str(key), label)) is not None:
                return problem
            if (problem := first_text_problem(item, label)) is not None:
                return problem
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if (problem := first_text_problem(item, f"{where}[{index}]")) is not None:
                return problem
    return None
