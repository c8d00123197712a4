"""The sync protocol between a terminal and the central server (version 1), shared by both ends.

Every request and answer body is one of these pydantic models, so the client serialises and the
server validates the same schema, and the server's OpenAPI spec is generated from it.

Paths (all under ``/v1``; see ``server/api``):

=====================================  =========================================================
``GET  /health``                       liveness and database check (no auth)
``POST /terminals/enrol``              EnrolRequest → EnrolAnswer (one-time code, no auth)
``POST /sessions``                     LoginRequest → LoginAnswer (terminal auth)
``POST /sync/push``                    PushRequest → PushAnswer (terminal auth)
``GET  /sync/pull?cursor=&limit=``     → PullAnswer (terminal auth)
``POST /attachments``                  AttachmentOffer → AttachmentState (terminal auth)
``GET  /attachments/{sha256}``         → AttachmentState
``PUT  /attachments/{sha256}?offset=`` raw bytes of one chunk → AttachmentState
``GET  /catalog``                      → CatalogAnswer (terminal auth; ETag = version)
``GET  /users``                        → UsersAnswer: the hall's users for offline sign-in
``GET  /hall``                         → HallConfig: the terminal's hall, windows, categories
``WS   /halls/{hall_code}/events``     EventPoke messages (Authorization header; never the query)
=====================================  =========================================================

Authentication: a terminal sends ``Authorization: Terminal <terminal_id>:<secret>``; a user
session sends ``Authorization: Bearer <token>``. A call that needs both (a window's queue
actions: the terminal *and* the clerk signed in on it) sends the user's ``Authorization: Bearer``
and the terminal's credential in ``X-OneWindow-Terminal: <terminal_id>:<secret>`` (TERMINAL_HEADER;
the server reads it first and falls back to ``Authorization: Terminal``). Each terminal has a kind
fixed at enrolment (TerminalKind); each route states the kinds and signed-in roles it serves
(server/auth/credentials.py) and refuses others with 403. Errors are JSON ``{"detail": "<Chinese
sentence>", "code": "<machine code>"}`` with a 4xx status (ErrorAnswer).

Push rules (DESIGN.md "Sync"): mutations go in the terminal's ``seq`` order. A seq the server
has applied already returns the stored result (a resend is harmless). A batch whose first new
seq is not ``last_applied + 1`` is answered 409 with code ``seq_gap`` and ``expected_seq``. A
mutation the rules refuse is answered ``rejected`` with a reason and its seq still advances. A
mutation that refers to an attachment the server has not fully received stops the batch there
with status ``needs_attachment`` (seq does not advance): the client uploads and pushes again.

Pull: the server's change log, read by an opaque cursor that never skips a change committed
late; the client applies a page of changes and the new cursor in one local transaction.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.domain.security_defaults import IDLE_LOCK_MINUTES, SCANS_ON_WINDOW_DAYS
from app.sync.manager_calendar import HallHoursModel

# PlainText, the wire's one type for text, is defined with the queue's models (imported here)
from app.sync.queue_protocol import PlainText, QueuePolicyConfig

PROTOCOL_VERSION = 1
API_PREFIX = "/v1"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MAX_PUSH_BATCH = 500  # mutations in one push request
# the body of one push request: the client cuts its batches to fit (a batch of MAX_PUSH_BATCH
# everyday mutations is ~1 MiB); the server refuses a larger body before parsing it
MAX_PUSH_BYTES = 8 * 1024 * 1024
MAX_PULL_LIMIT = 1000  # changes in one pull page
MAX_CHUNK_BYTES = 8 * 1024 * 1024  # one attachment chunk
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024  # a scanned page never comes near this
TERMINAL_AUTH_SCHEME = "Terminal"
TERMINAL_HEADER = "X-OneWindow-Terminal"  # the terminal's credential beside a user's Bearer token


# ids and kinds a terminal makes (UUIDs, "case.accepted"): kept in the store, echoed in answers
MUTATION_ID_PATTERN = r"^[0-9A-Za-z-]{1,36}$"
MUTATION_KIND_PATTERN = r"^[a-z][a-z_.]{0,39}$"


class Role(StrEnum):
    CLERK = "clerk"  # 窗口工作人员
    HALL_MANAGER = "hall_manager"  # 大厅管理员
    ADMIN = "admin"  # 系统管理员 (all halls)
    BACKOFFICE = "backoffice"  # a back-office system's account: records steps and decisions
    AUDITOR = "auditor"  # 审计员: reads the hall's audit log, nothing else


class TerminalKind(StrEnum):
    """What a terminal is, fixed at enrolment by its one-time code: it decides what it may call."""

    WINDOW = "window"  # 窗口: the clerk's workbench
    KIOSK = "kiosk"  # 取号机: in the public area
    DISPLAY = "display"  # 显示屏: in the public area
    BACKOFFICE = "backoffice"  # 后台
    ONLINE = "online"  # 网上大厅: the online hall's gateway (预约 only; nobody signs in on it)


class _Strict(BaseModel):
    # unknown fields are a client bug or an attack; say so instead of ignoring them
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorAnswer(_Strict):
    detail: str  # a complete sentence in Chinese, shown as it is
    code: str  # machine-readable: bad_request, unauthorised, forbidden, seq_gap, throttled, …
    expected_seq: int | None = None  # with code seq_gap


# --- enrolment and sign-in ------------------------------------------------------------------------
class EnrolRequest(_Strict):
    code: PlainText = Field(min_length=6, max_length=64)  # the one-time code an admin issued
    terminal_name: PlainText = Field(min_length=1, max_length=100)  # W03, 3号综合窗口 …


class EnrolAnswer(_Strict):
    terminal_id: str  # UUID
    secret: str  # shown once; the server keeps only its hash
    hall_code: str
    hall_name: str
    terminal_code: str  # the short code in this terminal's case numbers (W03)
    kind: TerminalKind = TerminalKind.WINDOW  # what the code enrolled (servers before kinds: window)
    # the highest case-number sequence of each recent day the server holds under this terminal
    # code (ISO day → sequence): a PC replacing another numbers on after them
    case_sequences: dict[str, int] = Field(default_factory=dict, max_length=31)


class LoginRequest(_Strict):
    username: PlainText = Field(min_length=1, max_length=64)
    password: PlainText = Field(min_length=1, max_length=256)


class UserInfo(_Strict):
    username: str
    display_name: str
    role: Role
    hall_code: str  # "" for an admin of every hall
    window_name: str = ""


class LoginAnswer(_Strict):
    token: str
    expires_at: datetime
    user: UserInfo
    # the password was set by someone else (a new account, a reset): this session can do nothing
    # but change it (POST /sessions/password)
    must_change_password: bool = False
    # a window terminal's store key (base64, 256 bits): opens the PC's sealed data
    # (app/store/keyslots.py); "" on other kinds, and until the password is the user's own
    window_key: str = Field(default="", max_length=64)


class PasswordChange(_Strict):
    current_password: PlainText = Field(min_length=1, max_length=256)
    new_password: PlainText = Field(min_length=1, max_length=256)


class CachedUser(_Strict):
    """What a terminal keeps to let a user sign in while the server cannot be reached."""

    user: UserInfo
    password_hash: str  # argon2id, never the password
    active: bool
    updated_at: datetime
    must_change_password: bool = False  # then no offline sign-in: the change needs the server


class UsersAnswer(_Strict):
    users: list[CachedUser]


# --- push ---------------------------------------------------------------------------------------
class Mutation(_Strict):
    seq: int = Field(ge=1, le=2**62)
    mutation_id: str = Field(pattern=MUTATION_ID_PATTERN)
    kind: str = Field(pattern=MUTATION_KIND_PATTERN)
    payload: dict[str, Any]
    created_at: datetime  # the terminal's clock: data, never order


class PushRequest(_Strict):
    mutations: list[Mutation] = Field(min_length=1, max_length=MAX_PUSH_BATCH)


class MutationStatus(StrEnum):
    APPLIED = "applied"
    REJECTED = "rejected"  # the rules refused it; the reason says why; seq advanced
    NEEDS_ATTACHMENT = "needs_attachment"  # upload these hashes, then push again; seq did not advance


class MutationResult(_Strict):
    seq: int
    mutation_id: str
    status: MutationStatus
    reason: str = ""
    missing_attachments: list[str] = Field(default_factory=list)


class PushAnswer(_Strict):
    results: list[MutationResult]
    last_applied_seq: int  # the terminal's highest seq the server has (applied or rejected)


# --- pull ---------------------------------------------------------------------------------------
class ChangeKind(StrEnum):
    CASE = "case"  # data: CaseState as JSON
    CATALOG = "catalog"  # data: {"version": n}; fetch GET /catalog
    USERS = "users"  # data: {}; fetch GET /users
    HALL = "hall"  # data: the hall's configuration (windows, categories)
    CALENDAR = "calendar"  # key: the year; data: its holiday schedule (app.domain.calendar_years)


class Change(_Strict):
    kind: ChangeKind
    key: str  # the case id, the catalog version, the hall code …
    data: dict[str, Any]
    at: datetime  # server time of the change


class PullAnswer(_Strict):
    changes: list[Change]
    cursor: str  # opaque; send it back unchanged
    more: bool  # another page is waiting now


class CaseEventState(_Strict):
    position: int
    kind: str
    at: datetime
    actor: str
    summary: str
    detail: dict[str, Any] = Field(default_factory=dict)
    source: str = "window"  # window | backoffice


class CaseState(_Strict):
    """The server's whole view of one case: what a pull delivers and the client adopts."""

    id: str
    number: str
    hall_code: str
    terminal_id: str
    status: str
    version: int  # the server's version, bumped on every change it applies
    promised_date: str | None = None  # ISO date
    snapshot: dict[str, Any]  # the window's last snapshot of the case (applicant, materials …)
    events: list[CaseEventState]
    updated_at: datetime


