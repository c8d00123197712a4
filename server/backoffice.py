"""Back-office steps and decisions on a case, checked by the same rules the window applies.

The events have the kinds, summaries and details app/domain/cases.py gives them, so the clerk's
timeline reads the same whether a step was taken at the window or reported by a back office.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_status import CaseRuleError, CaseStatus, InvalidTransition, ResultCode, require_move
from app.domain.cases import WorkingDays
from app.sync.protocol import CaseState
from server.auth.credentials import as_utc
from server.store.models import ServerCaseEventRow, ServerCaseRow
from server.sync.case_state import append_case_event, case_state

# halls count working days by the date in China (UTC+8, no daylight saving), not by UTC's date
CHINA_TIME = timezone(timedelta(hours=8))


def local_date(moment: datetime) -> date:
    return as_utc(moment).astimezone(CHINA_TIME).date()


class BackofficeAction(StrEnum):
    STEP = "step"  # 审核、审批 … with an opinion
    SUSPEND = "suspend"  # 特别程序 (听证, 鉴定 …): the clock stops
    RESUME = "resume"  # the special procedure ends; the promised date moves by the days stopped
    DECIDE = "decide"  # 办结 with a result code
    RESULT_READY = "result_ready"  # the result (licence, certificate) has reached the window


class BackofficeStep(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: BackofficeAction
    actor: str = Field(min_length=1, max_length=100)  # the person in the back office
    step: str = Field(default="", max_length=50)  # with action=step: 审核, 审批 …
    opinion: str = Field(default="", max_length=500)
    procedure: str = Field(default="", max_length=100)  # with action=suspend
    result_code: int | None = Field(default=None, ge=0, le=6)  # with action=decide
    reason: str = Field(default="", max_length=500)
    certificate_number: str = Field(default="", max_length=100)  # with action=result_ready


def apply_step(
    session: Session, case: ServerCaseRow, body: BackofficeStep, now: datetime, days: WorkingDays
) -> CaseState:
    """Record `body` on `case` (locked by the caller); CaseRuleError/NoScheduleError refuse it."""
    status = CaseStatus(case.status)
    kind, to, summary, detail = _event(session, case, status, body, now, days)
    append_case_event(session, case, kind, body.actor.strip(), summary, detail, to, "backoffice", now=now)
    return case_state(session, case)


def _event(session, case, status, body: BackofficeStep, now, days) -> tuple[str, CaseStatus, str, dict]:
    if body.action is BackofficeAction.STEP:
        if status is CaseStatus.SUSPENDED:
            # the clock stays stopped until the special procedure is ended explicitly (resume)
            raise InvalidTransition(status, CaseStatus.IN_PROGRESS, "登记办理环节（请先结束特别程序）")
        require_move(status, CaseStatus.IN_PROGRESS, "登记办理环节")
        step, opinion = body.step.strip(), body.opinion.strip()
        if not step:
            raise CaseRuleError("请写明办理环节（如审核、审批）")
        text = f"{step}：{opinion}" if opinion else step
        return "step", CaseStatus.IN_PROGRESS, text, {"step": step, "opinion": opinion}
    if body.action is BackofficeAction.SUSPEND:
        require_move(status, CaseStatus.SUSPENDED, "启动特别程序")
        if not body.procedure.strip():
            raise CaseRuleError("请写明特别程序（听证、检验、检测、鉴定、专家评审等）")
        return "suspended", CaseStatus.SUSPENDED, f"特别程序开始：{body.procedure.strip()}，暂停计时", {}
    if body.action is BackofficeAction.RESUME:
        return _resume(session, case, status, now, days)
    if body.action is BackofficeAction.DECIDE:
        return _decide(status, body)
    require_move(status, CaseStatus.RESULT_READY, "登记结果到件")
    number = body.certificate_number.strip()
    name = str(case.snapshot.get("result_name") or "") or "办理结果"
    text = f"结果到件：{name}" + (f"（{number}）" if number else "")
    return "result_ready", CaseStatus.RESULT_READY, text, {}


def _resume(session, case, status, now, days) -> tuple[str, CaseStatus, str, dict]:
    since = _suspended_since(session, case)
    if status is not CaseStatus.SUSPENDED or since is None:
        raise InvalidTransition(status, CaseStatus.IN_PROGRESS, "结束特别程序")
    stopped = days.working_days_between(since, local_date(now))
    if case.promised_date is not None:
        case.promised_date = days.extend_for_suspension(case.promised_date, stopped)
    promised = case.promised_date
    summary = f"特别程序结束，暂停{stopped}个工作日，承诺办结日顺延至{promised}"
    detail = {"suspended_days": stopped, "promised_date": str(promised) if promised else None}
    return "resumed", CaseStatus.IN_PROGRESS, summary, detail


def _decide(status: CaseStatus, body: BackofficeStep) -> tuple[str, CaseStatus, str, dict]:
    if body.result_code is None:
        raise CaseRuleError("办结须给出办结结果代码（result_code）")
    code = ResultCode(body.result_code)
    if code is ResultCode.REFUSED:
        raise CaseRuleError("不予受理只能在窗口受理环节作出")
    if code is ResultCode.SUPPLEMENT_TIMEOUT:
        raise CaseRuleError("补正超时驳回请在补正期限届满后办理")
    target = CaseStatus.DECIDED if code in (ResultCode.CERTIFICATE, ResultCode.DENIED) else CaseStatus.CLOSED
    require_move(status, target, f"作出“{code.label}”决定")
    reason = body.reason.strip()
    if code.needs_reason and not reason:
        raise CaseRuleError(f"“{code.label}”须写明理由")
    text = code.label + (f"：{reason}" if reason else "")
    return "decided", target, text, {"result_code": int(code)}


def _suspended_since(session: Session, case: ServerCaseRow) -> date | None:
    """The day the running special procedure began: the newest 'suspended' event."""
    at = session.scalar(
        select(ServerCaseEventRow.at)
        .where(ServerCaseEventRow.case_id == case.id, ServerCaseEventRow.kind == "suspended")
        .order_by(ServerCaseEventRow.position.desc())
        .limit(1)
    )
    return None if at is None else local_date(at)
