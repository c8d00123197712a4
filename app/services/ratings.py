"""好差评 at the window: keep the applicant's rating of one case, once (一次一评).

The rating comes from the pad (or the on-screen evaluator) and nowhere else: this use case
has no way to make one up, and nothing is written when no rating came (DOMAIN.md: no default
rating at the window). A rating goes into the outbox in the same transaction as its row, so the
hall's 差评 follow-up on the server never misses one that was kept here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.ratings import RatingRuleError, is_bad, level_name, rating_problems, reason_name
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.services.errors import NotFound, Problem, RuleViolation, StorageError, ValidationFailed
from app.store.models import RatingRow
from app.store.rating_repository import RatingRepository
from app.store.unit_of_work import UnitOfWork

RATING_RECORDED = "rating.recorded"


NOT_KEPT = QT_TRANSLATE_NOOP("messages", "评价未记录：{problems}请申请人在评价器上重新评价。")
NO_CASE = QT_TRANSLATE_NOOP("messages", "找不到要评价的办件，可能已被删除；本次评价未记录。")
NOT_YET = QT_TRANSLATE_NOOP("messages", "办件 {number} 尚未作出受理决定，还不能评价。")
ALREADY = QT_TRANSLATE_NOOP("messages", "办件 {number} 已有申请人评价（一次一评），本次评价未记录。")
NOT_STORED = QT_TRANSLATE_NOOP("messages", "本地数据库写入失败，评价未记录：{error}")


class GivenRating(Protocol):
    """What an evaluator hands back (drivers.evaluator.Rating has exactly this)."""

    rating_id: str
    level: int
    reasons: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class RatingView:
    id: str
    case_id: str | None
    ticket: str
    level: int
    level_label: str  # 非常满意 … 非常不满意
    is_bad: bool  # 差评: followed up by the hall manager
    reasons: tuple[tuple[str, str], ...]  # (code, name)
    comment: str
    source: str
    clerk: str
    window: str
    rated_at: datetime


class RatingService:
    def __init__(
        self, sessions: sessionmaker[Session], config: WindowConfig | WindowContext, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._window = window_context(config)  # the clerk on duty, read for each rating
        self._clock = clock

    @property
    def _cfg(self) -> WindowConfig:
        return self._window.config

    def record(self, case_id: str, rating: GivenRating, source_url: str, ticket: str = "") -> RatingView:
        """Keep the rating of a case (and of the queue ticket it was served under, if any).
        ValidationFailed for a bad rating, RuleViolation for a second."""
        reasons = tuple(rating.reasons)
        text = (rating.text or "").strip()
        problems = rating_problems(rating.level, reasons, text)
        if problems:
            raise ValidationFailed(
                [Problem("rating", message) for message in problems],
                Message(NOT_KEPT, problems=RatingRuleError(problems).message),
            )
        rating_id = rating.rating_id or str(uuid.uuid4())
        now = self._clock()
        with UnitOfWork(self._sessions) as uow:
            case = uow.cases.get(case_id)
            if case is None:
                raise NotFound(Message(NO_CASE))
            if case.status.value == "draft":
                raise RuleViolation(Message(NOT_YET, number=case.number))
            repo = RatingRepository(uow.session)
            if repo.for_case(case_id) is not None:
                raise RuleViolation(Message(ALREADY, number=case.number))
            try:
                row = repo.add(
                    rating_id=rating_id,
                    case_id=case_id,
                    ticket=ticket.strip()[:20],
                    level=rating.level,
                    reasons=list(reasons),
                    comment=text,
                    source=source_url[:200],
                    clerk=self._cfg.clerk_name,
                    clerk_username=self._cfg.clerk_username or None,  # None: nobody signed in
                    window=self._cfg.window_name,
                    rated_at=now,
                )
                uow.outbox.add(RATING_RECORDED, _payload(row, case.number), now)
                view = _view(row)
                uow.commit()
            except IntegrityError as exc:
                # another writer kept a rating for this case (or this rating) a moment ago
                raise RuleViolation(Message(ALREADY, number=case.number)) from exc
            except SQLAlchemyError as exc:
                raise StorageError(Message(NOT_STORED, error=exc.__class__.__name__)) from exc
        return view

    def rating_of(self, case_id: str) -> RatingView | None:
        with UnitOfWork(self._sessions) as uow:
            row = RatingRepository(uow.session).for_case(case_id)
            return None if row is None else _view(row)


def _payload(row: RatingRow, case_number: str) -> dict:
    return {
        "rating_id": row.id,
        "case_id": row.case_id,
        "case_number": case_number,
        "ticket": row.ticket,
        "level": row.level,
        "reasons": list(row.reasons),
        "comment": row.comment,
        "source": row.source,
        "clerk": row.clerk,
        "clerk_username": row.clerk_username,  # the server checks it names a clerk of the hall
        "window": row.window,
        "rated_at": row.rated_at.isoformat(),
    }


def _view(row: RatingRow) -> RatingView:
    return RatingView(
        id=row.id,
        case_id=row.case_id,
        ticket=row.ticket,
        level=row.level,
        level_label=level_name(row.level),
        is_bad=is_bad(row.level),
        reasons=tuple((code, reason_name(code)) for code in row.reasons),
        comment=row.comment,
        source=row.source,
        clerk=row.clerk,
        window=row.window,
        rated_at=row.rated_at,
    )
