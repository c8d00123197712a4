"""The hall manager's moves of a 办不成事 反映 (app/domain/unresolved_reports.py's state machine),
and the audited read of one whole.

Every move locks the report's row (FOR UPDATE) and checks the version the manager saw, so two
consoles never both answer or close one report; it appends an event, bumps the version and is
audited in the same transaction, as the 差评 follow-ups' moves are.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from app.domain.masking import mask_name, mask_phone
from app.domain.rating_followups import VisitMethod, followup_deadline
from app.domain.unresolved_reports import (
    Answer,
    Outcome,
    ReportMove,
    ReportMoveError,
    ReportState,
    answer_problems,
    next_state,
    send_back_problem,
)
from app.sync.unresolved_reports import ReportAnswerBody, ReportDetail
from server.auth.audit import audit, audit_read
from server.calendar_years import server_calendar
from server.manager.unresolved_reports import detail, of_hall
from server.refusals import BadRequest, Conflict
from server.store.models import UserRow
from server.store.models_unresolved import UnresolvedReportEventRow, UnresolvedReportRow

STALE = "该反映已被他人更新，请刷新后再试"
STALE_CODE = "stale_report"  # the console tells a stale view from a refused move by it


def read_detail(
    session: Session, hall_code: str, report_id: str, who: str, terminal_id: str, now: datetime, today: date
) -> ReportDetail:
    """The whole report; the read is on the audit log (it names a citizen), in its transaction.
    The entry names the report and the person masked: the log never holds a name or phone whole."""
    row = of_hall(session, hall_code, report_id)
    audit_read(
        session,
        now,
        "unresolved_report_read",
        [],  # a report carries no ID number to key the entry by
        username=who,
        terminal_id=terminal_id,
        hall_code=hall_code,
        detail=f"办不成事反映{row.id}（反映人{mask_name(row.name)}，{mask_phone(row.phone)}）",
    )
    return detail(session, row, today)


def _locked(session: Session, hall_code: str, report_id: str, version: int) -> UnresolvedReportRow:
    row = of_hall(session, hall_code, report_id, lock=True)
    if row.version != version:
        raise Conflict(STALE, code=STALE_CODE)
    return row


def _move(row: UnresolvedReportRow, step: ReportMove) -> ReportState:
    """The state `step` leads to; a move the state does not allow is refused naming both."""
    try:
        return next_state(ReportState(row.state), step)
    except ReportMoveError as exc:
        raise Conflict(str(exc)) from exc


def _done(
    session: Session,
    row: UnresolvedReportRow,
    state: ReportState,
    kind: str,
    who: str,
    now: datetime,
    detail: dict,
    note: str = "",
) -> None:
    row.state = state.value
    row.version += 1
    session.add(UnresolvedReportEventRow(report_id=row.id, kind=kind, at=now, actor=who[:64], detail=detail))
    event = f"unresolved_report_{_AUDITED[kind]}"
    audit(session, now, event, username=who, hall_code=row.hall_code, detail=f"办不成事反映{row.id}{note}")


_AUDITED = {"assign": "assigned", "answer": "answered", "close": "closed", "send_back": "sent_back"}


def assign(
    session: Session, hall_code: str, report_id: str, version: int, assignee: str, who: str, now: datetime
) -> UnresolvedReportRow:
    row = _locked(session, hall_code, report_id, version)
    state = _move(row, ReportMove.ASSIGN)
    person = session.get(UserRow, assignee[:64])
    if person is None or person.hall_code != hall_code or not person.active:
        raise BadRequest(f"“{assignee}”不是本大厅在用的账号，不能分派")
    row.assignee = person.username
    if row.due_estimated:  # counted by weekends only then: counted again with the calendar as it is now
        due = followup_deadline(server_calendar(session), row.reported_on, row.deadline_days)
        row.due_date, row.due_estimated = due.day, due.estimated
    detail = {
        "assignee": person.username,
        "name": person.display_name,
        "due_date": row.due_date.isoformat(),
        "estimated": row.due_estimated,
    }
    _done(session, row, state, "assign", who, now, detail, f"→{person.username}")
    return row


def answer(
    session: Session,
    hall_code: str,
    report_id: str,
    body: ReportAnswerBody,
    who: str,
    now: datetime,
    today: date,
) -> UnresolvedReportRow:
    row = _locked(session, hall_code, report_id, body.version)
    state = _move(row, ReportMove.ANSWER)
    given = Answer(
        outcome=Outcome(body.outcome),
        resolution=body.resolution.strip(),
        reply=body.reply.strip(),
        reply_method=VisitMethod(body.reply_method),
        replied_on=body.replied_on,
    )
    if problems := answer_problems(given, today):
        raise BadRequest("；".join(str(p.message) for p in problems))
    row.outcome, row.resolution, row.reply = given.outcome.value, given.resolution, given.reply
    row.reply_method, row.replied_on = given.reply_method.value, given.replied_on
    detail = {
        "outcome": row.outcome,
        "resolution": row.resolution,
        "reply": row.reply,
        "reply_method": row.reply_method,
        "replied_on": row.replied_on.isoformat(),
    }
    _done(session, row, state, "answer", who, now, detail, f"：{given.outcome.value}")
    return row


def close(
    session: Session, hall_code: str, report_id: str, version: int, who: str, now: datetime
) -> UnresolvedReportRow:
    row = _locked(session, hall_code, report_id, version)
    state = _move(row, ReportMove.CLOSE)
    row.closed_at = now
    _done(session, row, state, "close", who, now, {})
    return row


def send_back(
    session: Session, hall_code: str, report_id: str, version: int, reason: str, who: str, now: datetime
) -> UnresolvedReportRow:
    row = _locked(session, hall_code, report_id, version)
    state = _move(row, ReportMove.SEND_BACK)
    if (problem := send_back_problem(reason)) is not None:
        raise BadRequest(str(problem.message))
    # the answer sent back stays on the row (and in its event) until the next answer replaces it
    _done(session, row, state, "send_back", who, now, {"reason": reason.strip()})
    return row
