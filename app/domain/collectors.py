"""Who may take a result away at the 出件 window, and what proves it.

A result is handed to a person whose ID the window has seen: read by the ID card reader, or
typed by the clerk with the reason written down (a worn-out card, a passport the reader cannot
read) — the reason is kept with the hand-out and shown in the case's timeline. The ID must be
the applicant's for 本人领取 (for an organisation: its 经办人 recorded at intake); for 代领 it
must be someone else's, and the applicant's signed 授权委托书 is scanned as a page of the case.
Posting (邮寄) hands nothing over the counter and needs none of this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.applicants import Applicant, CertificateType, FieldProblem, check_certificate
from app.domain.case_status import IssuanceMethod
from app.domain.masking import mask_id_number
from app.domain.messages import QT_TRANSLATE_NOOP, Message

# the pages of the 委托书 handed in at 出件 are kept under this code beside the case's materials
AUTHORISATION_CODE = "issuance.authorisation"
MAX_REASON = 200

COLLECTOR_NAME = QT_TRANSLATE_NOOP("messages", "请填写领取人姓名")
COLLECTOR_CERT = QT_TRANSLATE_NOOP("messages", "领取人{problem}")
NO_IDENTITY = QT_TRANSLATE_NOOP(
    "messages", "请在读卡器上读取领取人的身份证；无法读卡的，请写明手工录入证件的原因"
)
REASON_TOO_LONG = QT_TRANSLATE_NOOP("messages", "手工录入的原因最多{limit}个字")
NOT_THE_APPLICANT = QT_TRANSLATE_NOOP(
    "messages",
    "领取人证件（{collector}）不是申请人{name}的证件（{applicant}）：本人领取须由申请人本人持证领取；"
    "他人领取请选择“代领”并扫描授权委托书",
)
NOT_THE_CONTACT = QT_TRANSLATE_NOOP(
    "messages",
    "领取人证件（{collector}）不是本单位经办人{name}的证件（{contact}）：他人领取请选择“代领”并扫描授权委托书",
)
AGENT_IS_APPLICANT = QT_TRANSLATE_NOOP("messages", "领取人就是申请人本人，请选择“本人领取”")
NO_AUTHORISATION = QT_TRANSLATE_NOOP(
    "messages", "代领须扫描申请人签署的授权委托书（Ctrl+S），委托书未扫描，不能出件"
)


class IdentitySource(StrEnum):
    CARD = "card"  # read by the ID card reader at the window
    TYPED = "typed"  # typed by the clerk, with the reason recorded


@dataclass(frozen=True)
class Collector:
    name: str
    cert_type: str
    cert_number: str
    source: IdentitySource
    typed_reason: str = ""


def _same(a: str, b: str) -> bool:
    return a.strip().upper() == b.strip().upper()


def collector_problems(
    method: IssuanceMethod, applicant: Applicant, collector: Collector, authorisation_pages: int, today: date
) -> list[FieldProblem]:
    """Everything wrong with handing the result to ``collector``; empty when it may be handed over."""
    if method is IssuanceMethod.POST:
        return []
    problems: list[FieldProblem] = []
    if not collector.name.strip():
        problems.append(FieldProblem("collector.name", Message(COLLECTOR_NAME)))
    try:
        cert_type = CertificateType(collector.cert_type)
    except ValueError:
        cert_type = CertificateType.OTHER
    cert_problem = check_certificate(cert_type, collector.cert_number, today)
    if cert_problem is not None:
        problems.append(FieldProblem("collector.cert_number", Message(COLLECTOR_CERT, problem=cert_problem)))
    if collector.source is IdentitySource.TYPED and not collector.typed_reason.strip():
        problems.append(FieldProblem("collector.reason", Message(NO_IDENTITY)))
    if len(collector.typed_reason.strip()) > MAX_REASON:
        problems.append(FieldProblem("collector.reason", Message(REASON_TOO_LONG, limit=MAX_REASON)))
    if cert_problem is None:
        problems.extend(_match(method, applicant, collector, authorisation_pages))
    elif method is IssuanceMethod.AGENT and authorisation_pages < 1:
        problems.append(FieldProblem("authorisation", Message(NO_AUTHORISATION)))
    return problems


def _match(
    method: IssuanceMethod, applicant: Applicant, collector: Collector, authorisation_pages: int
) -> list[FieldProblem]:
    """本人领取: the applicant's own ID (an organisation's 经办人); 代领: another's, with a 委托书."""
    shown = mask_id_number(collector.cert_number.strip().upper())
    contact = applicant.agent if not applicant.type.is_person else None
    if method is IssuanceMethod.IN_PERSON:
        if contact is not None and contact.cert_number.strip():
            if not _same(collector.cert_number, contact.cert_number):
                masked = mask_id_number(contact.cert_number.strip().upper())
                said = Message(NOT_THE_CONTACT, collector=shown, name=contact.name, contact=masked)
                return [FieldProblem("collector.cert_number", said)]
            return []
        if not _same(collector.cert_number, applicant.cert_number):
            said = Message(
                NOT_THE_APPLICANT,
                collector=shown,
                name=applicant.name,
                applicant=mask_id_number(applicant.cert_number.strip().upper()),
            )
            return [FieldProblem("collector.cert_number", said)]
        return []
    problems = []
    if applicant.type.is_person and _same(collector.cert_number, applicant.cert_number):
        problems.append(FieldProblem("collector.cert_number", Message(AGENT_IS_APPLICANT)))
    if authorisation_pages < 1:
        problems.append(FieldProblem("authorisation", Message(NO_AUTHORISATION)))
    return problems


def collector_of(issuance) -> Collector:
    """The collector an Issuance (app.domain.cases) records; an ID not said to be read from the
    card counts as typed, so it needs its reason."""
    card = issuance.identity == IdentitySource.CARD
    source = IdentitySource.CARD if card else IdentitySource.TYPED
    return Collector(
        issuance.collector_name,
        issuance.collector_cert_type,
        issuance.collector_cert_number,
        source,
        issuance.typed_reason,
    )


def identity_note(issuance) -> str:
    """The timeline's words on how the collector proved who they are (Chinese, as every summary)."""
    if issuance.method is IssuanceMethod.POST or not issuance.identity:
        return ""
    if issuance.identity == IdentitySource.TYPED:
        note = f"，证件手工录入（原因：{issuance.typed_reason.strip()}）"
    else:
        note = "，证件经读卡核验"
    if issuance.method is IssuanceMethod.AGENT:
        note += f"，授权委托书{len(issuance.authorisation_pages)}页"
    return note


def identity_detail(issuance) -> dict:
    """The event's detail: what the server and an auditor read without parsing the summary."""
    if issuance.method is IssuanceMethod.POST:
        return {"method": issuance.method.value}
    return {
        "method": issuance.method.value,
        "identity": issuance.identity,
        "typed_reason": issuance.typed_reason.strip(),
        "authorisation_pages": list(issuance.authorisation_pages),
    }
