"""Tables of the 好差评 follow-up (migration 0012): one follow-up per 差评, its history, the
clerks' review requests, and each hall's deadline setting."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import Base, BigId, RatingRow, UtcDateTime

# the satisfaction rate counts a hall's ratings of a period: read by hall and time, not the whole table
Index("ix_ratings_hall_rated_at", RatingRow.hall_code, RatingRow.rated_at)


class FollowupRow(Base):
    """The follow-up of one 差评: opened in the transaction that records the rating."""

    __tablename__ = "rating_followups"
    __table_args__ = (Index("ix_rating_followups_hall_state", "hall_code", "state", "due_date"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    # unique: a rating sent again can never open a second follow-up
    rating_id: Mapped[str] = mapped_column(ForeignKey("ratings.id"), unique=True)
    state: Mapped[str] = mapped_column(String(16))  # app.domain.rating_followups.FollowupState
    rated_on: Mapped[date] = mapped_column(Date)  # the hall's date of the rating: the deadline's start
    deadline_days: Mapped[int] = mapped_column(Integer)  # the hall's setting when it was opened
    due_date: Mapped[date] = mapped_column(Date)
    due_estimated: Mapped[bool] = mapped_column(Boolean)  # counted across a year without a schedule
    assignee: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a user of the hall
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer)  # bumped by each move


class FollowupEventRow(Base):
    """What happened to a follow-up, in order: nothing is overwritten, a send-back included."""

    __tablename__ = "rating_followup_events"
    __table_args__ = (Index("ix_rating_followup_events_followup", "followup_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    followup_id: Mapped[int] = mapped_column(ForeignKey("rating_followups.id"))
    kind: Mapped[str] = mapped_column(String(20))  # opened | assign | record | close | send_back | review…
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict] = mapped_column(JSON)


class RatingReviewRow(Base):
    """A clerk's 申请复核 of a rating and the manager's decision; kept whatever is decided."""

    __tablename__ = "rating_reviews"

    rating_id: Mapped[str] = mapped_column(ForeignKey("ratings.id"), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    asked_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decision: Mapped[str] = mapped_column(String(16))  # app.domain.rating_followups.ReviewDecision
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text)


class FollowupSettingRow(Base):
    """A hall's deadline for 差评 follow-up in working days (5 unless the hall set another)."""

    __tablename__ = "rating_followup_settings"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    deadline_days: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
