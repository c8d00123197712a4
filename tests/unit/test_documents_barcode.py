"""The Code 128 module pattern and what the barcode refuses to encode."""

from __future__ import annotations

import pytest

from app.documents.barcode import QUIET_MODULES, Code128, code128_pattern, validate_barcode_text

START_B, START_C = "11010010000", "11010011100"
STOP = "1100011101011"  # the stop symbol with its final two-module bar


def test_pattern_starts_and_ends_with_code128_start_and_stop() -> None:
    pattern = code128_pattern("330421-20261122-W03-0007")
    assert pattern[:11] in (START_B, START_C)
    assert pattern.endswith(STOP)
    assert set(pattern) == {"0", "1"}
    # symbols are 11 modules each, plus the 13-module stop
    assert (len(pattern) - 13) % 11 == 0


def test_letters_start_in_code_set_b() -> None:
    assert code128_pattern("W03-A")[:11] == START_B


@pytest.mark.parametrize("bad", ["张三丰-0001", "330421 2026", "ＡＢＣ", "x/y"])
def test_rejects_non_case_number_text_in_chinese(bad: str) -> None:
    with pytest.raises(ValueError, match="只能包含英文字母、数字和“-”"):
        validate_barcode_text(bad)


def test_rejects_empty_and_too_long() -> None:
    with pytest.raises(ValueError, match="不能为空"):
        code128_pattern("")
    with pytest.raises(ValueError, match="最多 50 个字符"):
        code128_pattern("A" * 51)
    assert code128_pattern("A" * 50)


def test_flowable_keeps_quiet_zones_and_a_scannable_module() -> None:
    code = Code128("330421-20261122-W03-0007")
    assert code.modules == len(code128_pattern("330421-20261122-W03-0007")) + 2 * QUIET_MODULES
    width, height = code.wrap(10, 1000)  # far too narrow: modules never shrink below the minimum
    assert code.module == code.min_module
    assert width == pytest.approx(code.modules * code.min_module)
    assert height > 0
