from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.masking import mask_id_number, mask_name, mask_numbers_in_text, mask_phone


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("110105194912310021", "110105********0021"),
        ("11010519491231002X", "110105********002X"),
        (" 11010519491231002X ", "110105********002X"),
        ("1234567890", "1234567890"[:6] + "7890"),
        ("123456789", "*********"),
        ("H1234567", "********"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id_number(raw: str | None, masked: str) -> None:
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13800003210", "138****3210"),
        ("138 0000 3210", "138****3210"),
        ("138-0000-3210", "138****3210"),
        ("+8613800003210", "+86 138****3210"),
        ("+86 138 0000 3210", "+86 138****3210"),
        ("0571-87654321", "0571-****4321"),
        ("057187654321", "0571****4321"),
        ("0571 8765 4321", "0571-****4321"),
        ("(0571)87654321", "0571-****4321"),
        ("010-12345678", "010-****5678"),
        ("01012345678", "010****5678"),
        ("020-1234567", "020-***4567"),
        ("0571-87654321-8001", "0571-****4321-8001"),
        ("0571-87654321转8001", "0571-****4321转8001"),
        ("87654321", "****4321"),
        ("12345", "*****"),
        ("不详", "**"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(raw: str | None, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("张三", "张*"),
        ("欧阳娜娜", "欧***"),
        ("张", "张*"),
        (" 李四 ", "李*"),
        ("阿依古丽·买买提", "阿***·***"),
        ("John Smith", "J*** S****"),
        ("Jean-Luc Picard", "J***-L** P*****"),
        ("J. Smith", "J. S****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name(raw: str | None, masked: str) -> None:
    assert mask_name(raw) == masked


@given(st.one_of(st.none(), st.text(), st.integers()))
def test_never_raises(value: object) -> None:
    for mask in (mask_id_number, mask_phone, mask_name):
        result = mask(value)  # type: ignore[arg-type]
        assert isinstance(result, str)


@given(st.text(min_size=1).map(str.strip).filter(bool))
def test_id_mask_keeps_length_and_hides_middle(value: str) -> None:
    masked = mask_id_number(value)
    assert len(masked) == len(value)
    if len(value) >= 10:
        assert masked[6:-4] == "*" * (len(value) - 10)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11).map(lambda s: "1" + s[1:]))
def test_mobile_middle_four_always_hidden(number: str) -> None:
    assert mask_phone(number) == number[:3] + "****" + number[-4:]


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("身份证芯片损坏，号码330105194912310021已核对", "身份证芯片损坏，号码330105********0021已核对"),
        ("证件号 33010519491231002x 读不出", "证件号 330105********002x 读不出"),
        ("3301 0519 4912 3100 21", "330105********0021"),
        ("护照E12345678无法读卡", "护照*****5678无法读卡"),
        ("联系电话13800003210", "联系电话*******3210"),
        ("临时身份证，第2次来，3号窗口", "临时身份证，第2次来，3号窗口"),
        ("2026-11-23 补办", "2026-11-23 补办"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_numbers_in_text(raw: str | None, masked: str) -> None:
    assert mask_numbers_in_text(raw) == masked


@given(st.text(alphabet="0123456789Xx ，证号-", max_size=60))
def test_numbers_in_text_never_show_nine_digits_in_a_row(value: str) -> None:
    shown = mask_numbers_in_text(value).replace(" ", "").replace("-", "")
    digits = 0
    for c in shown:
        digits = digits + 1 if c.isdigit() else 0
        assert digits <= 8  # an ID keeps 6 + 4 apart; nothing longer than a date survives whole


def test_a_log_line_keeps_case_numbers_and_masks_id_and_mobile_numbers():
    from app.domain.masking import redact_for_log

    line = (
        "push 330429-20261204-W07-0001 applicant 11010519491231002X phone 13812345678, "
        "old id 110105491231002 sha 9f2c1e0a0b1c2d3e4f50617283940a1b2c3d4e5f60718293a4b5c6d7e8f90a1b "
        "at 2026-12-04T09:00:00 took 123456789012 ms; +86 13912345678; x11010519491231002Xy"
    )
    out = redact_for_log(line)
    assert "11010519491231002X" not in out.replace("x11010519491231002Xy", "")
    assert "110105********002X" in out and "110105*****1002" in out
    assert "13812345678" not in out and "138****5678" in out and "13912345678" not in out
    assert "330429-20261204-W07-0001" in out and "9f2c1e0a0b1c" in out and "123456789012" in out
    assert "x11010519491231002Xy" in out  # inside a longer token: not a number standing alone
    assert redact_for_log(None) == ""
