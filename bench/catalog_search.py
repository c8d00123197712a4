"""How fast is matter search over a district-sized catalog? Target: p95 ≤ 5 ms per query.

    /work/main/.venv/bin/python bench/catalog_search.py [--matters 10000] [--seed 7] [--rounds 3]

Builds a catalog with bench/gen_catalog.py, times the index build, then runs a mix of the
queries clerks type (Chinese fragments, codes, code prefixes, pinyin initials, full pinyin,
queries that find nothing) and prints p50 / p95 / max per kind and overall.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from the repository root
    sys.path.insert(0, str(ROOT))

from app.domain.catalog_format import parse_catalog  # noqa: E402
from app.domain.catalog_search import CatalogIndex  # noqa: E402
from app.domain.matters import Catalog  # noqa: E402
from bench.gen_catalog import generate_catalog  # noqa: E402

TARGET_MS = 5.0


def _initials_of(index: CatalogIndex, catalog: Catalog, rng: random.Random, k: int) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # only to build the queries, outside the timing

    names = [m.name for m in rng.sample(catalog.matters, k)]
    out = []
    for name in names:
        initials = "".join(s[0] for s in lazy_pinyin(name, style=Style.FIRST_LETTER) if s[:1].isalpha())
        start = rng.randint(0, max(0, len(initials) - 3))
        out.append(initials[start : start + rng.randint(2, 5)])
    return out


def build_queries(catalog: Catalog, index: CatalogIndex, rng: random.Random) -> dict[str, list[str]]:
    from pypinyin import lazy_pinyin

    sample = rng.sample(catalog.matters, 80)
    fragments = []
    for m in sample:
        start = rng.randint(0, max(0, len(m.name) - 2))
        fragments.append(m.name[start : start + rng.randint(2, 4)])
    return {
        "中文片段": [*fragments, "登记", "许可", "补领", "身份证", "养老"],
        "完整编码": [m.implementation_code for m in sample[:40]] + [m.catalog_code for m in sample[40:]],
        "编码前缀": [m.implementation_code[: rng.randint(6, 20)] for m in sample[:60]] + ["1", "11", "0001"],
        "拼音首字母": [*_initials_of(index, catalog, rng, 80), "dj", "jmsfz", "yl", "x"],
        "全拼前缀": ["".join(lazy_pinyin(m.name))[: rng.randint(4, 12)] for m in sample[:60]] + ["dengji"],
        "无结果": ["不存在的事项", "qqqqzz", "zzzzzzzz", "9999999999", "火星移民许可", "xyzxyz", "量子纠缠"]
        * 6,
    }


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matters", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="times each query is run")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    catalog = parse_catalog(generate_catalog(args.matters, args.seed))
    t1 = time.perf_counter()
    index = CatalogIndex(catalog)
    t2 = time.perf_counter()
    print(f"事项 {len(catalog.matters)} 个，一件事 {len(catalog.bundles)} 个")
    print(f"生成并解析清单 {1000 * (t1 - t0):.0f} ms；建立索引 {1000 * (t2 - t1):.0f} ms")

    queries = build_queries(catalog, index, random.Random(args.seed))
    index.search("预热")  # first call loads pypinyin's phrase tables for the Chinese fallback
    timings: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for kind, qs in queries.items():
            for q in qs:
                start = time.perf_counter()
                index.search(q)
                timings.setdefault(kind, []).append(1000 * (time.perf_counter() - start))
    timings["全部"] = [t for kind in queries for t in timings[kind]]

    print(
        f"\n{'查询类型':<8}{'次数':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}   目标 p95 ≤ {TARGET_MS} ms"
    )
    worst = 0.0
    for kind, values in timings.items():
        p95 = _percentile(values, 95)
        worst = max(worst, p95)
        verdict = "达标" if p95 <= TARGET_MS else "超标"
        print(
            f"{kind:<8}{len(values):>6}{statistics.median(values):>10.3f}{p95:>10.3f}"
            f"{max(values):>10.3f}   {verdict}"
        )
    print(f"\n总体 p95 {_percentile(timings['全部'], 95):.3f} ms（目标 ≤ {TARGET_MS} ms）")
    sys.exit(0 if worst <= TARGET_MS else 1)


if __name__ == "__main__":
    main()
