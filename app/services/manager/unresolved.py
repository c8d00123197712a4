"""办不成事 in the hall manager's console: the use cases behind its tab, as plain view models.

The list comes from the server with names and phones masked; opening one reads it whole (an
audited read there: it names a citizen). The moves (assign, answer, close, send back) carry the
version the manager saw, so a report changed meanwhile by another console is refused (409)
rather than overwritten. An answer or a reason the domain's rules refuse is refused here, each
problem on its field, before anything is sent. Whatever is refused comes back as ReportRefused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain.hall_time import HALL_TIMEZONE, hall_date
from app.domain.messages import QT_TRANSLATE_NOOP, Message, joined, text
from app.domain.rating_followups import VisitMethod
from app.domain.unresolved_reports import (
    Answer,
    Outcome,
    ProblemKind,
    ReportMove,
    ReportState,
    allowed_moves,
    answer_problems,
    send_back_problem,
)
from app.domain.working_days import DueDate
from app.services.errors import Problem, ServiceError
from app.sync.errors import TransportError
from app.sync.manager_unresolved_transport import UnresolvedTransport
from app.sync.unresolved_reports import (
    ReportAnswerBody,
    ReportAssignBody,
    ReportCloseBody,
    ReportDetail,
    ReportEvent,
    ReportItem,
    ReportSendBackBody,
)

REPORTED = QT_TRANSLATE_NOOP("messages", "登记反映")
REPORTED_DUE = QT_TRANSLATE_NOOP("messages", "登记反映，办结期限{day}")
REPORTED_ESTIMATED = QT_TRANSLATE_NOOP("messages", "登记反映，办结期限{day}（暂按周末计算）")
ASSIGNED = QT_TRANSLATE_NOOP("messages", "分派给{name}")
ANSWERED = QT_TRANSLATE_NOOP("messages", "答复（{outcome}，{method}）：{reply}")
CLOSED = QT_TRANSLATE_NOOP("messages", "办结")
SENT_BACK = QT_TRANSLATE_NOOP("messages", "退回重办：{reason}")
OTHER = QT_TRANSLATE_NOOP("messages", "{kind}")
ASSIGNEE_NEEDED = QT_TRANSLATE_NOOP("messages", "请选择经办人（本大厅的大厅管理员或后台审批账号）")
CLOSED_DAYS = 30  # closed reports listed beside the open ones: the last month's


class ReportRefused(ServiceError):
    """Refused by the rules here (``problems``, each on its field), by the server or on the way to
    it (``code``: the server's refusal code, "" when it was not asked)."""

    def __init__(self, message, code: str = "", problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.code, self.problems = code, problems

    @property
    def stale(self) -> bool:
        """409: the report changed since it was shown (another console moved it): read it again."""
        return self.code in ("409", "conflict") or self.code.startswith("stale")


@dataclass(frozen=True)
class ReportLine:
    id: str
    state: ReportState
    reported_at: datetime  # in the hall's time
    window: str  # where it was taken down
    name: str  # masked
    phone: str  # masked
    kind: ProblemKind
    matter: str
    failed_window: str  # where it could not be done
    assignee: str
    due: DueDate
    overdue: bool
    version: int


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # in the hall's time
    actor: str
    what: Message


@dataclass(frozen=True)
class ReportView:
    line: ReportLine
    name: str
    phone: str
    description: str
    matter_code: str
    case_number: str
    registered_by: str
    outcome: Outcome | None
    resolution: str
    reply: str
    reply_method: VisitMethod | None
    replied_on: date | None
    history: tuple[HistoryLine, ...]
    moves: tuple[ReportMove, ...]

    @property
    def version(self) -> int:
        return self.line.version


@dataclass(frozen=True)
class Counts:
    open: int
    assigned: int
    answered: int
    overdue: int
    closed: int
    closed_days: int


@dataclass(frozen=True)
class ReportsPage:
    lines: tuple[ReportLine, ...]
    counts: Counts


class UnresolvedDesk:
    def __init__(self, transport: UnresolvedTransport, today: Callable[[], date] | None = None) -> None:
        self.transport = transport
        self.today = today or (lambda: hall_date(datetime.now(UTC)))  # the hall's date

    def page(self, closed_days: int = CLOSED_DAYS) -> ReportsPage:
        found = _call(self.transport.overview, closed_days)
        counts = Counts(
            found.open, found.assigned, found.answered, found.overdue, found.closed, found.closed_days
        )
        return ReportsPage(tuple(_line(item) for item in found.items), counts)

    def detail(self, report_id: str) -> ReportView:
        return _view(_call(self.transport.detail, report_id))

    def people(self) -> tuple[tuple[str, str], ...]:
        """(user name, display name) of those a report may be given to."""
        return tuple((p.username, p.display_name) for p in _call(self.transport.people).items)

    def assign(self, view: ReportView, assignee: str) -> ReportLine:
        if not assignee.strip():  # the hall has nobody to give it to, or nobody was chosen
            problem = Problem("assign.assignee", Message(ASSIGNEE_NEEDED))
            raise ReportRefused(problem.message, problems=(problem,))
        body = ReportAssignBody(version=view.version, assignee=assignee.strip())
        return _line(_call(self.transport.assign, view.line.id, body))

    def answer(self, view: ReportView, answer: Answer) -> ReportLine:
        problems = tuple(Problem(p.field, p.message) for p in answer_problems(answer, self.today()))
        if problems:
            raise ReportRefused(joined(p.message for p in problems), problems=problems)
        body = ReportAnswerBody(
            version=view.version,
            outcome=answer.outcome.value,
            resolution=answer.resolution.strip(),
            reply=answer.reply.strip(),
            reply_method=answer.reply_method.value,
            replied_on=answer.replied_on,
        )
        return _line(_call(self.transport.answer, view.line.id, body))

    def close(self, view: ReportView) -> ReportLine:
        return _line(_call(self.transport.close, view.line.id, ReportCloseBody(version=view.version)))

    def send_back(self, view: ReportView, reason: str) -> ReportLine:
        problem = send_back_problem(reason)
        if problem is not None:
            raise ReportRefused(problem.message, problems=(Problem(problem.field, problem.message),))
        body = ReportSendBackBody(version=view.version, reason=reason.strip())
        return _line(_call(self.transport.send_back, view.line.id, body))


def _call(fn, *args):
    try:
        return fn(*args)
    except TransportError as exc:
        raise ReportRefused(exc.message, exc.code) from exc


def _local(moment: datetime) -> datetime:
    return moment.astimezone(HALL_TIMEZONE)


def _line(item: ReportItem) -> ReportLine:
    return ReportLine(
        id=item.id,
        state=ReportState(item.state),
        reported_at=_local(item.reported_at),
        window=item.window,
        name=item.name_masked,
        phone=item.phone_masked,
        kind=ProblemKind(item.kind),
        matter=item.matter_name,
        failed_window=item.failed_window,
        assignee=item.assignee or "",
        due=DueDate(item.due_date, item.due_estimated),
        overdue=item.overdue,
        version=item.version,
    )


def _view(detail: ReportDetail) -> ReportView:
    line = _line(detail)
    return ReportView(
        line=line,
        name=detail.name,
        phone=detail.phone,
        description=detail.description,
        matter_code=detail.matter_code,
        case_number=detail.case_number,
        registered_by=detail.registered_by,
        outcome=Outcome(detail.outcome) if detail.outcome else None,
        resolution=detail.resolution,
        reply=detail.reply,
        reply_method=VisitMethod(detail.reply_method) if detail.reply_method else None,
        replied_on=detail.replied_on,
        history=tuple(HistoryLine(_local(e.at), e.actor, _what(e)) for e in detail.events),
        moves=allowed_moves(line.state),
    )


def _what(event: ReportEvent) -> Message:
    """One step of the history in words; what the server adds to an event's detail beyond these
    is not shown, and a detail that lacks them still reads (the step's name alone)."""
    d = event.detail
    if event.kind == "reported":
        try:
            day = date.fromisoformat(str(d["due_date"]))
        except (KeyError, ValueError):
            return Message(REPORTED)
        return Message(REPORTED_ESTIMATED if d.get("estimated") else REPORTED_DUE, day=day.isoformat())
    if event.kind == "assign":
        return Message(ASSIGNED, name=text(str(d.get("name") or d.get("assignee") or "")))
    if event.kind == "answer":
        outcome = Message(Outcome(d["outcome"]).label) if d.get("outcome") in _OUTCOMES else text("—")
        method = d.get("reply_method") or d.get("method")
        how = Message(VisitMethod(method).label) if method in _METHODS else text("—")
        return Message(ANSWERED, outcome=outcome, method=how, reply=text(str(d.get("reply", ""))))
    if event.kind == "close":
        return Message(CLOSED)
    if event.kind == "send_back":
        return Message(SENT_BACK, reason=text(str(d.get("reason", ""))))
    return Message(OTHER, kind=event.kind)


_OUTCOMES = {o.value for o in Outcome}
_METHODS = {m.value for m in VisitMethod}
