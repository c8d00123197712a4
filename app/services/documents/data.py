"""A case and this window's configuration → what a printed document needs (app.documents.models)."""

from __future__ import annotations

from datetime import datetime

from app.documents.models import CaseDocumentData, HallInfo, IssuanceData, MaterialLine, PartyInfo
from app.domain.applicants import Applicant, CertificateType, Person
from app.domain.case_numbers import document_number
from app.domain.case_status import IssuanceMethod
from app.domain.cases import Case, Issuance
from app.domain.collectors import IdentitySource
from app.domain.licences import taken_line
from app.domain.masking import mask_id_number, mask_phone
from app.domain.materials_check import MaterialCheck, MaterialState
from app.services.config import WindowConfig

KIND_WORDS = {
    "receipt": "受理",
    "deficiency_notice": "补正",
    "refusal_notice": "不予受理",
    "issuance_record": "出件",
    "authorisation_form": "委托",
}


def _party(a: Applicant | Person) -> PartyInfo:
    address = a.address if isinstance(a, Applicant) else ""
    return PartyInfo(
        name=a.name,
        id_type=a.cert_type.label,
        # the notice goes home with the applicant: a lost sheet must not give away the number;
        # a credit code is public, so organisations keep theirs in full
        id_number_masked=a.cert_number
        if a.cert_type is CertificateType.CREDIT_CODE
        else mask_id_number(a.cert_number),
        phone_masked=mask_phone(a.phone),
        address=address,
        english_name=a.english_name if isinstance(a, Applicant) else "",
    )


def _line(c: MaterialCheck) -> MaterialLine:
    detail = c.note
    if c.state is MaterialState.DEFERRED and c.due_date:
        detail = f"请于{c.due_date:%Y年%m月%d日}前补交"
    elif c.state.is_deficient:
        detail = c.note or c.material.note or f"请提供{c.material.name}"
    elif c.state is MaterialState.COMMITMENT:
        detail = "申请人已签署告知承诺书"
    elif c.state is MaterialState.E_LICENCE:
        detail = taken_line(c.licence) if c.licence is not None else "已调用电子证照"
    return MaterialLine(c.material.name, c.material.copies, c.state.label, detail)


def case_document_data(
    case: Case, kind: str, cfg: WindowConfig, now: datetime, materials: list[MaterialCheck] | None = None
) -> CaseDocumentData:
    lines = [
        c
        for c in (materials if materials is not None else case.materials)
        if c.state is not MaterialState.PENDING and c.state is not MaterialState.NOT_PROVIDED
    ]
    agent = case.applicant.agent
    return CaseDocumentData(
        hall=HallInfo(cfg.hall_name, cfg.hall_address, cfg.hall_phone, cfg.progress_query, cfg.collection),
        case_number=case.number,
        document_number=document_number(KIND_WORDS[kind], case.number),
        matter_names=case.matter_names,
        bundle_name=case.bundle_name,
        department=case.department,
        applicant=_party(case.applicant),
        agent=None if agent is None else _party(agent),
        clerk=case.clerk,
        window=case.window,
        issued_at=now,
        materials=tuple(_line(c) for c in lines),
        case_kind=case.kind.label,
        promised_date=case.promised_date,
        promised_estimated=case.promised_estimated,
        promised_limit=case.promised_limit.describe(),
        supplement_deadline=case.supplement_deadline,
        supplement_deadline_estimated=case.supplement_deadline_estimated,
        refusal_reason=case.refusal_reason,
        parties=case.parties,
        second_party=_party(case.second_party) if case.parties and case.second_party else None,
        legal_basis="《中华人民共和国行政许可法》第三十二条",
        review_body=cfg.review_body,
        court=cfg.court,
    )


def issuance_data(case: Case, cfg: WindowConfig, now: datetime) -> IssuanceData:
    i = case.issuance
    assert i is not None
    collector = None
    if i.method is not IssuanceMethod.POST:
        cert = CertificateType(i.collector_cert_type)
        collector = PartyInfo(i.collector_name, cert.label, mask_id_number(i.collector_cert_number))
    return IssuanceData(
        case=case_document_data(case, "issuance_record", cfg, now),
        result_name=case.result_name or "办理结果",
        result_number=case.certificate_number,
        decided_on=next((e.at.date() for e in reversed(case.events) if e.kind == "decided"), None),
        method=i.method.label,
        collector=collector,
        post_tracking=i.tracking_number,
        post_address=i.post_address,
        issued_at=i.issued_at,
        identity=_identity(i),
        authorisation=_authorisation(i),
    )


def _identity(i: Issuance) -> str:
    if i.method is IssuanceMethod.POST or not i.identity:
        return ""
    if i.identity == IdentitySource.CARD:
        return "读卡核验（居民身份证阅读器）"
    return f"手工录入（原因：{i.typed_reason}）"


def _authorisation(i: Issuance) -> str:
    """The 委托书's pages by the start of their ids, which find them among the case's scans."""
    if i.method is not IssuanceMethod.AGENT or not i.authorisation_pages:
        return ""
    refs = "、".join(page_id[:8] for page_id in i.authorisation_pages)
    return f"已扫描{len(i.authorisation_pages)}页，随办件存档（扫描件编号 {refs}）"
