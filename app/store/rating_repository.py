"""好差评 ratings in the local store: one row per rated case (一次一评, a unique case_id)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import RatingRow


class RatingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def for_case(self, case_id: str) -> RatingRow | None:
        return self._s.scalars(select(RatingRow).where(RatingRow.case_id == case_id)).first()

    def add(
        self,
        *,
        rating_id: str,
        case_id: str | None,
        ticket: str,
        level: int,
        reasons: list[str],
        comment: str,
        source: str,
        clerk: str,
        clerk_username: str | None,
        window: str,
        rated_at: datetime,
    ) -> RatingRow:
        row = RatingRow(
            id=rating_id,
            case_id=case_id,
            ticket=ticket,
            level=level,
            reasons=reasons,
            comment=comment,
            source=source,
            clerk=clerk,
            clerk_username=clerk_username,
            window=window,
            rated_at=rated_at,
        )
        self._s.add(row)
        # flushed now so the unique case_id refuses a second rating inside this transaction
        self._s.flush()
        return row
