"""Tables of the local store. The migrations in migrations/versions create exactly these."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer)
    matter_codes: Mapped[list] = mapped_column(JSON)
    matter_names: Mapped[list] = mapped_column(JSON)
    matter_version: Mapped[int] = mapped_column(Integer)
    bundle_code: Mapped[str] = mapped_column(String(64))
    bundle_name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(400))
    kind: Mapped[int] = mapped_column(Integer)
    promised_amount: Mapped[int] = mapped_column(Integer)
    promised_unit: Mapped[str] = mapped_column(String(20))
    result_name: Mapped[str] = mapped_column(String(400))
    clerk: Mapped[str] = mapped_column(String(100))
    window: Mapped[str] = mapped_column(String(50))
    applicant: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime]
    day: Mapped[date] = mapped_column(index=True)  # the intake day, for today's list
    accepted_at: Mapped[datetime | None]
    promised_date: Mapped[date | None]
    supplement_deadline: Mapped[date | None]
    refusal_reason: Mapped[str] = mapped_column(Text)
    result_code: Mapped[int | None]
    result_reason: Mapped[str] = mapped_column(Text)
    certificate_number: Mapped[str] = mapped_column(String(100))
    suspended_since: Mapped[date | None]
    suspended_days: Mapped[int] = mapped_column(Integer)
    issuance: Mapped[dict | None] = mapped_column(JSON)


class CaseMaterialRow(Base):
    __tablename__ = "case_materials"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    # the catalog's material as it was when the case was opened: a later catalog change
    # must not rewrite what the applicant was asked for
    material: Mapped[dict] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None]
    supplied_on: Mapped[date | None]


class CaseEventRow(Base):
    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case", "case_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict] = mapped_column(JSON)


class CaseDocumentRow(Base):
    __tablename__ = "case_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(120))
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    printed: Mapped[bool]
    print_error: Mapped[str] = mapped_column(Text)


class CaseNumberSequenceRow(Base):
    """The last case-number sequence used per day on this terminal: survives restarts."""

    __tablename__ = "case_number_sequences"

    day: Mapped[date] = mapped_column(primary_key=True)
    terminal: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer)


class OutboxRow(Base):
    """Changes waiting for the central server, written in the same transaction as the change.

    `seq` is the terminal's own gap-free sequence: the server applies each (terminal, seq) once.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
