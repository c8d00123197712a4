"""The hall's wording of each notice: a text with named placeholders, Chinese defaults.

Placeholders are Chinese words in braces ({申请人}); they are replaced by plain substitution, not
str.format, so a wording typed by a hall manager can never reach into Python objects. A wording
that names an unknown placeholder is refused when it is set, not when an applicant's SMS is due.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the case events that send a notice, and what each is called in a listing
NOTICE_EVENTS = {"accepted": "受理", "result_ready": "出证待领取"}
PLACEHOLDERS = ("大厅", "申请人", "办件编号", "事项", "日期")
DEFAULT_WORDING = {
    "accepted": "【{大厅}】{申请人}您好，您申请的{事项}已于{日期}受理，办件编号{办件编号}，"
    "可凭此编号查询办理进度。",
    "result_ready": "【{大厅}】{申请人}您好，您申请的{事项}（办件编号{办件编号}）已办结，"
    "结果于{日期}可领取，请携带本人身份证件到大厅出件窗口领取。",
}
MAX_WORDING = 300  # characters: a long SMS is split in 67-character parts, each one paid for
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class WordingProblem(ValueError):
    pass


@dataclass(frozen=True)
class NoticeFacts:
    hall: str
    applicant: str
    case_number: str
    matter: str
    date: str  # 2026年11月23日

    def values(self) -> dict[str, str]:
        own = (self.hall, self.applicant, self.case_number, self.matter, self.date)
        return dict(zip(PLACEHOLDERS, own, strict=True))


def check_wording(event: str, text: str) -> str:
    """The wording as it will be kept (trimmed), or WordingProblem saying what is wrong."""
    if event not in NOTICE_EVENTS:
        raise WordingProblem(f"没有“{event}”这种短信通知（可选：{'、'.join(NOTICE_EVENTS)}）")
    text = text.strip()
    if not text:
        raise WordingProblem("短信内容不能为空")
    if len(text) > MAX_WORDING:
        raise WordingProblem(f"短信内容不能超过{MAX_WORDING}个字，现为{len(text)}个字")
    unknown = [name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS]
    if unknown:
        allowed = "、".join("{" + p + "}" for p in PLACEHOLDERS)
        raise WordingProblem(f"短信内容中的“{{{unknown[0]}}}”不是可用的占位符（可用：{allowed}）")
    return text


def render(wording: str, facts: NoticeFacts) -> str:
    values = facts.values()
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), wording)
