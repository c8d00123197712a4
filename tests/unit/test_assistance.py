"""帮办代办: what a case helped by the hall or applied for by an agent needs before it is accepted."""

from __future__ import annotations

from dataclasses import replace

import pytest
from case_fixtures import CAL, OTHER_ID, VALID_ID, at, person, ready_case

from app.domain.applicants import CertificateType, Person
from app.domain.assistance import (
    PROXY_MATERIAL_CODE,
    Assistance,
    AssistanceKind,
    HelpReason,
    assistance_from_json,
    assistance_problems,
    assistance_to_json,
)
from app.domain.case_status import CaseRuleError, CaseStatus, DecisionRefused
from app.domain.materials_check import MaterialState

HELPED = Assistance(AssistanceKind.HELPED, "周帮办", HelpReason.ELDERLY)
PROXY = Assistance(AssistanceKind.PROXY)
AGENT = Person("李四", CertificateType.RESIDENT_ID, OTHER_ID, "13900001111")


def _fields(assistance: Assistance, applicant=None) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in assistance_problems(assistance, applicant or person())]


def test_a_helped_case_names_its_helper_and_why() -> None:
    assert _fields(HELPED) == []
    assert _fields(Assistance(AssistanceKind.HELPED)) == [
        ("assistance.helper", "帮办须写明帮办人员的姓名"),
        ("assistance.reason", "帮办须选择需要帮办的原因（老年人、残疾人……）"),
    ]
    other = replace(HELPED, reason=HelpReason.OTHER)
    assert _fields(other) == [("assistance.note", "帮办原因选“其他”时，请写明原因（200字以内）")]
    assert _fields(replace(other, note="刚做完手术，行动不便")) == []
    assert "不能超过50个字" in _fields(replace(HELPED, helper="周" * 51))[0][1]


def test_a_proxy_case_needs_an_agent_who_is_not_the_applicant() -> None:
    assert _fields(PROXY)[0] == (
        "agent.name",
        "代办须填写代理人的姓名和身份证号码（可在读卡器上读取代理人的身份证）",
    )
    assert _fields(PROXY, replace(person(), agent=AGENT)) == []
    me = replace(person(), agent=replace(AGENT, cert_number=VALID_ID))
    assert _fields(PROXY, me) == [("agent.cert_number", "代理人与申请人是同一人，不是代办：请改为本人办理")]
    assert _fields(Assistance()) == []


def test_proxy_adds_the_authorisation_as_a_required_material_and_takes_it_away_unless_checked() -> None:
    case = ready_case()
    n = len(case.materials)
    case.set_assistance(PROXY)
    assert [c.code for c in case.materials][-1] == PROXY_MATERIAL_CODE and len(case.materials) == n + 1
    case.set_assistance(PROXY)  # again: still one
    assert len(case.materials) == n + 1
    case.set_assistance(HELPED)
    assert len(case.materials) == n  # unchecked: gone with the 代办
    case.set_assistance(PROXY)
    case.check_material(PROXY_MATERIAL_CODE, MaterialState.RECEIVED)
    case.set_assistance(Assistance())
    assert case.material(PROXY_MATERIAL_CODE).state is MaterialState.RECEIVED  # checked: kept


def test_a_proxy_case_is_accepted_only_with_its_agent_and_authorisation() -> None:
    case = ready_case()
    case.set_assistance(PROXY)
    with pytest.raises(DecisionRefused) as refused:
        case.accept(at(2026, 11, 20), "李窗口", CAL)
    fields = [p.field for p in refused.value.problems]
    assert fields == ["agent.name", f"material:{PROXY_MATERIAL_CODE}"]
    case.update_applicant(replace(person(), agent=AGENT))
    case.check_material(PROXY_MATERIAL_CODE, MaterialState.RECEIVED)
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert case.status is CaseStatus.ACCEPTED
    with pytest.raises(CaseRuleError, match="不能修改帮办代办"):
        case.set_assistance(Assistance())


def test_a_missing_authorisation_is_on_the_deficiency_notice() -> None:
    case = ready_case()
    case.update_applicant(replace(person(), agent=AGENT))
    case.set_assistance(PROXY)
    case.check_material(PROXY_MATERIAL_CODE, MaterialState.MISSING)
    missing = case.request_supplement(at(2026, 11, 20), "李窗口", CAL)
    assert [c.material.name for c in missing] == ["授权委托书"]


def test_assistance_survives_its_json() -> None:
    for a in (HELPED, PROXY, replace(HELPED, reason=HelpReason.OTHER, note="行动不便")):
        assert assistance_from_json(assistance_to_json(a)) == a
    assert assistance_to_json(Assistance()) is None and assistance_from_json(None) == Assistance()
