"""Read the card's 256-byte text block into an IdCardRecord; encode one (for the simulator and tests).

Every field is checked against what its card type promises (dates are dates, codes are in their
tables, numbers carry a correct check digit). A block that fails any check raises CardParseError:
a reader that delivers half-garbage must not put a wrong name or number in front of the clerk.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from drivers.idcard.codes import ETHNICITIES, SEXES, id_check_char
from drivers.idcard.countries import alpha3_of_numeric, country_name
from drivers.idcard.errors import CardParseError, IdCardError
from drivers.idcard.layouts import LAYOUTS, TYPE_FLAG
from drivers.idcard.protocol import PHOTO_SIZE, TEXT_SIZE
from drivers.idcard.record import PHOTO_NOT_DECODED, CardType, IdCardRecord
from drivers.idcard.wlt import WltDecoder

LONG_TERM = "长期"
_FIELD_TITLES = {
    "name": "姓名", "english_name": "英文姓名", "english_name_ex": "英文姓名", "sex": "性别",
    "ethnicity": "民族", "birth": "出生日期", "address": "住址", "id_number": "证件号码",
    "authority": "签发机关", "valid_from": "有效期起始日期", "valid_to": "有效期截止日期",
    "pass_number": "通行证号码", "issue_count": "签发次数", "nationality": "国籍",
    "card_version": "证件版本号", "renewal_count": "换证次数", "previous_number_link": "既往证件号码关联项",
}  # fmt: skip


def _bad(field: str, why: str) -> CardParseError:
    return CardParseError(
        f"证件的“{_FIELD_TITLES.get(field, field)}”{why}，读到的信息不可信；"
        "请重新放置证件再读，仍不行请手工录入。",
        f"bad_{field}",
    )


def _text(block: bytes, field: str, where: tuple[int, int]) -> str:
    offset, size = where
    try:
        value = block[offset : offset + size].decode("utf-16-le")
    except UnicodeDecodeError:
        raise _bad(field, "含有无法识别的字符") from None
    value = value.rstrip(" \x00")
    for ch in value:
        if unicodedata.category(ch)[0] == "C":
            raise _bad(field, "含有无法识别的字符")
    return value


def _date(field: str, value: str) -> date:
    if len(value) != 8 or not value.isascii() or not value.isdigit():
        raise _bad(field, f"“{value}”不是日期")
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise _bad(field, f"“{value}”不是有效日期") from None


def _code(field: str, value: str, table: dict[str, str]) -> str:
    label = table.get(value)
    if label is None:
        raise _bad(field, f"代码“{value}”不在国家标准代码表中")
    return label


def _count(field: str, value: str) -> int:
    if not value or not value.isascii() or not value.isdigit():
        raise _bad(field, f"“{value}”不是数字")
    return int(value)


def _citizen_number(field: str, value: str, first: str = "") -> str:
    if (
        len(value) != 18
        or not value[:17].isascii()
        or not value[:17].isdigit()
        or value[17] not in "0123456789X"
    ):
        raise _bad(field, "不是 18 位号码")
    if first and not value.startswith(first):
        raise _bad(field, "与证件类型不符")
    if id_check_char(value[:17]) != value[17]:
        raise _bad(field, "校验位不对")
    return value


def _nationality(field: str, value: str) -> tuple[str, str]:
    if len(value) == 3 and value.isascii() and value.isdigit():
        alpha3 = alpha3_of_numeric(value)
        if alpha3 is None:
            raise _bad(field, f"代码“{value}”不在国家和地区代码表中")
        value = alpha3
    if len(value) != 3 or not value.isascii() or not value.isalpha() or not value.isupper():
        raise _bad(field, f"代码“{value}”不是三位字母代码")
    # Codes ISO reserves for documents (XXA stateless, XXB refugee …) have no Chinese name here.
    return value, country_name(value) or value


def _english(field: str, value: str) -> str:
    if not value.isascii() or not value.isprintable():
        raise _bad(field, "含有英文字母以外的字符")
    return " ".join(value.split())


def card_type_of(block: bytes) -> CardType:
    flag = _text(block, "card_type", TYPE_FLAG) or " "
    for card_type in CardType:
        if card_type.value == flag:
            return card_type
    raise CardParseError(
        f"证件类型标识“{flag}”无法识别，本系统只能读居民身份证、港澳台居民居住证和外国人永久居留身份证。",
        "unknown_card_type",
    )


def parse_text_block(block: bytes, photo: bytes = b"", decoder: WltDecoder | None = None) -> IdCardRecord:
    """The record of one card. Raises CardParseError; the photo never raises (see photo_note)."""
    if len(block) != TEXT_SIZE:
        raise CardParseError(
            f"证件文字信息应为 {TEXT_SIZE} 字节，实际 {len(block)} 字节；请重新放置证件再读。", "text_size"
        )
    if photo and len(photo) != PHOTO_SIZE:
        raise CardParseError(
            f"证件照片应为 {PHOTO_SIZE} 字节，实际 {len(photo)} 字节；请重新放置证件再读。", "photo_size"
        )
    card_type = card_type_of(block)
    layout = LAYOUTS[card_type]
    f = {name: _text(block, name, where) for name, where in layout.items()}

    sex = f["sex"]
    sex_label = _code("sex", sex, SEXES)
    birth = _date("birth", f["birth"])
    valid_from = _date("valid_from", f["valid_from"])
    valid_to = None if f["valid_to"] == LONG_TERM else _date("valid_to", f["valid_to"])
    if valid_to is not None and valid_to <= valid_from:
        raise _bad("valid_to", "早于起始日期")
    if birth > valid_from:
        raise _bad("birth", "晚于证件签发日期")
    validity = f"{valid_from:%Y.%m.%d}-" + (LONG_TERM if valid_to is None else f"{valid_to:%Y.%m.%d}")

    extra: dict[str, object] = {}
    ethnicity = ethnicity_label = english = ""
    nationality, nationality_label = "CHN", "中国"
    if card_type is CardType.RESIDENT:
        ethnicity = f["ethnicity"]
        ethnicity_label = _code("ethnicity", ethnicity, ETHNICITIES)
        number = _citizen_number("id_number", f["id_number"])
    elif card_type is CardType.HMT_RESIDENCE_PERMIT:
        number = _citizen_number("id_number", f["id_number"], "8")
        if number[:6] not in ("810000", "820000", "830000"):
            raise _bad("id_number", "不是港澳台居民居住证号码")
        pass_number = f["pass_number"]
        if not pass_number or not pass_number.isascii() or not pass_number.isalnum():
            raise _bad("pass_number", f"“{pass_number}”不是通行证号码")
        extra = {"pass_number": pass_number, "issue_count": _count("issue_count", f["issue_count"])}
    elif card_type is CardType.FOREIGN_PERMANENT_2017:
        number = f["id_number"]
        if (
            len(number) != 15
            or not number[:3].isalpha()
            or not number[:3].isascii()
            or not number[3:].isdigit()
        ):
            raise _bad("id_number", "不是 15 位永久居留证号码")
        english = _english("english_name", f["english_name"])
        nationality, nationality_label = _nationality("nationality", f["nationality"])
        extra = {"card_version": f["card_version"]}
    else:
        number = _citizen_number("id_number", f["id_number"], "9")
        # Characters 36–46 continue the first 35 without a separator, so join the raw fields.
        offset, size = layout["english_name"]
        part1 = block[offset : offset + size].decode("utf-16-le")
        english = _english("english_name", part1 + f["english_name_ex"])
        nationality, nationality_label = _nationality("nationality", f["nationality"])
        extra = {
            "renewal_count": _count("renewal_count", f["renewal_count"]),
            "previous_number_link": f["previous_number_link"],
        }
    if not (f.get("name") or english):
        raise _bad("name", "为空")

    photo_bmp, note = decode_photo(photo, decoder)
    return IdCardRecord(
        card_type=card_type,
        name=f.get("name", ""),
        english_name=english,
        sex_code=sex,
        sex_label=sex_label,
        ethnicity_code=ethnicity,
        ethnicity_label=ethnicity_label,
        nationality_code=nationality,
        nationality_label=nationality_label,
        birth_date=birth,
        address=f.get("address", ""),
        id_number=number,
        issuing_authority=f.get("authority", ""),
        valid_from=valid_from,
        valid_to=valid_to,
        validity_text=validity,
        raw_text=bytes(block),
        raw_photo=bytes(photo),
        photo_bmp=photo_bmp,
        photo_note=note,
        **extra,  # type: ignore[arg-type]
    )


def decode_photo(photo: bytes, decoder: WltDecoder | None) -> tuple[bytes | None, str]:
    """(BMP, "") or (None, why): a photo that cannot be decoded never stops a card being read."""
    if not photo:
        return None, "照片未读取。"
    if decoder is None:
        return None, PHOTO_NOT_DECODED
    try:
        return decoder.decode(photo), ""
    except IdCardError as exc:
        return None, f"照片未解码：{exc}"
    except Exception as exc:  # a vendor decoder is foreign code; its failure costs the photo only
        return None, f"照片未解码：照片解码库出错（{type(exc).__name__}），请检查解码库版本。"


def encode_text_block(card_type: CardType, values: dict[str, str]) -> bytes:
    """A 256-byte block with ``values`` at their places, space padded (what a card holds)."""
    block = bytearray(" ".encode("utf-16-le") * (TEXT_SIZE // 2))
    layout = LAYOUTS[card_type]
    for name, value in values.items():
        offset, size = layout[name]
        raw = value.encode("utf-16-le")
        if len(raw) > size:
            raise ValueError(f"{name} is {len(raw)} bytes, the field holds {size}")
        block[offset : offset + len(raw)] = raw
    flag_at, _ = TYPE_FLAG
    block[flag_at : flag_at + 2] = card_type.value.encode("utf-16-le")
    return bytes(block)
