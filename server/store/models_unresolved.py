"""Tables of 办不成事 反映 (migration 0030): the reports a hall's windows take down, and what
happened to each (app/domain/unresolved_reports.py holds the rules).

A report names a citizen (name, phone) and tells their business in their words, which may name
others; the staff's resolution and reply, and the events that repeat them, do too: all of it is
sealed at rest (server/sealing/columns.py), and listed in server/sealing/rewrap.py's SEALED.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.sealing.columns import SealedJSON, SealedText
from server.store.models import Base, BigId, UtcDateTime


class UnresolvedReportRow(Base):
    """One report, made in the push that brought it; its id is the window's, so a resend never
    makes a second one."""

    __tablename__ = "unresolved_reports"
    __table_args__ = (
        # the console's list (not closed, or closed of late) and the statistics (by hall day)
        Index("ix_unresolved_reports_hall_state", "hall_code", "state", "closed_at"),
        Index("ix_unresolved_reports_hall_day", "hall_code", "reported_on"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))  # the pushing terminal's
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the window's clock: data
    reported_on: Mapped[date] = mapped_column(Date)  # the hall's date of it: the deadline's start
    window: Mapped[str] = mapped_column(String(40))  # where it was taken down
    registered_by: Mapped[str] = mapped_column(String(64))  # the account signed in there, or ""
    name: Mapped[str] = mapped_column(SealedText("unresolved_reports.name"))
    phone: Mapped[str] = mapped_column(SealedText("unresolved_reports.phone"))
    kind: Mapped[str] = mapped_column(String(16))  # app.domain.unresolved_reports.ProblemKind
    description: Mapped[str] = mapped_column(SealedText("unresolved_reports.description"))
    matter_code: Mapped[str] = mapped_column(String(50))
    matter_name: Mapped[str] = mapped_column(String(200))
    failed_window: Mapped[str] = mapped_column(String(40))  # as the applicant named it
    case_number: Mapped[str] = mapped_column(String(50))
    state: Mapped[str] = mapped_column(String(16))  # ReportState
    deadline_days: Mapped[int] = mapped_column(Integer)  # the hall's setting when it arrived
    due_date: Mapped[date] = mapped_column(Date)
    due_estimated: Mapped[bool] = mapped_column(Boolean)  # counted across a year without a schedule
    assignee: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a user of the hall
    # the answer standing (a send-back leaves it for the next answer to replace; events keep each)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # Outcome
    resolution: Mapped[str] = mapped_column(SealedText("unresolved_reports.resolution"), default="")
    reply: Mapped[str] = mapped_column(SealedText("unresolved_reports.reply"), default="")
    reply_method: Mapped[str | None] = mapped_column(String(10), nullable=True)  # VisitMethod
    replied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer)  # bumped by each move
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class UnresolvedReportEventRow(Base):
    """What happened to a report, in order; never changed (a send-back is one more event)."""

    __tablename__ = "unresolved_report_events"
    __table_args__ = (Index("ix_unresolved_report_events_report", "report_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("unresolved_reports.id"))
    kind: Mapped[str] = mapped_column(String(20))  # reported | assign | answer | close | send_back
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict] = mapped_column(SealedJSON("unresolved_report_events.detail"))
