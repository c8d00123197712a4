"""Tables of the local store. The migrations in migrations/versions create exactly these."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, false
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
    # a two-party matter's party names (男方, 女方) and its second party; [] and None otherwise
    parties: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    second_party: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime]
    day: Mapped[date] = mapped_column(index=True)  # the intake day, for today's list
    accepted_at: Mapped[datetime | None]
    promised_date: Mapped[date | None]
    # counted across a year without its holiday schedule (暂按周末计算): recounted on import
    promised_estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    supplement_deadline: Mapped[date | None]
    refusal_reason: Mapped[str] = mapped_column(Text)
    result_code: Mapped[int | None]
    result_reason: Mapped[str] = mapped_column(Text)
    certificate_number: Mapped[str] = mapped_column(String(100))
    suspended_since: Mapped[date | None]
    suspended_days: Mapped[int] = mapped_column(Integer)
    issuance: Mapped[dict | None] = mapped_column(JSON)
    assistance: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # 帮办 / 代办


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
    licence: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # 电子证照: the licence taken


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
    # what the server answered: pending until acknowledged, then applied or rejected (with the
    # server's reason, shown to the clerk until marked seen); a rejected change is kept, never
    # dropped, and the queue moves on past it
    state: Mapped[str] = mapped_column(String(12), default="pending", server_default="pending", index=True)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    acked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    seen: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class CasePageRow(Base):
    """A scanned page attached to one material of a case.

    The image itself is a file in the page store, named by the SHA-256 of its stored bytes
    (content-addressed: the same page scanned twice is kept once, and sync can check it).
    Rotation is kept here rather than re-encoding the image, so the hash never changes.
    """

    __tablename__ = "case_pages"
    __table_args__ = (Index("ix_case_pages_material", "case_id", "material_code", "position"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    material_code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    rotation: Mapped[int] = mapped_column(Integer)  # 0, 90, 180, 270 degrees clockwise
    source: Mapped[str] = mapped_column(String(200))  # the device URL or file it came from
    created_at: Mapped[datetime]
    # its image deleted from this PC, the hall's keeping period over (app/services/pages/retention.py)
    purged_at: Mapped[datetime | None]


class RatingRow(Base):
    """One 好差评 rating, tied to a case or a queue ticket (一次一评: one per case)."""

    __tablename__ = "ratings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    ticket: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer)  # 5 非常满意 … 1 非常不满意
    reasons: Mapped[list] = mapped_column(JSON)  # reason codes of a bad rating
    comment: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200))  # the evaluator's URL
    clerk: Mapped[str] = mapped_column(String(100))  # the display name on duty
    # the signed-in clerk's account; None where nobody had signed in, and for ratings kept before
    # accounts were recorded (migration 0006)
    clerk_username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    window: Mapped[str] = mapped_column(String(50))
    rated_at: Mapped[datetime]


class SyncStateRow(Base):
    """Key/value state of the sync with the central server (server_url, terminal_id, cursor…)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CachedUserRow(Base):
    """A user of this hall as the server last said, so a clerk can sign in while offline."""

    __tablename__ = "cached_users"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    hall_code: Mapped[str] = mapped_column(String(12))
    window_name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id from the server
    active: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime]
    # set by another's hand: it is changed with the server, so no offline sign-in with it
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SignInFailureRow(Base):
    """Wrong passwords typed here in a row for a user name, and the lock-out they led to: on disk,
    so closing the workbench does not reset the count."""

    __tablename__ = "sign_in_failures"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None]


class UploadedAttachmentRow(Base):
    """A page image the server has whole (hash checked): not offered again."""

    __tablename__ = "uploaded_attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    uploaded_at: Mapped[datetime]


class ParkedCaseStateRow(Base):
    """A pulled server state of a case that still has local changes waiting to be pushed.

    Applying it at once would undo what the clerk just did on screen; it is applied when the
    case's last pending change has been acknowledged (unless a newer pull replaced it).
    """

    __tablename__ = "parked_case_states"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)  # app.sync.protocol.CaseState as JSON
    parked_at: Mapped[datetime]
