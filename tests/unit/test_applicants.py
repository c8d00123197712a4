"""Applicant checks (申请人核验) made when the window decides."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.applicants import (
    Applicant,
    ApplicantType,
    CertificateType,
    FieldProblem,
    Person,
    check_applicant,
    check_certificate,
)

TODAY = date(2026, 11, 20)
VALID_ID = "11010519491231002X"
BAD_CHECK_DIGIT = "110105194912310021"
CREDIT_CODE = "91350100M000100Y43"


def person(**kw: object) -> Applicant:
    base: dict[str, object] = {
        "type": ApplicantType.NATURAL_PERSON,
        "name": "张三",
        "cert_type": CertificateType.RESIDENT_ID,
        "cert_number": VALID_ID,
        "phone": "13812343210",
        "address": "北京市朝阳区某某路1号",
    }
    base.update(kw)
    return Applicant(**base)  # type: ignore[arg-type]


def company(**kw: object) -> Applicant:
    base: dict[str, object] = {
        "type": ApplicantType.ENTERPRISE,
        "name": "福州某某餐饮有限公司",
        "cert_type": CertificateType.CREDIT_CODE,
        "cert_number": CREDIT_CODE,
        "agent": Person("李四", CertificateType.RESIDENT_ID, VALID_ID, "0591-87654321"),
    }
    base.update(kw)
    return Applicant(**base)  # type: ignore[arg-type]


def fields(problems: list[FieldProblem]) -> list[str]:
    return [p.field for p in problems]


# --- natural persons -------------------------------------------------------------------------


def test_natural_person_with_a_valid_id_passes() -> None:
    assert check_applicant(person(), TODAY) == []


def test_lowercase_x_and_surrounding_spaces_are_accepted() -> None:
    assert check_applicant(person(cert_number=" 11010519491231002x "), TODAY) == []


def test_wrong_check_digit() -> None:
    problems = check_applicant(person(cert_number=BAD_CHECK_DIGIT), TODAY)
    assert fields(problems) == ["applicant.cert_number"]
    assert "校验位不符" in problems[0].message
    assert "X" not in problems[0].message  # never hints at the expected check character


def test_missing_name_and_number() -> None:
    problems = check_applicant(person(name=" ", cert_number=""), TODAY)
    assert [(p.field, p.message) for p in problems] == [
        ("applicant.name", "请填写申请人姓名"),
        ("applicant.cert_number", "请填写证件号码"),
    ]


def test_name_longer_than_100_characters() -> None:
    assert check_applicant(person(name="张" * 100), TODAY) == []
    problems = check_applicant(person(name="张" * 101), TODAY)
    assert [(p.field, p.message) for p in problems] == [("applicant.name", "申请人姓名过长（最多100个字）")]


def test_natural_person_may_not_use_a_credit_code() -> None:
    problems = check_applicant(person(cert_type=CertificateType.CREDIT_CODE, cert_number=CREDIT_CODE), TODAY)
    assert fields(problems) == ["applicant.cert_type"]
    assert "自然人应使用个人证件" in problems[0].message


def test_birth_date_after_today() -> None:
    problems = check_applicant(person(), date(1949, 12, 30))
    assert fields(problems) == ["applicant.cert_number"]
    assert "晚于今天" in problems[0].message


@pytest.mark.parametrize(
    "phone",
    ["13812343210", "19912345678", "010-12345678", "0591-8765432", "075512345678", "010-12345678-123"],
)
def test_good_phones(phone: str) -> None:
    assert check_applicant(person(phone=phone), TODAY) == []


@pytest.mark.parametrize(
    "phone",
    ["12812343210", "1381234321", "138123432100", "12345", "010-123456", "1381234321a", "+8613812343210"],
)
def test_bad_phones(phone: str) -> None:
    problems = check_applicant(person(phone=phone), TODAY)
    assert [(p.field, p.message) for p in problems] == [
        ("applicant.phone", "联系电话格式不正确（手机11位，或区号-座机号）")
    ]


def test_phone_is_optional() -> None:
    assert check_applicant(person(phone=""), TODAY) == []


def test_passport_length() -> None:
    assert check_applicant(person(cert_type=CertificateType.PASSPORT, cert_number="E12345678"), TODAY) == []
    problems = check_applicant(person(cert_type=CertificateType.PASSPORT, cert_number="E12"), TODAY)
    assert fields(problems) == ["applicant.cert_number"]
    assert problems[0].message == "普通护照号码长度不正确（应为5–30位，现为3位）"


def test_check_certificate_directly() -> None:
    assert check_certificate(CertificateType.RESIDENT_ID, VALID_ID, TODAY) is None
    assert check_certificate(CertificateType.CREDIT_CODE, CREDIT_CODE, TODAY) is None
    assert check_certificate(CertificateType.RESIDENT_ID, "  ", TODAY) == "请填写证件号码"
    assert "18位" in (check_certificate(CertificateType.RESIDENT_ID, "1101051949", TODAY) or "")
    assert "校验位不符" in (check_certificate(CertificateType.CREDIT_CODE, "91350100M000100Y44", TODAY) or "")
    assert (
        check_certificate(CertificateType.OTHER, "A" * 31, TODAY)
        == "其他证件号码长度不正确（应为5–30位，现为31位）"
    )


# --- agents ------------------------------------------------------------------------------------


def test_natural_person_with_a_valid_agent() -> None:
    agent = Person("李四", CertificateType.RESIDENT_ID, VALID_ID, "13900001111")
    assert check_applicant(person(agent=agent), TODAY) == []


def test_an_empty_agent_block_is_ignored_for_a_person() -> None:
    assert check_applicant(person(agent=Person()), TODAY) == []
    assert check_applicant(person(agent=Person(name=" ", cert_number="", phone=" ")), TODAY) == []


def test_agent_with_a_bad_id() -> None:
    agent = Person("李四", CertificateType.RESIDENT_ID, BAD_CHECK_DIGIT)
    problems = check_applicant(person(agent=agent), TODAY)
    assert fields(problems) == ["agent.cert_number"]
    assert problems[0].message.startswith("代理人")
    assert "校验位不符" in problems[0].message


def test_agent_without_name_and_with_a_bad_phone() -> None:
    agent = Person("", CertificateType.RESIDENT_ID, VALID_ID, "12345")
    problems = check_applicant(person(agent=agent), TODAY)
    assert [(p.field, p.message) for p in problems] == [
        ("agent.name", "请填写代理人姓名"),
        ("agent.phone", "代理人联系电话格式不正确"),
    ]


def test_agent_without_a_number() -> None:
    problems = check_applicant(person(agent=Person("李四")), TODAY)
    assert [(p.field, p.message) for p in problems] == [("agent.cert_number", "代理人请填写证件号码")]


# --- organisations -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [t for t in ApplicantType if t is not ApplicantType.NATURAL_PERSON])
def test_organisation_with_credit_code_and_agent_passes(kind: ApplicantType) -> None:
    assert check_applicant(company(type=kind), TODAY) == []


def test_organisation_needs_a_credit_code() -> None:
    problems = check_applicant(company(cert_type=CertificateType.RESIDENT_ID, cert_number=VALID_ID), TODAY)
    assert [(p.field, p.message) for p in problems] == [
        ("applicant.cert_type", "单位申请人应填写统一社会信用代码")
    ]


def test_organisation_with_a_wrong_credit_code() -> None:
    problems = check_applicant(company(cert_number="91350100M000100Y44"), TODAY)
    assert fields(problems) == ["applicant.cert_number"]
    assert "统一社会信用代码校验位不符" in problems[0].message


@pytest.mark.parametrize("agent", [None, Person()])
def test_organisation_needs_an_agent(agent: Person | None) -> None:
    problems = check_applicant(company(agent=agent), TODAY)
    assert [(p.field, p.message) for p in problems] == [("agent.name", "单位申请须填写经办人")]


def test_organisation_without_a_name() -> None:
    problems = check_applicant(company(name=""), TODAY)
    assert [(p.field, p.message) for p in problems] == [("applicant.name", "请填写申请单位名称")]


def test_every_problem_in_screen_order() -> None:
    bad = Applicant(
        type=ApplicantType.ENTERPRISE,
        name="",
        cert_type=CertificateType.CREDIT_CODE,
        cert_number="123",
        phone="abc",
        agent=Person("", CertificateType.RESIDENT_ID, BAD_CHECK_DIGIT, "999"),
    )
    assert fields(check_applicant(bad, TODAY)) == [
        "applicant.name",
        "applicant.cert_number",
        "applicant.phone",
        "agent.name",
        "agent.cert_number",
        "agent.phone",
    ]


def test_labels() -> None:
    assert [t.label for t in ApplicantType] == [
        "自然人",
        "企业法人",
        "事业法人",
        "社会组织法人",
        "非法人企业",
        "行政机关",
        "其他组织",
    ]
    assert [int(t) for t in ApplicantType] == [1, 2, 3, 4, 5, 6, 9]
    assert CertificateType.RESIDENT_ID.value == "111" and CertificateType.RESIDENT_ID.label == "居民身份证"
    assert ApplicantType.NATURAL_PERSON.is_person and not ApplicantType.GOVERNMENT.is_person


# -- the cards an ID card reader reads besides the resident card (issue 3) --------------------
def _with_check(first17: str) -> str:
    from app.domain.id_numbers import compute_check_digit

    return first17 + compute_check_digit(first17)


def test_hmt_residence_permit_needs_a_permit_region():
    from app.domain.applicants import CertificateType, check_certificate

    hk = _with_check("81000019900101001")
    assert check_certificate(CertificateType.HMT_RESIDENCE_PERMIT, hk, date(2026, 11, 22)) is None
    mainland = _with_check("11010519491231002")
    problem = check_certificate(CertificateType.HMT_RESIDENCE_PERMIT, mainland, date(2026, 11, 22))
    assert problem is not None and "810000" in problem


def test_foreign_permanent_resident_numbers_old_and_new():
    from app.domain.applicants import CertificateType, check_certificate

    today = date(2026, 11, 22)
    fpr = CertificateType.FOREIGN_PERMANENT_RESIDENT
    assert check_certificate(fpr, "USA110090010110", today) is None
    new = _with_check("93384019800101001")
    assert check_certificate(fpr, new, today) is None
    wrong_digit = new[:17] + ("0" if new[17] != "0" else "1")
    assert "校验位" in check_certificate(fpr, wrong_digit, today)
    assert "以9开头" in check_certificate(fpr, _with_check("13384019800101001"), today)
    assert "15位" in check_certificate(fpr, "USA1100900", today)
    assert "3位字母" in check_certificate(fpr, "US1110090010110", today)
