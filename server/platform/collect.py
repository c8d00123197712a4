"""Case changes → the records the platform should hold, exactly once (the export's first half).

Each hall's export keeps a cursor over the change log (platform_export). A round reads the next
page of case changes after it, rebuilds the records of each case named there
(app/domain/platform_records.py) and queues those that are new or say something new, in the one
transaction that also moves the cursor: a crash leaves both as they were, and the next round
does the same page again, finding the records it queued already there. Sending is send.py's.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.platform_records import CaseFacts, EventFacts, MatterFacts, PlatformRecord, records_of
from app.sync.protocol import ChangeKind
from server.catalog_store import latest_catalog
from server.store.models import HallRow, RatingRow, ServerCaseEventRow, ServerCaseRow
from server.store.models_platform import PlatformExportRow, PlatformRecordRow
from server.sync.bulk import among
from server.sync.case_state import aware
from server.sync.change_log import read_changes

PAGE = 200  # case changes per round and hall: one transaction of bounded size

_matters: dict[tuple[str, int], dict[str, MatterFacts]] = {}  # (database, version) → code → facts
_matters_lock = threading.Lock()


@dataclass(frozen=True)
class CollectReport:
    cases: int = 0
    queued: int = 0  # records new or changed, now waiting to be sent
    more: bool = False  # the change log holds more after this round's page


def collect_hall(session: Session, hall_code: str, now: datetime, page: int = PAGE) -> CollectReport:
    """One round for one hall, in the caller's transaction."""
    state = session.get(PlatformExportRow, hall_code, with_for_update=True)
    if state is None:
        state = PlatformExportRow(hall_code=hall_code, cursor="", updated_at=now)
        session.add(state)
        session.flush()
    changes = read_changes(session, [hall_code], state.cursor, page, kind=ChangeKind.CASE)
    case_ids = list(dict.fromkeys(c.key for c in changes.changes))
    queued = queue_records(session, case_facts(session, hall_code, case_ids), now)
    state.cursor, state.updated_at = changes.cursor, now
    return CollectReport(cases=len(case_ids), queued=queued, more=changes.more)


def collect_all(session_scope, now: datetime) -> CollectReport:
    """Rounds for every hall until each has caught up; `session_scope()` gives a transaction."""
    with session_scope() as s:
        halls = list(s.scalars(select(HallRow.code).order_by(HallRow.code)))
    cases = queued = 0
    for hall in halls:
        while True:
            with session_scope() as s:
                report = collect_hall(s, hall, now)
            cases, queued = cases + report.cases, queued + report.queued
            if not report.more:
                break
    return CollectReport(cases=cases, queued=queued)


def case_facts(session: Session, hall_code: str, case_ids: list[str]) -> list[tuple[str, CaseFacts]]:
    """What records_of needs of each case (by case id): the row, its events in order, its rating,
    its matter."""
    if not case_ids:
        return []
    cases = session.scalars(
        select(ServerCaseRow).where(
            ServerCaseRow.hall_code == hall_code, among(session, ServerCaseRow.id, case_ids)
        )
    ).all()
    events: dict[str, list[EventFacts]] = defaultdict(list)
    e = ServerCaseEventRow
    for row in session.scalars(
        select(e).where(among(session, e.case_id, case_ids)).order_by(e.case_id, e.position)
    ):
        detail = dict(row.detail or {})
        events[row.case_id].append(
            EventFacts(row.position, row.kind, aware(row.at), row.actor, row.summary or "", detail)
        )
    ratings = dict(
        session.execute(
            select(RatingRow.case_id, RatingRow.level).where(among(session, RatingRow.case_id, case_ids))
        ).all()
    )
    matters = matter_facts(session)
    out = []
    for case in cases:
        snapshot = case.snapshot or {}
        code = next(iter(snapshot.get("matter_codes") or []), "")
        facts = CaseFacts(
            hall_code=case.hall_code,
            number=case.number,
            snapshot=snapshot,
            events=events.get(case.id, []),
            matter=matters.get(code, MatterFacts()),
            rating=ratings.get(case.id),
        )
        out.append((case.id, facts))
    return out


def queue_records(session: Session, cases: list[tuple[str, CaseFacts]], now: datetime) -> int:
    """Queue every record that is new or whose content changed; returns how many."""
    wanted: list[tuple[str, CaseFacts, PlatformRecord]] = [
        (case_id, c, r) for case_id, c in cases for r in records_of(c)
    ]
    if not wanted:
        return 0
    t = PlatformRecordRow
    held = {
        row.row_guid: row
        for row in session.scalars(
            select(t).where(among(session, t.row_guid, [r.row_guid for _, _, r in wanted]))
        )
    }
    queued = 0
    for case_id, case, record in wanted:
        row = held.get(record.row_guid)
        if row is not None and row.digest == record.digest:
            continue  # the platform has (or will get) exactly this
        queued += 1
        if row is None:
            session.add(
                PlatformRecordRow(
                    hall_code=case.hall_code,
                    case_id=case_id,
                    case_number=case.number,
                    table_name=record.table,
                    record_key=record.key,
                    row_guid=record.row_guid,
                    digest=record.digest,
                    fields=record.fields,
                    status="pending",
                    reason="",
                    attempts=0,
                    next_attempt_at=now,
                    queued_at=now,
                )
            )
            continue
        # what the record says changed (a procedure ended, a material came): it goes again, as an
        # update of the platform's row; a correction a person made is superseded by the case's own
        row.fields, row.digest, row.status, row.reason = record.fields, record.digest, "pending", ""
        row.attempts, row.next_attempt_at, row.queued_at, row.batch_id = 0, now, now, None
    session.flush()
    return queued


def matter_facts(session: Session) -> dict[str, MatterFacts]:
    """Implementation code → the catalog's codes for it, from the newest published catalog
    (parsed once per version and process: a published version never changes)."""
    latest = latest_catalog(session)
    if latest is None:
        return {}
    key = (session.get_bind().url.render_as_string(hide_password=True), latest.version)
    with _matters_lock:
        known = _matters.get(key)
    if known is None:
        known = {}
        for matter in (latest.catalog or {}).get("matters") or []:
            if isinstance(matter, dict) and isinstance(matter.get("implementation_code"), str):
                department = matter.get("department") or {}
                known[matter["implementation_code"]] = MatterFacts(
                    catalog_code=str(matter.get("catalog_code") or ""),
                    handling_item_code=str(matter.get("handling_item_code") or ""),
                    department_code=str(department.get("code") or "") if isinstance(department, dict) else "",
                )
        with _matters_lock:
            _matters[key] = known
    return known
