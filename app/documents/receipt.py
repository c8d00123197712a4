"""受理通知书（受理回执）: the paper the applicant takes home when the window accepts a case."""

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
from app.documents.models import CaseDocumentData, addressees
from app.documents.text import fmt_date, fmt_datetime

TITLE = "受理通知书（受理回执）"
# beside a promised date counted across a year whose holiday schedule was not yet published
ESTIMATED = "（暂按周末计算）"
# Statuses that mean "not in the pile on the counter, but the case is accepted anyway".
DEFERRED, COMMITTED, E_LICENCE = "容缺后补", "告知承诺", "电子证照"

_COLUMNS = (
    ("序号", 12 * mm, "no"),
    ("材料名称", 70 * mm, "name"),
    ("份数", 12 * mm, "copies"),
    ("状态", 20 * mm, "status"),
    ("说明", TEXT_WIDTH - 114 * mm, "detail"),
)


def _time_limit(data: CaseDocumentData) -> str:
    if data.case_kind == "即办件":
        return "即办件，当场办结"
    parts = [f"承诺办结时限：{data.promised_limit}" if data.promised_limit else ""]
    if data.promised_date:
        estimated = ESTIMATED if data.promised_estimated else ""
        parts.append(f"承诺于{fmt_date(data.promised_date)}前办结{estimated}")
    text = "；".join(p for p in parts if p)
    rule = "按工作日计；依法听证、检验、检测、鉴定、专家评审的时间不计算在内"
    if data.promised_estimated and data.promised_date:
        # two brackets in a row read as one garbled remark: the rule becomes its own sentence
        return f"{text}。{rule}。"
    return f"{text}（{rule}）"


def _notices(data: CaseDocumentData) -> list[str]:
    """告知事项: deferred, committed and e-licence materials first, then progress and collection."""
    items: list[str] = []
    deferred = [m for m in data.materials if m.status == DEFERRED]
    if deferred:
        due = "；".join(f"“{m.name}”{m.copies}份，{m.detail or '补交期限请与窗口确认'}" for m in deferred)
        items.append(
            f"容缺后补：本件按容缺受理方式受理，请按期补齐以下材料：{due}。逾期未补齐的，将影响办结或按规定处理。"
        )
    committed = [m.name for m in data.materials if m.status == COMMITTED]
    if committed:
        items.append(
            f"告知承诺：申请人已就“{'”“'.join(committed)}”作出书面承诺，相关材料免于提交；"
            "如承诺不实，将依法撤销相关决定并记入信用记录。"
        )
    licences = [m.name for m in data.materials if m.status == E_LICENCE]
    if licences:
        items.append(f"电子证照：“{'”“'.join(licences)}”已通过电子证照库核验调取，无需提交纸质材料。")
    if data.promised_estimated and data.promised_date:
        items.append(
            f"办结日期：{data.promised_date.year}年法定节假日安排公布前，承诺办结日期暂按周末计算；"
            "安排公布后将重新计算，如有调整，以窗口告知及办理进度查询为准。"
        )
    hall = data.hall
    items += [
        f"办理进度查询：{hall.progress_query}；凭本通知书或办件编号查询。",
        f"结果领取：{hall.collection}。领取时请携带本通知书及有效身份证件；"
        "委托他人代领的，还需携带委托书及代领人有效身份证件。",
        f"咨询电话：{hall.phone}；地址：{hall.address}。",
    ]
    return items


def render_receipt(data: CaseDocumentData) -> bytes:
    """The acceptance notice / receipt as a one-page (normally) A4 PDF."""
    story: list[Flowable] = [
        Spacer(1, 2 * mm),
        para(f"{addressees(data)}：", "salutation"),
        para(
            f"你（单位）于{fmt_date(data.issued_at)}申请办理的{matter_text(data, short=True)}，"
            "申请材料经审查符合受理条件，本中心决定予以受理。有关事项告知如下：",
        ),
        Spacer(1, 2 * mm),
        info_table(
            [
                *case_rows(data),
                [("办结时限", _time_limit(data))],
                [("受理时间", fmt_datetime(data.issued_at)), ("受理窗口", data.window)],
            ]
        ),
        *material_section("收取材料清单", data.materials, _COLUMNS),
        para("告知事项", "heading"),
        *(para(f"{i}. {text}", "item") for i, text in enumerate(_notices(data), start=1)),
        sign_off(data),
    ]
    return render_pdf(TITLE, data, story, data.document_number)
