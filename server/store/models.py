"""Tables of the central server's store (PostgreSQL in production, SQLite embedded).

Migrations in server/store/migrations create exactly these. Types are chosen to behave the same
on both engines: JSON, timezone-aware timestamps stored as UTC, BigInteger ids.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from server.sealing.columns import SealedJSON, SealedText, SnapshotJSON

# SQLite autoincrements only an INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for a change log
BigId = BigInteger().with_variant(Integer(), "sqlite")
UtcDateTime = DateTime(timezone=True)


class Base(DeclarativeBase):
    pass


# --- halls and their configuration (server-owned, cached by clients) --------------------------------
class HallRow(Base):
    __tablename__ = "halls"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)  # region/hall code (330429)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # app.sync.queue_protocol.QueuePolicyConfig as JSON ({} = every default) and 大厅公告
    queue_policy: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")
    notices: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    # app.sync.protocol.HallSecurity as JSON ({} = every default): the workbench's idle lock
    security: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")
    # bumped by every setup change: a server process reuses its parsed configuration until then
    config_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ServiceCategoryRow(Base):
    """A queue category of a hall (综合受理, 不动产, …) with its ticket prefix."""

    __tablename__ = "service_categories"
    __table_args__ = (Index("ux_categories_hall_code", "hall_code", "code", unique=True),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(4))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    daily_limit: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0: policy's


class WindowRow(Base):
    __tablename__ = "windows"
    __table_args__ = (Index("ux_windows_hall_name", "hall_code", "name", unique=True),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    name: Mapped[str] = mapped_column(String(50))  # 3号综合窗口
    kind: Mapped[str] = mapped_column(String(20), default="comprehensive")
    # {category code: weight} — the tidal-window assignment a hall manager changes
    categories: Mapped[dict] = mapped_column(JSON, default=dict)


class CatalogVersionRow(Base):
    """Each published matter catalog; clients cache the newest."""

    __tablename__ = "catalog_versions"

    version: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    catalog: Mapped[dict] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(UtcDateTime)
    published_by: Mapped[str] = mapped_column(String(64))


# --- people and machines ---------------------------------------------------------------------
class UserRow(Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # app.sync.protocol.Role
    hall_code: Mapped[str | None] = mapped_column(ForeignKey("halls.code"), nullable=True)
    window_name: Mapped[str] = mapped_column(String(50), default="")
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # set by another's hand (a new account, a reset): its holder must choose their own before
    # anything else (等保: no initial password stays in use)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class UserSessionRow(Base):
    __tablename__ = "user_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the token
    username: Mapped[str] = mapped_column(ForeignKey("users.username"), index=True)
    terminal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LoginThrottleRow(Base):
    """Failed sign-ins per key (user name, or client address): shared by every server process."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[datetime] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class TerminalRow(Base):
    __tablename__ = "terminals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(8))  # W03: part of the terminal's case numbers
    # the secret is 256 random bits, so a plain SHA-256 is as safe as a slow hash and is checked
    # on every request without costing 50 ms of argon2
    secret_hash: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_applied_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # app.sync.protocol.TerminalKind, fixed at enrolment: what the terminal may call
    kind: Mapped[str] = mapped_column(String(16), default="window", server_default="window")
    # a window PC's store key (base64 of 256 random bits), made at its first clerk's sign-in and
    # given only to a session just signed in on it (LoginAnswer.window_key): with it the PC opens
    # its sealed database and files (app/store/keyslots.py). Gone with the terminal when revoked.
    # deferred: only a sign-in reads it, so checking a terminal's credential never unseals it
    window_key: Mapped[str | None] = mapped_column(
        SealedText("terminals.window_key"), nullable=True, deferred=True
    )


class EnrolmentCodeRow(Base):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    terminal_code: Mapped[str] = mapped_column(String(8))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    used_by: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the terminal
    kind: Mapped[str] = mapped_column(String(16), default="window", server_default="window")


