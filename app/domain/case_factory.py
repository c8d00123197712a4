"""Opening a new case for a matter or a bundle (一件事)."""

from __future__ import annotations

from datetime import datetime

from app.domain.case_status import CaseStatus
from app.domain.cases import Case, CaseEvent
from app.domain.materials_check import MaterialCheck
from app.domain.matters import Bundle, LimitUnit, Matter, TimeLimit


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
        )
        title = target.name
    case.status = CaseStatus.DRAFT
    case.events.append(CaseEvent("created", now, clerk, f"收件：{title}"))
    return case
