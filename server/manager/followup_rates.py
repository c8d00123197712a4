"""The two rates at the top of the 好差评 tab, counted in SQL on either engine.

满意率: ratings at levels 3–5 ÷ all ratings of the period, leaving out the ratings a review found
malicious (they stay on record). 差评按期办结率: of the period's counted 差评, the share whose
follow-up was closed on or before its last day.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.hall_time import hall_date
from app.domain.rating_followups import ReviewDecision, closed_in_time, satisfaction_rate
from app.sync.manager_followups import FollowupRates
from server.manager.followups import hall_day_bounds
from server.store.db import as_utc
from server.store.models import RatingRow
from server.store.models_followups import FollowupRow, RatingReviewRow


def rates(session: Session, hall_code: str, date_from: date, date_to: date) -> FollowupRates:
    start, end = hall_day_bounds(date_from, date_to)
    excluded = RatingReviewRow.decision == ReviewDecision.EXCLUDED.value
    counts = or_(
        RatingReviewRow.decision.is_(None), RatingReviewRow.decision != ReviewDecision.EXCLUDED.value
    )
    in_period = (
        (RatingRow.hall_code == hall_code) & (RatingRow.rated_at >= start) & (RatingRow.rated_at < end)
    )
    counted, good, left_out = session.execute(
        select(
            func.count().filter(counts),
            func.count().filter((RatingRow.level >= 3) & counts),
            func.count().filter(excluded),
        )
        .select_from(RatingRow)
        .outerjoin(RatingReviewRow, RatingReviewRow.rating_id == RatingRow.id)
        .where(in_period)
    ).one()
    # the period's counted 差评 with their last day and when (if) they were closed
    followups = session.execute(
        select(FollowupRow.due_date, FollowupRow.closed_at)
        .join(RatingRow, RatingRow.id == FollowupRow.rating_id)
        .outerjoin(RatingReviewRow, RatingReviewRow.rating_id == RatingRow.id)
        .where(in_period, counts)
    ).all()
    in_time = sum(
        closed_in_time(due, hall_date(as_utc(closed)) if closed is not None else None)
        for due, closed in followups
    )
    return FollowupRates(
        date_from=date_from,
        date_to=date_to,
        ratings=counted,
        satisfied=good,
        excluded=left_out,
        satisfaction_rate=satisfaction_rate(good, counted),
        bad=len(followups),
        closed_in_time=in_time,
        closed_in_time_rate=in_time / len(followups) if followups else None,
    )
