"""Every recorded case event also goes into the outbox, in the same transaction.

Nothing the clerk decided can be committed locally without its mutation being committed with
it. A case mutation carries the event, the status it moves from and to (which the server checks
against its own copy: the clerk's view may be stale, the server wins and the loser is shown),
and a snapshot of the case after the step, which the server keeps as the window's record.

An event the signed-in clerk recorded names their account (actor_username) beside the display
name it shows: the server checks the account could have been signed in at this window and records
its own display name for it (app/domain/window_accounts.py), so the clerk of a citizen's record is
an account, not the text a terminal sends. An event nobody signed in recorded (the promised date
recounted by a holiday schedule, a workbench without sign-in) names none.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.assistance import assistance_to_json
from app.domain.case_events import status_after
from app.domain.case_status import CaseStatus
from app.domain.cases import Case, CaseEvent
from app.domain.licences import licence_to_json
from app.services.config import WindowConfig
from app.store.case_mapping import applicant_to_json, issuance_to_json
from app.store.unit_of_work import UnitOfWork


def record_mutations(
    uow: UnitOfWork,
    case: Case,
    first_new_event: int,
    now: datetime,
    status_before: CaseStatus,
    on_duty: WindowConfig | None = None,
) -> None:
    """The outbox entries of the case's events from `first_new_event` on; `on_duty`: the window's
    clerk as the step was taken (None: a step nobody at the window took)."""
    snapshot = case_snapshot(case)
    from_status = status_before
    for position, event in enumerate(case.events[first_new_event:], start=first_new_event):
        to_status = status_after(from_status, event.kind, event.detail)
        uow.outbox.add(
            event.kind,
            {
                "case_id": case.id,
                "case_number": case.number,
                "version": case.version,
                "status": case.status.value,
                "from_status": from_status.value,
                "to_status": to_status.value,
                "matter_codes": list(case.matter_codes),
                "bundle_code": case.bundle_code,
                "snapshot": snapshot,
                "actor_username": actor_account(event, on_duty),
                "event": {
                    "position": position,
                    "kind": event.kind,
                    "at": event.at.isoformat(),
                    "actor": event.actor,
                    "summary": event.summary,
                    "detail": event.detail,
                },
            },
            now,
        )
        from_status = to_status


def actor_account(event: CaseEvent, on_duty: WindowConfig | None) -> str | None:
    """The account of the clerk signed in, for an event that names them as its actor; None where
    nobody signed in, and for an event whose actor is not the clerk on duty (a sign-in switched
    while the step ran): such an event is recorded by its display name alone."""
    if on_duty is None or not on_duty.clerk_username or event.actor != on_duty.clerk_name:
        return None
    return on_duty.clerk_username


def case_snapshot(case: Case) -> dict:
    """The case as the window last saw it, in plain JSON (dates as ISO strings)."""

    def iso(value) -> str | None:
        return value.isoformat() if value is not None else None

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
        "applicant": applicant_to_json(case.applicant),
        "parties": list(case.parties),
        "second_party": None if case.second_party is None else applicant_to_json(case.second_party),
        "materials": [
            {
                "code": c.code,
                "name": c.material.name,
                "state": c.state.value,
                "note": c.note,
                "due_date": iso(c.due_date),
                "supplied_on": iso(c.supplied_on),
                "licence": None if c.licence is None else licence_to_json(c.licence),
            }
            for c in case.materials
        ],
        "accepted_at": iso(case.accepted_at),
        "promised_date": iso(case.promised_date),
        "promised_estimated": case.promised_estimated,  # 暂按周末计算
        "supplement_deadline": iso(case.supplement_deadline),
        "refusal_reason": case.refusal_reason,
        "result_code": None if case.result_code is None else int(case.result_code),
        "result_reason": case.result_reason,
        "certificate_number": case.certificate_number,
        "suspended_days": case.suspended_days,
        "issuance": issuance_to_json(case.issuance),
        "assistance": assistance_to_json(case.assistance),
    }
