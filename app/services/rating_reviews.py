"""申请复核 at the window: a clerk asks the hall manager to review a 差评 they think malicious.

Online only, and only the clerk's own 差评 (the server checks both: server/api/rating_reviews.py);
the applicant's identity is never part of what comes back. The manager decides in the console's
好差评 tab whether the rating stands or is left out of the statistics; the request and the
decision both stay on record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.rating_followups import ReviewDecision
from app.services.errors import ServiceError
from app.sync.case_transport import CaseTransport
from app.sync.manager_followups import ClerkRating, ReviewRequest
from app.sync.manager_followups_transport import FollowupsTransport
from app.sync.manager_transport import ManagerTransport
from app.sync.transport import TransportError

OFFLINE = QT_TRANSLATE_NOOP("messages", "申请复核须连接中心服务器：本终端尚未登记或现在连不上服务器。")
NO_REASON = QT_TRANSLATE_NOOP("messages", "请写明申请复核的理由。")
LONG_REASON = QT_TRANSLATE_NOOP("messages", "复核理由不能超过{limit}个字。")
MAX_REASON = ReviewRequest.model_fields["reason"].metadata[-1].max_length


class ReviewRefused(ServiceError):
    """Not sent, or refused by the server; ``message`` says why. Nothing was recorded."""


@dataclass(frozen=True)
class OwnRating:
    rating_id: str
    level: int
    reasons: tuple[str, ...]
    comment: str
    rated_at: datetime  # in the hall's time
    case_number: str
    matter: str
    review: ReviewDecision | None  # None: no review asked yet

    @property
    def may_ask(self) -> bool:
        return self.review is None


class RatingReviews:
    def __init__(self, case_link: Callable[[], CaseTransport | None], user_token: Callable[[], str]) -> None:
        # the window's link to the server in the clerk's name (the same one 查找办件 uses)
        self._case_link, self._user_token = case_link, user_token

    def _transport(self) -> FollowupsTransport:
        link = self._case_link()
        if link is None:
            raise ReviewRefused(Message(OFFLINE))
        return FollowupsTransport(ManagerTransport(link.http, self._user_token))

    def my_bad_ratings(self) -> tuple[OwnRating, ...]:
        try:
            answer = self._transport().my_ratings()
        except TransportError as exc:
            raise ReviewRefused(exc.message) from exc
        return tuple(_own(r) for r in answer.items)

    def ask(self, rating_id: str, reason: str) -> OwnRating:
        reason = reason.strip()
        if not reason:
            raise ReviewRefused(Message(NO_REASON))
        if len(reason) > MAX_REASON:
            raise ReviewRefused(Message(LONG_REASON, limit=MAX_REASON))
        try:
            return _own(self._transport().ask_review(rating_id, reason))
        except TransportError as exc:
            raise ReviewRefused(exc.message) from exc


def _own(r: ClerkRating) -> OwnRating:
    return OwnRating(
        rating_id=r.rating_id,
        level=r.level,
        reasons=tuple(r.reasons),
        comment=r.comment,
        rated_at=r.rated_at.astimezone(HALL_TIMEZONE),
        case_number=r.case_number,
        matter=r.matter,
        review=r.review.decision if r.review is not None else None,
    )
