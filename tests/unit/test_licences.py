"""电子证照 rules: which licence a material stands for, whose, and whether it may replace the paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from case_fixtures import (
    CAL,
    CREDIT_CODE,
    FIVE_DAYS,
    OTHER_ID,
    VALID_ID,
    at,
    licence_for,
    new_case,
    person,
    promised_matter,
    ready_case,
)

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.case_status import CaseRuleError
from app.domain.licences import (
    Holder,
    Licence,
    LicenceStatus,
    holder_id_problem,
    holder_of,
    licence_from_json,
    licence_kind_of,
    licence_problem,
    licence_to_json,
    printed_number,
    taken_line,
    usable_licence,
)
from app.domain.materials_check import MaterialRuleError, MaterialState
from app.domain.matters import Material

TODAY = date(2026, 12, 7)
HOLDER = Holder("张三", VALID_ID)
ID_CARD = Licence(
    "居民身份证", VALID_ID, "张三", VALID_ID, "安和县公安局", date(2016, 5, 4), date(2036, 5, 4)
)
MARRIAGE = Licence("结婚证", "J330429-2019-000812", "张三", VALID_ID, "安和县民政局", date(2019, 10, 1), None)
COMPANY = Applicant(
    type=ApplicantType.ENTERPRISE,
    name="安和县青石茶业有限公司",
    cert_type=CertificateType.CREDIT_CODE,
    cert_number=CREDIT_CODE,
    agent=Person(name="李四", cert_type=CertificateType.RESIDENT_ID, cert_number=VALID_ID),
)


@pytest.mark.parametrize(
    ("name", "catalog", "kind"),
    [
        ("申请人居民身份证", "", "居民身份证"),
        ("法定代表人身份证", "", "居民身份证"),
        ("父母双方居民身份证", "", "居民身份证"),
        ("居民户口簿", "", "居民户口簿"),
        ("户口簿（户主页及本人页）", "", "居民户口簿"),
        ("不动产权证书", "", "不动产权证书"),
        ("中华人民共和国残疾人证", "", "中华人民共和国残疾人证"),
        ("营业执照副本", "", "营业执照"),
        ("申请人居民身份证", "社会保障卡", "社会保障卡"),  # the catalog's word wins
        ("住所证明", "", ""),
    ],
)
def test_the_kind_a_material_stands_for(name: str, catalog: str, kind: str) -> None:
    assert licence_kind_of(name, catalog) == kind


def test_whose_licence_is_asked_for() -> None:
    assert holder_of("结婚证", person()) == Holder("张三", VALID_ID)
    # an organisation's kind by its credit code; a person's kind in its application: its 经办人's
    assert holder_of("营业执照", COMPANY) == Holder("安和县青石茶业有限公司", CREDIT_CODE)
    assert holder_of("居民身份证", COMPANY) == Holder("李四", VALID_ID)
    assert "申请人不是组织机构" in holder_of("营业执照", person())
    assert (
        holder_of("居民身份证", replace(COMPANY, agent=None))
        == "请先填写经办人的证件号码，再调取“居民身份证”电子证照"
    )
    assert (
        holder_of("结婚证", replace(person(), cert_number=" "))
        == "请先填写申请人的证件号码，再调取“结婚证”电子证照"
    )
    passport = replace(person(), cert_type=CertificateType.PASSPORT, cert_number="E12345678")
    assert "申请人的证件不是居民身份证" in holder_of("结婚证", passport)


def test_a_holder_number_is_checked_before_the_library_is_asked() -> None:
    assert holder_id_problem("结婚证", VALID_ID, TODAY) is None
    assert holder_id_problem("营业执照", CREDIT_CODE, TODAY) is None
    assert holder_id_problem("结婚证", VALID_ID[:-1] + "0", TODAY) is not None
    assert holder_id_problem("营业执照", VALID_ID, TODAY) is not None
    assert holder_id_problem("结婚证", "' OR 1=1 --", TODAY) is not None


def test_only_a_licence_in_force_of_the_holder_replaces_the_paper() -> None:
    assert licence_problem(ID_CARD, HOLDER, TODAY) is None
    assert licence_problem(MARRIAGE, HOLDER, TODAY) is None  # 长期
    cancelled = replace(MARRIAGE, status=LicenceStatus.CANCELLED)
    assert (
        licence_problem(cancelled, HOLDER, TODAY)
        == "“结婚证”（编号J330429-2019-000812）已被注销，不能作为申请材料"
    )
    assert "已被吊销" in licence_problem(replace(MARRIAGE, status=LicenceStatus.REVOKED), HOLDER, TODAY)
    expired = replace(ID_CARD, valid_until=date(2026, 12, 6))
    assert "已于2026年12月06日过期" in licence_problem(expired, HOLDER, TODAY)
    assert (
        licence_problem(replace(ID_CARD, valid_until=TODAY), HOLDER, TODAY) is None
    )  # valid through the day
    assert "不是张三的" in licence_problem(replace(ID_CARD, holder_id=OTHER_ID), HOLDER, TODAY)
    assert "在今天之后" in licence_problem(replace(ID_CARD, issued_on=date(2027, 1, 1)), HOLDER, TODAY)


def test_the_licence_taken_is_the_newest_in_force_else_the_newest_says_why() -> None:
    old = replace(ID_CARD, number="A", issued_on=date(2006, 5, 4), valid_until=date(2016, 5, 4))
    assert usable_licence([old, ID_CARD], HOLDER, TODAY) == ID_CARD
    assert usable_licence([], HOLDER, TODAY) is None
    assert "已于2016年05月04日过期" in usable_licence([old], HOLDER, TODAY)


def test_a_resident_id_licence_number_is_masked_where_printed() -> None:
    assert printed_number(ID_CARD) == VALID_ID[:6] + "********" + VALID_ID[-4:]
    assert printed_number(MARRIAGE) == "J330429-2019-000812"
    assert taken_line(MARRIAGE) == "电子证照 编号J330429-2019-000812，安和县民政局签发，有效期至长期"
    assert "有效期至2036年05月04日" in taken_line(ID_CARD)


def test_a_licence_survives_its_json() -> None:
    for licence in (
        ID_CARD,
        MARRIAGE,
        replace(MARRIAGE, status=LicenceStatus.CANCELLED, pdf_sha256="ab" * 32),
    ):
        assert licence_from_json(licence_to_json(licence)) == licence


def test_a_case_takes_a_licence_only_of_its_kind_and_holder_in_force() -> None:
    case = ready_case()
    assert case.licence_to_find("M05") == ("居民身份证", HOLDER)
    with pytest.raises(MaterialRuleError, match="已被吊销"):
        case.take_licence("M05", licence_for(case, status=LicenceStatus.REVOKED), TODAY)
    with pytest.raises(MaterialRuleError, match="不是所需的“居民身份证”"):
        case.take_licence("M05", licence_for(case, kind="结婚证"), TODAY)
    assert case.material("M05").state is MaterialState.RECEIVED  # refused: as it was
    version = case.version
    taken = case.take_licence("M05", licence_for(case), TODAY)
    assert taken.state is MaterialState.E_LICENCE and taken.licence.number == "D330429-0001"
    assert case.version == version + 1
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    with pytest.raises(CaseRuleError, match="不能修改材料核验结果"):
        case.licence_to_find("M05")


def test_a_material_without_a_kind_or_not_replaceable_is_not_looked_up() -> None:
    case = new_case(promised_matter(FIVE_DAYS, Material("M09", "住所证明", e_licence_allowed=True)))
    case.update_applicant(person())
    with pytest.raises(MaterialRuleError, match="目录没有写明“住所证明”对应哪种电子证照"):
        case.licence_to_find("M09")
    case = new_case(promised_matter(FIVE_DAYS, Material("M08", "居民身份证")))
    with pytest.raises(MaterialRuleError, match="不能以电子证照替代"):
        case.licence_to_find("M08")
