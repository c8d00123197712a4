"""Matter search: names, codes and pinyin, ranked the way a clerk expects."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain.catalog_search import CatalogIndex, SearchHit
from app.domain.matters import (
    Bundle,
    CaseKind,
    Catalog,
    Department,
    Material,
    Matter,
    TimeLimit,
)

DEPT = Department("113304290025001058", "安和县民政局")


def _matter(n: int, name: str, category: str = "婚姻登记", keywords: tuple[str, ...] = ()) -> Matter:
    return Matter(
        catalog_code=f"0007{n:05d}000",
        implementation_code=f"{DEPT.code}0007{n:05d}000",
        name=name,
        matter_type="行政确认",
        department=DEPT,
        case_kind=CaseKind.IMMEDIATE,
        statutory_limit=TimeLimit(0),
        promised_limit=TimeLimit(0),
        materials=(Material("id_card", "申请人居民身份证"),),
        category=category,
        keywords=keywords,
    )


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    matters = (
        _matter(1, "补领婚姻登记证", keywords=("补结婚证",)),
        _matter(2, "内地居民结婚登记", keywords=("领证",)),
        _matter(3, "结婚登记"),
        _matter(4, "内地居民离婚登记"),
        _matter(5, "行政许可事项咨询", category="综合"),
        _matter(6, "银行开户证明", category="综合"),
        _matter(7, "居民身份证首次申领", category="户籍"),
        _matter(8, "居民身份证换领", category="户籍"),
    )
    bundle = Bundle("YJS3304290001", "婚姻一件事", (matters[1], matters[3]), keywords=("婚事",))
    return Catalog(matters=matters, bundles=(bundle,), matter_types=("行政确认",))


@pytest.fixture(scope="module")
def index(catalog) -> CatalogIndex:
    return CatalogIndex(catalog)


def names(hits: list[SearchHit]) -> list[str]:
    return [h.name for h in hits]


def test_initials_find_marriage_registration_first(index):
    hits = index.search("jhdj")
    assert hits[0].name == "结婚登记" and hits[0].matched_on == "pinyin"
    assert "内地居民结婚登记" in names(hits)  # initials inside a longer name come after


def test_initials_are_case_and_space_tolerant(index):
    assert index.search(" JH dj ")[0].name == "结婚登记"


def test_polyphones_use_the_phrase_reading(index):
    assert index.search("xzxk")[0].name == "行政许可事项咨询"  # 行政 is xing zheng
    assert index.search("yhkh")[0].name == "银行开户证明"  # 银行 is yin hang
    assert index.search("hzxk")[0].name == "行政许可事项咨询"  # another reading is accepted too


def test_full_pinyin_prefix(index):
    hits = index.search("jiehun")
    assert hits[0].name == "结婚登记"
    assert index.search("jiehundengji")[0].score > index.search("jiehun")[0].score


def test_name_fragment(index):
    hits = index.search("身份证")
    assert set(names(hits)) == {"居民身份证首次申领", "居民身份证换领"}
    assert hits[0].name == "居民身份证换领"  # the shorter name first
    assert all(h.matched_on == "name" and h.kind == "matter" for h in hits)


def test_exact_name_before_prefix_before_substring(index):
    hits = index.search("结婚登记")
    assert names(hits)[:2] == ["结婚登记", "内地居民结婚登记"]
    assert hits[0].score > hits[1].score


def test_prefix_before_substring_even_when_longer(index):
    hits = index.search("居民")
    # 居民身份证… start with the query; 内地居民… only contain it, though one is shorter
    assert names(hits)[:2] == ["居民身份证换领", "居民身份证首次申领"]
    assert "内地居民结婚登记" in names(hits)[2:]


def test_exact_code_first(index, catalog):
    target = catalog.matters[3]
    hits = index.search(target.catalog_code)
    assert hits[0].code == target.code and hits[0].matched_on == "code"
    assert index.search(target.implementation_code)[0].code == target.code


def test_code_prefix(index, catalog):
    hits = index.search("0007")
    assert len(hits) == len(catalog.matters)
    assert all(h.matched_on == "code" for h in hits)


def test_bundles_are_found(index):
    hits = index.search("一件事")
    assert hits[0].kind == "bundle" and hits[0].code == "YJS3304290001"
    assert index.search("yjs")[0].kind == "bundle"  # by code prefix
    assert index.search("婚事")[0].name == "婚姻一件事"  # by keyword


def test_keyword_alias(index):
    hit = index.search("领证")[0]
    assert hit.name == "内地居民结婚登记" and hit.matched_on == "keyword"


def test_chinese_homophone_typo_falls_back_to_sound(index):
    assert index.search("结昏登记")[0].name == "结婚登记"


def test_no_hit_and_empty_query(index):
    assert index.search("火星移民") == []
    assert index.search("qqqq") == []
    assert index.search("   ") == []


def test_limit_and_stable_order(index):
    assert len(index.search("dj", limit=2)) == 2
    assert index.search("dj") == index.search("dj")


def test_hit_is_frozen(index):
    with pytest.raises(dataclasses.FrozenInstanceError):
        index.search("jhdj")[0].score = 0  # type: ignore[misc]