# --- cases -----------------------------------------------------------------------------------
# Personal data (people's parts of a snapshot, event texts, payloads, tickets' ID cards, SMS
# phones) is sealed by its column type under the server's data keys (server/sealing).
class ServerCaseRow(Base):
    __tablename__ = "cases"
    # a case number is unique within its hall: another hall can never take it first
    __table_args__ = (Index("ux_cases_hall_number", "hall_code", "number", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(50))
    # no index of its own: ux_cases_hall_number and ix_cases_hall_promised lead with it
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    terminal_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer)  # the server's own, bumped on each change
    promised_date: Mapped[date | None] = mapped_column(nullable=True)  # ix_cases_hall_promised
    # the window's last snapshot (applicant, materials…), its people sealed
    snapshot: Mapped[dict] = mapped_column(SnapshotJSON("cases.snapshot"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DataKeyringRow(Base):
    """Which data keys sealed this database (server/sealing/setup.py): a server started with a
    missing key file is stopped with a clear message, instead of sealing under a new key that
    nothing already stored opens."""

    __tablename__ = "data_keyring"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    first_key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # the key everything stored was last found sealed under, with the columns sealed then
    # (server/sealing/rewrap.py: rewrap_mark): a start that finds it current has nothing to do
    rewrapped_key_id: Mapped[str | None] = mapped_column(String(40), nullable=True)


class CaseLookupRow(Base):
    """查找办件 on sealed cases: keyed hashes of what finds a case (server/sealing/lookups.py),
    looked up per hall, so a hall's year is not opened to answer one search (migration 0027)."""

    __tablename__ = "case_lookups"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class ServerCaseEventRow(Base):
    __tablename__ = "case_events"
    __table_args__ = (Index("ux_case_events_position", "case_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    position: Mapped[int] = mapped_column(Integer)  # assigned by the server, in apply order
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # when it happened (a terminal's clock: data)
    # who acted: for a window's event that names an account, that account's display name as the
    # server knows it; else the text the window or the back office sent
    actor: Mapped[str] = mapped_column(String(100))
    # the account signed in at the window, checked when pushed (app/domain/window_accounts.py);
    # None for the back office's events and those of windows from before accounts were recorded
    actor_username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    summary: Mapped[str] = mapped_column(SealedText("case_events.summary"))  # 出件：the collector's name
    detail: Mapped[dict] = mapped_column(SealedJSON("case_events.detail"))
    source: Mapped[str] = mapped_column(String(20))  # window | backoffice
    mutation_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class BackofficeRequestRow(Base):
    """A back-office step's request_id → the answer given to it: a resend gets that answer and
    records nothing again (the idempotency record of POST /backoffice/cases/{number}/events)."""

    __tablename__ = "backoffice_requests"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hall_code: Mapped[str] = mapped_column(String(12))
    case_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    answer: Mapped[dict] = mapped_column(SealedJSON("backoffice_requests.answer"))  # the CaseState answered
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AppliedMutationRow(Base):
    """(terminal, seq) → stored result: a resend gets the same answer, never a second apply."""

    __tablename__ = "applied_mutations"

    terminal_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))  # applied | rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict] = mapped_column(SealedJSON("applied_mutations.payload"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the terminal's clock
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the server's


class RatingRow(Base):
    __tablename__ = "ratings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), index=True)
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)
    ticket: Mapped[str] = mapped_column(String(20), default="")
    level: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[list] = mapped_column(JSON)
    comment: Mapped[str] = mapped_column(Text, default="")
    clerk: Mapped[str] = mapped_column(String(100))  # the display name the window showed
    # the account of the clerk signed in at the window (app/domain/window_accounts.py); None for a
    # rating of a window from before accounts were recorded, which names its clerk by `clerk` alone
    clerk_username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    window: Mapped[str] = mapped_column(String(50))
    rated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CasePageRow(Base):
    """A scanned page of a case material; the image is the attachment with this hash."""

    __tablename__ = "case_pages"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # the hall of the terminal that attached it (its case may reach the server only later);
    # "" for a page of an old store whose hall could not be told: no hall can touch it
    hall_code: Mapped[str] = mapped_column(String(12), server_default="")
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    material_code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))  # an attachment of the same hall
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # destroyed when the hall's archive period ran out (server/retention.py); the row stays
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AttachmentRow(Base):
    """A hall's content-addressed file (a scanned page); its bytes live in the blob store.

    Keyed by (hall, hash): a terminal offers, uploads and reads only its own hall's attachments,
    so knowing a hash gives another hall nothing, and a wrong size offered by another hall cannot
    keep this hall's upload from completing."""

    __tablename__ = "attachments"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(40))
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CalendarYearRow(Base):
    """A year's holiday schedule as entered (app/domain/calendar_years.py's file, `schedule`).

    It beats the packaged schedule for that year, and goes to every hall's terminals by pull.
    """

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    schedule: Mapped[dict] = mapped_column(JSON)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    entered_by: Mapped[str] = mapped_column(String(64))


