"""What the demo's licence library (sim://demo) holds: the demo's people and two companies.

The people are those of the ID card simulator's sample cards (drivers/idcard/samples.py: the
server may not import drivers/, so their names and numbers are copied here as data), so a card
laid on the demo's reader finds its holder's licences. Their statuses are what a window meets:
a licence in force, one 长期, one expired, one cancelled, one revoked. The foreign permanent
residents of the samples hold nothing here: their numbers are no 公民身份号码 to look up by.

Beyond them the state holds a 居民身份证 for every mainland resident: any valid 公民身份号码 finds
one (resident_id_card), made from the number alone so it is the same licence on every lookup.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from app.domain.id_numbers import IdNumberError, compute_credit_check_char, validate_resident_id
from app.domain.licences import Licence, LicenceStatus

ID_CARD = "居民身份证"
WANG, WANG_ID = "王小明", "341021199003074518"  # sample card "resident"
LI, LI_ID = "李秀英", "341021195608120021"  # sample card "long_address" (valid 长期)
CHEN, CHEN_ID = "陈家豪", "810000198805120032"  # sample card "permit" (港澳台居民居住证)
XINDA, XINDA_CODE = (
    "安和县鑫达商贸有限公司",
    "91341021MA2NB7KL5" + compute_credit_check_char("91341021MA2NB7KL5"),
)
HENGTONG = "安和县恒通建材有限公司"
HENGTONG_CODE = "91341021MA2T0C8R4" + compute_credit_check_char("91341021MA2T0C8R4")

POLICE, CIVIL, MARKET = "安和县公安局", "安和县民政局", "安和县市场监督管理局"
# region codes whose police have a name here; any other: 公安机关（<region>）
POLICE_OF_REGION = {"341021": POLICE}
# the day the simulator's residents' cards are dated back from (a fixed day: the same licence,
# the same PDF, the same hash every day)
CARDS_BEFORE = date(2024, 1, 1)


def _licence(kind, number, name, holder, issuer, issued, until, status=LicenceStatus.VALID) -> Licence:
    return Licence(kind, number, name, holder, issuer, issued, until, status)


DEMO_LICENCES: tuple[Licence, ...] = (
    _licence(ID_CARD, WANG_ID, WANG, WANG_ID, POLICE, date(2016, 5, 4), date(2036, 5, 4)),
    _licence("结婚证", "J341021-2018-001207", WANG, WANG_ID, CIVIL, date(2018, 10, 1), None),
    _licence(
        "不动产权证书", "皖（2020）安和县不动产权第0003571号", WANG, WANG_ID,
        "安和县自然资源和规划局", date(2020, 6, 18), None,
    ),
    _licence(ID_CARD, LI_ID, LI, LI_ID, POLICE, date(2012, 3, 15), None),
    _licence("居民户口簿", "341021-000352", LI, LI_ID, "安和县公安局城关派出所", date(2012, 3, 15), None),
    # a 残疾人证's number is its holder's ID number and two digits of category and grade
    _licence(
        "中华人民共和国残疾人证", LI_ID + "42", LI, LI_ID, "安和县残疾人联合会",
        date(2015, 9, 10), date(2025, 9, 9),
    ),
    _licence(
        "结婚证", "J341021-1979-000318", LI, LI_ID, CIVIL, date(1979, 5, 1), None, LicenceStatus.CANCELLED
    ),
    _licence("离婚证", "L341021-2019-000045", LI, LI_ID, CIVIL, date(2019, 11, 20), None),
    _licence(
        "机动车驾驶证", CHEN_ID, CHEN, CHEN_ID, "安和县公安局交通警察大队", date(2023, 4, 6), date(2029, 4, 6)
    ),
    _licence("营业执照", XINDA_CODE, XINDA, XINDA_CODE, MARKET, date(2019, 3, 12), None),
    _licence(
        "营业执照", HENGTONG_CODE, HENGTONG, HENGTONG_CODE, MARKET, date(2015, 7, 1), None,
        LicenceStatus.REVOKED,
    ),
)  # fmt: skip


def resident_id_card(holder_id: str, today: date) -> Licence | None:
    """The 居民身份证 the state holds for a mainland resident's number (None: no such number, or a
    港澳台 residence permit's, which is no 居民身份证). The name is not known to the simulator.

    Dated back from CARDS_BEFORE by a few years that the number decides, valid for as long as the
    law gives a card issued at that age (居民身份证法 第五条: under 16, 5 years; to 25, 10; to 45,
    20; older, 长期), so the simulator also holds expired cards of children."""
    try:
        resident = validate_resident_id(holder_id, today)
    except IdNumberError:
        return None
    if resident.is_hmt_residence_permit:
        return None
    spread = int.from_bytes(hashlib.sha256(resident.number.encode()).digest()[:4], "big")
    issued = max(resident.birth_date, CARDS_BEFORE - timedelta(days=spread % (4 * 365)))
    age = _years_between(resident.birth_date, issued)
    years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else None
    until = None if years is None else _years_after(issued, years)
    issuer = POLICE_OF_REGION.get(resident.region_code, f"公安机关（{resident.region_code}）")
    return Licence(ID_CARD, resident.number, "", resident.number, issuer, issued, until)


def _years_between(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
