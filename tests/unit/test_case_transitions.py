"""Every move a case may not make is refused with a reason; deadline flags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from case_fixtures import (
    CAL,
    CREDIT_CODE,
    LABELS,
    VALID_ID,
    S,
    accepted_case,
    at,
    ready_case,
)

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.case_status import (
    CaseRuleError,
    CaseStatus,
    InvalidTransition,
    IssuanceMethod,
    ResultCode,
)
from app.domain.cases import (
    Case,
    Issuance,
    deadline_flag,
)
from app.domain.materials_check import MaterialState

# --- the transition table --------------------------------------------------------------------


def _issuance() -> Issuance:
    return Issuance(IssuanceMethod.POST, "", "", at(2026, 11, 26), tracking_number="SF1")


ACTIONS: dict[str, Callable[[Case], object]] = {
    "accept": lambda c: c.accept(at(2026, 11, 20), "x", CAL),
    "request_supplement": lambda c: c.request_supplement(at(2026, 11, 20), "x"),
    "refuse": lambda c: c.refuse(at(2026, 11, 20), "x", "理由"),
    "record_step": lambda c: c.record_step(at(2026, 11, 23), "x", "审核"),
    "suspend": lambda c: c.suspend(at(2026, 11, 23), "x", "鉴定"),
    "resume": lambda c: c.resume(at(2026, 11, 24), "x", CAL),
    "decide_certificate": lambda c: c.decide(at(2026, 11, 24), "x", ResultCode.CERTIFICATE),
    "decide_denied": lambda c: c.decide(at(2026, 11, 24), "x", ResultCode.DENIED, "理由"),
    "decide_voided": lambda c: c.decide(at(2026, 11, 24), "x", ResultCode.VOIDED, "理由"),
    "close_for_supplement_timeout": lambda c: c.close_for_supplement_timeout(at(2026, 12, 31), "x"),
    "result_arrived": lambda c: c.result_arrived(at(2026, 11, 25), "x"),
    "issue": lambda c: c.issue(at(2026, 11, 26), "x", _issuance()),
}

# Where each action may start, written out from DOMAIN.md's life of a case.
ALLOWED_FROM: dict[str, set[CaseStatus]] = {
    "accept": {S.DRAFT, S.SUPPLEMENT_REQUESTED},
    "request_supplement": {S.DRAFT},
    "refuse": {S.DRAFT, S.SUPPLEMENT_REQUESTED},
    "record_step": {S.ACCEPTED, S.IN_PROGRESS},
    "suspend": {S.ACCEPTED, S.IN_PROGRESS},
    "resume": {S.SUSPENDED},
    "decide_certificate": {S.ACCEPTED, S.IN_PROGRESS},
    "decide_denied": {S.ACCEPTED, S.IN_PROGRESS},
    # 作废 may also end an application that never got accepted
    "decide_voided": {S.DRAFT, S.SUPPLEMENT_REQUESTED, S.ACCEPTED, S.IN_PROGRESS},
    "close_for_supplement_timeout": {S.SUPPLEMENT_REQUESTED},
    "result_arrived": {S.DECIDED},
    "issue": {S.RESULT_READY},
}


def _case_in(status: CaseStatus) -> Case:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)  # so request_supplement would have work
    case.status = status
    if status is S.SUSPENDED:
        case.suspended_since = date(2026, 11, 23)
    return case


_NOT_ALLOWED = [
    pytest.param(action, status, id=f"{action}-from-{status.value}")
    for action in ACTIONS
    for status in S
    if status not in ALLOWED_FROM[action]
]


@pytest.mark.parametrize(("action", "status"), _NOT_ALLOWED)
def test_not_allowed_transition_raises(action: str, status: CaseStatus) -> None:
    case = _case_in(status)
    version, events = case.version, list(case.events)
    with pytest.raises(InvalidTransition) as err:
        ACTIONS[action](case)
    assert str(err.value).startswith(f"办件当前为“{LABELS[status]}”，不能")
    assert err.value.current is status
    assert case.status is status
    assert case.version == version and case.events == events


def test_final_states_allow_nothing() -> None:
    for status in (S.REFUSED, S.ISSUED, S.CLOSED):
        assert status.is_final
        for action in ACTIONS:
            case = _case_in(status)
            with pytest.raises(InvalidTransition):
                ACTIONS[action](case)
    assert not any(s.is_final for s in S if s not in (S.REFUSED, S.ISSUED, S.CLOSED))


def test_clock_runs_only_while_accepted_or_under_review() -> None:
    assert {s for s in S if s.clock_runs} == {S.ACCEPTED, S.IN_PROGRESS}


def test_transition_table_covers_every_action_source() -> None:
    # each allowed start really is allowed (the happy paths are exercised above; this checks the
    # move itself does not raise InvalidTransition from any of them)
    for action, sources in ALLOWED_FROM.items():
        for status in sources:
            if action == "record_step" and status is S.SUSPENDED:
                continue
            case = _case_in(status)
            if action == "accept":
                case.check_material("M01", MaterialState.RECEIVED)
            if action in ("result_arrived", "issue"):
                case.materials = [replace(c, supplied_on=date(2026, 11, 24)) for c in case.materials]
            if action == "close_for_supplement_timeout":
                case.supplement_deadline = date(2026, 12, 1)
            try:
                ACTIONS[action](case)
            except InvalidTransition as exc:  # pragma: no cover - a failure report
                pytest.fail(f"{action} from {status}: {exc}")


# --- deadline flags --------------------------------------------------------------------------


def _flag(case: Case, today: date) -> str:
    return deadline_flag(case.status, case.promised_date, today, CAL)


def test_deadline_flag() -> None:
    case = accepted_case()  # promised 27 Nov 2026
    assert _flag(case, date(2026, 11, 20)) == ""
    assert _flag(case, date(2026, 11, 25)) == "due_soon"  # 2 working days left
    assert _flag(case, date(2026, 11, 24)) == ""  # 3 left
    assert _flag(case, date(2026, 11, 27)) == "due_soon"
    assert _flag(case, date(2026, 11, 28)) == "overdue"
    case.suspend(at(2026, 11, 23), "x", "鉴定")
    assert _flag(case, date(2026, 11, 28)) == ""  # the clock is stopped
    draft = ready_case()
    assert _flag(draft, date(2027, 1, 1)) == ""


def test_deadline_flag_without_holiday_data_still_tells_a_late_case() -> None:
    # promised in 2027, a year without schedule data: not yet due cannot be ranked, late can
    assert deadline_flag(S.ACCEPTED, date(2027, 1, 8), date(2026, 12, 30), CAL) == ""
    assert deadline_flag(S.ACCEPTED, date(2027, 1, 8), date(2027, 1, 9), CAL) == "overdue"


def test_applicant_with_organisation_and_agent_can_be_accepted() -> None:
    case = ready_case()
    case.update_applicant(
        Applicant(
            type=ApplicantType.ENTERPRISE,
            name="福州某某餐饮有限公司",
            cert_type=CertificateType.CREDIT_CODE,
            cert_number=CREDIT_CODE,
            agent=Person("李四", cert_number=VALID_ID, phone="0591-87654321"),
        )
    )
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert case.status is S.ACCEPTED


def test_deferred_material_cannot_be_supplied_to_a_draft_or_a_refused_case() -> None:
    case = ready_case()
    with pytest.raises(CaseRuleError, match="不能补交容缺材料"):
        case.supply_deferred(at(2026, 11, 20), "李窗口", "M03")
    case.refuse(at(2026, 11, 20), "李窗口", "不属于本机关职权范围")
    with pytest.raises(CaseRuleError, match="不予受理"):
        case.supply_deferred(at(2026, 11, 21), "李窗口", "M03")
