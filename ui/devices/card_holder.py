"""What the workbench takes from an ID card read: the holder as the applicant panel needs it.

The driver's record keeps everything the card says (and its raw block); the panel needs the
name, the certificate type in the national platform's codes, the number and the address. The
photo stays in memory for the clerk to compare faces and is never stored (PIPL Art. 28).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the driver package loads with the reader, not with the window
    from drivers.idcard import IdCardRecord

# the card type flag at byte 248 of the text block (DOMAIN.md) → 证件类型 code of the panel
CERT_TYPE_OF_CARD = {
    " ": "111",  # 居民身份证
    "J": "990",  # 港澳台居民居住证 (a local code, see app.domain.applicants)
    "I": "553",  # 外国人永久居留身份证 (2017)
    "Y": "553",  # 外国人永久居留身份证 (2023)
}


@dataclass(frozen=True)
class CardHolder:
    name: str
    cert_type: str
    cert_number: str
    address: str = ""
    card_label: str = "居民身份证"
    photo: bytes | None = None  # decoded image (BMP/PNG) or None
    photo_note: str = ""  # why there is no photo
    english_name: str = ""  # 外国人永久居留身份证: the English name the card carries


def holder_from_record(record: IdCardRecord) -> CardHolder:
    # a 2017 foreign card may carry no Chinese name: the English one is the name then
    return CardHolder(
        name=record.name.strip() or record.english_name.strip(),
        cert_type=CERT_TYPE_OF_CARD[record.card_type.value],
        cert_number=record.id_number.strip().upper(),
        address=record.address.strip(),
        card_label=record.card_type.title,
        photo=record.photo_bmp,
        photo_note=record.photo_note,
        english_name=record.english_name.strip(),
    )
