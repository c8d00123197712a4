"""A case (办件): one application from intake at the window to the issued result.

Every move goes through a method here that checks the rules and appends an event, so the
timeline the clerk sees and the outbox the server receives are the same facts.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Protocol

from app.domain import case_lifecycle as lifecycle
from app.domain import collectors
from app.domain.applicants import Applicant
from app.domain.assistance import (
    PROXY_MATERIAL,
    PROXY_MATERIAL_CODE,
    Assistance,
    AssistanceKind,
    assistance_problems,
)
from app.domain.case_status import (
    NOT_NOW,
    CaseRuleError,
    CaseStatus,
    DecisionRefused,
    InvalidTransition,
    IssuanceMethod,
    ResultCode,
    require_move,
)
from app.domain.licences import (
    NO_KIND,
    WRONG_KIND,
    Holder,
    Licence,
    holder_of,
    licence_kind_of,
    licence_problem,
)
from app.domain.materials_check import (
    MaterialCheck,
    MaterialRuleError,
    MaterialState,
    acceptance_problems,
    deficient,
    state_problem,
    supplement_problems,
    unchecked,
)
from app.domain.matters import CaseKind, LimitUnit, TimeLimit
from app.domain.messages import QT_TRANSLATE_NOOP, Message, joined, listed, quoted
from app.domain.parties import collecting_party, parties_problems
from app.domain.working_days import ESTIMATED_NOTE, DueDate, WorkCalendar

NOT_EDITABLE = QT_TRANSLATE_NOOP("messages", "办件已“{status}”，不能{action}")
EDIT_APPLICANT = QT_TRANSLATE_NOOP("actions", "修改申请人信息")
EDIT_MATERIALS = QT_TRANSLATE_NOOP("actions", "修改材料核验结果")
EDIT_ASSISTANCE = QT_TRANSLATE_NOOP("actions", "修改帮办代办")
NO_SUCH_MATERIAL = QT_TRANSLATE_NOOP("messages", "本办件没有编码为“{code}”的材料")
ACCEPT = QT_TRANSLATE_NOOP("actions", "受理")
CANNOT_ACCEPT = QT_TRANSLATE_NOOP("messages", "不能受理：{problems}")
GIVE_NOTICE = QT_TRANSLATE_NOOP("actions", "出具一次性告知书")
NOTICE_NEEDS_ALL = QT_TRANSLATE_NOOP("messages", "一次性告知须列明全部问题，请先核验：{names}")
NOTHING_TO_NOTIFY = QT_TRANSLATE_NOOP("messages", "没有缺少或不符合要求的材料，无需出具一次性告知书")
REFUSE = QT_TRANSLATE_NOOP("actions", "不予受理")
REFUSAL_NEEDS_REASON = QT_TRANSLATE_NOOP("messages", "不予受理须写明理由")
CANNOT_NOTIFY = QT_TRANSLATE_NOOP("messages", "不能出具一次性告知书：{problems}")
CANNOT_REFUSE = QT_TRANSLATE_NOOP("messages", "不能出具不予受理通知书：{problems}")
CLOSE_FOR_TIMEOUT = QT_TRANSLATE_NOOP("actions", "按补正超时驳回")
DEADLINE_NOT_PASSED = QT_TRANSLATE_NOOP("messages", "补正期限{deadline}尚未届满")
NOT_ON_THE_SPOT = QT_TRANSLATE_NOOP("messages", "承诺件须经后台审批，不能当场办结")
SUPPLY_DEFERRED = QT_TRANSLATE_NOOP("actions", "补交容缺材料")
NOT_OWED = QT_TRANSLATE_NOOP("messages", "“{name}”不是待补交的容缺材料")
ISSUE = QT_TRANSLATE_NOOP("actions", "出件")
DEFERRED_OWED = QT_TRANSLATE_NOOP("messages", "容缺材料尚未补齐（{names}），补交后方可出件")
COLLECTOR_NAME = QT_TRANSLATE_NOOP("messages", "请填写领取人姓名")
TRACKING_NUMBER = QT_TRANSLATE_NOOP("messages", "邮寄出件请填写快递单号")

DEFAULT_DEFER_DAYS = 10  # 容缺后补 when the catalog names no period: a common local rule
DEFAULT_SUPPLEMENT_DAYS = 30  # calendar days an applicant has to bring what a notice lists


# before a decision the promised date may still be recounted (a year's schedule entered late)
_RECOUNTABLE_STATES = frozenset({CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.SUSPENDED})


class WorkingDays(Protocol):
    def add_working_days(self, start: date, n: int) -> date: ...
    def due_date(self, start: date, n: int) -> DueDate: ...
    def is_estimated(self, a: date, b: date) -> bool: ...
    def working_days_between(self, a: date, b: date) -> int: ...
    def extend_for_suspension(self, due: date, suspended_days: int) -> date: ...
    def period_end(self, start: date, calendar_days: int) -> DueDate: ...


@dataclass(frozen=True)
class CaseEvent:
    kind: str  # created, accepted, supplement_requested, refused, step, suspended, …
    at: datetime
    actor: str
    summary: str  # one line for the timeline, in Chinese
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Issuance:
    method: IssuanceMethod
    collector_name: str
    collector_cert_number: str
    issued_at: datetime
    collector_cert_type: str = "111"
    tracking_number: str = ""
    post_address: str = ""
    # how the collector's ID was seen (collectors.IdentitySource); "" on hand-outs recorded before
    identity: str = ""
    typed_reason: str = ""  # why the ID was typed instead of read from the card
    authorisation_pages: tuple[str, ...] = ()  # 代领: the page ids of the scanned 委托书


@dataclass
class Case:
    id: str
    number: str
    matter_codes: tuple[str, ...]
    matter_names: tuple[str, ...]
    department: str
    kind: CaseKind
    promised_limit: TimeLimit
    materials: list[MaterialCheck]
    created_at: datetime
    clerk: str
    window: str
    bundle_code: str = ""
    bundle_name: str = ""
    matter_version: int = 1
    result_name: str = ""  # what the applicant will receive (营业执照, 结婚证, …)
    status: CaseStatus = CaseStatus.DRAFT
    applicant: Applicant = field(default_factory=Applicant)
    # a matter applied for by two parties (Matter.parties: 男方, 女方): the applicant is the first
    parties: tuple[str, ...] = ()
    second_party: Applicant | None = None
    accepted_at: datetime | None = None
    promised_date: date | None = None
    # counted across a year without its holiday schedule: weekends only (暂按周末计算)
    promised_estimated: bool = False
    supplement_deadline: date | None = None
    refusal_reason: str = ""
    result_code: ResultCode | None = None
    result_reason: str = ""
    certificate_number: str = ""
    suspended_since: date | None = None
    suspended_days: int = 0
    issuance: Issuance | None = None
    events: list[CaseEvent] = field(default_factory=list)
    assistance: Assistance = field(default_factory=Assistance)  # 帮办 / 代办
    version: int = 0  # bumped on every change; the server checks it (optimistic concurrency)

    # --- at the window, before the decision ---------------------------------------------------
    @property
    def discardable(self) -> bool:
        """放弃草稿: only a draft; once a notice named the applicant the case is on record."""
        return self.status is CaseStatus.DRAFT

    def _editable(self, action: str) -> None:
        if self.status not in (CaseStatus.DRAFT, CaseStatus.SUPPLEMENT_REQUESTED):
            raise CaseRuleError(Message(NOT_EDITABLE, status=self.status.label, action=Message(action)))

    def update_applicant(self, applicant: Applicant) -> None:
        self._editable(EDIT_APPLICANT)
        self.applicant = applicant
        self.version += 1

    def update_second_party(self, party: Applicant) -> None:
        self._editable(EDIT_APPLICANT)
        self.second_party = party
        self.version += 1

    def check_material(self, code: str, state: MaterialState, note: str = "") -> MaterialCheck:
        self._editable(EDIT_MATERIALS)
        for i, c in enumerate(self.materials):
            if c.code == code:
                self.materials[i] = c.with_state(state, note)
                self.version += 1
                return self.materials[i]
        raise MaterialRuleError(Message(NO_SUCH_MATERIAL, code=code))

    def set_assistance(self, assistance: Assistance) -> None:
        """本人办理 / 帮办 / 代办. A 代办 case asks for the 授权委托书 as one more required material;
        it leaves again with the 代办 unless the clerk already checked it (then it stays, as
        anything checked does, and may be marked 未核验 … by hand)."""
        self._editable(EDIT_ASSISTANCE)
        has = any(c.code == PROXY_MATERIAL_CODE for c in self.materials)
        if assistance.kind is AssistanceKind.PROXY and not has:
            self.materials.append(MaterialCheck(PROXY_MATERIAL))
        elif assistance.kind is not AssistanceKind.PROXY and has:
            self.materials = [
                c
                for c in self.materials
                if c.code != PROXY_MATERIAL_CODE or c.state is not MaterialState.PENDING
            ]
        self.assistance = assistance
        self.version += 1

    def licence_to_find(self, code: str) -> tuple[str, Holder]:
        """What to ask the licence library for this material: its licence kind and whose."""
        self._editable(EDIT_MATERIALS)
        check = self.material(code)
        if problem := state_problem(check.material, MaterialState.E_LICENCE):
            raise MaterialRuleError(problem)
        kind = licence_kind_of(check.material.name, check.material.licence_kind)
        if not kind:
            raise MaterialRuleError(Message(NO_KIND, name=check.material.name))
        holder = holder_of(kind, self.applicant)
        if isinstance(holder, Message):
            raise MaterialRuleError(holder)
        return kind, holder

    def take_licence(self, code: str, licence: Licence, today: date) -> MaterialCheck:
        """电子证照: the material is satisfied by a licence the library holds, in force today and
        of the kind and holder this material asks for."""
        kind, holder = self.licence_to_find(code)
        problem = licence_problem(licence, holder, today)
        if problem is None and licence.kind != kind:
            problem = Message(WRONG_KIND, kind=licence.kind, wanted=kind)
        if problem is not None:
            raise MaterialRuleError(problem)
        for i, c in enumerate(self.materials):
            if c.code == code:
                self.materials[i] = c.with_licence(licence)
                self.version += 1
                return self.materials[i]
        raise MaterialRuleError(Message(NO_SUCH_MATERIAL, code=code))

    def material(self, code: str) -> MaterialCheck:
        for c in self.materials:
            if c.code == code:
                return c
        raise MaterialRuleError(Message(NO_SUCH_MATERIAL, code=code))

    # --- the window's decision -----------------------------------------------------------------
    def require_addressee(self, now: datetime, refused: str = CANNOT_REFUSE) -> None:
        """一次性告知 and 不予受理 are addressed to the applicant: nobody on them, no notice."""
        problems = parties_problems(self.applicant, self.second_party, self.parties, now.date())
        if problems:
            raise DecisionRefused(Message(refused, problems=joined(p.message for p in problems)), problems)

    def accept(
        self, now: datetime, actor: str, days: WorkingDays, required_fields: tuple[str, ...] = ()
    ) -> None:
        """`required_fields`: the applicant fields the matter requires (Matter.required_applicant_fields)."""
        require_move(self.status, CaseStatus.ACCEPTED, Message(ACCEPT))
        problems = parties_problems(
            self.applicant, self.second_party, self.parties, now.date(), required_fields
        )
        problems += assistance_problems(self.assistance, self.applicant)
        problems += acceptance_problems(self.materials)
        if problems:
            problem_list = joined(p.message for p in problems)
            raise DecisionRefused(Message(CANNOT_ACCEPT, problems=problem_list), problems)
        today = now.date()
        # due dates first: a year without holiday data counts weekends only and is marked so
        due = self._promised_date(today, days)
        promised = due.day
        deferred_due = {
            c.code: days.add_working_days(today, c.material.defer_days or DEFAULT_DEFER_DAYS)
            for c in self.materials
            if c.state is MaterialState.DEFERRED
        }
        self.materials = [
            replace(c, due_date=deferred_due[c.code]) if c.code in deferred_due else c for c in self.materials
        ]
        self.accepted_at = now
        self.promised_date = promised
        self.promised_estimated = due.estimated
        self.supplement_deadline = None  # the notice is answered
        summary = "受理" + (
            f"，承诺{promised:%Y-%m-%d}前办结" if self.kind is CaseKind.PROMISED else "（即办件）"
        )
        detail: dict = {"promised_date": str(promised)}
        if due.estimated:
            summary += f"（{ESTIMATED_NOTE}）"
            detail["promised_estimated"] = True
        if deferred_due:
            summary += f"，容缺后补{len(deferred_due)}项"
        self._move(CaseStatus.ACCEPTED, "accepted", now, actor, summary, detail)

    def request_supplement(
        self, now: datetime, actor: str, days: WorkingDays | None = None, deadline: date | None = None
    ) -> list[MaterialCheck]:
        """The deadline is DEFAULT_SUPPLEMENT_DAYS calendar days on, moved to the next working day
        when it falls on a rest day (民法典第二百零三条); `days` is the hall's calendar."""
        require_move(self.status, CaseStatus.SUPPLEMENT_REQUESTED, Message(GIVE_NOTICE))
        pending = unchecked(self.materials)
        if pending:
            names = listed(quoted(c.material.name) for c in pending)
            raise DecisionRefused(Message(NOTICE_NEEDS_ALL, names=names), supplement_problems(self.materials))
        missing = deficient(self.materials)
        if not missing:
            raise CaseRuleError(Message(NOTHING_TO_NOTIFY))
        self.require_addressee(now, CANNOT_NOTIFY)  # after the materials: those are the notice's body
        due = supplement_deadline(now.date(), days) if deadline is None else DueDate(deadline)
        self.supplement_deadline = due.day
        names = "、".join(c.material.name for c in missing)
        detail: dict = {"missing": [c.code for c in missing], "deadline": str(due.day)}
        if due.estimated:
            detail["deadline_estimated"] = True
        self._move(
            CaseStatus.SUPPLEMENT_REQUESTED,
            "supplement_requested",
            now,
            actor,
            f"一次性告知补正{len(missing)}项：{names}，{due.label()}前补正",
            detail,
        )
        return missing

    @property
    def supplement_deadline_estimated(self) -> bool:
        """The deadline was moved over a year without its holiday schedule (暂按周末计算)."""
        for event in reversed(self.events):
            if event.kind == "supplement_requested":
                return bool(event.detail.get("deadline_estimated"))
        return False

    def refuse(self, now: datetime, actor: str, reason: str) -> None:
        require_move(self.status, CaseStatus.REFUSED, Message(REFUSE))
        self.require_addressee(now, CANNOT_REFUSE)
        if not reason.strip():
            raise CaseRuleError(Message(REFUSAL_NEEDS_REASON))
        self.refusal_reason = reason.strip()
        self.result_code = ResultCode.REFUSED
        self._move(CaseStatus.REFUSED, "refused", now, actor, f"不予受理：{self.refusal_reason}")

    # --- after acceptance ------------------------------------------------------------------------
    # (the moves themselves are app.domain.case_lifecycle's, which the server's back office asks too)
    def record_step(self, now: datetime, actor: str, step: str, opinion: str = "") -> None:
        self._apply(lifecycle.record_step(self.status, step, opinion), now, actor)

    def suspend(self, now: datetime, actor: str, procedure: str) -> None:
        move = lifecycle.suspend(self.status, procedure)
        self.suspended_since = now.date()
        self._apply(move, now, actor)

    def resume(self, now: datetime, actor: str, days: WorkingDays) -> None:
        resumed = lifecycle.resume(
            self.status, self.suspended_since, now.date(), self.promised_date, self.promised_estimated, days
        )
        self.suspended_days += resumed.stopped_days
        self.promised_date, self.promised_estimated = resumed.promised_date, resumed.promised_estimated
        self.suspended_since = None
        self._apply(resumed.move, now, actor)

    def decide(self, now: datetime, actor: str, code: ResultCode, reason: str = "") -> None:
        move = lifecycle.decide(self.status, code, reason)
        self.result_code = code
        self.result_reason = reason.strip()
        self._apply(move, now, actor)

    def close_for_supplement_timeout(self, now: datetime, actor: str) -> None:
        if self.status is not CaseStatus.SUPPLEMENT_REQUESTED:
            raise InvalidTransition(self.status, CaseStatus.CLOSED, Message(CLOSE_FOR_TIMEOUT))
        if self.supplement_deadline and now.date() <= self.supplement_deadline:
            raise CaseRuleError(Message(DEADLINE_NOT_PASSED, deadline=self.supplement_deadline))
        self.result_code = ResultCode.SUPPLEMENT_TIMEOUT
        self.result_reason = "申请人未在期限内补正材料"
        self._move(CaseStatus.CLOSED, "decided", now, actor, "补正超时驳回", {"result_code": 5})

    def result_arrived(self, now: datetime, actor: str, certificate_number: str = "") -> None:
        move = lifecycle.result_arrived(self.status, self.result_name, certificate_number)
        self.certificate_number = certificate_number.strip()
        self._apply(move, now, actor)

    def complete_at_window(self, now: datetime, actor: str, certificate_number: str = "") -> None:
        """即办件: decided and handed the result on the spot."""
        if self.kind is not CaseKind.IMMEDIATE:
            raise CaseRuleError(Message(NOT_ON_THE_SPOT))
        self.decide(now, actor, ResultCode.CERTIFICATE)
        self.result_arrived(now, actor, certificate_number)

    def supply_deferred(self, now: datetime, actor: str, code: str) -> None:
        if not self.status.awaits_issuance:  # only then may an applicant still owe 容缺 materials
            raise CaseRuleError(Message(NOT_NOW, status=self.status.label, action=Message(SUPPLY_DEFERRED)))
        check = self.material(code)
        if check.state is not MaterialState.DEFERRED or check.supplied_on is not None:
            raise CaseRuleError(Message(NOT_OWED, name=check.material.name))
        self.materials = [replace(c, supplied_on=now.date()) if c.code == code else c for c in self.materials]
        self._event("deferred_supplied", now, actor, f"补交容缺材料：{check.material.name}")

    def outstanding_deferred(self) -> list[MaterialCheck]:
        return [c for c in self.materials if c.state is MaterialState.DEFERRED and c.supplied_on is None]

    def issue(self, now: datetime, actor: str, issuance: Issuance) -> None:
        require_move(self.status, CaseStatus.ISSUED, Message(ISSUE))
        owed = self.outstanding_deferred()
        if owed:
            names = listed(c.material.name for c in owed)
            raise CaseRuleError(Message(DEFERRED_OWED, names=names))
        if issuance.method is IssuanceMethod.POST and not issuance.tracking_number.strip():
            raise CaseRuleError(Message(TRACKING_NUMBER))
        # the name, the ID and how it was seen, matched against the applicant (collectors.py)
        collector = collectors.collector_of(issuance)
        pages = len(issuance.authorisation_pages)
        today = now.date()
        party = collecting_party(self.applicant, self.second_party, self.parties, collector.cert_number)
        problems = collectors.collector_problems(issuance.method, party, collector, pages, today)
        if problems:
            raise DecisionRefused(joined(p.message for p in problems), problems)
        self.issuance = issuance
        who = (
            issuance.collector_name
            if issuance.method is not IssuanceMethod.POST
            else issuance.tracking_number
        )
        summary = f"出件（{issuance.method.label}）：{who}{collectors.identity_note(issuance)}"
        detail = collectors.identity_detail(issuance)
        self._move(CaseStatus.ISSUED, "issued", now, actor, summary, detail)

    def recount_promised_date(
        self, now: datetime, actor: str, counted_by: WorkingDays, recount_by: WorkingDays
    ) -> bool:
        """Count an estimated promised date again once the missing year's schedule is known.

        The date was the n-th working day after acceptance under `counted_by` (weekends only for
        the missing year, suspensions included); it becomes the n-th under `recount_by`. The
        applicant's date is changed in the open, by an event. False: nothing to recount.
        """
        if not self.promised_estimated or self.status not in _RECOUNTABLE_STATES:
            return False
        if self.promised_date is None or self.accepted_at is None:
            return False
        if self.kind is not CaseKind.PROMISED or self.promised_limit.unit is not LimitUnit.WORKING_DAYS:
            return False
        accepted, before = self.accepted_at.date(), self.promised_date
        due = recount_by.due_date(accepted, counted_by.working_days_between(accepted, before))
        self.promised_date, self.promised_estimated = due.day, due.estimated
        after = f"{due.day:%Y-%m-%d}" + (f"（{ESTIMATED_NOTE}）" if due.estimated else "")
        if due.day == before:
            summary = f"承诺办结日期{after}不变（已按国务院节假日安排重新计算）"
        else:
            summary = f"承诺办结日期由{before:%Y-%m-%d}调整为{after}（已按国务院节假日安排重新计算）"
        detail = {
            "promised_date": str(due.day),
            "previous_date": str(before),
            "promised_estimated": due.estimated,
        }
        self._event("promised_recounted", now, actor, summary, detail)
        return True

    # --- bookkeeping -----------------------------------------------------------------------------
    def _promised_date(self, today: date, days: WorkingDays) -> DueDate:
        if self.kind is CaseKind.IMMEDIATE:
            return DueDate(today)
        limit = self.promised_limit
        if limit.unit is LimitUnit.WORKING_DAYS:
            return days.due_date(today, limit.amount)
        if limit.unit is LimitUnit.CALENDAR_DAYS:
            return DueDate(today + timedelta(days=limit.amount))
        month_index = today.month - 1 + limit.amount
        year, month = today.year + month_index // 12, month_index % 12 + 1
        return DueDate(date(year, month, min(today.day, _cal.monthrange(year, month)[1])))

    def _apply(self, move: lifecycle.Move, now: datetime, actor: str) -> None:
        self._move(move.to, move.kind, now, actor, move.summary, move.detail)

    def _move(self, to: CaseStatus, kind: str, now: datetime, actor: str, summary: str, detail=None) -> None:
        self.status = to
        self._event(kind, now, actor, summary, detail)

    def _event(self, kind: str, now: datetime, actor: str, summary: str, detail=None) -> None:
        self.events.append(CaseEvent(kind, now, actor, summary, dict(detail or {})))
        self.version += 1


def supplement_deadline(today: date, days: WorkingDays | None = None) -> DueDate:
    """The last day to bring what a notice lists: DEFAULT_SUPPLEMENT_DAYS calendar days on, or
    the next working day when that day is a rest day (the State Council's schedule without a
    hall calendar)."""
    return (days or WorkCalendar()).period_end(today, DEFAULT_SUPPLEMENT_DAYS)


def deadline_flag(
    status: CaseStatus,
    promised_date: date | None,
    today: date,
    days: WorkingDays,
    warn_days: int = 2,
    kind: CaseKind = CaseKind.PROMISED,
) -> str:
    """'overdue', 'due_soon' (at most `warn_days` working days left) or '' for a case whose clock runs.

    An 即办件 is due the day it is accepted by its nature (当场办结), so it is never "about to
    expire": until that day ends it is 'immediate', and a day later it is 'overdue' like any case.
    """
    if promised_date is None or not status.clock_runs:
        return ""
    if today > promised_date:
        return "overdue"
    if kind is CaseKind.IMMEDIATE:
        return "immediate"
    left = days.working_days_between(today, promised_date)
    return "due_soon" if left <= warn_days else ""