# --- attachments --------------------------------------------------------------------------------
# what a window uploads (app/services/page_images makes every scan one of these); the server
# serves a file back only with its allowlisted type, so an upload can never become a page a
# browser would run
ATTACHMENT_MEDIA_TYPES = frozenset({"image/jpeg", "image/png"})


def _attachment_media_type(value: str) -> str:
    if value not in ATTACHMENT_MEDIA_TYPES:
        raise ValueError("附件类型只能是 " + "、".join(sorted(ATTACHMENT_MEDIA_TYPES)))
    return value


AttachmentMediaType = Annotated[str, AfterValidator(_attachment_media_type)]


class AttachmentOffer(_Strict):
    """An attachment announced: POST /attachments, or the size and media_type of a PUT that
    offers the page as it uploads it (a page sent whole in one request, without the round trip)."""

    sha256: str = Field(pattern=SHA256_PATTERN)
    size: int = Field(ge=1, le=MAX_ATTACHMENT_BYTES)
    media_type: AttachmentMediaType


class AttachmentState(_Strict):
    sha256: str
    size: int
    received: int  # bytes stored so far: resume from here
    complete: bool  # the whole hash was checked


# --- catalog ------------------------------------------------------------------------------------
class CatalogAnswer(_Strict):
    version: int
    catalog: dict[str, Any]  # the catalog JSON as app.domain.catalog_format parses it


