"""授权委托书 (模板): what an applicant signs so that an agent may apply in their name (代办).

Printed at the window for the applicant to fill in and sign, it names the matter, the hall and
the two people as the case knows them. The ID numbers and phones are written by hand: a printed
sheet goes home and may be lost, and every number the workbench prints is masked (DESIGN.md), while
a 委托书 needs the whole numbers. The powers are the usual ones a hall's template lists, each with
a box to tick, and the term is left for the applicant to set.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.layout import info_table, matter_text, para, render_pdf, signature_line
from app.documents.models import CaseDocumentData

TITLE = "授权委托书"
BLANK = "_" * 24  # a line to write on by hand in running text (a paragraph collapses spaces)
SHORT = "_" * 6
POWERS = (
    "代为提交申请材料、填写并签署申请表格",
    "代为补正、补充申请材料",
    "代为签收受理通知书、一次性告知书等文书",
    "代为领取办理结果（证照、批文）",
)


def render_authorisation_form(data: CaseDocumentData) -> bytes:
    agent = data.agent.printed_name if data.agent is not None else ""  # a cell left empty: by hand
    story: list[Flowable] = [
        Spacer(1, 2 * mm),
        para("委托人（申请人）", "heading"),
        info_table(
            [
                [("姓名（名称）", data.applicant.printed_name), ("证件类型", data.applicant.id_type)],
                [("证件号码", ""), ("联系电话", "")],
            ]
        ),
        para("受托人（代理人）", "heading"),
        info_table(
            [
                [("姓名", agent), ("证件类型", "居民身份证")],
                [("证件号码", ""), ("联系电话", "")],
            ]
        ),
        para("委托事项", "heading"),
        para(
            f"委托人因故不能亲自到{data.hall.name}办理{matter_text(data, short=True)}（办件编号"
            f"{data.case_number}），现委托受托人代为办理，受托人的权限如下（请在同意的事项前打“√”）："
        ),
        *(para(f"□ {power}", "plain") for power in POWERS),
        para("□ 其他：" + BLANK * 2, "plain"),
        para(f"委托期限：自{SHORT}年{SHORT}月{SHORT}日起至{SHORT}年{SHORT}月{SHORT}日止。", "plain"),
        para(
            "受托人在上述权限内所作的行为及签署的文书，委托人均予以承认，并承担相应的法律责任。"
            "受托人办理时须出示本人居民身份证原件，本委托书须委托人本人签名（单位加盖公章）。",
            "plain",
        ),
        Spacer(1, 8 * mm),
        signature_line("委托人签章：", "年　　月　　日"),
        Spacer(1, 6 * mm),
        signature_line("受托人签名：", "年　　月　　日"),
    ]
    return render_pdf(TITLE, data, story, data.document_number)
