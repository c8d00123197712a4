"""The text block parser for every card type, and its refusals of malformed blocks."""

from __future__ import annotations

import json
from datetime import date

import pytest

from drivers.idcard.errors import CardParseError, IdCardError
from drivers.idcard.parser import encode_text_block, parse_text_block
from drivers.idcard.record import PHOTO_NOT_DECODED, CardType
from drivers.idcard.samples import SAMPLE_CARDS


def block_of(key: str) -> bytes:
    return SAMPLE_CARDS[key].text


def with_field(key: str, **changes: str) -> bytes:
    card = SAMPLE_CARDS[key]
    return encode_text_block(card.card_type, dict(card.values) | changes)


def test_resident_card() -> None:
    card = SAMPLE_CARDS["resident"]
    record = parse_text_block(card.text, card.photo)
    assert record.card_type is CardType.RESIDENT
    assert record.name == "王小明" and record.english_name == ""
    assert (record.sex_code, record.sex_label) == ("1", "男")
    assert (record.ethnicity_code, record.ethnicity_label) == ("01", "汉")
    assert (record.nationality_code, record.nationality_label) == ("CHN", "中国")
    assert record.birth_date == date(1990, 3, 7)
    assert record.address == "安徽省安和县城关镇人民路88号3栋2单元501室"
    assert record.id_number == "341021199003074518"
    assert record.issuing_authority == "安和县公安局"
    assert (record.valid_from, record.valid_to) == (date(2016, 5, 4), date(2036, 5, 4))
    assert record.validity_text == "2016.05.04-2036.05.04"
    assert record.raw_text == card.text and len(record.raw_text) == 256
    assert record.raw_photo == card.photo and len(record.raw_photo) == 1024
    assert record.photo_bmp is None and record.photo_note == PHOTO_NOT_DECODED


def test_the_text_block_is_ucs2_little_endian_at_the_documented_offsets() -> None:
    block = block_of("resident")
    assert block[0:6] == "王小明".encode("utf-16-le")
    assert block[30:32] == b"1\x00"
    assert block[122:158] == "341021199003074518".encode("utf-16-le")
    assert block[248:250] == b" \x00"
    assert block[6:30] == b" \x00" * 12  # space padded


def test_long_address_fills_all_70_bytes_and_long_term_validity() -> None:
    record = parse_text_block(block_of("long_address"))
    assert len(record.address) == 35
    assert block_of("long_address")[52:122] == record.address.encode("utf-16-le")
    assert record.valid_to is None and record.long_term
    assert record.validity_text == "2012.03.15-长期"
    assert (record.sex_label, record.ethnicity_label) == ("女", "回")


def test_hong_kong_macao_taiwan_residence_permit() -> None:
    record = parse_text_block(block_of("permit"))
    assert record.card_type is CardType.HMT_RESIDENCE_PERMIT
    assert record.id_number.startswith("810000")
    assert record.pass_number == "H60218374" and record.issue_count == 1
    assert record.ethnicity_code == "" and record.ethnicity_label == ""
    assert record.address == "安徽省安和县城关镇和平街12号"


def test_foreign_permanent_resident_card_2017() -> None:
    record = parse_text_block(block_of("foreign2017"))
    assert record.card_type is CardType.FOREIGN_PERMANENT_2017
    assert record.english_name == "MUELLER ANNA MARIA" and record.name == "穆安娜"
    assert block_of("foreign2017")[0:36] == "MUELLER ANNA MARIA".encode("utf-16-le")
    assert record.id_number == "DEU110089061501"
    assert (record.nationality_code, record.nationality_label) == ("DEU", "德国")
    assert record.birth_date == date(1989, 6, 15)
    assert record.card_version == "01" and record.issuing_authority == "1100"
    assert record.address == ""


def test_foreign_permanent_resident_card_2023_joins_the_long_english_name() -> None:
    record = parse_text_block(block_of("foreign2023"))
    assert record.card_type is CardType.FOREIGN_PERMANENT_2023
    assert record.english_name == "VAN DER BERG-HOLLOWAY CHRISTOPHER ALEXANDER"
    assert (record.nationality_code, record.nationality_label) == ("NLD", "荷兰")
    assert record.id_number == "911528198502200017" and record.renewal_count == 0
    assert record.validity_text == "2023.12.01-2033.11.30"


def test_2023_card_with_a_numeric_nationality_code() -> None:
    record = parse_text_block(with_field("foreign2023", nationality="528"))
    assert record.nationality_code == "NLD"


