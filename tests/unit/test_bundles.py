"""Bundles (一件事): one set of materials for several matters, merged strictly."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.case_factory import open_case
from app.domain.materials_check import MaterialState
from app.domain.matters import (
    Bundle,
    BundleMaterial,
    CaseKind,
    Department,
    LimitUnit,
    Material,
    Matter,
    Necessity,
    TimeLimit,
)

MARKET = Department("D1", "市场监督管理局")
HEALTH = Department("D2", "卫生健康委员会")
FIRE = Department("D3", "消防救援支队")

ID_CARD = Material("ID", "身份证", e_licence_allowed=True, commitment_allowed=True)
FIVE_DAYS = TimeLimit(5)
FORM = Material("FORM", "申请表", necessity=Necessity.REQUIRED)


def matter(
    code: str,
    name: str,
    *materials: Material,
    dept: Department = MARKET,
    kind: CaseKind = CaseKind.PROMISED,
    limit: TimeLimit = FIVE_DAYS,
    result: str = "",
) -> Matter:
    return Matter(
        catalog_code="000104002000",
        implementation_code=code,
        name=name,
        matter_type="行政许可",
        department=dept,
        case_kind=kind,
        statutory_limit=TimeLimit(20),
        promised_limit=limit,
        materials=materials,
        result_name=result,
    )


def bundle(*matters: Matter) -> Bundle:
    return Bundle("YJS", "开餐馆一件事", matters)


def merged(b: Bundle) -> dict[str, BundleMaterial]:
    return {bm.material.code: bm for bm in b.materials}


def test_a_bundle_needs_two_matters() -> None:
    with pytest.raises(ValueError, match="至少应包含两个事项"):
        Bundle("YJS", "一件事", (matter("A", "甲", FORM),))


def test_shared_material_appears_once_serving_every_matter() -> None:
    a = matter("A", "甲", ID_CARD, FORM)
    b = matter("B", "乙", ID_CARD, Material("LIC", "卫生许可证"))
    c = matter("C", "丙", Material("PLAN", "平面图"), ID_CARD)
    mats = bundle(a, b, c).materials
    assert [bm.material.code for bm in mats] == ["ID", "FORM", "LIC", "PLAN"]
    by_code = merged(bundle(a, b, c))
    assert by_code["ID"].matter_codes == ("A", "B", "C")
    assert by_code["FORM"].matter_codes == ("A",)
    assert by_code["PLAN"].matter_codes == ("C",)


@pytest.mark.parametrize(
    ("first", "second", "wins"),
    [
        (Necessity.OPTIONAL, Necessity.REQUIRED, Necessity.REQUIRED),
        (Necessity.REQUIRED, Necessity.OPTIONAL, Necessity.REQUIRED),
        (Necessity.DEFERRABLE, Necessity.REQUIRED, Necessity.REQUIRED),
        (Necessity.OPTIONAL, Necessity.DEFERRABLE, Necessity.DEFERRABLE),
        (Necessity.DEFERRABLE, Necessity.OPTIONAL, Necessity.DEFERRABLE),
        (Necessity.OPTIONAL, Necessity.OPTIONAL, Necessity.OPTIONAL),
    ],
)
def test_strictest_necessity_wins(first: Necessity, second: Necessity, wins: Necessity) -> None:
    a = matter("A", "甲", replace(FORM, necessity=first))
    b = matter("B", "乙", replace(FORM, necessity=second))
    assert merged(bundle(a, b))["FORM"].material.necessity is wins


def test_substitutes_only_when_every_matter_accepts_them_and_copies_take_the_most() -> None:
    a = matter("A", "甲", replace(ID_CARD, copies=1))
    b = matter("B", "乙", replace(ID_CARD, copies=3, commitment_allowed=False))
    c = matter("C", "丙", replace(ID_CARD, copies=2))
    m = merged(bundle(a, b, c))["ID"].material
    assert m.commitment_allowed is False
    assert m.e_licence_allowed is True
    assert m.copies == 3
    both = merged(bundle(a, c))["ID"].material
    assert both.commitment_allowed is True and both.e_licence_allowed is True


def test_the_strictest_entry_gives_name_and_note() -> None:
    loose = replace(FORM, name="申请表（简）", necessity=Necessity.OPTIONAL, note="可不提供")
    strict = replace(FORM, name="申请表（详）", note="加盖公章")
    m = merged(bundle(matter("A", "甲", loose), matter("B", "乙", strict)))["FORM"].material
    assert (m.name, m.note, m.necessity) == ("申请表（详）", "加盖公章", Necessity.REQUIRED)


def test_shortest_deferral_period_wins() -> None:
    a = matter("A", "甲", Material("FIRE", "消防承诺书", necessity=Necessity.DEFERRABLE, defer_days=10))
    b = matter("B", "乙", Material("FIRE", "消防承诺书", necessity=Necessity.DEFERRABLE, defer_days=5))
    assert merged(bundle(a, b))["FIRE"].material.defer_days == 5


def test_case_kind_of_a_bundle() -> None:
    imm = matter("A", "甲", FORM, kind=CaseKind.IMMEDIATE, limit=TimeLimit(0))
    imm2 = matter("B", "乙", FORM, kind=CaseKind.IMMEDIATE, limit=TimeLimit(0))
    prom = matter("C", "丙", FORM)
    assert bundle(imm, imm2).case_kind is CaseKind.IMMEDIATE
    assert bundle(imm, prom).case_kind is CaseKind.PROMISED
    assert bundle(prom, imm).case_kind is CaseKind.PROMISED


def _open(b: Bundle):
    return open_case(b, "c1", "N1", datetime(2026, 11, 20, 9), "李窗口", "1号窗口")


def test_open_case_for_a_bundle() -> None:
    a = matter("A", "食品经营许可", ID_CARD, FORM, dept=MARKET, limit=TimeLimit(10), result="食品经营许可证")
    b = matter("B", "公共场所卫生许可", ID_CARD, dept=HEALTH, limit=TimeLimit(20), result="卫生许可证")
    c = matter("C", "消防检查", FORM, dept=MARKET, limit=TimeLimit(7))
    case = _open(bundle(a, b, c))
    assert case.matter_codes == ("A", "B", "C")
    assert case.matter_names == ("食品经营许可", "公共场所卫生许可", "消防检查")
    assert case.department == "市场监督管理局、卫生健康委员会"
    assert case.promised_limit == TimeLimit(20)
    assert case.kind is CaseKind.PROMISED
    assert case.result_name == "食品经营许可证、卫生许可证"
    assert [c.code for c in case.materials] == ["ID", "FORM"]
    assert all(c.state is MaterialState.PENDING for c in case.materials)
    assert (case.bundle_code, case.bundle_name) == ("YJS", "开餐馆一件事")
    assert case.events[-1].summary == "收件：开餐馆一件事"


def test_bundle_case_materials_follow_the_merged_terms() -> None:
    a = matter("A", "甲", replace(FORM, necessity=Necessity.OPTIONAL))
    b = matter("B", "乙", FORM)
    case = _open(bundle(a, b))
    assert case.material("FORM").material.necessity is Necessity.REQUIRED


def test_longest_limit_among_working_days() -> None:
    a = matter("A", "甲", FORM, limit=TimeLimit(15))
    b = matter("B", "乙", FORM, limit=TimeLimit(3))
    assert _open(bundle(a, b)).promised_limit == TimeLimit(15)


def test_months_outlast_working_days_of_the_same_size() -> None:
    a = matter("A", "甲", FORM, limit=TimeLimit(20))
    b = matter("B", "乙", FORM, limit=TimeLimit(1, LimitUnit.MONTHS))
    assert _open(bundle(a, b)).promised_limit == TimeLimit(1, LimitUnit.MONTHS)


def test_twenty_working_days_outlast_fifteen_calendar_days() -> None:
    a = matter("A", "甲", FORM, limit=TimeLimit(20))
    b = matter("B", "乙", FORM, limit=TimeLimit(15, LimitUnit.CALENDAR_DAYS))
    assert _open(bundle(a, b)).promised_limit == TimeLimit(20)
