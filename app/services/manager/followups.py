"""好差评 (Ctrl+4): the use cases behind the console's tab, building plain view models.

The list, the two rates and one follow-up's detail come from the server; the moves (assign,
record 回访 and 整改, close, send back, decide a review) are sent with the version the manager
saw, so a follow-up changed meanwhile by another console is refused rather than overwritten.
Whatever the server or the transport refuses comes back as FollowupRefused with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import QT_TRANSLATE_NOOP, Message, text
from app.domain.rating_followups import (
    BAD_DAYS,
    MAX_DEADLINE_DAYS,
    FollowupMove,
    FollowupState,
    ReviewDecision,
    VisitMethod,
    allowed_moves,
)
from app.domain.working_days import DueDate
from app.services.errors import ServiceError
from app.sync.manager_followups import (
    AssignBody,
    CloseBody,
    FollowupDetail,
    FollowupEvent,
    FollowupItem,
    FollowupRates,
    FollowupSettings,
    RecordBody,
    ReviewDecisionBody,
    SendBackBody,
)
from app.sync.manager_followups_transport import FollowupsTransport
from app.sync.transport import TransportError

OPENED = QT_TRANSLATE_NOOP("messages", "差评回访开启，办结期限{due}")
ASSIGNED = QT_TRANSLATE_NOOP("messages", "分派给{name}")
RECORDED = QT_TRANSLATE_NOOP("messages", "回访（{method}，{when}）：{said}；整改：{remedy}")
SENT_BACK = QT_TRANSLATE_NOOP("messages", "退回：{reason}")
CLOSED = QT_TRANSLATE_NOOP("messages", "办结：{note}")
REVIEW_ASKED = QT_TRANSLATE_NOOP("messages", "窗口人员申请复核：{reason}")
REVIEW_DECIDED = QT_TRANSLATE_NOOP("messages", "复核决定：{decision}（{note}）")
OTHER = QT_TRANSLATE_NOOP("messages", "{kind}")
NO_RATE = QT_TRANSLATE_NOOP("messages", "—（期间内无评价）")
RATE = QT_TRANSLATE_NOOP("messages", "{percent}%（{part}/{whole}）")


STALE_CODE = "stale_followup"  # the server's code for a move sent with an old version


class FollowupRefused(ServiceError):
    """The server (or the link to it) refused; nothing changed. ``message`` says why; ``code`` is
    the server's refusal code ("" when it was not reached or the form was refused here)."""

    def __init__(self, message, code: str = "") -> None:
        super().__init__(message)
        self.code = code

    @property
    def stale(self) -> bool:
        """The follow-up changed since it was shown (reassigned, sent back, recorded elsewhere)."""
        return self.code == STALE_CODE


@dataclass(frozen=True)
class FollowupLine:
    id: int
    state: FollowupState
    level: int
    reasons: tuple[str, ...]  # codes (app.domain.ratings.REASONS names them)
    rated_at: datetime  # in the hall's time
    clerk: str
    window: str
    case_number: str
    matter: str
    due: DueDate
    overdue: bool
    assignee: str
    review: ReviewDecision | None


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # in the hall's time
    actor: str
    what: Message


@dataclass(frozen=True)
class FollowupView:
    line: FollowupLine
    comment: str
    applicant: tuple[str, str, str] | None  # name, ID number, phone — None: not for this account
    history: tuple[HistoryLine, ...]
    review: ReviewDecision | None
    review_reason: str
    version: int
    moves: tuple[FollowupMove, ...]

    @property
    def review_pending(self) -> bool:
        return self.review is ReviewDecision.PENDING


@dataclass(frozen=True)
class Rates:
    satisfaction: Message
    closed_in_time: Message
    excluded: int


@dataclass(frozen=True)
class FollowupsPage:
    lines: tuple[FollowupLine, ...]
    today: date
    truncated: bool
    rates: Rates


@dataclass(frozen=True)
class MyFollowupsPage:
    """我的整改: the follow-ups the signed-in account holds (no rates: those are the manager's)."""

    lines: tuple[FollowupLine, ...]
    today: date
    truncated: bool
    closed: bool  # the closed ones (else those on the desk: 办理中 and 待审核)


@dataclass(frozen=True)
class Filter:
    state: FollowupState | None = None
    overdue: bool | None = None
    clerk: str = ""
    date_from: date | None = None
    date_to: date | None = None


