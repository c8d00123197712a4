"""Fake applicants for the demo hall's history: plausible, deterministic, and nobody's.

Names are drawn from common surnames and given-name characters; ID numbers are built for the
hall's county (330429) with a birth date and a sequence, and end in the GB 11643 check character
the domain computes (app.domain.id_numbers), so every one validates at the window. Phones are
mobile-shaped but have 0000 in the middle (139****1234 once masked, as every screen shows them):
they pass the window's format check and reach no one's handset.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.id_numbers import compute_check_digit

COUNTY = "330429"  # the demo hall's division code: most applicants live in the county
_OTHER_REGIONS = ("330402", "330421", "330481", "330106", "320583", "341021")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓"
    "曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢傅钟姜崔谭陆范汪金石"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国"
    "志红文斌辉鹏宇浩然子涵欣怡梓轩思雨晨阳佳琪俊峰海燕晓东丹凤春梅金龙雪"
)
_STREETS = ("民主路", "解放路", "人民大道", "城东路", "开元街", "文昌路", "新华路", "南湖路", "梧桐街")
_TOWNS = ("安和街道", "城南街道", "溪口镇", "白塔镇", "青石镇", "梅林乡")
_MOBILE_PREFIXES = ("133", "135", "136", "137", "138", "139", "150", "151", "158", "177", "180", "186", "189")


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    sex: str  # 男 / 女
    birth_date: date
    phone: str
    address: str


class People:
    """A deterministic stream of distinct fake persons (one `random.Random` drives it)."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self._rng = rng
        self._today = today
        self._sequence = 0

    def next(self, min_age: int = 18, max_age: int = 80) -> Person:
        rng = self._rng
        self._sequence += 1
        region = COUNTY if rng.random() < 0.8 else rng.choice(_OTHER_REGIONS)
        age_days = rng.randint(min_age * 365 + 10, max_age * 365)
        birth = self._today - timedelta(days=age_days)
        male = rng.random() < 0.5
        # the 3-digit order code: odd for men, even for women; the running sequence keeps two
        # persons of one birthday apart
        order = (self._sequence * 2 + (1 if male else 0)) % 1000
        first17 = f"{region}{birth:%Y%m%d}{order:03d}"
        id_number = first17 + compute_check_digit(first17)
        given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.75 else "")
        phone = f"{rng.choice(_MOBILE_PREFIXES)}0000{rng.randint(0, 9999):04d}"
        town = rng.choice(_TOWNS)
        address = f"浙江省安和县{town}{rng.choice(_STREETS)}{rng.randint(1, 299)}号"
        return Person(
            name=rng.choice(_SURNAMES) + given,
            id_number=id_number,
            sex="男" if male else "女",
            birth_date=birth,
            phone=phone,
            address=address,
        )
