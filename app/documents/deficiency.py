"""一次性告知书: every missing or wrong material, told at once (行政许可法 Art. 32)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.layout import (
    TEXT_WIDTH,
    case_rows,
    info_table,
    material_section,
    matter_text,
    para,
    render_pdf,
    sign_off,
)
from app.documents.models import CaseDocumentData, MaterialLine, addressees
from app.documents.text import fmt_date
from app.domain.materials_check import MaterialState
from app.domain.working_days import ESTIMATED_NOTE

TITLE = "一次性告知书"
# a line's status is the state's label; which states are deficiencies is the domain's to say
DEFICIENT_STATUSES = tuple(s.label for s in MaterialState if s.is_deficient)

_COLUMNS = (
    ("序号", 12 * mm, "no"),
    ("材料名称", 52 * mm, "name"),
    ("问题", 22 * mm, "status"),
    ("份数", 12 * mm, "copies"),
    ("需补正的内容及原因", TEXT_WIDTH - 98 * mm, "detail"),
)


def deficient_materials(data: CaseDocumentData) -> tuple[MaterialLine, ...]:
    """Exactly the lines to tell about; what was received stays off this notice."""
    return tuple(m for m in data.materials if m.status in DEFICIENT_STATUSES)


def render_deficiency_notice(data: CaseDocumentData) -> bytes:
    """The one-time deficiency notice. Raises ValueError when nothing is missing or wrong."""
    missing = deficient_materials(data)
    if not missing:
        raise ValueError("该办件没有“缺少”或“不符合要求”的材料，无需出具一次性告知书。")
    if data.supplement_deadline:
        day = fmt_date(data.supplement_deadline)
        if data.supplement_deadline_estimated:  # the year's holidays were unknown: said, not hidden
            day += f"（{ESTIMATED_NOTE}）"
        deadline = f"请于{day}前一次性补正上述全部材料。"
    else:
        deadline = "请补齐上述全部材料后重新提交。"
    story: list[Flowable] = [
        Spacer(1, 2 * mm),
        para(f"{addressees(data)}：", "salutation"),
        para(
            f"你（单位）于{fmt_date(data.issued_at)}申请办理的{matter_text(data, short=True)}，经审查，"
            "申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，"
            f"现将需要补正的全部内容一次性告知如下（共{len(missing)}项）："
        ),
        Spacer(1, 2 * mm),
        info_table(case_rows(data)),
        *material_section("需要补正的材料", missing, _COLUMNS),
        Spacer(1, 2 * mm),
        para(
            f"{deadline}补正后申请材料齐全、符合法定形式的，本中心将依法予以受理；"
            "逾期未补正的，视为撤回本次申请，你（单位）可以重新提出申请。"
        ),
        para(
            "本告知书已将需要补正的全部材料一次性告知；除上述内容外，不会要求你（单位）补正其他材料。"
            "补正时请携带本告知书。"
        ),
        para(f"咨询电话：{data.hall.phone}；地址：{data.hall.address}。", "plain"),
        sign_off(data, role="经办人"),
    ]
    return render_pdf(TITLE, data, story, data.document_number)
