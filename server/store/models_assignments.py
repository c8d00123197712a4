"""Tables of the tidal windows (窗口调度): versioned window assignments, their audited changes,
work profiles with their schedules, and clerks' qualifications (migration 0011).

What call-next reads stays `windows.categories` (the *effective* weights: none for a closed
window), written in the same transaction as the row here, so the queue and every terminal that
caches the hall's configuration see one assignment.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import Base, BigId, UtcDateTime


class WindowAssignmentRow(Base):
    """A window's assignment as the manager set it (its weights kept while it is closed)."""

    __tablename__ = "window_assignments"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    window: Mapped[str] = mapped_column(String(50), primary_key=True)
    categories: Mapped[dict] = mapped_column(JSON)
    open: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AssignmentChangeRow(Base):
    """One change of a hall's assignments (by hand, a profile, its schedule, or an undo)."""

    __tablename__ = "assignment_changes"
    __table_args__ = (Index("ix_assignment_changes_hall", "hall_code", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # manual | profile | schedule | undo
    reason: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[str] = mapped_column(String(20), default="")
    before: Mapped[list] = mapped_column(JSON)  # [WindowAssignmentState] of the touched windows
    after: Mapped[list] = mapped_column(JSON)
    undo_of: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    undone_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class WorkProfileRow(Base):
    __tablename__ = "work_profiles"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    windows: Mapped[list] = mapped_column(JSON)  # [WindowAssignment]
    schedules: Mapped[list] = mapped_column(JSON)  # [ProfileSchedule]
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


class ProfileRunRow(Base):
    """A scheduled application, once per (hall, profile, day, time): the process whose insert
    wins applies it; another process's insert of the same key fails and changes nothing."""

    __tablename__ = "profile_runs"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    profile: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    at: Mapped[str] = mapped_column(String(5), primary_key=True)  # HH:MM
    outcome: Mapped[str] = mapped_column(String(20))  # applied | refused
    detail: Mapped[str] = mapped_column(Text, default="")
    change_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    ran_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ClerkQualificationRow(Base):
    """The categories a clerk may serve; a clerk without a row may serve every category."""

    __tablename__ = "clerk_qualifications"

    username: Mapped[str] = mapped_column(ForeignKey("users.username"), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    categories: Mapped[list] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
