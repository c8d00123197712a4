"""The pad's wire encoding of a rating: which level digits and reason codes travel, how long the
free text may be (docs/evaluator-protocol.md).

Only the encoding lives here: what a level or a code means, and which ratings may be kept (a
差评 names a reason, a good rating carries none), are the domain's (app/domain/ratings.py); the
app maps a pad's Rating onto it. A driver could ship alone, so it does not import the app; a
unit test holds the two code lists equal. A code once published keeps its meaning; new ones are
only ever added, here and in the domain at once.
"""

from __future__ import annotations

from collections.abc import Sequence

LEVELS = range(1, 6)  # the level field: one digit, 1 (worst) … 5 (best)
REASON_CODES = frozenset(
    {"I1", "I2", "I3", "I4"}  # the four offline indicators
    | {f"R{n:02d}" for n in range(1, 11)}  # what went wrong
    | {"R99"}  # something else (the free text explains)
)
MAX_TEXT = 200  # characters of free text a RATING message may carry
# the pad's screen flow: after these levels it asks for reasons (and a text); the domain's 差评
ASKS_REASONS = frozenset({1, 2})


def wire_problems(level: object, reasons: Sequence[str], text: str) -> list[str]:
    """What makes a RATING message unreadable on the wire; [] when it decodes. Whether the
    rating may be kept is the app's question to the domain."""
    if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
        return [f"评价等级“{level}”无效，应为1至5。"]
    problems = []
    unknown = [c for c in reasons if c not in REASON_CODES]
    if unknown:
        problems.append(f"评价原因代码“{'、'.join(unknown)}”不在公布的代码表中。")
    if len(set(reasons)) != len(reasons):
        problems.append("评价原因代码有重复。")
    if len(text) > MAX_TEXT:
        problems.append(f"评价文字不能超过{MAX_TEXT}个字，现有{len(text)}个。")
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        problems.append("评价文字含有控制字符。")
    return problems
