"""What the workbench takes from an ID card read: the holder as the applicant panel needs it.

The driver's record keeps everything the card says (and its raw block); the panel needs the
name, the certificate type in the national platform's codes, the number and the address. The
photo stays in memory for the clerk to compare faces and is never stored (PIPL Art. 28).
"""

from __future__ import annotations

from dataclasses import dataclass

# card type letter at byte 248 of the text block (DOMAIN.md) → 证件类型 code
_CERT_TYPE_OF_CARD = {
    "resident": "111",  # 居民身份证
    "J": "990",  # 港澳台居民居住证
    "I": "553",  # 外国人永久居留身份证 (2017)
    "Y": "553",  # 外国人永久居留身份证 (2023)
}

_CARD_LABELS = {
    "resident": "居民身份证",
    "J": "港澳台居民居住证",
    "I": "外国人永久居留身份证",
    "Y": "外国人永久居留身份证",
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


def card_type_key(record) -> str:
    raw = getattr(record.card_type, "value", record.card_type)
    text = str(raw).strip()
    if text in ("", " ", "resident", "RESIDENT"):
        return "resident"
    return text.upper()[:1]


def holder_from_record(record) -> CardHolder:
    key = card_type_key(record)
    name = (record.name or "").strip() or (getattr(record, "english_name", "") or "").strip()
    label = getattr(record.card_type, "title", "") or _CARD_LABELS.get(key, "身份证件")
    return CardHolder(
        name=name,
        cert_type=_CERT_TYPE_OF_CARD.get(key, "999"),
        cert_number=(record.id_number or "").strip().upper(),
        address=(getattr(record, "address", "") or "").strip(),
        card_label=label,
        photo=getattr(record, "photo_bmp", None),
        photo_note=getattr(record, "photo_note", "") or "",
    )
