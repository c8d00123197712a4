"""Opening a new case for a matter or a bundle (一件事)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.case_status import CaseRuleError, CaseStatus
from app.domain.cases import NOT_EDITABLE, Case, CaseEvent
from app.domain.materials_check import MaterialCheck, MaterialState
from app.domain.matters import Bundle, LimitUnit, Matter, TimeLimit
from app.domain.messages import QT_TRANSLATE_NOOP, Message

CHANGE_MATTER = QT_TRANSLATE_NOOP("actions", "更换事项")


def _longest_limit(limits: list[TimeLimit]) -> TimeLimit:
    # a bundle is promised when its slowest matter is; limits in other units are compared by
    # their rough length in calendar days (a working week is 5 working days in 7 calendar days)
    to_days = {LimitUnit.WORKING_DAYS: 1.4, LimitUnit.CALENDAR_DAYS: 1.0, LimitUnit.MONTHS: 31.0}
    return max(limits, key=lambda t: t.amount * to_days[t.unit])


def open_case(
    target: Matter | Bundle, case_id: str, number: str, now: datetime, clerk: str, window: str
) -> Case:
    if isinstance(target, Bundle):
        matters = target.matters
        materials = [MaterialCheck(bm.material) for bm in target.materials]
        departments = list(dict.fromkeys(m.department.name for m in matters))
        case = Case(
            id=case_id,
            number=number,
            matter_codes=tuple(m.code for m in matters),
            matter_names=tuple(m.name for m in matters),
            department="、".join(departments),
            kind=target.case_kind,
            promised_limit=_longest_limit([m.promised_limit for m in matters]),
            materials=materials,
            created_at=now,
            clerk=clerk,
            window=window,
            bundle_code=target.code,
            bundle_name=target.name,
            result_name="、".join(m.result_name for m in matters if m.result_name),
            # a bundle with a two-party matter in it is applied for by both parties
            parties=next((m.parties for m in matters if m.parties), ()),
        )
        title = target.name
    else:
        case = Case(
            id=case_id,
            number=number,
            matter_codes=(target.code,),
            matter_names=(target.name,),
            department=target.department.name,
            kind=target.case_kind,
            promised_limit=target.promised_limit,
            materials=[MaterialCheck(m) for m in target.materials],
            created_at=now,
            clerk=clerk,
            window=window,
            matter_version=target.version,
            result_name=target.result_name,
            parties=target.parties,
        )
        title = target.name
    case.status = CaseStatus.DRAFT
    case.events.append(CaseEvent("created", now, clerk, f"收件：{title}"))
    return case


def change_matter(case: Case, target: Matter | Bundle, now: datetime, clerk: str) -> Case:
    """The same draft for another matter: its id, number and applicant stay, and each material
    the new matter also asks for keeps its check; nothing has been decided, so nothing else
    binds it. Only a draft: a 待补正 case's notice already named its matter."""
    if case.status is not CaseStatus.DRAFT:
        raise CaseRuleError(Message(NOT_EDITABLE, status=case.status.label, action=Message(CHANGE_MATTER)))
    fresh = open_case(target, case.id, case.number, case.created_at, case.clerk, case.window)
    kept = {c.code: c for c in case.materials}
    fresh.materials = [
        replace(kept[c.code], material=c.material) if c.code in kept else c for c in fresh.materials
    ]
    fresh.applicant = case.applicant
    fresh.second_party = case.second_party  # kept even for a one-party matter: nothing typed is lost
    fresh.events = [*case.events, CaseEvent("matter_changed", now, clerk, f"更换事项：{case_title(fresh)}")]
    fresh.version = case.version + 1
    return fresh


def lost_checks(
    case: Case, target: Matter | Bundle, scanned: frozenset[str] = frozenset()
) -> list[MaterialCheck]:
    """The materials of `case` checked or scanned (`scanned`: their codes) that `target` does not
    ask for: what a change of matter would drop."""
    if isinstance(target, Matter):
        wanted = {m.code for m in target.materials}
    else:
        wanted = {bm.material.code for bm in target.materials}
    return [
        c
        for c in case.materials
        if c.code not in wanted and (c.state is not MaterialState.PENDING or c.code in scanned)
    ]


def case_title(case: Case) -> str:
    return case.bundle_name or "、".join(case.matter_names)
