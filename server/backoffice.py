"""Back-office steps and decisions on a case, by the rules the window applies.

The moves are app.domain.case_lifecycle's — the same functions the workbench's Case calls — so
the clerk's timeline reads the same whether a step was taken at the window or reported by a back
office, and the server holds no copy of the case's lifecycle. Days are the hall's
(app.domain.hall_time). A step sent with a request_id is answered once: a resend gets the first
answer and records nothing (backoffice_requests).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import case_lifecycle as lifecycle
from app.domain.case_status import CaseRuleError, CaseStatus, ResultCode
from app.domain.hall_time import hall_date
from app.sync.protocol import BackofficeAction, BackofficeStep, CaseState
from server.notices.outbox import CaseEventFacts, enqueue
from server.refusals import Conflict
from server.store.db import as_utc
from server.store.models import BackofficeRequestRow, ServerCaseEventRow, ServerCaseRow
from server.sync.case_state import append_case_event, case_state

__all__ = ["BackofficeAction", "BackofficeStep", "apply_step", "first_answer"]


def first_answer(session: Session, case: ServerCaseRow, body: BackofficeStep) -> CaseState | None:
    """The answer given to this step's request_id before, or None. Read under the case's row
    lock (the caller's), so a resend racing its original waits for it and then finds it; the
    same id used for another case or action is refused (a request_id is made once per step)."""
    if body.request_id is None:
        return None
    found = session.get(BackofficeRequestRow, body.request_id)
    if found is None:
        return None
    if (found.hall_code, found.case_id, found.action) != (case.hall_code, case.id, body.action.value):
        raise Conflict("该请求编号已用于另一项操作，请重新发起本次操作", code="request_reused")
    return CaseState.model_validate(found.answer)


def apply_step(
    session: Session, case: ServerCaseRow, body: BackofficeStep, now: datetime, days: lifecycle.SuspensionDays
) -> CaseState:
    """Record `body` on `case` (locked by the caller) and keep the answer under its request_id;
    CaseRuleError refuses it (server/api/backoffice.py says how)."""
    move = _move(session, case, CaseStatus(case.status), body, now, days)
    append_case_event(
        session, case, move.kind, body.actor.strip(), move.summary, move.detail, move.to, now=now
    )
    # the back office records result_ready: its SMS is written in the same transaction
    facts = CaseEventFacts(case.id, case.number, move.kind, now, case.snapshot or {})
    enqueue(session, case.hall_code, [facts], now)
    answer = case_state(session, case)
    if body.request_id is not None:
        session.add(
            BackofficeRequestRow(
                request_id=body.request_id,
                hall_code=case.hall_code,
                case_id=case.id,
                action=body.action.value,
                answer=answer.model_dump(mode="json"),
                recorded_at=now,
            )
        )
    return answer


def _move(
    session, case: ServerCaseRow, status: CaseStatus, body: BackofficeStep, now, days
) -> lifecycle.Move:
    if body.action is BackofficeAction.STEP:
        return lifecycle.record_step(status, body.step, body.opinion)
    if body.action is BackofficeAction.SUSPEND:
        return lifecycle.suspend(status, body.procedure)
    if body.action is BackofficeAction.RESUME:
        estimated = bool((case.snapshot or {}).get("promised_estimated"))
        since = _suspended_since(session, case)
        resumed = lifecycle.resume(status, since, hall_date(now), case.promised_date, estimated, days)
        case.promised_date = resumed.promised_date
        return resumed.move
    if body.action is BackofficeAction.DECIDE:
        if body.result_code is None:
            raise CaseRuleError("办结须给出办结结果代码（result_code）")
        return lifecycle.decide(status, ResultCode(body.result_code), body.reason)
    result_name = str((case.snapshot or {}).get("result_name") or "")
    return lifecycle.result_arrived(status, result_name, body.certificate_number)


def _suspended_since(session: Session, case: ServerCaseRow) -> date | None:
    """The day the running special procedure began: the newest 'suspended' event."""
    at = session.scalar(
        select(ServerCaseEventRow.at)
        .where(ServerCaseEventRow.case_id == case.id, ServerCaseEventRow.kind == "suspended")
        .order_by(ServerCaseEventRow.position.desc())
        .limit(1)
    )
    return None if at is None else hall_date(as_utc(at))
