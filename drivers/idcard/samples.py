"""Sample cards for the simulator, the demo and the tests: made-up people with valid check digits.

One of each kind a window meets: a resident card, a resident whose address fills all 70 bytes and
whose card is valid 长期, a Hong Kong residence permit, a 2017 foreign permanent resident card and
a 2023 one whose English name is long enough to spill into the second name field.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from drivers.idcard.parser import encode_text_block
from drivers.idcard.protocol import PHOTO_SIZE
from drivers.idcard.record import CardType


@dataclass(frozen=True)
class SampleCard:
    key: str
    title: str  # for the demo's "模拟放卡" menu
    card_type: CardType
    values: tuple[tuple[str, str], ...]

    @cached_property
    def text(self) -> bytes:
        return encode_text_block(self.card_type, dict(self.values))

    @cached_property
    def photo(self) -> bytes:
        """1024 bytes standing in for the WLT photo: fixed per card, so re-reads compare equal."""
        seed = hashlib.sha256(self.key.encode()).digest()
        return (seed * (PHOTO_SIZE // len(seed) + 1))[:PHOTO_SIZE]


def _card(key: str, title: str, card_type: CardType, **values: str) -> SampleCard:
    return SampleCard(key, title, card_type, tuple(values.items()))


SAMPLE_CARDS: dict[str, SampleCard] = {
    card.key: card
    for card in (
        _card(
            "resident", "居民身份证（王小明）", CardType.RESIDENT,
            name="王小明", sex="1", ethnicity="01", birth="19900307",
            address="安徽省安和县城关镇人民路88号3栋2单元501室", id_number="341021199003074518",
            authority="安和县公安局", valid_from="20160504", valid_to="20360504",
        ),
        _card(
            "long_address", "居民身份证（李秀英，长期，长地址）", CardType.RESIDENT,
            name="李秀英", sex="2", ethnicity="03", birth="19560812",
            address="安徽省安和县城关镇人民路一百八十八号幸福里小区十三栋二单元五零一室东户",
            id_number="341021195608120021", authority="安和县公安局", valid_from="20120315", valid_to="长期",
        ),
        _card(
            "permit", "港澳台居民居住证（陈家豪）", CardType.HMT_RESIDENCE_PERMIT,
            name="陈家豪", sex="1", birth="19880512", address="安徽省安和县城关镇和平街12号",
            id_number="810000198805120032", authority="安和县公安局", valid_from="20230301",
            valid_to="20280301", pass_number="H60218374", issue_count="01",
        ),
        _card(
            "foreign2017", "外国人永久居留身份证2017版（MUELLER ANNA MARIA）",
            CardType.FOREIGN_PERMANENT_2017,
            english_name="MUELLER ANNA MARIA", sex="2", id_number="DEU110089061501", nationality="DEU",
            name="穆安娜", valid_from="20180620", valid_to="20280619", birth="19890615",
            card_version="01", authority="1100",
        ),
        _card(
            "foreign2023", "外国人永久居留身份证2023版（VAN DER BERG-HOLLOWAY …）",
            CardType.FOREIGN_PERMANENT_2023,
            name="范德伯", sex="1", renewal_count="00", birth="19850220",
            english_name="VAN DER BERG-HOLLOWAY CHRISTOPHER ALEXANDER"[:35],
            english_name_ex="VAN DER BERG-HOLLOWAY CHRISTOPHER ALEXANDER"[35:],
            id_number="911528198502200017", valid_from="20231201", valid_to="20331130", nationality="NLD",
        ),
    )
}  # fmt: skip


def sample_card(key: str) -> SampleCard:
    try:
        return SAMPLE_CARDS[key]
    except KeyError:
        raise ValueError(f"没有名为“{key}”的样例证件（可选：{'、'.join(SAMPLE_CARDS)}、none）") from None