# --- what clients pull, and what auditors read ------------------------------------------------
class ChangeLogRow(Base):
    """Written in the same transaction as each change; read by (txid, id) cursors.

    On PostgreSQL `txid` is the writing transaction's id and a pull only returns rows whose
    transaction is older than every transaction still running (pg_snapshot_xmin), so a change
    that commits late is never skipped. SQLite serialises writers, so `id` order is commit order
    and `txid` stays 0.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_hall_cursor", "hall_code", "txid", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    txid: Mapped[int] = mapped_column(BigInteger, default=0)
    hall_code: Mapped[str] = mapped_column(String(12))  # "*" for every hall (catalog, admins)
    kind: Mapped[str] = mapped_column(String(20))  # app.sync.protocol.ChangeKind
    key: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditRow(Base):
    """Who did what, when, with what outcome (等保): the server only ever inserts here."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    terminal_id: Mapped[str] = mapped_column(String(36), default="")
    event: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(20))  # ok | refused | failed
    detail: Mapped[str] = mapped_column(Text, default="")  # never a full ID number or password
    # its place in the hash chain (server/auth/audit_chain.py): 1, 2, 3 … and its keyed MAC
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    mac: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # whose hall it concerns (an auditor reads their own hall's), and whose record was read or
    # written: a keyed hash of the citizen's ID number (server/auth/audit.py: person_key), so the
    # log can be searched by person without holding anyone's ID number
    hall_code: Mapped[str | None] = mapped_column(String(12), nullable=True)
    person_key: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (
        UniqueConstraint("seq", name="uq_audit_log_seq"),
        Index("ix_audit_log_hall_at", "hall_code", "at"),
        Index("ix_audit_log_person", "person_key"),
    )


class AuditChainRow(Base):
    """The audit chain's head: its last seq and MAC, sealed with the audit key. One row (id 1);
    every audited transaction updates it first, so entries join the chain one at a time."""

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_id: Mapped[str] = mapped_column(String(32), default="")  # set when the chain is started
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    mac: Mapped[str] = mapped_column(String(64), default="")
    seal: Mapped[str] = mapped_column(String(64), default="")  # "" until the server first starts


# --- the hall queue (server/queue) -------------------------------------------------------------
_WAITING = text("state = 'waiting'")
_CALLED = text("state = 'called'")


class QueueCounterRow(Base):
    """The last number issued online in one category of a hall on one day (taken by upsert)."""

    __tablename__ = "queue_counters"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class TicketRow(Base):
    """One queue ticket of a hall's day (排队号). The applicant's ID number is only in `applicant`
    (the window needs it to open a case); lookups go by `id_hash`, never by the number itself."""

    __tablename__ = "queue_tickets"
    __table_args__ = (
        Index("ux_queue_tickets_number", "hall_code", "day", "number", unique=True),
        # what call-next reads: one hall's day, waiting, in priority and arrival order
        Index(
            "ix_queue_tickets_waiting",
            "hall_code",
            "day",
            "category",
            "priority_rank",
            "order_key",
            postgresql_where=_WAITING,
            sqlite_where=_WAITING,
        ),
        # the database itself refuses a window holding two called tickets
        Index(
            "ux_queue_tickets_held",
            "hall_code",
            "window",
            unique=True,
            postgresql_where=_CALLED,
            sqlite_where=_CALLED,
        ),
        Index("ix_queue_tickets_applicant", "hall_code", "day", "category", "id_hash"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(String(12))
    day: Mapped[date] = mapped_column(Date)  # the hall's local service day
    number: Mapped[str] = mapped_column(String(6))  # A001
    category: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))  # app.domain.tickets.TicketSource
    priority: Mapped[str] = mapped_column(String(20))  # PriorityClass
    priority_rank: Mapped[int] = mapped_column(Integer)  # by the hall's policy; 0 first
    order_key: Mapped[float] = mapped_column(Double)  # epoch seconds: arrival (or the front)
    state: Mapped[str] = mapped_column(String(12))  # TicketState
    # the window holding it (called), or the only window that may call it (transferred there)
    window: Mapped[str] = mapped_column(String(50), default="")
    calls: Mapped[int] = mapped_column(Integer, default=0)  # at the holding window
    applicant: Mapped[dict | None] = mapped_column(
        SealedJSON("queue_tickets.applicant"), nullable=True
    )  # ApplicantCard
    id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a lookup: server/queue/common.py
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # last call
    first_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # of the issue
    # an appointment's matter, carried to the window that calls it ("" for a walk-in)
    matter_code: Mapped[str] = mapped_column(String(50), default="")
    matter_name: Mapped[str] = mapped_column(String(200), default="")