def test_2017_card_without_a_chinese_name_shows_the_english_one() -> None:
    record = parse_text_block(with_field("foreign2017", name=""))
    assert record.name == "" and record.display_name == "MUELLER ANNA MARIA"


def test_as_dict_is_json_ready() -> None:
    record = parse_text_block(block_of("permit"), SAMPLE_CARDS["permit"].photo)
    data = json.loads(json.dumps(record.as_dict()))
    assert data["card_type"] == "HMT_RESIDENCE_PERMIT" and data["card_type_title"] == "港澳台居民居住证"
    assert data["birth_date"] == "1988-05-12" and data["valid_to"] == "2028-03-01"
    assert data["photo_bmp"] is None and len(data["raw_text"]) == 344  # base64 of 256 bytes


def test_repr_never_shows_the_full_number_or_name() -> None:
    text = repr(parse_text_block(block_of("resident")))
    assert "341021199003074518" not in text and "王小明" not in text
    assert "341021********4518" in text


class FailingDecoder:
    def decode(self, wlt: bytes) -> bytes:
        raise IdCardError("解码库拒绝了这张照片。", "wlt_failed")


class CrashingDecoder:
    def decode(self, wlt: bytes) -> bytes:
        raise MemoryError


class EchoDecoder:
    def decode(self, wlt: bytes) -> bytes:
        return b"BM" + wlt[:10]


def test_photo_is_decoded_by_the_decoder_given() -> None:
    card = SAMPLE_CARDS["resident"]
    record = parse_text_block(card.text, card.photo, EchoDecoder())
    assert record.photo_bmp == b"BM" + card.photo[:10] and record.photo_note == ""


@pytest.mark.parametrize("decoder", [FailingDecoder(), CrashingDecoder()], ids=["error", "crash"])
def test_a_photo_that_cannot_be_decoded_never_stops_the_card(decoder) -> None:
    card = SAMPLE_CARDS["resident"]
    record = parse_text_block(card.text, card.photo, decoder)
    assert record.photo_bmp is None and record.photo_note.startswith("照片未解码")
    assert record.name == "王小明"


MALFORMED = {
    "bad birth date": with_field("resident", birth="19900230"),
    "letters in a date": with_field("resident", valid_from="2016O504"),
    "expiry before issue": with_field("resident", valid_to="20150101"),
    "born after issue": with_field("resident", birth="20200101"),
    "unknown sex": with_field("resident", sex="5"),
    "unknown ethnicity": with_field("resident", ethnicity="77"),
    "bad check digit": with_field("resident", id_number="341021199003074519"),
    "short id number": with_field("resident", id_number="34102119900307"),
    "permit with resident number": with_field("permit", id_number="341021199003074518"),
    "permit without pass number": with_field("permit", pass_number=""),
    "permit issue count not a number": with_field("permit", issue_count="A1"),
    "2017 number malformed": with_field("foreign2017", id_number="DE1110089061501"),
    "2017 nationality lowercase": with_field("foreign2017", nationality="deu"),
    "2017 english name in Chinese": with_field("foreign2017", english_name="穆勒"),
    "2023 number not starting with 9": with_field("foreign2023", id_number="341021199003074518"),
    "2023 unknown numeric nationality": with_field("foreign2023", nationality="999"),
    "empty name": with_field("resident", name=""),
    "control character": with_field("resident", name="王\x07明"),
}


@pytest.mark.parametrize("block", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_fields_raise_the_parse_error(block: bytes) -> None:
    with pytest.raises(CardParseError) as info:
        parse_text_block(block)
    message = str(info.value)
    assert message.endswith("。") and "证件" in message


def test_unknown_card_type_is_named() -> None:
    block = bytearray(block_of("resident"))
    block[248:250] = "Q".encode("utf-16-le")
    with pytest.raises(CardParseError, match="“Q”") as info:
        parse_text_block(bytes(block))
    assert info.value.code == "unknown_card_type"


def test_odd_bytes_that_are_not_ucs2_raise_the_parse_error() -> None:
    block = bytearray(block_of("resident"))
    block[0:2] = b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(CardParseError):
        parse_text_block(bytes(block))


@pytest.mark.parametrize("size", [0, 255, 257, 512])
def test_wrong_block_size_raises_the_parse_error(size: int) -> None:
    with pytest.raises(CardParseError):
        parse_text_block(bytes(size))


def test_wrong_photo_size_raises_the_parse_error() -> None:
    with pytest.raises(CardParseError):
        parse_text_block(block_of("resident"), b"x" * 1000)
