"""Who may take a result away (出件): the collector's ID seen, matched, and a 委托书 for 代领."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from case_fixtures import OTHER_ID, VALID_ID

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.case_status import IssuanceMethod
from app.domain.collectors import Collector, IdentitySource, collector_problems

TODAY = date(2026, 12, 4)
ZHANG = Applicant(name="张三", cert_number=VALID_ID)
CARD = Collector("张三", "111", VALID_ID, IdentitySource.CARD)
AGENT = Collector("李四", "111", OTHER_ID, IdentitySource.CARD)
IN_PERSON, BY_AGENT, POST = IssuanceMethod.IN_PERSON, IssuanceMethod.AGENT, IssuanceMethod.POST


def _said(problems) -> list[tuple[str, str]]:
    return [(p.field, str(p.message)) for p in problems]


def test_the_applicants_own_card_read_hands_the_result_over() -> None:
    assert collector_problems(IN_PERSON, ZHANG, CARD, 0, TODAY) == []
    lower_x = replace(CARD, cert_number=VALID_ID.lower())
    assert collector_problems(IN_PERSON, ZHANG, lower_x, 0, TODAY) == []


def test_an_id_typed_without_a_reason_is_refused_and_with_one_allowed() -> None:
    typed = replace(CARD, source=IdentitySource.TYPED)
    said = _said(collector_problems(IN_PERSON, ZHANG, typed, 0, TODAY))
    asked = "请在读卡器上读取领取人的身份证；无法读卡的，请写明手工录入证件的原因"
    assert said == [("collector.reason", asked)]
    assert _said(collector_problems(IN_PERSON, ZHANG, replace(typed, typed_reason="  "), 0, TODAY)) == said
    reasoned = replace(typed, typed_reason="身份证芯片损坏")
    assert collector_problems(IN_PERSON, ZHANG, reasoned, 0, TODAY) == []
    too_long = replace(typed, typed_reason="长" * 201)
    assert _said(collector_problems(IN_PERSON, ZHANG, too_long, 0, TODAY)) == [
        ("collector.reason", "手工录入的原因最多200个字")
    ]


def test_someone_elses_card_for_in_person_is_refused_naming_both_masked() -> None:
    said = _said(collector_problems(IN_PERSON, ZHANG, AGENT, 0, TODAY))
    assert said == [
        (
            "collector.cert_number",
            "领取人证件（110105********0038）不是申请人张三的证件（110105********002X）："
            "本人领取须由申请人本人持证领取；他人领取请选择“代领”并扫描授权委托书",
        )
    ]


def test_an_organisation_collects_through_its_contact() -> None:
    shop = Applicant(
        type=ApplicantType.ENTERPRISE,
        name="安和县某餐饮有限公司",
        cert_type=CertificateType.CREDIT_CODE,
        cert_number="91350100M000100Y43",
        agent=Person("李四", CertificateType.RESIDENT_ID, OTHER_ID),
    )
    assert collector_problems(IN_PERSON, shop, AGENT, 0, TODAY) == []
    said = _said(collector_problems(IN_PERSON, shop, CARD, 0, TODAY))
    assert said[0][0] == "collector.cert_number" and "不是本单位经办人李四的证件" in said[0][1]


def test_an_agent_needs_the_letter_and_must_be_someone_else() -> None:
    assert collector_problems(BY_AGENT, ZHANG, AGENT, 1, TODAY) == []
    assert _said(collector_problems(BY_AGENT, ZHANG, AGENT, 0, TODAY)) == [
        ("authorisation", "代领须扫描申请人签署的授权委托书（Ctrl+S），委托书未扫描，不能出件")
    ]
    said = _said(collector_problems(BY_AGENT, ZHANG, CARD, 1, TODAY))
    assert said == [("collector.cert_number", "领取人就是申请人本人，请选择“本人领取”")]


def test_missing_name_and_bad_number_are_named_by_field() -> None:
    blank = Collector(" ", "111", "110105194912310039", IdentitySource.CARD)
    fields = [field for field, _ in _said(collector_problems(IN_PERSON, ZHANG, blank, 0, TODAY))]
    assert fields == ["collector.name", "collector.cert_number"]
    fields = [field for field, _ in _said(collector_problems(BY_AGENT, ZHANG, blank, 0, TODAY))]
    assert fields == ["collector.name", "collector.cert_number", "authorisation"]


@pytest.mark.parametrize("source", list(IdentitySource))
def test_posting_asks_nothing_of_a_collector(source) -> None:
    nobody = Collector("", "111", "", source)
    assert collector_problems(POST, ZHANG, nobody, 0, TODAY) == []
