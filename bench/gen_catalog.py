"""A deterministic large catalog in the format of resources/catalog/matters.json.

Names are composed from department × object × action (× a qualifier when needed), the way real
catalogs are, so they share fragments ("登记", "许可证") the way a search has to cope with.

    python bench/gen_catalog.py OUT.json --matters 10000 [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REGION = "330429"

MATTER_TYPES = ["行政许可", "行政征收", "行政给付", "行政确认", "其他行政权力", "公共服务"]
_TYPE_CODE = {"行政许可": "01", "行政征收": "04", "行政给付": "05", "行政确认": "07", "其他行政权力": "10"}

# department, its hall category, and the objects its matters are about
DEPARTMENTS: list[tuple[str, str, list[str]]] = [
    (
        "公安局",
        "户籍",
        ["居民户口", "居民身份证", "临时居民身份证", "居住证", "户口簿", "机动车驾驶证", "公章"],
    ),
    ("人力资源和社会保障局", "社保", ["养老保险", "失业保险", "工伤保险", "社会保障卡", "职业技能等级证书"]),
    ("医疗保障局", "医保", ["职工医疗保险", "城乡居民医疗保险", "生育保险", "异地就医", "门诊慢特病"]),
    ("市场监督管理局", "市场主体登记", ["个体工商户", "有限责任公司", "农民专业合作社", "食品经营许可证"]),
    (
        "民政局",
        "民政",
        ["婚姻登记证", "最低生活保障", "特困人员供养", "社会团体", "民办非企业单位", "高龄津贴"],
    ),
    (
        "自然资源和规划局",
        "不动产",
        ["不动产权", "国有建设用地使用权", "建设工程规划", "乡村建设规划", "测绘资质"],
    ),
    (
        "住房和城乡建设局",
        "工程建设",
        ["建筑工程施工", "建筑业企业资质", "商品房预售", "燃气经营", "物业服务"],
    ),
    ("交通运输局", "交通", ["道路运输经营", "道路运输证", "出租汽车经营", "公路超限运输", "水路运输"]),
    ("卫生健康局", "卫健", ["医疗机构执业", "医师执业", "护士执业", "出生医学证明", "公共场所卫生"]),
    ("教育局", "教育", ["民办学校办学", "教师资格", "校外培训机构", "学生资助"]),
    ("文化广电旅游局", "文旅", ["娱乐场所经营", "营业性演出", "旅行社业务经营", "网吧经营"]),
    ("农业农村局", "农业", ["农药经营", "兽药经营", "种子生产经营", "动物防疫条件合格证", "渔业捕捞"]),
    ("生态环境局", "环保", ["排污许可", "建设项目环境影响评价", "危险废物经营", "辐射安全"]),
    ("应急管理局", "安全生产", ["危险化学品经营", "烟花爆竹经营", "安全生产许可", "特种作业操作证"]),
    ("税务局", "税务", ["发票", "纳税信用", "契税", "车船税", "个人所得税"]),
    ("残疾人联合会", "残联", ["残疾人证", "残疾人两项补贴", "残疾人就业", "辅助器具适配"]),
    ("退役军人事务局", "退役军人", ["优待证", "抚恤补助", "退役士兵安置"]),
    ("水利局", "水利", ["取水许可", "河道管理范围内建设项目", "水土保持方案", "涉河建设"]),
]
ACTIONS = [
    ("核发", "行政许可"), ("变更", "行政许可"), ("延续", "行政许可"), ("注销", "行政许可"),
    ("补领", "公共服务"), ("换领", "公共服务"), ("登记", "行政确认"), ("备案", "其他行政权力"),
    ("申领", "行政给付"), ("审核确认", "行政确认"), ("待遇申领", "行政给付"), ("查询", "公共服务"),
    ("证明开具", "公共服务"), ("费用征收", "行政征收"),
]  # fmt: skip
QUALIFIERS = ["", "（个人）", "（单位）", "（新办）", "（迁入）", "（迁出）", "（遗失）", "（跨省通办）"]
TOWNS = ["城关镇", "安和镇", "西塘桥街道", "凤鸣乡", "临溪镇", "望海街道", "石门乡", "双溪镇"]

SHARED_MATERIALS = {
    "id_card": {
        "name": "申请人居民身份证",
        "type": 1,
        "form": 3,
        "source": "公安机关",
        "e_licence_allowed": True,
    },
    "household_register": {"name": "居民户口簿", "type": 1, "source": "公安机关"},
    "business_licence": {"name": "营业执照", "type": 1, "form": 3, "e_licence_allowed": True},
    "legal_rep_id_card": {"name": "法定代表人居民身份证", "type": 1, "form": 3},
    "property_certificate": {"name": "不动产权证书", "type": 1, "form": 3, "e_licence_allowed": True},
    "agent_authorization": {"name": "授权委托书及受托人居民身份证", "type": 2, "necessity": 2},
}


def _department_code(index: int, town: int) -> str:
    check = "0123456789ABCDEFGHJKLMNPQRTUWXY"[index % 31]  # not the real GB 32100 check, just plausible
    code = f"11{REGION}{index:03d}{town:02d}00{index * 7 % 100:02d}{check}"
    assert len(code) == 18
    return code


def _matter(
    rng: random.Random, seq: int, name: str, dept: tuple[str, str], category: str, mtype: str
) -> dict:
    catalog_code = f"00{_TYPE_CODE.get(mtype, '20')}{seq:05d}000"
    implementation_code = dept[0] + catalog_code
    promised = rng.choice([0, 0, 1, 3, 5, 10, 15, 20])
    shared = rng.sample(sorted(SHARED_MATERIALS), k=rng.randint(1, 3))
    materials: list[dict] = [{"code": code} for code in shared]
    materials.append({"code": f"form_{seq}", "name": f"{name}申请表", "type": 2, "form": 3})
    if rng.random() < 0.2:
        materials.append(
            {"code": f"extra_{seq}", "name": "其他相关证明材料", "type": 3, "necessity": 3, "defer_days": 5}
        )
    return {
        "catalog_code": catalog_code,
        "implementation_code": implementation_code,
        "handling_item_code": implementation_code + "001",
        "name": name,
        "matter_type": mtype,
        "category": category,
        "department": {"code": dept[0], "name": dept[1]},
        "case_kind": 1 if promised == 0 else 2,
        "statutory_limit": {"amount": max(promised, rng.choice([0, 5, 20, 30])), "unit": "working_days"},
        "promised_limit": {"amount": promised, "unit": "working_days"},
        "visits": rng.choice([0, 1, 1, 2]),
        "keywords": [name[:2] + "办理"] if rng.random() < 0.3 else [],
        "materials": materials,
    }


def generate_catalog(n: int = 10_000, seed: int = 7) -> dict:
    """A catalog dict of ``n`` matters (unique codes and names) and a few bundles; same seed, same data."""
    rng = random.Random(seed)
    combos = [
        (d_index, obj, action, mtype, qual)
        for d_index, (_, _, objects) in enumerate(DEPARTMENTS)
        for obj in objects
        for action, mtype in ACTIONS
        for qual in QUALIFIERS
    ]
    rng.shuffle(combos)
    matters: list[dict] = []
    names: set[str] = set()
    town_round = 0
    while len(matters) < n:
        for d_index, obj, action, mtype, qual in combos:
            if len(matters) >= n:
                break
            dept_name, category, _ = DEPARTMENTS[d_index]
            town = TOWNS[town_round % len(TOWNS)] if town_round else ""
            name = f"{town}{obj}{action}{qual}"
            if name in names:
                continue
            names.add(name)
            dept = (_department_code(d_index, town_round), f"安和县{dept_name}")
            matters.append(_matter(rng, len(matters) + 1, name, dept, category, mtype))
        town_round += 1  # more matters than combinations: the same list again, per town
    bundles = [
        {
            "code": f"YJS{REGION}{i + 1:04d}",
            "name": f"{obj}一件事",
            "keywords": [obj],
            "matters": [m["implementation_code"] for m in rng.sample(matters, k=rng.randint(2, 5))],
        }
        for i, obj in enumerate(["新生儿出生", "企业开办", "退休", "身后", "二手房过户", "开办餐饮店"])
    ]
    return {
        "format_version": 1,
        "version": f"bench-{n}-{seed}",
        "matter_types": MATTER_TYPES,
        "materials": SHARED_MATERIALS,
        "matters": matters,
        "bundles": bundles,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="生成用于性能测试的大型事项清单")
    parser.add_argument("out", type=Path)
    parser.add_argument("--matters", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    data = generate_catalog(args.matters, args.seed)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"已生成 {len(data['matters'])} 个事项、{len(data['bundles'])} 个一件事：{args.out}")


if __name__ == "__main__":
    main()
