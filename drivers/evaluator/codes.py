"""The published code lists of the 好差评 pad: the five levels and the reason codes.

These lists are part of the wire protocol (docs/evaluator-protocol.md): a pad sends the codes,
never the Chinese words, so a firmware with its own translation still speaks to us. A code
once published keeps its meaning; new ones are only ever added.
"""

from __future__ import annotations

# level → its name (DOMAIN.md "好差评"); 1 and 2 are 差评
LEVELS: dict[int, str] = {
    5: "非常满意",
    4: "满意",
    3: "基本满意",
    2: "不满意",
    1: "非常不满意",
}
BAD_LEVELS = frozenset({1, 2})

# the four offline indicators: on a bad rating the applicant marks which of them fell short
INDICATORS: dict[str, str] = {
    "I1": "整体满意度",
    "I2": "服务效率",
    "I3": "服务水平",
    "I4": "服务态度",
}

# what went wrong, as halls most often hear it; R99 is "something else" (free text explains)
BAD_REASONS: dict[str, str] = {
    "R01": "办事指南不清楚、不准确",
    "R02": "要求提交的材料多或重复",
    "R03": "没有一次性告知所需材料",
    "R04": "排队等候时间长",
    "R05": "办理时间长、超过承诺时限",
    "R06": "需要多次跑动",
    "R07": "工作人员态度不好",
    "R08": "工作人员业务不熟练",
    "R09": "系统或设备故障",
    "R10": "收费不合理",
    "R99": "其他",
}

REASONS: dict[str, str] = {**INDICATORS, **BAD_REASONS}

MAX_TEXT = 200  # characters of free text a pad may send with a bad rating


def is_bad(level: int) -> bool:
    return level in BAD_LEVELS


def level_name(level: int) -> str:
    return LEVELS.get(level, f"未知等级{level}")


def reason_name(code: str) -> str:
    return REASONS.get(code, code)


def rating_problems(level: object, reasons: tuple[str, ...] | list[str], text: str) -> list[str]:
    """What is wrong with a rating as a pad (or anyone) gave it; [] when it may be kept.

    The same rule for the wire codec and the rating use case, so a pad cannot slip past one
    what the other would refuse: a level 1–5; a 差评 names at least one reason; reasons and
    free text belong to a 差评 only; every code is a published one.
    """
    if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
        return [f"评价等级“{level}”无效，应为1至5。"]
    problems = []
    unknown = [c for c in reasons if c not in REASONS]
    if unknown:
        problems.append(f"评价原因代码“{'、'.join(unknown)}”不在公布的代码表中。")
    if len(set(reasons)) != len(reasons):
        problems.append("评价原因代码有重复。")
    if is_bad(level) and not reasons:
        problems.append(f"“{level_name(level)}”属于差评，须至少选择一项原因。")
    if not is_bad(level) and (reasons or text):
        problems.append(f"“{level_name(level)}”不是差评，不应附带原因或文字。")
    if len(text) > MAX_TEXT:
        problems.append(f"评价文字不能超过{MAX_TEXT}个字，现有{len(text)}个。")
    if any(ord(c) < 0x20 and c not in "\n" for c in text):
        problems.append("评价文字含有控制字符。")
    return problems
