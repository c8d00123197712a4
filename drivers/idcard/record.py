"""What a card read yields: one immutable record, whatever the card type."""

from __future__ import annotations

import base64
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum


class CardType(Enum):
    """The card type flag at text bytes 248–249, and what the clerk calls the card."""

    RESIDENT = " "
    HMT_RESIDENCE_PERMIT = "J"
    FOREIGN_PERMANENT_2017 = "I"
    FOREIGN_PERMANENT_2023 = "Y"

    @property
    def title(self) -> str:
        return _TITLES[self]

    @property
    def is_foreign(self) -> bool:
        return self in (CardType.FOREIGN_PERMANENT_2017, CardType.FOREIGN_PERMANENT_2023)


_TITLES = {
    CardType.RESIDENT: "居民身份证",
    CardType.HMT_RESIDENCE_PERMIT: "港澳台居民居住证",
    CardType.FOREIGN_PERMANENT_2017: "外国人永久居留身份证（2017版）",
    CardType.FOREIGN_PERMANENT_2023: "外国人永久居留身份证（2023版）",
}

PHOTO_NOT_DECODED = (
    "照片未解码：未配置身份证照片解码库（设备地址加 wlt=库文件路径，或设环境变量 ONEWINDOW_WLT_LIB）。"
)


@dataclass(frozen=True, repr=False)
class IdCardRecord:
    card_type: CardType
    name: str  # Chinese name; may be empty on a 2017 foreign card
    english_name: str  # foreign cards only
    sex_code: str
    sex_label: str
    ethnicity_code: str  # GB 3304; empty on residence permits and foreign cards
    ethnicity_label: str
    nationality_code: str  # ISO 3166-1 alpha-3: CHN for residents and permits, the card's for foreigners
    nationality_label: str
    birth_date: date
    address: str  # empty on foreign cards
    id_number: str  # citizen number, or the permit number of a foreign card
    issuing_authority: str  # 2017 foreign card: the code of the accepting office; 2023: empty
    valid_from: date
    valid_to: date | None  # None: 长期
    validity_text: str  # as printed: 2016.05.04-2036.05.04 or 2016.05.04-长期
    pass_number: str = ""  # J: the Hong Kong/Macao/Taiwan travel permit number
    issue_count: int | None = None  # J: 签发次数
    renewal_count: int | None = None  # Y: 换证次数
    card_version: str = ""  # I: 证件版本号
    previous_number_link: str = ""  # Y: 既往版本永居证号码关联项, as stored
    raw_text: bytes = b""  # the 256-byte text block, kept as read
    raw_photo: bytes = b""  # the 1024-byte WLT photo, kept as read
    photo_bmp: bytes | None = None  # decoded photo; None when no decoder could decode it
    photo_note: str = PHOTO_NOT_DECODED  # why photo_bmp is None; empty when decoded

    @property
    def display_name(self) -> str:
        return self.name or self.english_name

    @property
    def long_term(self) -> bool:
        return self.valid_to is None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready: dates as ISO text, bytes as base64, the card type by its flag and title."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Enum):
                value = value.name
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, bytes):
                value = base64.b64encode(value).decode("ascii")
            out[f.name] = value
        out["card_type_title"] = self.card_type.title
        return out

    def __repr__(self) -> str:
        # A record ends up in logs by accident; never the full number, name or photo (PIPL).
        number = self.id_number
        masked = number[:6] + "*" * max(0, len(number) - 10) + number[-4:] if len(number) > 10 else "***"
        shown = (self.display_name[:1] + "*") if self.display_name else ""
        return f"IdCardRecord({self.card_type.name}, {shown}, {masked})"
