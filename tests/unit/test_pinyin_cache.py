"""The catalog names' pinyin keys kept between starts: the same index, without pypinyin's wait."""

from __future__ import annotations

import json

from app.domain.catalog_search import pinyin_keys
from app.services.catalog.lookup import CatalogService
from app.services.catalog.pinyin_cache import PinyinKeyCache
from tests.unit.test_catalog_search import catalog  # noqa: F401  (the module's catalog fixture)

QUERIES = ("jhdj", "yhkh", "jiehundengji", "dengji", "结婚", "结昏登记", "0007")


def hits(service: CatalogService) -> dict[str, list[tuple[str, int]]]:
    return {q: [(h.name, h.score) for h in service.search(q)] for q in QUERIES}


def test_a_start_with_the_cache_finds_exactly_what_a_start_without_it_finds(tmp_path, catalog):  # noqa: F811
    path = tmp_path / "keys.json"
    plain = hits(CatalogService(catalog))
    assert hits(CatalogService(catalog, path)) == plain  # made the file
    assert path.exists()
    assert hits(CatalogService(catalog, path)) == plain  # read it


def test_known_names_are_not_worked_out_again_and_gone_ones_are_dropped(tmp_path, monkeypatch):
    path = tmp_path / "keys.json"
    cache = PinyinKeyCache(path)
    assert cache("结婚登记") == pinyin_keys("结婚登记")
    cache("银行开户证明")
    cache.save()
    calls = []
    monkeypatch.setattr(
        "app.services.catalog.pinyin_cache.pinyin_keys", lambda name: calls.append(name) or ([], [])
    )
    again = PinyinKeyCache(path)
    assert again("结婚登记") == pinyin_keys("结婚登记") and calls == []
    again.save()  # the bank's matter was not asked for this time: left out of the file
    assert list(json.loads(path.read_text(encoding="utf-8"))["keys"]) == ["结婚登记"]


def test_a_damaged_file_or_one_of_another_pypinyin_is_made_again(tmp_path):
    path = tmp_path / "keys.json"
    path.write_text("{not json", encoding="utf-8")
    assert PinyinKeyCache(path)("结婚登记") == pinyin_keys("结婚登记")
    path.write_text(json.dumps({"stamp": "0/pypinyin 0.0", "keys": {"结婚登记": [["x"], ["y"]]}}), "utf-8")
    assert PinyinKeyCache(path)("结婚登记") == pinyin_keys("结婚登记")
