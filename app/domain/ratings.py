"""好差评: the applicant's rating of one service, and what makes a rating one that may be kept.

One home for these rules (DOMAIN.md "好差评"): the workbench's rating use case, the on-screen
evaluator and the central server all ask this module, so a rating the window would refuse is
refused by the server too. The pad's wire codes (drivers/evaluator/codes.py) are mapped onto
these by the app; the driver knows no meaning and no rule.

* Five levels: 非常满意 (5), 满意 (4), 基本满意 (3), 不满意 (2), 非常不满意 (1); 1 and 2 are 差评.
* A 差评 names at least one reason and may carry free text; any other level carries neither.
* Reasons are the published codes: the four offline indicators (整体满意度, 服务效率, 服务水平,
  服务态度) and what went wrong, as halls most often hear it; R99 is "something else". A code
  once published keeps its meaning; new ones are only ever added.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, listed, sentences

BAD_LEVEL = QT_TRANSLATE_NOOP("messages", "评价等级“{level}”无效，应为1至5。")
UNKNOWN_REASONS = QT_TRANSLATE_NOOP("messages", "评价原因代码“{codes}”不在公布的代码表中。")
REPEATED_REASONS = QT_TRANSLATE_NOOP("messages", "评价原因代码有重复。")
REASON_NEEDED = QT_TRANSLATE_NOOP("messages", "“{level}”属于差评，须至少选择一项原因。")
NO_REASON_WANTED = QT_TRANSLATE_NOOP("messages", "“{level}”不是差评，不应附带原因或文字。")
COMMENT_TOO_LONG = QT_TRANSLATE_NOOP("messages", "评价文字不能超过{limit}个字，现有{length}个。")
CONTROL_CHARACTERS = QT_TRANSLATE_NOOP("messages", "评价文字含有控制字符。")


class RatingLevel(IntEnum):
    VERY_SATISFIED = 5  # 非常满意
    SATISFIED = 4  # 满意
    BASICALLY_SATISFIED = 3  # 基本满意
    DISSATISFIED = 2  # 不满意
    VERY_DISSATISFIED = 1  # 非常不满意

    @property
    def label(self) -> str:
        return LEVELS[int(self)]

    @property
    def is_bad(self) -> bool:
        return int(self) in BAD_LEVELS


# level → its name, best first; the names and reasons are marked for Qt's translation (context
# "messages"): the evaluator pad, the console and the clerk's review dialog show them translated
LEVELS: dict[int, str] = {
    5: QT_TRANSLATE_NOOP("messages", "非常满意"),
    4: QT_TRANSLATE_NOOP("messages", "满意"),
    3: QT_TRANSLATE_NOOP("messages", "基本满意"),
    2: QT_TRANSLATE_NOOP("messages", "不满意"),
    1: QT_TRANSLATE_NOOP("messages", "非常不满意"),
}
BAD_LEVELS = frozenset({1, 2})  # 差评: verified, remedied and answered by the hall

# the four offline indicators: on a bad rating the applicant marks which of them fell short
INDICATORS: dict[str, str] = {
    "I1": QT_TRANSLATE_NOOP("messages", "整体满意度"),
    "I2": QT_TRANSLATE_NOOP("messages", "服务效率"),
    "I3": QT_TRANSLATE_NOOP("messages", "服务水平"),
    "I4": QT_TRANSLATE_NOOP("messages", "服务态度"),
}

# what went wrong, as halls most often hear it; R99 is "something else" (free text explains)
BAD_REASONS: dict[str, str] = {
    "R01": QT_TRANSLATE_NOOP("messages", "办事指南不清楚、不准确"),
    "R02": QT_TRANSLATE_NOOP("messages", "要求提交的材料多或重复"),
    "R03": QT_TRANSLATE_NOOP("messages", "没有一次性告知所需材料"),
    "R04": QT_TRANSLATE_NOOP("messages", "排队等候时间长"),
    "R05": QT_TRANSLATE_NOOP("messages", "办理时间长、超过承诺时限"),
    "R06": QT_TRANSLATE_NOOP("messages", "需要多次跑动"),
    "R07": QT_TRANSLATE_NOOP("messages", "工作人员态度不好"),
    "R08": QT_TRANSLATE_NOOP("messages", "工作人员业务不熟练"),
    "R09": QT_TRANSLATE_NOOP("messages", "系统或设备故障"),
    "R10": QT_TRANSLATE_NOOP("messages", "收费不合理"),
    "R99": QT_TRANSLATE_NOOP("messages", "其他"),
}

REASONS: dict[str, str] = {**INDICATORS, **BAD_REASONS}

MAX_COMMENT = 200  # characters of free text with a bad rating


class RatingRuleError(MessageError, ValueError):
    """A rating that may not be kept; `problems` are the sentences, the message joins them."""

    def __init__(self, problems: list[Message]) -> None:
        super().__init__(sentences(problems))
        self.problems = problems


def is_bad(level: int) -> bool:
    return level in BAD_LEVELS


def level_name(level: int) -> str:
    return LEVELS.get(level, f"未知等级{level}")


def reason_name(code: str) -> str:
    return REASONS.get(code, code)


def rating_problems(level: object, reasons: Sequence[str], comment: str) -> list[Message]:
    """What is wrong with a rating as given; [] when it may be kept.

    A level 1–5; a 差评 names at least one reason; reasons and free text belong to a 差评 only;
    every code is a published one, none twice; the text within MAX_COMMENT, no control
    characters (a line break is allowed).
    """
    if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
        return [Message(BAD_LEVEL, level=level)]
    problems = []
    unknown = [c for c in reasons if c not in REASONS]
    if unknown:
        problems.append(Message(UNKNOWN_REASONS, codes=listed(unknown)))
    if len(set(reasons)) != len(reasons):
        problems.append(Message(REPEATED_REASONS))
    if is_bad(level) and not reasons:
        problems.append(Message(REASON_NEEDED, level=level_name(level)))
    if not is_bad(level) and (reasons or comment):
        problems.append(Message(NO_REASON_WANTED, level=level_name(level)))
    if len(comment) > MAX_COMMENT:
        problems.append(Message(COMMENT_TOO_LONG, limit=MAX_COMMENT, length=len(comment)))
    if any(ord(c) < 0x20 and c != "\n" for c in comment):
        problems.append(Message(CONTROL_CHARACTERS))
    return problems


def check_rating(level: object, reasons: Sequence[str], comment: str) -> None:
    """Raise RatingRuleError when the rating may not be kept."""
    problems = rating_problems(level, reasons, comment)
    if problems:
        raise RatingRuleError(problems)
