"""Turning a domain Case into rows and back. Kept apart from the queries so each stays short."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.assistance import assistance_from_json, assistance_to_json
from app.domain.case_status import CaseStatus, IssuanceMethod, ResultCode
from app.domain.cases import Case, CaseEvent, Issuance
from app.domain.licences import licence_from_json, licence_to_json
from app.domain.materials_check import MaterialCheck, MaterialState
from app.domain.matters import (
    CaseKind,
    LimitUnit,
    Material,
    MaterialForm,
    MaterialType,
    Necessity,
    TimeLimit,
)
from app.store.models import CaseEventRow, CaseMaterialRow, CaseRow


def applicant_to_json(a: Applicant) -> dict:
    agent = a.agent
    return {
        "type": int(a.type),
        "name": a.name,
        "cert_type": a.cert_type.value,
        "cert_number": a.cert_number,
        "phone": a.phone,
        "address": a.address,
        "english_name": a.english_name,
        "agent": None
        if agent is None
        else {
            "name": agent.name,
            "cert_type": agent.cert_type.value,
            "cert_number": agent.cert_number,
            "phone": agent.phone,
        },
    }


def applicant_from_json(d: dict) -> Applicant:
    agent = d.get("agent")
    return Applicant(
        type=ApplicantType(d.get("type", 1)),
        name=d.get("name", ""),
        cert_type=CertificateType(d.get("cert_type", "111")),
        cert_number=d.get("cert_number", ""),
        phone=d.get("phone", ""),
        address=d.get("address", ""),
        english_name=d.get("english_name", ""),
        agent=None
        if not agent
        else Person(
            agent["name"], CertificateType(agent["cert_type"]), agent["cert_number"], agent.get("phone", "")
        ),
    )


def material_to_json(m: Material) -> dict:
    d = asdict(m)
    for key in ("type", "form", "necessity"):
        d[key] = int(d[key])
    return d


def material_from_json(d: dict) -> Material:
    return Material(
        **{
            **d,
            "type": MaterialType(d["type"]),
            "form": MaterialForm(d["form"]),
            "necessity": Necessity(d["necessity"]),
        }
    )


def issuance_to_json(i: Issuance | None) -> dict | None:
    if i is None:
        return None
    return {**asdict(i), "method": i.method.value, "issued_at": i.issued_at.isoformat()}


def issuance_from_json(d: dict | None) -> Issuance | None:
    if not d:
        return None
    return Issuance(
        **{
            **d,
            "method": IssuanceMethod(d["method"]),
            "issued_at": datetime.fromisoformat(d["issued_at"]),
            "authorisation_pages": tuple(d.get("authorisation_pages") or ()),
        }
    )


def fill_row(row: CaseRow, case: Case) -> None:
    row.id = case.id
    row.number = case.number
    row.status = case.status.value
    row.version = case.version
    row.matter_codes = list(case.matter_codes)
    row.matter_names = list(case.matter_names)
    row.matter_version = case.matter_version
    row.bundle_code = case.bundle_code
    row.bundle_name = case.bundle_name
    row.department = case.department
    row.kind = int(case.kind)
    row.promised_amount = case.promised_limit.amount
    row.promised_unit = case.promised_limit.unit.value
    row.result_name = case.result_name
    row.clerk = case.clerk
    row.window = case.window
    row.applicant = applicant_to_json(case.applicant)
    row.parties = list(case.parties)
    row.second_party = None if case.second_party is None else applicant_to_json(case.second_party)
    row.created_at = case.created_at
    row.day = case.created_at.date()
    row.accepted_at = case.accepted_at
    row.promised_date = case.promised_date
    row.promised_estimated = case.promised_estimated
    row.supplement_deadline = case.supplement_deadline
    row.refusal_reason = case.refusal_reason
    row.result_code = None if case.result_code is None else int(case.result_code)
    row.result_reason = case.result_reason
    row.certificate_number = case.certificate_number
    row.suspended_since = case.suspended_since
    row.suspended_days = case.suspended_days
    row.issuance = issuance_to_json(case.issuance)
    row.assistance = assistance_to_json(case.assistance)


def material_row(case_id: str, position: int, c: MaterialCheck) -> CaseMaterialRow:
    return CaseMaterialRow(
        case_id=case_id,
        code=c.code,
        position=position,
        material=material_to_json(c.material),
        state=c.state.value,
        note=c.note,
        due_date=c.due_date,
        supplied_on=c.supplied_on,
        licence=None if c.licence is None else licence_to_json(c.licence),
    )


def event_row(case_id: str, position: int, e: CaseEvent) -> CaseEventRow:
    return CaseEventRow(
        case_id=case_id,
        position=position,
        kind=e.kind,
        at=e.at,
        actor=e.actor,
        summary=e.summary,
        detail=e.detail,
    )


def case_from_rows(row: CaseRow, materials: list[CaseMaterialRow], events: list[CaseEventRow]) -> Case:
    return Case(
        id=row.id,
        number=row.number,
        matter_codes=tuple(row.matter_codes),
        matter_names=tuple(row.matter_names),
        department=row.department,
        kind=CaseKind(row.kind),
        promised_limit=TimeLimit(row.promised_amount, LimitUnit(row.promised_unit)),
        materials=[
            MaterialCheck(
                material_from_json(m.material),
                MaterialState(m.state),
                m.note,
                m.due_date,
                m.supplied_on,
                None if not m.licence else licence_from_json(m.licence),
            )
            for m in sorted(materials, key=lambda m: m.position)
        ],
        created_at=row.created_at,
        clerk=row.clerk,
        window=row.window,
        bundle_code=row.bundle_code,
        bundle_name=row.bundle_name,
        matter_version=row.matter_version,
        result_name=row.result_name,
        status=CaseStatus(row.status),
        applicant=applicant_from_json(row.applicant),
        parties=tuple(row.parties or ()),
        second_party=None if row.second_party is None else applicant_from_json(row.second_party),
        accepted_at=row.accepted_at,
        promised_date=row.promised_date,
        promised_estimated=bool(row.promised_estimated),
        supplement_deadline=row.supplement_deadline,
        refusal_reason=row.refusal_reason,
        result_code=None if row.result_code is None else ResultCode(row.result_code),
        result_reason=row.result_reason,
        certificate_number=row.certificate_number,
        suspended_since=row.suspended_since,
        suspended_days=row.suspended_days,
        issuance=issuance_from_json(row.issuance),
        assistance=assistance_from_json(row.assistance),
        events=[
            CaseEvent(e.kind, e.at, e.actor, e.summary, dict(e.detail))
            for e in sorted(events, key=lambda e: e.position)
        ],
        version=row.version,
    )