# --- hall configuration (server-owned; GET /hall, and ChangeKind.HALL's data) -------------------
class ServiceCategory(_Strict):
    """A queue category of a hall (综合受理, 不动产, …) and its ticket prefix."""

    code: PlainText = Field(min_length=1, max_length=20)
    name: PlainText = Field(min_length=1, max_length=100)
    prefix: str = Field(min_length=1, max_length=2, pattern=r"^[A-Z]{1,2}$")
    active: bool = True  # False: closed today; the kiosk refuses it with a message
    daily_limit: int = Field(default=0, ge=0, le=999)  # 0: up to the policy's online limit


class HallWindow(_Strict):
    name: PlainText = Field(min_length=1, max_length=50)  # 3号综合窗口
    kind: PlainText = Field(default="comprehensive", min_length=1, max_length=20)
    categories: dict[str, int] = Field(default_factory=dict)  # category code → weight


SCAN_ARCHIVE_YEARS = 30  # the server's archive of a closed case's scans (the hall sets its rule)


class HallSecurity(_Strict):
    """What a hall's terminals enforce on their own (set by the hall's admin, pulled with the hall)."""

    # the workbench locks after this many minutes without a key or mouse press: the next
    # applicant at the counter must not see the last one's record
    idle_lock_minutes: int = Field(default=IDLE_LOCK_MINUTES, ge=1, le=60)
    # how long a window PC keeps a closed case's scans (the server keeps the archive copy)
    scans_on_window_days: int = Field(default=SCANS_ON_WINDOW_DAYS, ge=1, le=3650)
    # how long the server keeps a closed case's scans, the hall's archive (档案保管期限)
    scan_archive_years: int = Field(default=SCAN_ARCHIVE_YEARS, ge=1, le=100)


