"""What a thief of the server's database would read: every row of every table as stored (no
column type in between), and whether a word is in it as written or as a JSON column escapes it."""

from __future__ import annotations

import json
import re

from sqlalchemy import text

from app.domain.id_numbers import compute_check_digit
from server.store.models import Base

# standing alone (not inside a hex digest or a UUID); an ID number also passes its check digit
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z-])1[3-9][0-9]{9}(?![0-9A-Za-z-])")


def id_numbers_in(stored: str) -> list[str]:
    return [n for n in _ID_NUMBER.findall(stored) if compute_check_digit(n[:17]) == n[17].upper()]


def mobiles_in(stored: str) -> list[str]:
    return _MOBILE.findall(stored)


def everything_stored(ctx) -> str:
    dump = []
    with ctx.engine.connect() as c:
        for table in Base.metadata.sorted_tables:
            for row in c.execute(text(f'SELECT * FROM "{table.name}"')):
                dump.append(json.dumps([str(v) for v in row], ensure_ascii=False))
    return "\n".join(dump)


def holds(stored: str, word: str) -> bool:
    """Whether `word` is in the dump as such or as a JSON column writes it (\\u escapes)."""
    escaped = json.dumps(word)[1:-1]
    forms = (word, escaped, escaped.replace("\\", "\\\\"))
    return any(form.lower() in stored.lower() for form in forms)
