"""Two-party matters (内地居民结婚登记: 男方 and 女方) and the foreign card's English name."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.applicants import Applicant, CertificateType, check_applicant
from app.domain.case_factory import change_matter, open_case
from app.domain.case_status import CaseStatus, DecisionRefused, IssuanceMethod
from app.domain.cases import Issuance
from app.domain.catalog_format import CatalogFormatError, dump_catalog, parse_catalog
from app.domain.materials_check import MaterialState
from app.domain.matters import CaseKind, Department, Material, Matter, TimeLimit
from app.domain.parties import parties_problems
from app.domain.working_days import WorkCalendar
from app.services.catalog.loading import load_catalog
from tests.unit.test_catalog_format import data  # noqa: F401  (the fixture)

TODAY = date(2026, 11, 20)
HUSBAND = Applicant(name="王小明", cert_number="341021199003074518")
WIFE = Applicant(name="李秀英", cert_number="341021195608120021")
FOREIGNER = Applicant(
    name="穆安娜",
    english_name="MUELLER ANNA MARIA",
    cert_type=CertificateType.FOREIGN_PERMANENT_RESIDENT,
    cert_number="DEU110089061501",
)


def marriage() -> Matter:
    return Matter(
        catalog_code="000700601000",
        implementation_code="M-MARRIAGE",
        name="内地居民结婚登记",
        matter_type="行政确认",
        department=Department("113304290025001058", "安和县民政局"),
        case_kind=CaseKind.IMMEDIATE,
        statutory_limit=TimeLimit(0),
        promised_limit=TimeLimit(0),
        materials=(Material("id_card", "男女双方居民身份证"),),
        parties=("男方", "女方"),
    )


def test_catalog_reads_and_writes_the_parties(data):  # noqa: F811
    data["matters"][0]["parties"] = ["男方", "女方"]
    catalog = parse_catalog(data)
    assert catalog.matter("M1").parties == ("男方", "女方")
    assert catalog.matter("M2").parties == ()
    assert parse_catalog(copy.deepcopy(dump_catalog(catalog))) == catalog


@pytest.mark.parametrize("parties", [["男方"], ["甲", "乙", "丙"], ["男方", " "], "男方", ["男方", "女{方}"]])
def test_catalog_refuses_parties_it_cannot_take(data, parties):  # noqa: F811
    data["matters"][0]["parties"] = parties
    with pytest.raises(CatalogFormatError) as err:
        parse_catalog(data)
    assert "内地居民结婚登记" in str(err.value)


def test_the_sample_catalog_takes_both_parties_of_a_marriage_or_divorce():
    catalog = load_catalog()
    two = {m.name for m in catalog.matters if m.parties}
    assert two == {"内地居民结婚登记", "内地居民离婚登记"}


def test_a_case_of_a_two_party_matter_knows_its_parties():
    case = open_case(marriage(), "c1", "N1", datetime(2026, 11, 20, 9), "李晓梅", "3号窗口")
    assert case.parties == ("男方", "女方")
    assert case.second_party is None


def test_one_applicant_matter_checks_one_applicant():
    assert parties_problems(HUSBAND, None, (), TODAY) == []


def test_the_second_party_must_be_complete_and_is_named():
    problems = parties_problems(HUSBAND, None, ("男方", "女方"), TODAY)
    assert [p.field for p in problems] == ["second.name", "second.cert_number"]
    assert all(str(p.message).startswith("女方：") for p in problems)
    bad = Applicant(name="李秀英", cert_number="341021195608120022")
    problems = parties_problems(Applicant(), bad, ("男方", "女方"), TODAY)
    fields = [p.field for p in problems]
    assert fields == ["applicant.name", "applicant.cert_number", "second.cert_number"]
    assert str(problems[0].message) == "请填写申请人姓名"  # the first party is the applicant
    assert parties_problems(HUSBAND, WIFE, ("男方", "女方"), TODAY) == []


def _case_with(second: Applicant | None):
    case = open_case(marriage(), "c1", "N1", datetime(2026, 11, 20, 9), "李晓梅", "3号窗口")
    case.update_applicant(HUSBAND)
    if second is not None:
        case.update_second_party(second)
    case.check_material("id_card", MaterialState.RECEIVED)
    return case


def test_acceptance_waits_for_the_second_party():
    case = _case_with(None)
    with pytest.raises(DecisionRefused) as err:
        case.accept(datetime(2026, 11, 20, 9, 30), "李晓梅", WorkCalendar())
    assert "女方：请填写申请人姓名" in str(err.value)
    assert case.status is CaseStatus.DRAFT
    case = _case_with(WIFE)
    case.accept(datetime(2026, 11, 20, 9, 30), "李晓梅", WorkCalendar())
    assert case.status is CaseStatus.ACCEPTED


def test_refusal_is_addressed_to_both_parties():
    case = _case_with(Applicant(name="李秀英"))
    with pytest.raises(DecisionRefused) as err:
        case.refuse(datetime(2026, 11, 20, 9, 30), "李晓梅", "一方未到场")
    assert "女方：请填写证件号码" in str(err.value)


def test_english_name_is_kept_and_bounded():
    assert check_applicant(FOREIGNER, TODAY) == []
    long = Applicant(**{**FOREIGNER.__dict__, "english_name": "A" * 121})
    assert [p.field for p in check_applicant(long, TODAY)] == ["applicant.english_name"]


def test_changing_the_matter_keeps_the_second_party_and_asks_for_it_only_of_two():
    case = _case_with(WIFE)
    divorce = replace(marriage(), implementation_code="M-DIVORCE", name="内地居民离婚登记")
    changed = change_matter(case, divorce, datetime(2026, 11, 20, 9, 5), "李晓梅")
    assert (changed.applicant, changed.second_party, changed.parties) == (HUSBAND, WIFE, ("男方", "女方"))
    single = replace(marriage(), implementation_code="M-ONE", name="补领婚姻登记证", parties=())
    one = change_matter(case, single, datetime(2026, 11, 20, 9, 5), "李晓梅")
    # kept (nothing typed is lost, and it returns with a two-party matter) but asked of nobody
    assert one.parties == () and parties_problems(HUSBAND, one.second_party, one.parties, TODAY) == []


def test_either_party_collects_the_result_in_person():
    case = _case_with(WIFE)
    case.accept(datetime(2026, 11, 20, 9, 30), "李晓梅", WorkCalendar())
    case.complete_at_window(datetime(2026, 11, 20, 9, 40), "李晓梅")
    wife_in_person = Issuance(
        IssuanceMethod.IN_PERSON, WIFE.name, WIFE.cert_number, datetime(2026, 11, 20, 9, 45), identity="card"
    )
    case.issue(datetime(2026, 11, 20, 9, 45), "李晓梅", wife_in_person)
    assert case.status is CaseStatus.ISSUED
    # someone else's card is still not "in person" (matched against the applicant, refused)
    other = _case_with(WIFE)
    other.accept(datetime(2026, 11, 20, 9, 30), "李晓梅", WorkCalendar())
    other.complete_at_window(datetime(2026, 11, 20, 9, 40), "李晓梅")
    stranger = replace(wife_in_person, collector_name="赵六", collector_cert_number="11010519491231002X")
    with pytest.raises(DecisionRefused):
        other.issue(datetime(2026, 11, 20, 9, 45), "李晓梅", stranger)


def test_the_confirmation_names_both_parties_as_the_notice_does():
    from app.services.cases.decision_preview import decision_preview

    case = _case_with(replace(WIFE, english_name="LI XIUYING"))
    preview = decision_preview("refuse", case)
    assert preview.applicant == "王小明 341021********4518、李秀英（LI XIUYING） 341021********0021"
