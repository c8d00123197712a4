"""The clerk's 申请复核: from their window, of their own 差评 only, never seeing who gave it.

A rating is the clerk's by the account the window recorded, or — a rating without one — by the
display name only while no other active account of the hall bears it
(server/manager/rating_clerks.py); the manager decides in the console
(server/api/manager_followups.py).
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Depends
from sqlalchemy import select

from app.domain.hall_time import hall_date
from app.domain.rating_followups import ReviewDecision
from app.sync.manager_followups import MAX_LIST, MY_RATINGS_PATH, ClerkRating, ClerkRatings, ReviewRequest
from app.sync.protocol import Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit
from server.auth.credentials import Caller, as_utc, require_terminal_user
from server.context import ServerContext
from server.errors import ApiError, not_found
from server.manager import followups as f
from server.manager.rating_clerks import ratings_of
from server.store.models import RatingRow, ServerCaseRow
from server.store.models_followups import FollowupRow, RatingReviewRow

router = APIRouter(tags=["好差评回访"])
window_clerk = require_terminal_user((TerminalKind.WINDOW,), (Role.CLERK,))
MY_DAYS = 90  # how far back a clerk's own 差评 are listed


@router.get(MY_RATINGS_PATH, summary="本人近期的差评（不含评价人身份）", responses=errors(401, 403))
def my_ratings(
    caller: Caller = Depends(window_clerk), ctx: ServerContext = Depends(get_context)
) -> ClerkRatings:
    user, hall = caller.user, caller.terminal.hall_code
    since, _ = f.hall_day_bounds(hall_date(ctx.now()) - timedelta(days=MY_DAYS), hall_date(ctx.now()))
    with ctx.sessions() as s:
        found = s.execute(
            select(RatingRow, ServerCaseRow.number, ServerCaseRow.snapshot, RatingReviewRow)
            .outerjoin(ServerCaseRow, ServerCaseRow.id == RatingRow.case_id)
            .outerjoin(RatingReviewRow, RatingReviewRow.rating_id == RatingRow.id)
            .where(
                RatingRow.hall_code == hall,
                ratings_of(s, hall, user),
                RatingRow.level <= 2,
                RatingRow.rated_at >= since,
            )
            .order_by(RatingRow.rated_at.desc())
            .limit(MAX_LIST)
        ).all()
    return ClerkRatings(items=[_clerk_rating(*row) for row in found])


def _clerk_rating(rating: RatingRow, number, snapshot, review) -> ClerkRating:
    return ClerkRating(
        rating_id=rating.id,
        level=rating.level,
        reasons=list(rating.reasons or []),
        comment=rating.comment,
        rated_at=as_utc(rating.rated_at),
        window=rating.window,
        case_number=number or "",
        matter=f.matter_of(snapshot),
        review=f.review_info(review),
    )


@router.post(
    "/ratings/{rating_id}/review", summary="申请复核本人的差评", responses=errors(401, 403, 404, 409)
)
def ask_review(
    rating_id: str,
    body: ReviewRequest,
    caller: Caller = Depends(window_clerk),
    ctx: ServerContext = Depends(get_context),
) -> ClerkRating:
    user, hall, now = caller.user, caller.terminal.hall_code, ctx.now()
    with ctx.transaction() as s:
        rating = s.scalars(
            select(RatingRow).where(
                RatingRow.id == rating_id[:36], RatingRow.hall_code == hall, ratings_of(s, hall, user)
            )
        ).first()
        if rating is None:
            raise not_found("找不到这条评价，或它不是对您的服务的评价")
        followup = s.scalars(
            select(FollowupRow).where(FollowupRow.rating_id == rating.id).with_for_update()
        ).first()
        if followup is None:
            raise ApiError(409, "conflict", "只有差评可以申请复核")
        if s.get(RatingReviewRow, rating.id) is not None:
            raise ApiError(409, "conflict", "这条差评已申请过复核，请等待大厅管理员决定")
        review = RatingReviewRow(
            rating_id=rating.id,
            hall_code=hall,
            asked_by=user.username,
            reason=body.reason,
            asked_at=now,
            decision=ReviewDecision.PENDING.value,
            decision_note="",
        )
        s.add(review)
        f.add_event(s, followup, "review_asked", now, user.username, {"reason": body.reason})
        audit(
            s,
            now,
            "rating_review_asked",
            username=user.username,
            terminal_id=caller.terminal.id,
            detail=f"评价{rating.id}",
        )
        s.flush()
        number, snapshot = None, None
        if rating.case_id is not None and (case_row := s.get(ServerCaseRow, rating.case_id)) is not None:
            number, snapshot = case_row.number, case_row.snapshot
        return _clerk_rating(rating, number, snapshot, review)
