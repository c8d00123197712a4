"""A case's moves after acceptance (办理环节, 特别程序, 办结, 结果到件), as pure rules.

One home for them: the workbench's Case (app/domain/cases.py) and the server's back office
(server/backoffice.py) both ask these functions, so a step reads the same — kind, status,
summary, detail — whether the window recorded it or a department reported it, and both refuse
the same steps with the same words (CaseRuleError).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from app.domain.case_status import CaseRuleError, CaseStatus, InvalidTransition, ResultCode, require_move
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.working_days import ESTIMATED_NOTE

RECORD_STEP_SUSPENDED = QT_TRANSLATE_NOOP("actions", "登记办理环节（请先结束特别程序）")
RECORD_STEP = QT_TRANSLATE_NOOP("actions", "登记办理环节")
STEP_NEEDED = QT_TRANSLATE_NOOP("messages", "请写明办理环节（如审核、审批）")
SUSPEND = QT_TRANSLATE_NOOP("actions", "启动特别程序")
PROCEDURE_NEEDED = QT_TRANSLATE_NOOP("messages", "请写明特别程序（听证、检验、检测、鉴定、专家评审等）")
RESUME = QT_TRANSLATE_NOOP("actions", "结束特别程序")
REFUSAL_AT_WINDOW_ONLY = QT_TRANSLATE_NOOP("messages", "不予受理只能在窗口受理环节作出")
TIMEOUT_AFTER_DEADLINE = QT_TRANSLATE_NOOP("messages", "补正超时驳回请在补正期限届满后办理")
DECIDE = QT_TRANSLATE_NOOP("actions", "作出“{result}”决定")
REASON_NEEDED = QT_TRANSLATE_NOOP("messages", "“{result}”须写明理由")
REGISTER_RESULT = QT_TRANSLATE_NOOP("actions", "登记结果到件")


class SuspensionDays(Protocol):
    def working_days_between(self, a: date, b: date) -> int: ...
    def extend_for_suspension(self, due: date, suspended_days: int) -> date: ...
    def is_estimated(self, a: date, b: date) -> bool: ...


@dataclass(frozen=True)
class Move:
    """One step on a case: the event it writes and the status it leaves."""

    kind: str  # the event's kind: step, suspended, resumed, decided, result_ready
    to: CaseStatus
    summary: str  # the timeline's line, in Chinese
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Resumed:
    """The end of a special procedure: the move, and the promised date it moves."""

    move: Move
    stopped_days: int  # working days the clock stood still
    promised_date: date | None
    promised_estimated: bool  # the new date counts weekends only somewhere (暂按周末计算)


def record_step(status: CaseStatus, step: str, opinion: str = "") -> Move:
    if status is CaseStatus.SUSPENDED:
        # the clock stays stopped until the special procedure is ended explicitly (resume)
        raise InvalidTransition(status, CaseStatus.IN_PROGRESS, Message(RECORD_STEP_SUSPENDED))
    require_move(status, CaseStatus.IN_PROGRESS, Message(RECORD_STEP))
    step, opinion = step.strip(), opinion.strip()
    if not step:
        raise CaseRuleError(Message(STEP_NEEDED))
    text = f"{step}：{opinion}" if opinion else step
    return Move("step", CaseStatus.IN_PROGRESS, text, {"step": step, "opinion": opinion})


def suspend(status: CaseStatus, procedure: str) -> Move:
    require_move(status, CaseStatus.SUSPENDED, Message(SUSPEND))
    procedure = procedure.strip()
    if not procedure:
        raise CaseRuleError(Message(PROCEDURE_NEEDED))
    # the procedure named in the detail too: the platform export reports it by its kind
    summary = f"特别程序开始：{procedure}，暂停计时"
    return Move("suspended", CaseStatus.SUSPENDED, summary, {"procedure": procedure})


def resume(
    status: CaseStatus,
    suspended_since: date | None,
    today: date,
    promised: date | None,
    promised_estimated: bool,
    days: SuspensionDays,
) -> Resumed:
    """The promised date moves by the working days the procedure stopped the clock."""
    if status is not CaseStatus.SUSPENDED or suspended_since is None:
        raise InvalidTransition(status, CaseStatus.IN_PROGRESS, Message(RESUME))
    stopped = days.working_days_between(suspended_since, today)
    if promised is not None:
        before, promised = promised, days.extend_for_suspension(promised, stopped)
        promised_estimated = promised_estimated or days.is_estimated(before, promised)
    summary = f"特别程序结束，暂停{stopped}个工作日，承诺办结日顺延至{promised}"
    if promised_estimated:
        summary += f"（{ESTIMATED_NOTE}）"
    detail = {"suspended_days": stopped, "promised_date": str(promised) if promised else None}
    move = Move("resumed", CaseStatus.IN_PROGRESS, summary, detail)
    return Resumed(move, stopped, promised, promised_estimated)


def decide(status: CaseStatus, code: ResultCode, reason: str = "") -> Move:
    """办结 after the back office's decision; 不予受理 and 补正超时驳回 have moves of their own."""
    if code is ResultCode.REFUSED:
        raise CaseRuleError(Message(REFUSAL_AT_WINDOW_ONLY))
    if code is ResultCode.SUPPLEMENT_TIMEOUT:
        raise CaseRuleError(Message(TIMEOUT_AFTER_DEADLINE))
    target = CaseStatus.DECIDED if code in (ResultCode.CERTIFICATE, ResultCode.DENIED) else CaseStatus.CLOSED
    require_move(status, target, Message(DECIDE, result=code.label))
    reason = reason.strip()
    if code.needs_reason and not reason:
        raise CaseRuleError(Message(REASON_NEEDED, result=code.label))
    text = str(code.label) + (f"：{reason}" if reason else "")  # the timeline is a Chinese record
    return Move("decided", target, text, {"result_code": int(code)})


def result_arrived(status: CaseStatus, result_name: str, certificate_number: str = "") -> Move:
    require_move(status, CaseStatus.RESULT_READY, Message(REGISTER_RESULT))
    number = certificate_number.strip()
    text = f"结果到件：{result_name or '办理结果'}" + (f"（{number}）" if number else "")
    return Move("result_ready", CaseStatus.RESULT_READY, text)
