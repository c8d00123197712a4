"""Wire models of the 好差评 follow-up (shared by the server and the console, like protocol.py).

The applicant's identity (name, ID number, phone of the rated case) travels only in a
follow-up's detail, and only to those who follow it up (hall manager, admin, the assigned
person); a list, and whatever a clerk sees of their own ratings, never carries it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.domain.rating_followups import (
    DEFAULT_DEADLINE_DAYS,
    MAX_DEADLINE_DAYS,
    FollowupState,
    ReviewDecision,
    VisitMethod,
)

FOLLOWUPS_PATH = "/manager/followups"
MY_FOLLOWUPS_PATH = f"{FOLLOWUPS_PATH}/mine"  # those the signed-in account holds (我的整改)
MY_RATINGS_PATH = "/ratings/mine"
MAX_LIST = 500  # a list answer holds at most this many follow-ups, newest first


def review_path(rating_id: str) -> str:
    return f"/ratings/{rating_id}/review"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReviewInfo(BaseModel):
    asked_by: str
    reason: str
    asked_at: datetime
    decision: ReviewDecision
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str = ""


class FollowupItem(BaseModel):
    id: int
    state: FollowupState
    rating_id: str
    level: int
    reasons: list[str]
    rated_at: datetime
    clerk: str
    window: str
    case_number: str
    matter: str
    due_date: date
    due_estimated: bool  # 暂按周末计算
    overdue: bool
    assignee: str | None = None
    review: ReviewDecision | None = None


class FollowupList(BaseModel):
    items: list[FollowupItem]
    today: date  # the hall's date the overdue flags were judged on
    truncated: bool = False


class Applicant(BaseModel):
    name: str
    cert_number: str
    phone: str


class FollowupEvent(BaseModel):
    kind: str  # opened | assign | record | close | send_back | review_asked | review_decided
    at: datetime
    actor: str
    detail: dict[str, Any]


class FollowupDetail(BaseModel):
    item: FollowupItem
    comment: str
    applicant: Applicant | None = None  # None: the caller may not see who rated
    events: list[FollowupEvent]
    review: ReviewInfo | None = None
    version: int


class FollowupMoved(BaseModel):
    id: int
    state: FollowupState
    version: int


class Person(BaseModel):
    username: str
    display_name: str
    role: str


class People(BaseModel):
    items: list[Person]


class AssignBody(_Body):
    assignee: str = Field(min_length=1, max_length=64)
    version: int = Field(ge=0)  # the version the manager saw: a move on a stale view is refused


class RecordBody(_Body):
    visited_at: datetime
    method: VisitMethod
    said: str = Field(min_length=1, max_length=1000)  # what the applicant said on the 回访
    remedy: str = Field(min_length=1, max_length=2000)  # the 整改: what was changed
    version: int = Field(ge=0)


class CloseBody(_Body):
    note: str = Field(default="", max_length=500)
    version: int = Field(ge=0)


class SendBackBody(_Body):
    reason: str = Field(min_length=1, max_length=500)
    version: int = Field(ge=0)


class ReviewDecisionBody(_Body):
    decision: ReviewDecision
    note: str = Field(min_length=1, max_length=500)


class ReviewRequest(_Body):
    reason: str = Field(min_length=1, max_length=500)


class ClerkRating(BaseModel):
    """One of the clerk's own 差评, without who gave it."""

    rating_id: str
    level: int
    reasons: list[str]
    comment: str
    rated_at: datetime
    window: str
    case_number: str
    matter: str
    review: ReviewInfo | None = None


class ClerkRatings(BaseModel):
    items: list[ClerkRating]


class FollowupRates(BaseModel):
    date_from: date
    date_to: date
    ratings: int  # counted: a rating removed by review is not
    satisfied: int  # levels 3–5 of those
    excluded: int  # removed from the statistics by review (kept on record)
    satisfaction_rate: float | None  # None when no rating was counted
    bad: int
    closed_in_time: int
    closed_in_time_rate: float | None


class FollowupSettings(_Body):
    deadline_days: int = Field(default=DEFAULT_DEADLINE_DAYS, ge=1, le=MAX_DEADLINE_DAYS)
