"""What each kind of mutation carries, checked before any rule looks at it.

The payloads are the ones app/services (mutations.py, pages.py, ratings.py) put in the outbox.
Extra fields are ignored (a newer client may send more); a missing or wrong-typed field makes
the mutation rejected with a reason that names the field, never a server error.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from app.domain.access_records import ACCESS_RECORDED as ACCESS_KIND
from app.domain.case_status import CaseStatus
from app.domain.collectors import MAX_REASON
from app.domain.hall_time import HALL_TIMEZONE
from app.sync.protocol import SHA256_PATTERN

PAGE_ATTACHED = "page.attached"
PAGE_ROTATED = "page.rotated"
PAGE_MOVED = "page.moved"
PAGE_DELETED = "page.deleted"
PAGE_KINDS = frozenset({PAGE_ATTACHED, PAGE_ROTATED, PAGE_MOVED, PAGE_DELETED})
RATING_RECORDED = "rating.recorded"
ACCESS_RECORDED = ACCESS_KIND  # a citizen's record read at a window (app/domain/access_records.py)
MAX_AUTHORISATION_PAGES = 50  # a 委托书 is a page or two; a bound, not a rule
MAX_PAGE_POSITION = 10_000  # pages of one material: far beyond any real one, well inside INTEGER


class PayloadProblem(ValueError):
    """The payload does not have the shape its kind needs; the message is the rejection reason."""


def as_utc(moment: datetime) -> datetime:
    """The moment a terminal's time names. A window sends its clock's wall time without an offset
    (app/services/clock.py: the hall's time), so such a time is read in the hall's zone: stored
    as the instant it was, it counts on the right hall day in the statistics, goes to the
    province platform as the time the receipt printed, and reads back as the same wall time on
    every window (app/services/sync/apply.py). It is data, never used for ordering."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=HALL_TIMEZONE).astimezone(UTC)


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


def _blank_is_none(value: Any) -> Any:
    return None if value == "" else value


# The account signed in at the window that recorded a change (app/domain/window_accounts.py).
# None — missing, null or "" — where nobody signed in, and in the payloads of windows from before
# accounts were recorded (queued in an outbox, or a workbench not yet updated): those are kept as
# before, by the display name they show.
WindowAccountName = Annotated[Annotated[str, Field(max_length=64)] | None, BeforeValidator(_blank_is_none)]


class EventIn(_Payload):
    position: int = Field(ge=-(2**31), le=2**31 - 1)  # the window's own numbering; the server renumbers
    kind: str = Field(min_length=1, max_length=40)
    at: datetime
    actor: str = Field(max_length=100)
    summary: str = Field(max_length=2000)
    detail: dict[str, Any] = Field(default_factory=dict)


class CaseMutationIn(_Payload):
    case_id: str = Field(min_length=1, max_length=36)
    case_number: str = Field(min_length=1, max_length=50)
    from_status: CaseStatus
    to_status: CaseStatus
    matter_codes: list[Annotated[str, Field(max_length=50)]] = Field(min_length=1, max_length=100)
    bundle_code: str = Field(default="", max_length=50)
    snapshot: dict[str, Any]
    event: EventIn
    actor_username: WindowAccountName = None  # the event's actor becomes its display name

    @field_validator("bundle_code", mode="before")
    @classmethod
    def _no_bundle(cls, value: Any) -> Any:
        return "" if value is None else value

    def promised_date(self) -> date | None:
        raw = self.snapshot.get("promised_date")
        if raw in (None, ""):
            return None
        try:
            return date.fromisoformat(str(raw))
        except ValueError as exc:
            raise PayloadProblem(f"变更内容格式不对：承诺办结日期“{raw}”不是有效日期") from exc


class PageIn(_Payload):
    case_id: str = Field(min_length=1, max_length=36)
    page_id: str = Field(min_length=1, max_length=36)
    material_code: str = Field(min_length=1, max_length=64)
    position: int = Field(ge=0, le=MAX_PAGE_POSITION)
    sha256: str = Field(pattern=SHA256_PATTERN)
    rotation: int = Field(default=0, ge=-3600, le=3600)
    # page.moved / page.deleted: the material's pages in order
    order: list[Annotated[str, Field(max_length=36)]] | None = Field(
        default=None, max_length=MAX_PAGE_POSITION
    )
    actor_username: WindowAccountName = None


class IssuedDetailIn(_Payload):
    """An issued event's detail (app.domain.collectors.identity_detail): how the collector's ID
    was seen and the 委托书 of a 代领. Windows older than this record none of it (no identity)."""

    method: str = Field(default="", max_length=20)
    identity: str = Field(default="", max_length=10)
    typed_reason: str = Field(default="", max_length=MAX_REASON)
    authorisation_pages: list[Annotated[str, Field(min_length=1, max_length=36)]] = Field(
        default_factory=list, max_length=MAX_AUTHORISATION_PAGES
    )


class RatingIn(_Payload):
    rating_id: str = Field(min_length=1, max_length=36)
    case_id: str | None = Field(default=None, max_length=36)
    ticket: str = Field(default="", max_length=20)
    level: int = Field(ge=1, le=5)
    reasons: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list, max_length=20)
    comment: str = Field(default="", max_length=2000)
    clerk: str = Field(max_length=100)  # the display name the window showed
    # the signed-in clerk's account; windows older than it send none (nor does a workbench where
    # nobody signed in): such a rating names its clerk by display name alone
    clerk_username: WindowAccountName = None
    window: str = Field(max_length=50)
    rated_at: datetime


def _reason(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ())) or "payload"
        problems.append(f"缺少字段“{where}”" if error.get("type") == "missing" else f"字段“{where}”的值不对")
    return "变更内容不完整或格式不对：" + "；".join(problems)


def parse(model: type[_Payload], payload: dict[str, Any]) -> Any:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise PayloadProblem(_reason(exc)) from exc


class AccessRecordIn(_Payload):
    """A read at a window: which case, what was done, who, when (the window's clock)."""

    case_id: str = Field(min_length=1, max_length=36)
    case_number: str = Field(default="", max_length=50)
    event: str = Field(min_length=1, max_length=30)
    at: datetime
    actor_username: WindowAccountName = None
    detail: str = Field(default="", max_length=200)
