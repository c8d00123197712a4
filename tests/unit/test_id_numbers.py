from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.id_numbers import (
    PROVINCE_CODES,
    CreditCodeCharacterError,
    CreditCodeCheckDigitError,
    CreditCodeError,
    CreditCodeLengthError,
    CreditCodeRegionError,
    EmptyCreditCodeError,
    EmptyIdNumberError,
    IdNumberBirthDateError,
    IdNumberCharacterError,
    IdNumberCheckDigitError,
    IdNumberError,
    IdNumberFutureBirthError,
    IdNumberLengthError,
    IdNumberRegionError,
    IdNumberTooOldError,
    LegacyIdNumberError,
    ResidentId,
    compute_check_digit,
    compute_credit_check_char,
    validate_credit_code,
    validate_resident_id,
)

TODAY = date(2026, 6, 1)
SAMPLE = "11010519491231002X"  # the example of GB 11643 itself


def with_check(first17: str) -> str:
    return first17 + compute_check_digit(first17)


def test_sample_number_validates() -> None:
    rid = validate_resident_id(SAMPLE, TODAY)
    assert rid == ResidentId(number=SAMPLE, birth_date=date(1949, 12, 31), sex="女", region_code="110105")
    assert not rid.is_hmt_residence_permit


def test_today_may_be_a_datetime() -> None:
    assert validate_resident_id(SAMPLE, datetime(2026, 6, 1, 9, 30)).number == SAMPLE


def test_male_from_odd_17th_digit() -> None:
    number = with_check("33042119900101001")
    assert validate_resident_id(number, TODAY).sex == "男"


@pytest.mark.parametrize(
    "typed",
    [" 11010519491231002x ", "１１０１０５１９４９１２３１００２Ｘ", "\u300011010519491231002X\t"],
)
def test_normalisation(typed: str) -> None:
    assert validate_resident_id(typed, TODAY).number == SAMPLE


def test_residence_permit_numbers() -> None:
    for region in ("810000", "820000", "830000"):
        rid = validate_resident_id(with_check(region + "19900101001"), TODAY)
        assert rid.is_hmt_residence_permit
    with pytest.raises(IdNumberRegionError, match="810000"):
        validate_resident_id(with_check("81010119900101001"), TODAY)


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty(typed: str) -> None:
    with pytest.raises(EmptyIdNumberError, match="请输入身份证号码"):
        validate_resident_id(typed, TODAY)


def test_wrong_length_says_how_many() -> None:
    with pytest.raises(IdNumberLengthError, match="您输入了17位") as info:
        validate_resident_id(SAMPLE[:17], TODAY)
    assert info.value.length == 17
    assert not isinstance(info.value, LegacyIdNumberError)


def test_fifteen_digit_legacy_number() -> None:
    with pytest.raises(LegacyIdNumberError) as info:
        validate_resident_id("110105491231002", TODAY)
    assert info.value.message == "15位旧身份证号码已停用，请使用18位号码。"


def test_bad_character_names_it_and_its_position() -> None:
    with pytest.raises(IdNumberCharacterError, match="第5位的“A”") as info:
        validate_resident_id("1101A519491231002X", TODAY)
    assert (info.value.char, info.value.position) == ("A", 5)
    with pytest.raises(IdNumberCharacterError, match="第3位的空格"):
        validate_resident_id("11 10519491231002X", TODAY)
    with pytest.raises(IdNumberCharacterError, match="第17位不能是“X”"):
        validate_resident_id("1101051949123100X2", TODAY)


@pytest.mark.parametrize("prefix", ["00", "10", "16", "24", "47", "55", "66", "71", "84", "99"])
def test_invalid_region(prefix: str) -> None:
    with pytest.raises(IdNumberRegionError, match=f"前两位“{prefix}”"):
        validate_resident_id(with_check(prefix + "010519900101001"), TODAY)


def test_impossible_birth_date() -> None:
    with pytest.raises(IdNumberBirthDateError, match="1999年02月30日不存在"):
        validate_resident_id(with_check("11010519990230001"), TODAY)


def test_birth_date_in_the_future() -> None:
    with pytest.raises(IdNumberFutureBirthError, match="晚于今天"):
        validate_resident_id(with_check("11010520260602001"), TODAY)
    # born today is possible (newborns can get an ID card)
    assert validate_resident_id(with_check("11010520260601001"), TODAY).birth_date == TODAY


