"""The catalog JSON format: round trip, shared materials, and one clear message per mistake."""

from __future__ import annotations

import copy

import pytest

from app.domain.catalog_format import CatalogFormatError, dump_catalog, parse_catalog
from app.domain.matters import CaseKind, LimitUnit, Necessity


def _matter(code: str, name: str, **extra) -> dict:
    return {
        "catalog_code": "000701234000",
        "implementation_code": code,
        "name": name,
        "matter_type": "行政确认",
        "category": "婚姻登记",
        "department": {"code": "113304290025001058", "name": "安和县民政局"},
        "case_kind": 1,
        "statutory_limit": {"amount": 0, "unit": "working_days"},
        "promised_limit": {"amount": 0},
        "materials": [{"code": "id_card"}, {"code": "photo", "name": "二寸合影照片", "type": 3, "copies": 3}],
        **extra,
    }


@pytest.fixture
def data() -> dict:
    return {
        "format_version": 1,
        "version": "2024.1",
        "matter_types": [{"code": "07", "name": "行政确认"}, "公共服务"],
        "materials": {
            "id_card": {"name": "申请人居民身份证", "type": 1, "form": 3, "e_licence_allowed": True}
        },
        "matters": [
            _matter("M1", "内地居民结婚登记", keywords=["领证"], steps=["申请", "登记"]),
            _matter(
                "M2",
                "补领婚姻登记证",
                case_kind=2,
                promised_limit={"amount": 5, "unit": "calendar_days"},
                materials=[
                    {"code": "id_card", "note": "本人原件"},
                    {"code": "statement", "name": "声明书", "type": 2, "necessity": 3, "defer_days": 5},
                ],
            ),
        ],
        "bundles": [{"code": "B1", "name": "婚姻一件事", "matters": ["M1", "M2"], "keywords": ["婚姻"]}],
    }


def test_parse_reads_every_element(data):
    catalog = parse_catalog(data)
    first, second = catalog.matters
    assert catalog.matter_types == ("行政确认", "公共服务")
    assert first.keywords == ("领证",) and first.steps == ("申请", "登记")
    assert first.fee == "不收费" and first.visits == 1
    assert second.case_kind is CaseKind.PROMISED
    assert second.promised_limit.unit is LimitUnit.CALENDAR_DAYS
    assert second.material("statement").necessity is Necessity.DEFERRABLE
    assert catalog.bundle("B1").matters == (first, second)


def test_shared_material_gives_defaults_and_the_matter_overrides(data):
    catalog = parse_catalog(data)
    first, second = catalog.matters
    assert first.material("id_card").name == "申请人居民身份证"
    assert first.material("id_card").e_licence_allowed is True
    assert second.material("id_card").note == "本人原件"
    merged = catalog.bundle("B1").materials
    assert [m.material.code for m in merged].count("id_card") == 1


def test_round_trip(data):
    catalog = parse_catalog(data)
    dumped = dump_catalog(catalog)
    assert parse_catalog(dumped) == catalog
    assert dump_catalog(parse_catalog(copy.deepcopy(dumped))) == dumped
    assert "materials" not in dumped  # every material is written in full


def _error(data: dict) -> str:
    with pytest.raises(CatalogFormatError) as info:
        parse_catalog(data)
    return str(info.value)


def test_unknown_matter_type(data):
    data["matters"][0]["matter_type"] = "行政审批"
    msg = _error(data)
    assert "内地居民结婚登记" in msg and "事项类型" in msg and "行政审批" in msg


def test_bundle_with_unknown_matter(data):
    data["bundles"][0]["matters"].append("M9")
    msg = _error(data)
    assert "婚姻一件事" in msg and "M9" in msg and "不存在" in msg


def test_missing_field(data):
    del data["matters"][1]["promised_limit"]
    msg = _error(data)
    assert "补领婚姻登记证" in msg and "缺少字段" in msg and "承诺时限" in msg


def test_missing_material_name(data):
    data["matters"][0]["materials"].append({"code": "mystery"})
    msg = _error(data)
    assert "内地居民结婚登记" in msg and "mystery" in msg and "名称" in msg


def test_wrong_type_of_value(data):
    data["matters"][0]["visits"] = "一次"
    msg = _error(data)
    assert "内地居民结婚登记" in msg and "到办事现场次数" in msg and "整数" in msg


def test_bad_enum_value(data):
    data["matters"][0]["materials"][1]["necessity"] = 7
    msg = _error(data)
    assert "photo" in msg and "必要性" in msg and "可选" in msg


def test_deferrable_material_needs_days(data):
    del data["matters"][1]["materials"][1]["defer_days"]
    assert "补交期限" in _error(data)


def test_unknown_key_is_a_typo(data):
    data["matters"][0]["keyword"] = ["领证"]
    msg = _error(data)
    assert "内地居民结婚登记" in msg and "keyword" in msg


def test_model_check_is_reported_with_the_matter(data):
    data["matters"][0]["catalog_code"] = "123"
    msg = _error(data)
    assert "内地居民结婚登记" in msg and "12位" in msg


def test_duplicate_implementation_code(data):
    data["matters"][1]["implementation_code"] = "M1"
    data["bundles"] = []
    assert "重复" in _error(data)


def test_missing_matter_types():
    assert "事项类型" in _error({"matters": []})


def test_not_a_dict():
    assert "JSON对象" in _error([])  # type: ignore[arg-type]