class Followups:
    def __init__(self, transport: FollowupsTransport) -> None:
        self.transport = transport

    def page(self, chosen: Filter, period: tuple[date, date]) -> FollowupsPage:
        found = _call(
            self.transport.list,
            chosen.state,
            chosen.overdue,
            chosen.clerk.strip(),
            chosen.date_from,
            chosen.date_to,
        )
        rates = _call(self.transport.summary, *period)
        return FollowupsPage(
            tuple(_line(i) for i in found.items), found.today, found.truncated, _rates(rates)
        )

    def mine(self, closed: bool = False) -> MyFollowupsPage:
        """The follow-ups the signed-in account holds: on their desk, or (`closed`) the closed."""
        found = _call(self.transport.mine, closed)
        return MyFollowupsPage(tuple(_line(i) for i in found.items), found.today, found.truncated, closed)

    def detail(self, followup_id: int) -> FollowupView:
        return _view(_call(self.transport.detail, followup_id))

    def people(self) -> tuple[tuple[str, str], ...]:
        """(user name, display name) of those a follow-up may be given to."""
        return tuple((p.username, p.display_name) for p in _call(self.transport.people).items)

    def deadline_days(self) -> int:
        """The hall's deadline for a 差评's follow-up, in working days (for those opened from now)."""
        return _call(self.transport.settings).deadline_days

    def set_deadline_days(self, days: int) -> int:
        if not 1 <= days <= MAX_DEADLINE_DAYS:
            raise FollowupRefused(Message(BAD_DAYS, limit=MAX_DEADLINE_DAYS, days=days))
        return _call(self.transport.set_settings, FollowupSettings(deadline_days=days)).deadline_days

    def assign(self, view: FollowupView, assignee: str) -> None:
        _call(self.transport.assign, view.line.id, AssignBody(assignee=assignee, version=view.version))

    def record(
        self, view: FollowupView, visited_at: datetime, method: VisitMethod, said: str, remedy: str
    ) -> None:
        body = _body(
            RecordBody, visited_at=visited_at, method=method, said=said, remedy=remedy, version=view.version
        )
        _call(self.transport.record, view.line.id, body)

    def close(self, view: FollowupView, note: str = "") -> None:
        _call(self.transport.close, view.line.id, _body(CloseBody, note=note, version=view.version))

    def send_back(self, view: FollowupView, reason: str) -> None:
        _call(
            self.transport.send_back, view.line.id, _body(SendBackBody, reason=reason, version=view.version)
        )

    def decide_review(self, view: FollowupView, decision: ReviewDecision, note: str) -> None:
        _call(
            self.transport.decide_review,
            view.line.id,
            _body(ReviewDecisionBody, decision=decision, note=note),
        )


EMPTY = QT_TRANSLATE_NOOP("messages", "请填写{field}。")
TOO_LONG = QT_TRANSLATE_NOOP("messages", "{field}不能超过{limit}个字。")
FIELDS = {
    "said": QT_TRANSLATE_NOOP("messages", "申请人回访意见"),
    "remedy": QT_TRANSLATE_NOOP("messages", "整改情况"),
    "reason": QT_TRANSLATE_NOOP("messages", "退回原因"),
    "note": QT_TRANSLATE_NOOP("messages", "说明"),
}


def _body(model, **values):
    """The wire body, or FollowupRefused naming the field typed wrong (before anything is sent)."""
    for name, value in values.items():
        if not isinstance(value, str) or name not in FIELDS:
            continue
        field = model.model_fields[name]
        limit = next((m.max_length for m in field.metadata if hasattr(m, "max_length")), None)
        minimum = next((m.min_length for m in field.metadata if hasattr(m, "min_length")), 0)
        if minimum and not value.strip():
            raise FollowupRefused(Message(EMPTY, field=Message(FIELDS[name])))
        if limit is not None and len(value.strip()) > limit:
            raise FollowupRefused(Message(TOO_LONG, field=Message(FIELDS[name]), limit=limit))
    return model(**values)


def _call(fn, *args):
    try:
        return fn(*args)
    except TransportError as exc:
        raise FollowupRefused(exc.message, exc.code) from exc


def _local(moment: datetime) -> datetime:
    return moment.astimezone(HALL_TIMEZONE)


def _line(item: FollowupItem) -> FollowupLine:
    return FollowupLine(
        id=item.id,
        state=item.state,
        level=item.level,
        reasons=tuple(item.reasons),
        rated_at=_local(item.rated_at),
        clerk=item.clerk,
        window=item.window,
        case_number=item.case_number,
        matter=item.matter,
        due=DueDate(item.due_date, item.due_estimated),
        overdue=item.overdue,
        assignee=item.assignee or "",
        review=item.review,
    )


def _view(detail: FollowupDetail) -> FollowupView:
    applicant = detail.applicant
    return FollowupView(
        line=_line(detail.item),
        comment=detail.comment,
        applicant=None if applicant is None else (applicant.name, applicant.cert_number, applicant.phone),
        history=tuple(HistoryLine(_local(e.at), e.actor, _what(e)) for e in detail.events),
        review=detail.review.decision if detail.review is not None else None,
        review_reason=detail.review.reason if detail.review is not None else "",
        version=detail.version,
        moves=allowed_moves(detail.item.state),
    )


def _what(event: FollowupEvent) -> Message:
    d = event.detail
    if event.kind == "opened":
        return Message(
            OPENED, due=DueDate(date.fromisoformat(d["due_date"]), bool(d.get("estimated"))).label()
        )
    if event.kind == "assign":
        return Message(ASSIGNED, name=text(d.get("name") or d.get("assignee", "")))
    if event.kind == "record":
        when = _local(datetime.fromisoformat(d["visited_at"])).strftime("%Y-%m-%d %H:%M")
        method = Message(VisitMethod(d["method"]).label)
        return Message(RECORDED, method=method, when=when, said=text(d["said"]), remedy=text(d["remedy"]))
    if event.kind == "send_back":
        return Message(SENT_BACK, reason=text(d.get("reason", "")))
    if event.kind == "close":
        return Message(CLOSED, note=text(d.get("note") or "—"))
    if event.kind == "review_asked":
        return Message(REVIEW_ASKED, reason=text(d.get("reason", "")))
    if event.kind == "review_decided":
        decision = Message(ReviewDecision(d["decision"]).label)
        return Message(REVIEW_DECIDED, decision=decision, note=text(d.get("note", "")))
    return Message(OTHER, kind=event.kind)


def _rate(part: int, whole: int) -> Message:
    if not whole:
        return Message(NO_RATE)
    return Message(RATE, percent=f"{100 * part / whole:.1f}", part=part, whole=whole)


def _rates(r: FollowupRates) -> Rates:
    return Rates(_rate(r.satisfied, r.ratings), _rate(r.closed_in_time, r.bad), r.excluded)
