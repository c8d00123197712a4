"""The sample catalog shipped in resources/ loads, is plausible, and its bundles merge materials."""

from __future__ import annotations

import json

import pytest

from app.domain.catalog_format import CatalogFormatError, dump_catalog, parse_catalog
from app.domain.catalog_search import CatalogIndex
from app.domain.matters import Necessity
from app.resources import resource_path
from app.services.catalog.loading import CatalogFileError, load_catalog


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_sample_loads_with_enough_matters_and_departments(catalog):
    assert len(catalog.matters) >= 30
    assert len({m.department.code for m in catalog.matters}) >= 8
    assert len({m.category for m in catalog.matters}) >= 8
    types_file = json.loads(resource_path("catalog", "matter_types.json").read_text(encoding="utf-8"))
    assert set(catalog.matter_types) == {t["name"] for t in types_file["matter_types"]}


def test_sample_codes_follow_the_standard_lengths(catalog):
    for m in catalog.matters:
        assert len(m.catalog_code) == 12 and len(m.implementation_code) <= 36
        assert m.conditions or m.steps, m.name
        assert m.materials, m.name


def test_sample_has_deferrable_commitment_and_e_licence_materials(catalog):
    materials = [mat for m in catalog.matters for mat in m.materials]
    deferrable = [mat for mat in materials if mat.necessity is Necessity.DEFERRABLE]
    assert deferrable and all(mat.defer_days > 0 for mat in deferrable)
    assert any(mat.commitment_allowed for mat in materials)
    assert any(mat.e_licence_allowed for mat in materials)


def test_bundles_ask_for_shared_materials_once(catalog):
    assert len(catalog.bundles) >= 3
    for bundle in catalog.bundles:
        assert len(bundle.matters) >= 2
        codes = [bm.material.code for bm in bundle.materials]
        assert len(codes) == len(set(codes)), bundle.name
    newborn = next(b for b in catalog.bundles if b.name == "新生儿出生一件事")
    id_cards = [bm for bm in newborn.materials if bm.material.code == "id_card"]
    assert len(id_cards) == 1 and len(id_cards[0].matter_codes) >= 3
    total = sum(len(m.materials) for m in newborn.matters)
    assert len(newborn.materials) < total


def test_sample_round_trips(catalog):
    assert parse_catalog(dump_catalog(catalog)) == catalog


def test_sample_is_searchable(catalog):
    index = CatalogIndex(catalog)
    assert index.search("jhdj")[0].name == "内地居民结婚登记"
    assert index.search("领证")[0].name == "内地居民结婚登记"
    assert index.search("新生儿")[0].kind == "bundle"
    birth = next(m for m in catalog.matters if m.name == "出生登记")
    assert index.search(birth.implementation_code)[0].code == birth.code


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogFileError, match="找不到事项清单文件"):
        load_catalog(tmp_path / "nope.json")


def test_invalid_json_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"matters": [', encoding="utf-8")
    with pytest.raises(CatalogFileError, match=r"不是有效的JSON.*第1行"):
        load_catalog(path)


def test_missing_matter_types_file_is_a_clear_error(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"matter_types_file": "types.json", "matters": []}', encoding="utf-8")
    with pytest.raises(CatalogFileError, match="找不到事项类型清单文件"):
        load_catalog(path)


def test_bad_content_is_a_format_error(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"matter_types": ["公共服务"], "matters": [{"name": "测试事项"}]}', encoding="utf-8")
    with pytest.raises(CatalogFormatError, match="测试事项"):
        load_catalog(path)
