"""The rules of a case search (查找办件): what a clerk may ask, normalised, and the Messages for
what cannot be asked (issue 12 item 11)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.case_search import (
    CaseSearchError,
    case_search,
    like_contains,
    masked_applicant,
    matches,
    people_of,
)


def test_texts_are_normalised_as_keyboards_and_input_methods_type_them():
    s = case_search(
        number=" ３３０４２９ｗ03 ",
        name="  王  建国 ",
        cert_number="11010519491231002x",
        phone="138-0013 8000",
    )
    assert (s.number, s.name, s.cert_number, s.phone) == (
        "330429W03",
        "王 建国",
        "11010519491231002X",
        "13800138000",
    )


@pytest.mark.parametrize(
    "kwargs, field, says",
    [
        ({}, "number", "请至少输入一项查找条件"),
        ({"number": "12"}, "number", "至少输入3位"),
        ({"number": "330429*"}, "number", "“*”不在其中"),
        ({"cert_number": "11010"}, "cert_number", "您只输入了5位"),
        ({"cert_number": "110105-1949"}, "cert_number", "“-”不在其中"),
        ({"phone": "8000"}, "phone", "您输入了4位"),
        ({"phone": "138abc"}, "phone", "“a”不是数字"),
        ({"name": "王" * 51}, "name", "姓名最多50个字符，您输入了51个"),
        ({"name": " 赵 "}, "name", "姓名至少输入2个字"),  # a surname alone would list half the hall
        ({"date_from": date(2026, 12, 1), "date_to": date(2026, 11, 1)}, "date_from", "晚于截止日期"),
        ({"date_from": date(2025, 1, 1), "date_to": date(2026, 11, 1)}, "date_from", "最多查找366天"),
    ],
)
def test_what_cannot_be_searched_says_why_and_where(kwargs, field, says):
    with pytest.raises(CaseSearchError) as refused:
        case_search(**kwargs)
    assert refused.value.field == field
    assert says in str(refused.value)


def test_one_end_of_a_date_range_is_bounded_to_a_year():
    s = case_search(date_from=date(2026, 1, 1))
    assert (s.date_from, s.date_to) == (date(2026, 1, 1), date(2027, 1, 1))  # 366 days at most
    s = case_search(date_to=date(2026, 12, 31))
    assert s.date_from == date(2025, 12, 31)
    assert s.ends_before() == datetime(2027, 1, 1)  # the last day counts whole


def test_the_id_number_matches_whole_the_name_in_part_the_phone_by_its_end():
    applicant = people_of(
        {"name": "王建国", "cert_number": "11010519491231002X", "phone": "138-0013-8000", "agent": None}
    )
    at = datetime(2026, 11, 20, 9)
    number = "330429W03-20261120-0007"
    assert matches(case_search(cert_number="11010519491231002x"), number, applicant, at)
    assert not matches(case_search(cert_number="110105194912310"), number, applicant, at)
    assert matches(case_search(name="建国"), number, applicant, at)
    assert matches(case_search(phone="00138000"), number, applicant, at)
    assert not matches(case_search(phone="1380013"), number, applicant, at)
    assert matches(
        case_search(date_from=date(2026, 11, 20), date_to=date(2026, 11, 20)), number, applicant, at
    )
    assert not matches(case_search(date_from=date(2026, 11, 21)), number, applicant, at)


def test_results_are_masked_and_like_patterns_take_wildcards_literally():
    masked = masked_applicant({"name": "王建国", "cert_number": "11010519491231002X", "phone": "13800138000"})
    assert (masked.name, masked.cert_number, masked.phone) == ("王**", "110105********002X", "138****8000")
    assert like_contains("50%_x") == "%50\\%\\_x%"


def test_the_second_party_and_each_agent_find_the_case_too():
    people = people_of(
        {"name": "王建国", "cert_number": "11010519491231002X", "agent": {"name": "John Smith", "phone": ""}},
        {
            "name": "李秀英",
            "cert_number": "341021195608120021",
            "phone": "13912345678",
            "english_name": "LI XIUYING",
        },
    )
    at, number = datetime(2026, 11, 20, 9), "330429W03-20261120-0007"
    assert [p["name"] for p in people] == ["王建国", "John Smith", "李秀英"]
    assert matches(case_search(cert_number="341021195608120021"), number, people, at)
    assert matches(case_search(name="秀英"), number, people, at)
    assert matches(case_search(name="smith"), number, people, at)
    assert matches(case_search(phone="12345678"), number, people, at)
    assert matches(case_search(name="xiuying"), number, people, at)
    assert not matches(case_search(name="张三"), number, people, at)
