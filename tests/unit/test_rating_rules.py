"""好差评 rules in the domain (app/domain/ratings.py): the five levels, 差评, the reasons a bad
rating needs, the published codes and the comment's length; the pad's wire codes map onto them."""

from __future__ import annotations

import pytest

from app.domain.ratings import (
    BAD_LEVELS,
    LEVELS,
    MAX_COMMENT,
    REASONS,
    RatingLevel,
    RatingRuleError,
    check_rating,
    is_bad,
    level_name,
    rating_problems,
    reason_name,
)
from drivers.evaluator import codes as wire


def test_five_levels_and_the_two_lowest_are_bad():
    assert [(int(level), level.label) for level in RatingLevel] == [
        (5, "非常满意"),
        (4, "满意"),
        (3, "基本满意"),
        (2, "不满意"),
        (1, "非常不满意"),
    ]
    assert set(BAD_LEVELS) == {1, 2}
    assert [lv for lv in LEVELS if is_bad(lv)] == [2, 1]
    assert RatingLevel(2).is_bad and not RatingLevel(3).is_bad
    assert level_name(9) == "未知等级9" and reason_name("R04") == "排队等候时间长" and reason_name("Z") == "Z"


def test_a_good_rating_carries_nothing_and_a_bad_one_names_a_reason():
    assert rating_problems(5, (), "") == []
    assert rating_problems(2, ("I3",), "办得慢") == []
    assert rating_problems(1, ("R99",), "多行\n说明") == []
    assert "须至少选择一项原因" in "".join(rating_problems(1, (), "太慢"))
    assert "不是差评" in "".join(rating_problems(4, ("R07",), ""))
    assert "不是差评" in "".join(rating_problems(3, (), "还行"))


@pytest.mark.parametrize(
    ("level", "reasons", "comment", "says"),
    [
        (True, (), "", "无效"),  # a bool is not a level
        (0, (), "", "无效"),
        (6, (), "", "无效"),
        ("5", (), "", "无效"),
        (1, ("X42",), "", "代码表"),
        (1, ("R01", "R01"), "", "重复"),
        (1, ("R01",), "字" * (MAX_COMMENT + 1), "不能超过200个字"),
        (2, ("R01",), "a\x07b", "控制字符"),
    ],
)
def test_what_the_domain_refuses(level, reasons, comment, says):
    with pytest.raises(RatingRuleError) as refused:
        check_rating(level, reasons, comment)
    assert says in str(refused.value) and refused.value.problems


def test_the_pads_wire_codes_are_the_domains_codes():
    assert set(wire.REASON_CODES) == set(REASONS)
    assert set(wire.LEVELS) == set(LEVELS)
    assert wire.ASKS_REASONS == BAD_LEVELS  # the pad asks reasons exactly for a 差评
    assert wire.MAX_TEXT == MAX_COMMENT
