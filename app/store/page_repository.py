"""Scanned pages of a case's materials (case_pages), over one session.

Positions are kept dense per material (0, 1, 2, …): the service renumbers after every move or
delete, so "page 3 of 户口簿" means the same thing on the screen, in the outbox and on the server.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import CasePageRow


class PageRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: CasePageRow) -> None:
        self._s.add(row)

    def get(self, page_id: str) -> CasePageRow | None:
        return self._s.get(CasePageRow, page_id)

    def for_case(self, case_id: str) -> list[CasePageRow]:
        return list(
            self._s.scalars(
                select(CasePageRow)
                .where(CasePageRow.case_id == case_id)
                .order_by(CasePageRow.material_code, CasePageRow.position)
            )
        )

    def for_material(self, case_id: str, material_code: str) -> list[CasePageRow]:
        return list(
            self._s.scalars(
                select(CasePageRow)
                .where(CasePageRow.case_id == case_id, CasePageRow.material_code == material_code)
                .order_by(CasePageRow.position)
            )
        )

    def delete(self, row: CasePageRow) -> None:
        self._s.delete(row)

    def renumber(self, rows: list[CasePageRow]) -> None:
        """Give the rows positions 0…n-1 in the order given."""
        for position, row in enumerate(rows):
            row.position = position
        self._s.flush()