class HallConfig(_Strict):
    code: str
    name: str
    address: str = ""
    phone: str = ""
    windows: list[HallWindow] = Field(default_factory=list)
    categories: list[ServiceCategory] = Field(default_factory=list)
    queue: QueuePolicyConfig = Field(default_factory=QueuePolicyConfig)
    notices: list[str] = Field(default_factory=list)  # hall notices on the display (大厅公告)
    # opening hours and closures (the console's 节假日与营业时间): the kiosk refuses numbers offline
    # when the hall is closed, the display shows the hours
    hours: HallHoursModel = Field(default_factory=HallHoursModel)
    # the holiday years entered on the server (app.domain.calendar_years's dump_year), only in
    # GET /hall: a kiosk cannot pull the change log, yet offline it must know 2027's holidays
    calendar_years: list[dict[str, Any]] = Field(default_factory=list, max_length=100)
    security: HallSecurity = Field(default_factory=HallSecurity)


# --- realtime -----------------------------------------------------------------------------------
class EventPoke(_Strict):
    """A nudge on the hall's event stream: something changed, pull from your cursor."""

    hall_code: str
    kind: str  # change | hello | queue (a queue change, sent at once: see queue_protocol)
    at: datetime


# --- back office --------------------------------------------------------------------------------
class BackofficeAction(StrEnum):
    STEP = "step"  # 审核、审批 … with an opinion
    SUSPEND = "suspend"  # 特别程序 (听证, 鉴定 …): the clock stops
    RESUME = "resume"  # the special procedure ends; the promised date moves by the days stopped
    DECIDE = "decide"  # 办结 with a result code
    RESULT_READY = "result_ready"  # the result (licence, certificate) has reached the window


class BackofficeStep(_Strict):
    """``POST /backoffice/cases/{number}/events`` → CaseState. With a ``request_id`` (a UUID the
    back-office system makes once per step) a resend answers the first answer and records
    nothing again, whatever happened to the case since; without one every post is a new step."""

    request_id: str | None = Field(default=None, min_length=8, max_length=36, pattern=r"^[0-9A-Za-z-]+$")
    action: BackofficeAction
    actor: PlainText = Field(min_length=1, max_length=100)  # the person in the back office
    step: PlainText = Field(default="", max_length=50)  # with action=step: 审核, 审批 …
    opinion: PlainText = Field(default="", max_length=500)
    procedure: PlainText = Field(default="", max_length=100)  # with action=suspend
    result_code: int | None = Field(default=None, ge=0, le=6)  # with action=decide
    reason: PlainText = Field(default="", max_length=500)
    certificate_number: PlainText = Field(default="", max_length=100)  # with action=result_ready
