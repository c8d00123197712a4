"""不予受理通知书: the reason, the rule it rests on and the applicant's right to challenge it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.layout import case_rows, info_table, matter_text, para, render_pdf, sign_off
from app.documents.models import CaseDocumentData, addressees
from app.documents.text import fmt_date

TITLE = "不予受理通知书"
RIGHTS = (
    "如不服本决定，可在收到本通知书之日起六十日内向{review_body}申请行政复议，"
    "或者在六个月内向{court}提起行政诉讼。"
)


def render_refusal_notice(data: CaseDocumentData) -> bytes:
    """The refusal notice. A refusal without reason or rights is unlawful, so those are required."""
    missing = [
        label
        for label, value in (
            ("不予受理理由", data.refusal_reason),
            ("行政复议机关", data.review_body),
            ("人民法院", data.court),
        )
        if not value.strip()
    ]
    if missing:
        raise ValueError(f"不予受理通知书缺少必填内容：{'、'.join(missing)}。")
    story: list[Flowable] = [
        Spacer(1, 2 * mm),
        para(f"{addressees(data)}：", "salutation"),
        para(
            f"你（单位）于{fmt_date(data.issued_at)}提出的{matter_text(data, short=True)}申请，经审查，"
            "本机关决定不予受理。现将有关事项通知如下："
        ),
        Spacer(1, 2 * mm),
        info_table(case_rows(data)),
        para("一、不予受理的理由", "heading"),
        para(data.refusal_reason),
        para("二、依据", "heading"),
        para(data.legal_basis or "《中华人民共和国行政许可法》第三十二条"),
        para("三、权利告知", "heading"),
        para(RIGHTS.format(review_body=data.review_body, court=data.court)),
        para("你（单位）提交的申请材料已全部退回，请妥善保管。", "body"),
        para(f"咨询电话：{data.hall.phone}；地址：{data.hall.address}。", "plain"),
        sign_off(data, role="经办人"),
    ]
    return render_pdf(TITLE, data, story, data.document_number)
