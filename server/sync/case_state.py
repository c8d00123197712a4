"""The server's whole view of a case (what pull delivers), and server-side events on a case."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.case_status import CaseStatus
from app.sync.protocol import CaseEventState, CaseState, ChangeKind, PullAnswer
from server.store.models import ServerCaseEventRow, ServerCaseRow
from server.sync.bulk import among
from server.sync.change_log import record_change


def aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were stored as UTC
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def event_state(row: ServerCaseEventRow) -> CaseEventState:
    return CaseEventState(
        position=row.position,
        kind=row.kind,
        at=aware(row.at),
        actor=row.actor,
        summary=row.summary,
        detail=row.detail or {},
        source=row.source,
    )


def build_case_state(case: ServerCaseRow, events: Iterable[CaseEventState]) -> CaseState:
    return CaseState(
        id=case.id,
        number=case.number,
        hall_code=case.hall_code,
        terminal_id=case.terminal_id,
        status=case.status,
        version=case.version,
        promised_date=case.promised_date.isoformat() if case.promised_date else None,
        snapshot=case.snapshot,
        events=sorted(events, key=lambda e: e.position),
        updated_at=aware(case.updated_at),
    )


def case_state(session: Session, case: ServerCaseRow) -> CaseState:
    """The case with every event, ordered by the server's position."""
    rows = session.scalars(
        select(ServerCaseEventRow)
        .where(ServerCaseEventRow.case_id == case.id)
        .order_by(ServerCaseEventRow.position)
    )
    return build_case_state(case, [event_state(r) for r in rows])


def append_case_event(
    session: Session,
    case: ServerCaseRow,
    kind: str,
    actor: str,
    summary: str,
    detail: dict,
    to_status: CaseStatus | None,
    source: str = "backoffice",
    *,
    now: datetime,
) -> None:
    """Add an event the server itself records (a back-office step) and log the new case state.

    The caller checks the move (require_move) and holds the case row; this writes and logs.
    """
    last = session.scalar(
        select(func.max(ServerCaseEventRow.position)).where(ServerCaseEventRow.case_id == case.id)
    )
    session.add(
        ServerCaseEventRow(
            case_id=case.id,
            position=0 if last is None else last + 1,
            kind=kind,
            at=now,
            actor=actor,
            summary=summary,
            detail=detail,
            source=source,
            mutation_id=None,
            recorded_at=now,
        )
    )
    case.version += 1
    if to_status is not None:
        case.status = CaseStatus(to_status).value
    case.updated_at = now
    session.flush()
    record_change(session, case.hall_code, ChangeKind.CASE, case.id, case_change(case.version, case.status))


def case_change(version: int, status: str) -> dict:
    """What the change log keeps of a case change: a pointer, not a copy of the case.

    Pull reads the case's current state when it hands the change out (with_case_states), so a
    push writes each case's JSON once (its row), not a second time into the log. A pull may so
    see a newer version than the one logged; the client adopts the newest state anyway, and the
    newer change's own row follows later in the log.
    """
    return {"version": version, "status": status}


def with_case_states(session: Session, answer: PullAnswer) -> PullAnswer:
    """The page of changes with each case change's data filled in as the case's CaseState."""
    ids = {c.key for c in answer.changes if c.kind is ChangeKind.CASE}
    if not ids:
        return answer
    cases = {
        row.id: row
        for row in session.scalars(select(ServerCaseRow).where(among(session, ServerCaseRow.id, ids)))
    }
    events: dict[str, list[CaseEventState]] = {case_id: [] for case_id in cases}
    rows = session.scalars(
        select(ServerCaseEventRow)
        .where(among(session, ServerCaseEventRow.case_id, ids))
        .order_by(ServerCaseEventRow.case_id, ServerCaseEventRow.position)
    )
    for row in rows:
        events[row.case_id].append(event_state(row))
    states = {
        case_id: build_case_state(case, events[case_id]).model_dump(mode="json")
        for case_id, case in cases.items()
    }
    # a case's row is written in the transaction that logged its change, so it is always there
    changes = [
        c.model_copy(update={"data": states[c.key]}) if c.kind is ChangeKind.CASE else c
        for c in answer.changes
        if c.kind is not ChangeKind.CASE or c.key in states
    ]
    return answer.model_copy(update={"changes": changes})