def test_older_than_150_years() -> None:
    with pytest.raises(IdNumberTooOldError, match="超过150岁"):
        validate_resident_id(with_check("11010518760531001"), TODAY)
    validate_resident_id(with_check("11010518760601001"), TODAY)


def test_check_digit_mismatch_does_not_reveal_the_expected_digit() -> None:
    with pytest.raises(IdNumberCheckDigitError) as info:
        validate_resident_id("110105194912310021", TODAY)
    assert "X" not in info.value.message
    assert "重新核对" in info.value.message


def test_every_error_is_a_value_error_with_chinese_message() -> None:
    with pytest.raises(ValueError) as info:
        validate_resident_id("123", TODAY)
    assert isinstance(info.value, IdNumberError)
    assert str(info.value) == info.value.message


# --- property tests ---------------------------------------------------------------------

regions = st.sampled_from(sorted(PROVINCE_CODES)).flatmap(
    lambda p: st.integers(0, 9999).map(lambda rest: f"{p:02d}{rest:04d}")
) | st.sampled_from(["810000", "820000", "830000"])
births = st.dates(min_value=date(1876, 6, 1), max_value=TODAY)
valid_numbers = st.builds(
    lambda region, birth, seq: with_check(f"{region}{birth:%Y%m%d}{seq:03d}"),
    regions,
    births,
    st.integers(0, 999),
)


@given(valid_numbers)
def test_computed_check_digit_always_validates(number: str) -> None:
    rid = validate_resident_id(number, TODAY)
    assert rid.number == number
    assert rid.sex == ("男" if int(number[16]) % 2 else "女")


@given(valid_numbers, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_change_is_rejected(number: str, position: int, new: str) -> None:
    if number[position] == new:
        new = "0" if new != "0" else "1"
    changed = number[:position] + new + number[position + 1 :]
    with pytest.raises(IdNumberError):
        validate_resident_id(changed, TODAY)


# --- unified social credit code ---------------------------------------------------------


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000600037341L", " 91110000600037341l "])
def test_valid_credit_codes(code: str) -> None:
    assert validate_credit_code(code) == code.strip().upper()


def test_credit_code_check_char_31_maps_to_zero() -> None:
    # find a prefix whose weighted sum is a multiple of 31: its check character must be "0"
    base = "9111000060003734"
    for last in "0123456789ABCDEFGHJKLMNPQRTUWXY":
        first17 = base + last
        if compute_credit_check_char(first17) == "0":
            assert validate_credit_code(first17 + "0") == first17 + "0"
            break
    else:
        pytest.fail("no prefix with check character 0 found")


def test_credit_code_errors() -> None:
    with pytest.raises(EmptyCreditCodeError):
        validate_credit_code("  ")
    with pytest.raises(CreditCodeLengthError, match="您输入了17位"):
        validate_credit_code("91110000600037341")
    with pytest.raises(CreditCodeCharacterError, match=r"第9位的“O”.*不使用字母I、O、S、V、Z") as info:
        validate_credit_code("91110000O00037341L")
    assert info.value.position == 9
    with pytest.raises(CreditCodeRegionError, match="第3–8位"):
        code = "9111A000600037341"
        validate_credit_code(code + compute_credit_check_char(code))
    with pytest.raises(CreditCodeCheckDigitError) as check:
        validate_credit_code("91110000600037341M")
    assert "L" not in check.value.message
    assert isinstance(check.value, CreditCodeError)
    assert isinstance(check.value, ValueError)


def test_credit_code_single_change_is_rejected() -> None:
    code = "91350100M000100Y43"
    for position in range(18):
        for char in "0123456789ABCDEFGHJKLMNPQRTUWXY":
            if char == code[position]:
                continue
            with pytest.raises(CreditCodeError):
                validate_credit_code(code[:position] + char + code[position + 1 :])


def test_too_old_boundary_on_29_february() -> None:
    leap_today = date(2028, 2, 29)
    assert validate_resident_id(with_check("11010518780228001"), leap_today)
    with pytest.raises(IdNumberTooOldError):
        validate_resident_id(with_check("11010518780227001"), leap_today)
