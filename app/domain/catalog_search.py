"""Finding a matter or bundle the way clerks type: a name fragment, a code, or pinyin.

All the pinyin work happens once, in :class:`CatalogIndex`; a query is then a few dict
look-ups and ``str.find`` calls over prebuilt "blobs" (every key of one kind joined by newlines).
``str.find`` runs in C, so a query over 10,000 matters costs microseconds, not a Python loop.

Every blob lists the entries in rank order — shorter name first, then catalog order — so the
first ``limit`` distinct entries a scan meets are already the best of that scan and it can stop.

Ranking: exact match, then prefix, then anywhere inside; within a level the name and code beat
pinyin, pinyin beats the clerks' aliases (keywords); ties go to the shorter name, then to the
catalog order.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from app.domain.matters import Catalog

# pypinyin is imported where it is used: its dictionaries take a third of a second to load, and a
# workbench whose keys come from its cache (app/services/catalog/pinyin_cache.py) never needs them

Kind = Literal["matter", "bundle"]
PinyinKeys = tuple[list[str], list[str]]  # (initials variants, syllables) of a normalized name
MatchedOn = Literal["code", "name", "pinyin", "keyword"]

_EXACT, _PREFIX, _INSIDE = 100, 80, 60
_FIELD_PENALTY = {"code": 0, "name": 0, "pinyin": 5, "keyword": 10}
_MAX_VARIANTS = 16  # initials strings per name, to cover polyphones (行 x/h, 长 c/z) cheaply

_CJK_RUN = re.compile(r"([\u3400-\u9fff]+)")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_ALNUM = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


@dataclass(frozen=True)
class SearchHit:
    kind: Kind
    code: str
    name: str
    category: str
    score: int  # 100 exact, 80 prefix, 60 inside, less a little for pinyin / keyword matches
    matched_on: MatchedOn


def normalize(text: str) -> str:
    """Lower case, half-width, without spaces or punctuation: what both keys and queries become."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


@lru_cache(maxsize=8192)
def _char_initials(char: str) -> tuple[str, ...]:
    """Initials of every reading of one character (the dictionary lists rare ones too)."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    return tuple(dict.fromkeys(r[0] for r in readings if r and r[0].isalpha()))


def pinyin_keys(name: str) -> PinyinKeys:
    """(initials variants, syllables of the usual reading) of a normalized name.

    The first variant is pypinyin's phrase-aware reading (银行 yh, 行政 xz); the others swap in
    other readings of polyphonic characters, as long as the combinations stay few.
    """
    from pypinyin import Style, lazy_pinyin

    syllables: list[str] = []
    choices: list[tuple[str, ...]] = []
    for run in _CJK_RUN.split(name):
        if not run:
            continue
        if _HAS_CJK.match(run):
            for char, syl in zip(run, lazy_pinyin(run, style=Style.NORMAL), strict=True):
                syllables.append(syl)
                others = tuple(i for i in _char_initials(char) if i != syl[0])
                choices.append((syl[0], *others))
        else:  # digits and Latin letters stay as they are (e.g. "CA" in a name)
            syllables.append(run)
            choices.append((run,))
    heads = [c[0] for c in choices]
    variants = ["".join(heads)]
    count = 1
    for c in choices:
        count *= len(c)
    if count <= _MAX_VARIANTS:
        variants.extend("".join(p) for p in itertools.islice(itertools.product(*choices), 1, None))
    else:  # too many combinations: allow one "other" reading at a time
        for i, c in enumerate(choices):
            variants.extend("".join([*heads[:i], alt, *heads[i + 1 :]]) for alt in c[1:])
    return list(dict.fromkeys(variants))[:_MAX_VARIANTS], syllables


class _Blob:
    """Keys of one kind, entries in rank order, each entry's keys on consecutive lines."""

    def __init__(self, keys_by_rank: list[tuple[int, list[str]]]) -> None:
        parts: list[str] = []
        self._line_starts: list[int] = []
        self._line_rank: list[int] = []
        self._rank_end: dict[int, int] = {}
        self.exact: dict[str, list[int]] = {}
        pos = 0
        for rank, keys in keys_by_rank:
            for key in dict.fromkeys(k for k in keys if k):
                parts.append("\n" + key)
                self._line_starts.append(pos)
                self._line_rank.append(rank)
                self.exact.setdefault(key, []).append(rank)
                pos += len(key) + 1
            self._rank_end[rank] = pos
        self.text = "".join(parts)

    def scan(self, needle: str, limit: int) -> list[int]:
        """Ranks of the first ``limit`` distinct entries whose lines contain ``needle``.

        A needle starting with a newline matches at the start of a line only: a prefix search.
        """
        found: list[int] = []
        find, line_starts, line_rank, rank_end = (
            self.text.find,
            self._line_starts,
            self._line_rank,
            self._rank_end,
        )
        at = find(needle)
        while at >= 0 and len(found) < limit:
            rank = line_rank[bisect_right(line_starts, at) - 1]
            found.append(rank)
            at = find(needle, rank_end[rank])  # one hit per entry: skip the rest of its lines
        return found