class QueueEventRow(Base):
    """Every queue action, with server time: the figures of waits and services come from here.

    `request_id` is the idempotency record: the action (or offline record) that wrote this
    event, with `answer` the JSON answered to it, so a resend gets exactly the same answer.
    """

    __tablename__ = "queue_events"
    __table_args__ = (Index("ix_queue_events_day", "hall_code", "day", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(String(12))
    day: Mapped[date] = mapped_column(Date)
    ticket_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    number: Mapped[str] = mapped_column(String(6), default="")
    kind: Mapped[str] = mapped_column(String(20))
    window: Mapped[str] = mapped_column(String(50), default="")
    clerk: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # server time
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)
    # what the request was answered (a called ticket carries the applicant's card): sealed
    answer: Mapped[dict | None] = mapped_column(SealedJSON("queue_events.answer"), nullable=True)


class WindowStateRow(Base):
    """A window's queue state; its row is locked first by every action of that window. The
    ticket it holds is not kept here: it is the one called at it (ux_queue_tickets_held)."""

    __tablename__ = "queue_windows"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    window: Mapped[str] = mapped_column(String(50), primary_key=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(200), default="")
    clerk: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AppointmentRow(Base):
    """An appointment (预约) for a day and slot; checked in at the kiosk by its code or the ID
    card. Taken: not cancelled. Missed (爽约): its day has passed, not checked in, not cancelled.
    Rows from before slots and channels have slot "" and channel window."""

    __tablename__ = "queue_appointments"
    __table_args__ = (
        Index("ux_queue_appointments_code", "hall_code", "day", "code", unique=True),
        # a person's bookings (limits, no-shows) and today's by the ID card at the kiosk
        Index("ix_queue_appointments_person", "hall_code", "id_hash", "day"),
        # a slot's bookings taken
        Index("ix_queue_appointments_slot", "hall_code", "category", "day", "slot"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(String(12))
    day: Mapped[date] = mapped_column(Date)
    code: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(20))
    id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    name: Mapped[str] = mapped_column(SealedText("queue_appointments.name"), default="")
    slot: Mapped[str] = mapped_column(String(20), default="")  # 09:00-09:30
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ticket: Mapped[str] = mapped_column(String(6), default="")
    channel: Mapped[str] = mapped_column(String(10), default="window")  # app.domain.appointments.Channel
    matter_code: Mapped[str] = mapped_column(String(50), default="")
    matter_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(SealedText("queue_appointments.phone"), default="")  # reminders
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # SMS exported


# --- SMS notices to applicants (server/notices) -------------------------------------------------
class NoticeWordingRow(Base):
    """A hall's own wording of one notice; a hall without one uses server/notices/wording.py's."""

    __tablename__ = "notice_wordings"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    event: Mapped[str] = mapped_column(String(20), primary_key=True)  # accepted | result_ready
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


class NoticeRow(Base):
    """One SMS to an applicant, written with the event that causes it; at most one per (case,
    event), so a resent push or a second back-office post never sends it twice."""

    __tablename__ = "notices"
    __table_args__ = (
        Index("ux_notices_case_event", "case_id", "event", unique=True),
        Index("ix_notices_due", "status", "next_attempt_at"),
        Index("ix_notices_hall", "hall_code", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    case_id: Mapped[str] = mapped_column(String(36))
    case_number: Mapped[str] = mapped_column(String(50))
    event: Mapped[str] = mapped_column(String(20))
    # the full number only while it may still be sent; masked once the notice is sent or given up
    phone: Mapped[str] = mapped_column(SealedText("notices.phone"))
    text: Mapped[str] = mapped_column(SealedText("notices.text"))  # names the applicant
    status: Mapped[str] = mapped_column(String(12))  # pending | sending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
