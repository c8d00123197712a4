"""A case's snapshot as a workbench pushes it, for the history's cases.

The same JSON as app.services.cases.mutations.case_snapshot (with app.store.case_mapping's
applicant and issuance shapes): the server may import only app/domain, so the history builds it
here from the domain's Case. If the workbench's snapshot gains a field, the history's cases only
lack it, as cases pushed by an older workbench do.
"""

from __future__ import annotations

from dataclasses import asdict

from app.domain.applicants import Applicant
from app.domain.cases import Case


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _applicant(a: Applicant) -> dict:
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


def case_snapshot(case: Case) -> dict:
    issuance = case.issuance
    return {
        "number": case.number,
        "matter_codes": list(case.matter_codes),
        "matter_names": list(case.matter_names),
        "matter_version": case.matter_version,
        "bundle_code": case.bundle_code,
        "bundle_name": case.bundle_name,
        "department": case.department,
        "kind": int(case.kind),
        "promised_limit": {"amount": case.promised_limit.amount, "unit": case.promised_limit.unit.value},
        "result_name": case.result_name,
        "clerk": case.clerk,
        "window": case.window,
        "created_at": case.created_at.isoformat(),
        "applicant": _applicant(case.applicant),
        "parties": list(case.parties),
        "second_party": None if case.second_party is None else _applicant(case.second_party),
        "materials": [
            {
                "code": c.code,
                "name": c.material.name,
                "state": c.state.value,
                "note": c.note,
                "due_date": _iso(c.due_date),
                "supplied_on": _iso(c.supplied_on),
            }
            for c in case.materials
        ],
        "accepted_at": _iso(case.accepted_at),
        "promised_date": _iso(case.promised_date),
        "promised_estimated": case.promised_estimated,
        "supplement_deadline": _iso(case.supplement_deadline),
        "refusal_reason": case.refusal_reason,
        "result_code": None if case.result_code is None else int(case.result_code),
        "result_reason": case.result_reason,
        "certificate_number": case.certificate_number,
        "suspended_days": case.suspended_days,
        "issuance": None
        if issuance is None
        else {
            **asdict(issuance),
            "method": issuance.method.value,
            "issued_at": issuance.issued_at.isoformat(),
        },
    }