class _PrefixBlob:
    """Keys searched by exact match and prefix only, split by their first character.

    A prefix search then reads only the keys that start with the query's first character —
    a twentieth of the text or less — instead of every key; that keeps the big pinyin and code
    lists cheap even for a query that finds nothing.
    """

    def __init__(self, keys_by_rank: list[list[str]]) -> None:
        groups: dict[str, list[tuple[int, list[str]]]] = {}
        self.exact: dict[str, list[int]] = {}
        for rank, keys in enumerate(keys_by_rank):
            for key in dict.fromkeys(k for k in keys if k):
                self.exact.setdefault(key, []).append(rank)
                group = groups.setdefault(key[0], [])
                if group and group[-1][0] == rank:
                    group[-1][1].append(key)
                else:
                    group.append((rank, [key]))
        self._groups = {first: _Blob(pairs) for first, pairs in groups.items()}

    def scan_prefix(self, q: str, limit: int) -> list[int]:
        blob = self._groups.get(q[0])
        return blob.scan("\n" + q, limit) if blob else []


@dataclass(frozen=True)
class _Entry:
    kind: Kind
    code: str
    name: str
    category: str


class CatalogIndex:
    """Search keys of every matter and bundle of a catalog, computed once."""

    def __init__(self, catalog: Catalog, keys_of: Callable[[str], PinyinKeys] = pinyin_keys) -> None:
        """``keys_of``: ``pinyin_keys``, or a cache of its answers (the same for the same name)."""
        items: list[tuple[_Entry, list[str], list[str]]] = []
        for m in catalog.matters:
            codes = [m.implementation_code, m.catalog_code, m.handling_item_code]
            items.append((_Entry("matter", m.code, m.name, m.category), codes, list(m.keywords)))
        for b in catalog.bundles:
            items.append((_Entry("bundle", b.code, b.name, b.category), [b.code], list(b.keywords)))
        # rank order: shorter names first, then catalog order (sorted() is stable)
        order = sorted(range(len(items)), key=lambda i: len(items[i][0].name))
        self._entries = [items[i][0] for i in order]
        names, initials, readings, tails, codes, keywords = [], [], [], [], [], []
        for i in order:
            entry, entry_codes, entry_keywords = items[i]
            name = normalize(entry.name)
            variants, syllables = keys_of(name)
            names.append([name])
            initials.append(variants)
            # the full reading ("jiehundengji"), and its tails from each later syllable ("dengji")
            readings.append(["".join(syllables)])
            tails.append(["".join(syllables[k:]) for k in range(1, len(syllables))])
            codes.append([normalize(c) for c in entry_codes])
            keywords.append([normalize(k) for k in entry_keywords])
        self._names = _Blob(list(enumerate(names)))
        self._keywords = _Blob(list(enumerate(keywords)))
        self._initials = _Blob(list(enumerate(initials)))  # initials match anywhere: one text
        self._initials_start = _PrefixBlob(initials)
        self._readings = _PrefixBlob(readings)
        self._tails = _PrefixBlob(tails)
        self._codes = _PrefixBlob(codes)

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        q = normalize(query)
        if not q or limit <= 0:
            return []
        best: dict[int, tuple[int, MatchedOn]] = {}

        def add(ranks: list[int], score: int, field: MatchedOn) -> None:
            score -= _FIELD_PENALTY[field]
            for r in ranks:
                if r not in best or best[r][0] < score:
                    best[r] = (score, field)

        def exact(blob: _Blob | _PrefixBlob, field: MatchedOn) -> None:
            add(blob.exact.get(q, [])[:limit], _EXACT, field)

        cjk = bool(_HAS_CJK.search(q))
        exact(self._names, "name")
        exact(self._keywords, "keyword")
        add(self._names.scan("\n" + q, limit), _PREFIX, "name")
        add(self._names.scan(q, limit), _INSIDE, "name")
        add(self._keywords.scan("\n" + q, limit), _PREFIX, "keyword")
        add(self._keywords.scan(q, limit), _INSIDE, "keyword")
        if not cjk:
            exact(self._codes, "code")
            add(self._codes.scan_prefix(q, limit), _PREFIX, "code")
            exact(self._initials, "pinyin")
            add(self._initials_start.scan_prefix(q, limit), _PREFIX, "pinyin")
            add(self._initials.scan(q, limit), _INSIDE, "pinyin")
            self._search_full_pinyin(q, limit, add)
        elif not best:  # a Chinese query that found nothing: try its sound (结昏登记 → 结婚登记)
            from pypinyin import Style, lazy_pinyin

            sound = "".join(lazy_pinyin(q, style=Style.NORMAL))
            self._search_full_pinyin(sound, limit, add)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
        return [
            SearchHit(e.kind, e.code, e.name, e.category, score, field)
            for e, (score, field) in ((self._entries[r], v) for r, v in ranked)
        ]

    def _search_full_pinyin(self, q: str, limit: int, add: Callable[..., None]) -> None:
        # full pinyin must start at a syllable ("dengji", not "engji"): prefix scans only
        add(self._readings.exact.get(q, [])[:limit], _EXACT, "pinyin")
        add(self._readings.scan_prefix(q, limit), _PREFIX, "pinyin")
        add(self._tails.scan_prefix(q, limit), _INSIDE, "pinyin")
