"""Repositories over one session: cases, their documents, case-number sequences, the outbox."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain.cases import Case
from app.store.case_mapping import case_from_rows, event_row, fill_row, material_row
from app.store.models import (
    CaseDocumentRow,
    CaseEventRow,
    CaseMaterialRow,
    CaseNumberSequenceRow,
    CaseRow,
    OutboxRow,
)


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, case_id: str) -> Case | None:
        row = self._s.get(CaseRow, case_id)
        return None if row is None else self._load(row)

    def get_by_number(self, number: str) -> Case | None:
        row = self._s.scalars(select(CaseRow).where(CaseRow.number == number)).first()
        return None if row is None else self._load(row)

    def _load(self, row: CaseRow) -> Case:
        materials = list(self._s.scalars(select(CaseMaterialRow).where(CaseMaterialRow.case_id == row.id)))
        events = list(self._s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id)))
        return case_from_rows(row, materials, events)

    def save(self, case: Case) -> None:
        """Write the case as it is now: the row, its material checks, and events not yet stored."""
        row = self._s.get(CaseRow, case.id)
        if row is None:
            row = CaseRow()
            fill_row(row, case)
            self._s.add(row)
            stored_events = 0
        else:
            fill_row(row, case)
            stored_events = self._s.scalar(
                select(func.count()).select_from(CaseEventRow).where(CaseEventRow.case_id == case.id)
            )
        self._s.execute(delete(CaseMaterialRow).where(CaseMaterialRow.case_id == case.id))
        self._s.add_all(material_row(case.id, i, c) for i, c in enumerate(case.materials))
        self._s.add_all(event_row(case.id, i, e) for i, e in enumerate(case.events) if i >= stored_events)

    def delete(self, case_id: str) -> None:
        for model in (CaseMaterialRow, CaseEventRow, CaseDocumentRow):
            self._s.execute(delete(model).where(model.case_id == case_id))
        self._s.execute(delete(CaseRow).where(CaseRow.id == case_id))

    def rows_for_day(self, day: date) -> list[CaseRow]:
        return list(
            self._s.scalars(select(CaseRow).where(CaseRow.day == day).order_by(CaseRow.created_at.desc()))
        )

    def open_rows(self) -> list[CaseRow]:
        """Cases of earlier days still waiting on the window: 待补正 and 待出件 ones."""
        waiting = ("supplement_requested", "result_ready", "accepted", "in_progress", "suspended", "decided")
        return list(self._s.scalars(select(CaseRow).where(CaseRow.status.in_(waiting))))


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, case_id: str, kind: str, number: str, path: str, created_at: datetime) -> CaseDocumentRow:
        row = CaseDocumentRow(
            case_id=case_id,
            kind=kind,
            number=number,
            path=path,
            created_at=created_at,
            printed=False,
            print_error="",
        )
        self._s.add(row)
        self._s.flush()
        return row

    def get(self, document_id: int) -> CaseDocumentRow | None:
        return self._s.get(CaseDocumentRow, document_id)

    def for_case(self, case_id: str) -> list[CaseDocumentRow]:
        q = select(CaseDocumentRow).where(CaseDocumentRow.case_id == case_id).order_by(CaseDocumentRow.id)
        return list(self._s.scalars(q))


class CaseNumberSequences:
    def __init__(self, session: Session) -> None:
        self._s = session

    def take_next(self, day: date, terminal: str) -> int:
        """The next sequence of the day; stored in the caller's transaction, so never reused."""
        row = self._s.get(CaseNumberSequenceRow, (day, terminal))
        if row is None:
            row = CaseNumberSequenceRow(day=day, terminal=terminal, last_sequence=0)
            self._s.add(row)
        row.last_sequence += 1
        return row.last_sequence

    def raise_to(self, day: date, terminal: str, sequence: int) -> None:
        """Number on after `sequence` that day (another PC of this terminal code used it)."""
        row = self._s.get(CaseNumberSequenceRow, (day, terminal))
        if row is None:
            self._s.add(CaseNumberSequenceRow(day=day, terminal=terminal, last_sequence=sequence))
        elif row.last_sequence < sequence:
            row.last_sequence = sequence


class Outbox:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, kind: str, payload: dict, now: datetime) -> int:
        last = self._s.scalar(select(func.max(OutboxRow.seq))) or 0
        row = OutboxRow(
            seq=last + 1,
            mutation_id=str(uuid.uuid4()),
            kind=kind,
            payload=payload,
            created_at=now,
            sent_at=None,
        )
        self._s.add(row)
        return row.seq

    def of_kind(self, kind: str, since: datetime) -> list[OutboxRow]:
        """The mutations of `kind` written from `since` on, newest first (whatever their state:
        a change is kept after it was sent, so this reads back what the terminal recorded)."""
        q = select(OutboxRow).where(OutboxRow.kind == kind, OutboxRow.created_at >= since)
        return list(self._s.scalars(q.order_by(OutboxRow.seq.desc())))
