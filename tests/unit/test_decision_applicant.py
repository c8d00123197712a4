"""The three window decisions ask the same of the applicant; 补正 deadlines end on a working day;
a draft's matter changes without a new case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.case_factory import change_matter, lost_checks
from app.domain.case_status import CaseRuleError, CaseStatus, DecisionRefused
from app.domain.catalog_format import CatalogFormatError, dump_catalog, parse_catalog
from app.domain.decision_applicant import decision_problems
from app.domain.materials_check import MaterialState
from app.domain.matters import Catalog
from app.domain.working_days import HallOverrides, WorkCalendar, YearSchedule
from tests.unit.case_fixtures import (
    APP_FORM,
    CAL,
    ID_CARD,
    LEASE,
    at,
    immediate_matter,
    new_case,
    person,
    promised_matter,
    ready_case,
)

DECISIONS = {
    "accept": lambda c: c.accept(at(2026, 11, 20), "李窗口", CAL),
    "supplement": lambda c: c.request_supplement(at(2026, 11, 20), "李窗口", CAL),
    "refuse": lambda c: c.refuse(at(2026, 11, 20), "李窗口", "不属于本机关职权范围"),
}


def _nobody_on_it():
    """A case ready for any decision but its applicant: materials checked, one missing."""
    case = ready_case()
    case.update_applicant(replace(person(), name="", cert_number=""))
    case.check_material("M02", MaterialState.MISSING)
    return case


@pytest.mark.parametrize("decision", DECISIONS)
def test_no_decision_is_made_for_nobody(decision: str) -> None:
    case = _nobody_on_it()
    events, version = len(case.events), case.version
    with pytest.raises(DecisionRefused) as refused:
        DECISIONS[decision](case)
    fields = [p.field for p in refused.value.problems]
    assert "applicant.name" in fields and "applicant.cert_number" in fields
    assert case.status is CaseStatus.DRAFT and len(case.events) == events and case.version == version
    assert case.supplement_deadline is None and case.refusal_reason == ""


@pytest.mark.parametrize("decision", ["supplement", "refuse"])
def test_a_notice_names_what_is_missing_of_the_applicant(decision: str) -> None:
    case = _nobody_on_it()
    with pytest.raises(DecisionRefused) as refused:
        DECISIONS[decision](case)
    assert "请填写申请人姓名" in str(refused.value) and "请填写证件号码" in str(refused.value)


def test_a_required_phone_is_asked_at_acceptance_only() -> None:
    case = ready_case()
    case.update_applicant(replace(person(), phone=""))
    with pytest.raises(DecisionRefused) as refused:
        case.accept(at(2026, 11, 20), "李窗口", CAL, ("phone",))
    assert [p.field for p in refused.value.problems] == ["applicant.phone"]
    assert "联系电话" in str(refused.value)
    case.refuse(at(2026, 11, 20), "李窗口", "不属于本机关职权范围")  # a refusal needs no phone
    assert case.status is CaseStatus.REFUSED


def test_the_rule_names_a_second_partys_fields_under_its_own_prefix() -> None:
    problems = decision_problems(replace(person(), name=""), date(2026, 11, 20), party="second")
    assert [p.field for p in problems] == ["second.name"]


# --- the 补正 deadline -------------------------------------------------------------------------


def test_a_deadline_on_the_new_year_sunday_moves_to_monday_marked_estimated() -> None:
    # 2026-12-04 + 30 days = Sunday 2027-01-03, in the New Year holiday; 2027 has no data here
    case = _nobody_on_it()
    case.update_applicant(person())
    case.request_supplement(datetime(2026, 12, 4, 10), "李窗口", WorkCalendar())
    assert case.supplement_deadline == date(2027, 1, 4)
    assert case.supplement_deadline_estimated
    assert "2027-01-04（暂按周末计算）前补正" in case.events[-1].summary


def test_with_the_years_schedule_the_deadline_follows_it_and_is_not_estimated() -> None:
    # a hall that knows 2027 (here: 1–4 January off) counts by it
    holidays = frozenset(date(2027, 1, d) for d in (1, 2, 3, 4))
    calendar = WorkCalendar(HallOverrides(years={2027: YearSchedule(2027, holidays)}))
    due = calendar.period_end(date(2026, 12, 4), 30)
    assert due.day == date(2027, 1, 5) and not due.estimated
    assert calendar.period_end(date(2026, 11, 2), 30).day == date(2026, 12, 2)  # a Wednesday stays


# --- required fields in the catalog ------------------------------------------------------------


def _catalog_with(fields: list[str]) -> dict:
    data = dump_catalog(Catalog((promised_matter(),), (), ("行政许可",)))
    data["matters"][0]["required_applicant_fields"] = fields
    return data


def test_the_catalog_names_required_applicant_fields_and_refuses_unknown_ones() -> None:
    assert parse_catalog(_catalog_with(["phone"])).matters[0].required_applicant_fields == ("phone",)
    with pytest.raises(CatalogFormatError, match="申请人必填项"):
        parse_catalog(_catalog_with(["mobile"]))


# --- changing a draft's matter -----------------------------------------------------------------


def test_a_drafts_matter_changes_keeping_number_applicant_and_shared_checks() -> None:
    case = new_case()
    case.update_applicant(person())
    case.check_material(ID_CARD.code, MaterialState.RECEIVED)
    case.check_material(APP_FORM.code, MaterialState.MISSING, "请带原件")
    other = immediate_matter(ID_CARD, LEASE)
    assert [c.code for c in lost_checks(case, other)] == [APP_FORM.code]
    changed = change_matter(case, other, at(2026, 11, 20), "李窗口")
    assert (changed.id, changed.number, changed.applicant) == (case.id, case.number, case.applicant)
    assert changed.matter_names == ("结婚登记",) and changed.status is CaseStatus.DRAFT
    assert [(c.code, c.state) for c in changed.materials] == [
        (ID_CARD.code, MaterialState.RECEIVED),
        (LEASE.code, MaterialState.PENDING),
    ]
    assert changed.events[-1].kind == "matter_changed" and changed.discardable


def test_only_a_draft_changes_its_matter() -> None:
    case = _nobody_on_it()
    case.update_applicant(person())
    case.request_supplement(at(2026, 11, 20), "李窗口", CAL)
    assert not case.discardable
    with pytest.raises(CaseRuleError, match="更换事项"):
        change_matter(case, immediate_matter(), at(2026, 11, 20), "李窗口")
