from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.case_numbers import (
    MAX_LENGTH,
    CaseNumber,
    CaseNumberError,
    DocumentKind,
    DocumentNumberError,
    document_number,
    next_case_number,
)

DAY = date(2026, 11, 22)
SAMPLE = "330421-20261122-W03-0007"


def test_format_and_str() -> None:
    number = CaseNumber(hall_code="330421", day=DAY, terminal="W03", sequence=7)
    assert number.format() == SAMPLE
    assert str(number) == SAMPLE


def test_sequence_grows_wider_past_9999() -> None:
    assert str(CaseNumber("330421", DAY, "W03", 9999)).endswith("-9999")
    assert str(CaseNumber("330421", DAY, "W03", 10000)).endswith("-10000")
    assert CaseNumber.parse("330421-20261122-W03-10000").sequence == 10000


def test_next_case_number() -> None:
    first = next_case_number("330421", "W03", DAY, 0)
    assert str(first) == "330421-20261122-W03-0001"
    assert next_case_number(" 330421 ", "w03", DAY, 6) == CaseNumber.parse(SAMPLE)
    with pytest.raises(CaseNumberError, match="负数"):
        next_case_number("330421", "W03", DAY, -1)
    with pytest.raises(CaseNumberError, match="大厅代码") as info:
        next_case_number("3304", "W03", DAY, 0)
    assert info.value.part == "hall_code"


def test_datetime_is_reduced_to_its_day() -> None:
    assert CaseNumber("330421", datetime(2026, 11, 22, 9, 30), "W03", 7).format() == SAMPLE


@pytest.mark.parametrize("typed", [SAMPLE, f"  {SAMPLE}\n", SAMPLE.lower(), "330421-20261122-w03-0007"])
def test_parse_tolerates_case_and_spaces(typed: str) -> None:
    assert CaseNumber.parse(typed) == CaseNumber("330421", DAY, "W03", 7)


def test_longest_allowed() -> None:
    number = CaseNumber("ABCDEF123456", DAY, "ABCD1234", 10**18)
    assert len(str(number)) <= MAX_LENGTH
    assert CaseNumber.parse(str(number)) == number
    with pytest.raises(CaseNumberError, match="50"):
        CaseNumber("ABCDEF123456", DAY, "ABCD1234", 10**19)


@pytest.mark.parametrize(
    ("typed", "text", "part"),
    [
        ("", "请输入办件编号", None),
        ("   ", "请输入办件编号", None),
        ("330421-20261122-W03", "应由4段组成", None),
        ("330421-20261122-W03-0007-1", "有5段", None),
        ("330421--W03-0007", "第2段应为8位日期", "date"),
        ("33042-20261122-W03-0007", "第1段大厅代码", "hall_code"),
        ("3304210000001-20261122-W03-0007", "第1段大厅代码", "hall_code"),
        ("330421-20261131-W03-0007", "第2段日期“20261131”不存在", "date"),
        ("330421-2026112-W03-0007", "第2段应为8位日期", "date"),
        ("330421-20261122-W03000000-0007", "第3段终端代码", "terminal"),
        ("330421-20261122--0007", "第3段终端代码", "terminal"),
        ("330421-20261122-W03-007", "至少4位数字", "sequence"),
        ("330421-20261122-W03-0000", "不能为0", "sequence"),
        ("330421-20261122-W03-00007", "前面多了0，应为“0007”", "sequence"),
        ("330421-20261122-W03-+007", "第21位的“+”无效", None),
    ],
)
def test_parse_errors(typed: str, text: str, part: str | None) -> None:
    with pytest.raises(CaseNumberError, match=re.escape(text)) as info:
        CaseNumber.parse(typed)
    assert info.value.part == part


def test_parse_names_bad_characters() -> None:
    with pytest.raises(CaseNumberError, match="第7位的“_”无效"):
        CaseNumber.parse("330421_20261122-W03-0007")
    with pytest.raises(CaseNumberError, match="第7位的空格"):
        CaseNumber.parse("330421 20261122-W03-0007")
    with pytest.raises(CaseNumberError, match="全角字符") as info:
        CaseNumber.parse("３30421-20261122-W03-0007")
    assert "第1位" in info.value.message
    with pytest.raises(CaseNumberError, match="第1位"):
        CaseNumber.parse("ß30421-20261122-W03-0007")
    with pytest.raises(CaseNumberError, match="超过50个字符"):
        CaseNumber.parse("A" * 51)


def test_constructor_is_strict() -> None:
    with pytest.raises(CaseNumberError):
        CaseNumber("330421", DAY, "w03", 1)
    with pytest.raises(CaseNumberError):
        CaseNumber("330421", DAY, "W03", 0)
    with pytest.raises(CaseNumberError):
        CaseNumber("330421", DAY, "W03", True)
    with pytest.raises(CaseNumberError, match="日期"):
        CaseNumber("330421", "20261122", "W03", 1)  # type: ignore[arg-type]


codes = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=6, max_size=12)
terminals = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)


@given(codes, st.dates(), terminals, st.integers(1, 10**15))
def test_round_trip_and_charset(hall: str, day: date, terminal: str, sequence: int) -> None:
    number = CaseNumber(hall, day, terminal, sequence)
    text = number.format()
    assert len(text) <= MAX_LENGTH
    assert re.fullmatch(r"[A-Z0-9-]+", text)
    assert CaseNumber.parse(text) == number
    assert CaseNumber.parse(f" {text.lower()} ") == number


def test_document_numbers() -> None:
    case = CaseNumber.parse(SAMPLE)
    assert document_number("受理", case) == f"受字〔2026〕第{SAMPLE}号"
    assert document_number("补正", SAMPLE) == f"补字〔2026〕第{SAMPLE}号"
    assert document_number(DocumentKind.REFUSAL, case) == f"不受字〔2026〕第{SAMPLE}号"
    assert document_number("出件", case) == f"出字〔2026〕第{SAMPLE}号"
    assert document_number("委托", case) == f"委字〔2026〕第{SAMPLE}号"
    assert document_number("补正", case, serial=2) == f"补字〔2026〕第{SAMPLE}之2号"
    kinds = {document_number(kind, case) for kind in DocumentKind}
    assert len(kinds) == 5


def test_document_number_errors() -> None:
    with pytest.raises(DocumentNumberError, match="未知的文书类型“退件”"):
        document_number("退件", SAMPLE)
    with pytest.raises(DocumentNumberError, match="序次"):
        document_number("补正", SAMPLE, serial=0)
    with pytest.raises(CaseNumberError):
        document_number("受理", "not-a-number")
