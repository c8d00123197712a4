"""The server's whole view of a case (what pull delivers), and server-side events on a case."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.case_status import CaseStatus
from app.sync.protocol import CaseEventState, CaseState, ChangeKind
from server.store.models import ServerCaseEventRow, ServerCaseRow
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
    state = case_state(session, case)
    record_change(session, case.hall_code, ChangeKind.CASE, case.id, state.model_dump(mode="json"))
