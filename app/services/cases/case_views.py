"""Domain cases → the immutable views the screens get."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.assistance import Assistance, AssistanceKind, HelpReason
from app.domain.case_status import CaseStatus
from app.domain.cases import Case, WorkingDays, deadline_flag
from app.domain.licences import taken_line
from app.domain.masking import mask_name
from app.domain.materials_check import MaterialState, allowed_states, state_problem
from app.domain.matters import ON_THE_SPOT, CaseKind, Material
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.views import (
    AssistanceInput,
    CaseSummary,
    CaseView,
    DocumentView,
    EventView,
    MaterialView,
    PartyInput,
    StateChoice,
)

if TYPE_CHECKING:  # annotations only: the workbench's widgets import this module before paint,
    # and SQLAlchemy with the models would cost them ~0.4 s of start-up
    from app.store.models import CaseDocumentRow, CaseRow

# the file names and print jobs use the Chinese; the case's document list renders them
DOCUMENT_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("messages", "受理通知书"),
    "deficiency_notice": QT_TRANSLATE_NOOP("messages", "一次性告知书"),
    "refusal_notice": QT_TRANSLATE_NOOP("messages", "不予受理通知书"),
    "issuance_record": QT_TRANSLATE_NOOP("messages", "出件登记单"),
    "authorisation_form": QT_TRANSLATE_NOOP("messages", "授权委托书"),
}


def party_input(a: Applicant) -> PartyInput:
    agent = a.agent or Person()
    return PartyInput(
        type=int(a.type),
        name=a.name,
        cert_type=a.cert_type.value,
        cert_number=a.cert_number,
        phone=a.phone,
        address=a.address,
        agent_name=agent.name,
        agent_cert_type=agent.cert_type.value,
        agent_cert_number=agent.cert_number,
        agent_phone=agent.phone,
        english_name=a.english_name,
    )


def applicant_from_input(p: PartyInput) -> Applicant:
    agent = Person(
        p.agent_name.strip(), _cert(p.agent_cert_type), p.agent_cert_number.strip(), p.agent_phone.strip()
    )
    return Applicant(
        type=ApplicantType(p.type),
        name=p.name.strip(),
        cert_type=_cert(p.cert_type),
        cert_number=p.cert_number.strip().upper(),
        phone=p.phone.strip(),
        address=p.address.strip(),
        agent=None if agent.is_empty else agent,
        english_name=p.english_name.strip(),
    )


def _cert(code: str) -> CertificateType:
    try:
        return CertificateType(code)
    except ValueError:
        return CertificateType.OTHER


def document_view(row: CaseDocumentRow) -> DocumentView:
    return DocumentView(
        row.id,
        row.kind,
        Message(DOCUMENT_TITLES[row.kind]) if row.kind in DOCUMENT_TITLES else row.kind,
        row.path,
        row.created_at,
        row.printed,
        row.print_error,
        row.case_id,
        row.number,
    )


def state_choices(material: Material) -> tuple[StateChoice, ...]:
    """Every state, marked allowed or refused with the domain's reason, for the checklist."""
    allowed = allowed_states(material)
    return tuple(
        StateChoice(s.value, s.label, "" if s in allowed else (state_problem(material, s) or ""))
        for s in MaterialState
    )


def assistance_input(a: Assistance) -> AssistanceInput:
    return AssistanceInput(a.kind.value, a.helper, "" if a.reason is None else a.reason.value, a.note)


def assistance_from_input(given: AssistanceInput) -> Assistance:
    """ValueError for a kind or reason that is no such thing (the screen offers only real ones)."""
    reason = HelpReason(given.reason) if given.reason else None
    return Assistance(AssistanceKind(given.kind), given.helper.strip(), reason, given.note.strip())


def case_view(case: Case, documents: list[CaseDocumentRow], today: date, days: WorkingDays) -> CaseView:
    issuance = case.issuance
    return CaseView(
        assistance=assistance_input(case.assistance),
        id=case.id,
        number=case.number,
        status=case.status.value,
        status_label=case.status.label,
        title=case.bundle_name or case.matter_names[0],
        matter_codes=case.matter_codes,
        matter_names=case.matter_names,
        department=case.department,
        kind_label=case.kind.label,
        promised_limit_label=(
            case.promised_limit.describe() if case.kind is CaseKind.PROMISED else Message(ON_THE_SPOT)
        ),
        result_name=case.result_name,
        applicant=party_input(case.applicant),
        parties=case.parties,
        second_party=party_input(case.second_party) if case.parties and case.second_party else PartyInput(),
        materials=tuple(
            MaterialView(
                code=c.code,
                name=c.material.name,
                necessity=int(c.material.necessity),
                necessity_label=c.material.necessity.label,
                copies=c.material.copies,
                guide_note=c.material.note,
                state=c.state.value,
                state_label=c.state.label,
                clerk_note=c.note,
                due_date=c.due_date,
                supplied_on=c.supplied_on,
                commitment_allowed=c.material.commitment_allowed,
                e_licence_allowed=c.material.e_licence_allowed,
                licence_line="" if c.licence is None else taken_line(c.licence),
                choices=state_choices(c.material),
            )
            for c in case.materials
        ),
        events=tuple(EventView(e.at, e.actor, e.kind, e.summary) for e in case.events),
        documents=tuple(document_view(d) for d in documents),
        created_at=case.created_at,
        accepted_at=case.accepted_at,
        promised_date=case.promised_date,
        supplement_deadline=case.supplement_deadline,
        refusal_reason=case.refusal_reason,
        certificate_number=case.certificate_number,
        deadline_flag=deadline_flag(case.status, case.promised_date, today, days, kind=case.kind),
        editable=case.status in (CaseStatus.DRAFT, CaseStatus.SUPPLEMENT_REQUESTED),
        discardable=case.discardable,
        supplement_deadline_estimated=case.supplement_deadline_estimated,
        is_immediate=case.kind is CaseKind.IMMEDIATE,
        awaits_issuance=case.status.awaits_issuance,
        awaits_result=case.status.awaits_result,
        outstanding_deferred=tuple(c.material.name for c in case.outstanding_deferred()),
        issuance_summary=""
        if issuance is None
        else f"{issuance.method.label}：{issuance.collector_name or issuance.tracking_number}，"
        f"{issuance.issued_at:%Y-%m-%d %H:%M}",
        version=case.version,
        promised_estimated=case.promised_estimated,
    )


def case_summary(row: CaseRow, today: date, days: WorkingDays) -> CaseSummary:
    status = CaseStatus(row.status)
    return CaseSummary(
        id=row.id,
        number=row.number,
        title=row.bundle_name or row.matter_names[0],
        applicant_masked=mask_name(row.applicant.get("name", "")),
        status=row.status,
        status_label=status.label,
        created_at=row.created_at,
        promised_date=row.promised_date,
        deadline_flag=deadline_flag(status, row.promised_date, today, days, kind=CaseKind(row.kind)),
        is_final=status.is_final,
        promised_estimated=bool(row.promised_estimated),
    )
