"""Every recorded case event also goes into the outbox, in the same transaction.

The sync issue defines how the server applies these; what matters here is that nothing the
clerk decided can be committed locally without its mutation being committed with it.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.cases import Case
from app.store.case_mapping import applicant_to_json
from app.store.unit_of_work import UnitOfWork


def record_mutations(uow: UnitOfWork, case: Case, first_new_event: int, now: datetime) -> None:
    for event in case.events[first_new_event:]:
        uow.outbox.add(
            event.kind,
            {
                "case_id": case.id,
                "case_number": case.number,
                "version": case.version,
                "status": case.status.value,
                "matter_codes": list(case.matter_codes),
                "bundle_code": case.bundle_code,
                "applicant": applicant_to_json(case.applicant),
                "materials": {c.code: c.state.value for c in case.materials},
                "event": {
                    "kind": event.kind,
                    "at": event.at.isoformat(),
                    "actor": event.actor,
                    "summary": event.summary,
                    "detail": event.detail,
                },
            },
            now,
        )
