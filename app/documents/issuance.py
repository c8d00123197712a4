"""办件结果领取（出件）登记单: who took the result away, with which ID, or where it was posted."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.layout import (
    case_rows,
    info_table,
    para,
    party_rows,
    render_pdf,
    sign_off,
    signature_line,
)
from app.documents.models import IssuanceData
from app.documents.text import fmt_date, fmt_datetime

TITLE = "办件结果领取（出件）登记单"
METHODS = ("本人领取", "代领", "邮寄")


def record_number(data: IssuanceData) -> str:
    return data.record_number or f"CJ-{data.case.case_number}"


def render_issuance_record(data: IssuanceData) -> bytes:
    """The issuance record, signed by whoever collected (or by the clerk who posted it)."""
    if data.method not in METHODS:
        raise ValueError(f"领取方式“{data.method}”无效，应为：{'、'.join(METHODS)}。")
    case = data.case
    when = data.issued_at or case.issued_at
    rows = [
        *case_rows(case),
        [("结果名称", data.result_name), ("证照编号", data.result_number or "—")],
        [("办结日期", fmt_date(data.decided_on) or "—"), ("领取方式", data.method)],
    ]
    if data.method == "邮寄":
        rows.append([("邮寄单号", data.post_tracking or "（待填）"), ("寄出时间", fmt_datetime(when))])
        rows.append([("邮寄地址", data.post_address or case.applicant.address or "（待填）")])
        signer = "寄件经办人签字"
    else:
        # 本人领取 with no collector recorded means the applicant came in person.
        collector = data.collector or case.applicant
        rows += party_rows("领取人", collector)
        if data.identity:
            rows.append([("证件核验", data.identity)])
        if data.method == "代领":
            rows.append([("授权委托书", data.authorisation or "（未登记）")])
        rows.append([("领取时间", fmt_datetime(when))])
        signer = "领取人签字"
    story: list[Flowable] = [
        Spacer(1, 3 * mm),
        info_table(rows),
        Spacer(1, 3 * mm),
        para(
            "领取人已核对办理结果的名称、编号及内容无误，并出示有效身份证件；代领的，已提交授权委托书。"
            if data.method != "邮寄"
            else "办理结果已按申请人选择的方式邮寄，邮寄单号如上，可凭单号查询投递进度。"
        ),
        Spacer(1, 8 * mm),
        signature_line(f"{signer}：", "日期：______年____月____日"),
        sign_off(case, role="出件人", when=when),
    ]
    return render_pdf(TITLE, case, story, record_number(data))
