"""Material checks (材料核验): which states a material may take and what blocks acceptance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.licences import Licence
from app.domain.materials_check import (
    MaterialCheck,
    MaterialRuleError,
    MaterialState,
    acceptance_problems,
    allowed_states,
    deficient,
    state_problem,
    supplement_problems,
    unchecked,
)
from app.domain.matters import Material, Necessity

REQUIRED = Material("M01", "营业执照申请书", necessity=Necessity.REQUIRED)
OPTIONAL = Material("M02", "场地使用证明", necessity=Necessity.OPTIONAL)
DEFERRABLE = Material("M03", "消防安全承诺书", necessity=Necessity.DEFERRABLE, defer_days=5)
COMMITTABLE = Material("M04", "住所证明", commitment_allowed=True)
E_LICENSABLE = Material("M05", "法定代表人身份证", e_licence_allowed=True)

MS = MaterialState


def check(material: Material, state: MaterialState = MS.PENDING, note: str = "") -> MaterialCheck:
    return MaterialCheck(material, state, note)


# --- the states ------------------------------------------------------------------------------


def test_state_labels() -> None:
    assert {s: s.label for s in MS} == {
        MS.PENDING: "未核验",
        MS.RECEIVED: "已收取",
        MS.MISSING: "缺少",
        MS.INVALID: "不符合要求",
        MS.DEFERRED: "容缺后补",
        MS.COMMITMENT: "告知承诺",
        MS.E_LICENCE: "电子证照",
        MS.NOT_PROVIDED: "未提供（非必要）",
    }


def test_which_states_satisfy_and_which_are_deficient() -> None:
    assert {s for s in MS if s.satisfies} == {MS.RECEIVED, MS.COMMITMENT, MS.E_LICENCE}
    assert {s for s in MS if s.is_deficient} == {MS.MISSING, MS.INVALID}


def test_a_new_check_is_pending_and_keyed_by_the_material_code() -> None:
    c = MaterialCheck(REQUIRED)
    assert c.state is MS.PENDING and c.code == "M01"
    assert c.note == "" and c.due_date is None and c.supplied_on is None


# --- state rules -------------------------------------------------------------------------------


def test_deferred_only_on_a_deferrable_material() -> None:
    assert state_problem(DEFERRABLE, MS.DEFERRED) is None
    assert check(DEFERRABLE).with_state(MS.DEFERRED).state is MS.DEFERRED
    for m in (REQUIRED, OPTIONAL, COMMITTABLE):
        with pytest.raises(MaterialRuleError, match=f"“{m.name}”不属于容缺后补材料，不能容缺受理"):
            check(m).with_state(MS.DEFERRED)


def test_commitment_only_when_allowed() -> None:
    assert check(COMMITTABLE).with_state(MS.COMMITMENT).state is MS.COMMITMENT
    with pytest.raises(MaterialRuleError, match="“营业执照申请书”不适用告知承诺"):
        check(REQUIRED).with_state(MS.COMMITMENT)
    with pytest.raises(MaterialRuleError, match="不适用告知承诺"):
        check(E_LICENSABLE).with_state(MS.COMMITMENT)


LICENCE = Licence(
    "居民身份证", "350102199001011234", "张三", "350102199001011234", "公安局", date(2016, 5, 4), None
)


def test_e_licence_only_when_allowed_and_only_with_the_licence_taken() -> None:
    taken = check(E_LICENSABLE).with_licence(LICENCE)
    assert taken.state is MS.E_LICENCE and taken.licence == LICENCE
    with pytest.raises(MaterialRuleError, match="“住所证明”不能以电子证照替代"):
        check(COMMITTABLE).with_licence(LICENCE)
    # a mark without a licence behind it would be a paper nobody gave: the library is asked first
    with pytest.raises(MaterialRuleError, match="“法定代表人身份证”要以电子证照替代，须先从电子证照库调取"):
        check(E_LICENSABLE).with_state(MS.E_LICENCE)
    # another mark lets the licence go
    assert taken.with_state(MS.RECEIVED).licence is None


def test_not_provided_is_refused_on_a_required_material() -> None:
    with pytest.raises(
        MaterialRuleError, match="“营业执照申请书”是必要材料，请核验为已收取、缺少或不符合要求"
    ):
        check(REQUIRED).with_state(MS.NOT_PROVIDED)
    assert check(OPTIONAL).with_state(MS.NOT_PROVIDED).state is MS.NOT_PROVIDED


def test_not_provided_is_refused_on_a_deferrable_material() -> None:
    assert state_problem(DEFERRABLE, MS.NOT_PROVIDED) is not None


@pytest.mark.parametrize("note", ["", "  ", "\u3000"])
def test_invalid_needs_a_note(note: str) -> None:
    with pytest.raises(MaterialRuleError, match="“营业执照申请书”不符合要求时，请写明原因"):
        check(REQUIRED).with_state(MS.INVALID, note)


def test_invalid_keeps_the_trimmed_note() -> None:
    c = check(REQUIRED).with_state(MS.INVALID, "  未加盖公章 ")
    assert c.state is MS.INVALID and c.note == "未加盖公章"


def test_missing_needs_no_note() -> None:
    assert check(REQUIRED).with_state(MS.MISSING).state is MS.MISSING


def test_with_state_returns_a_new_check_and_clears_dates_and_old_note() -> None:
    old = MaterialCheck(
        DEFERRABLE, MS.DEFERRED, note="旧说明", due_date=date(2026, 11, 27), supplied_on=date(2026, 11, 26)
    )
    new = old.with_state(MS.RECEIVED)
    assert new is not old
    assert old.state is MS.DEFERRED and old.due_date == date(2026, 11, 27)  # frozen, untouched
    assert (new.state, new.note, new.due_date, new.supplied_on) == (MS.RECEIVED, "", None, None)
    assert new.material == DEFERRABLE


NECESSITIES = st.sampled_from(list(Necessity))


@given(
    necessity=NECESSITIES,
    commitment=st.booleans(),
    e_licence=st.booleans(),
    state=st.sampled_from(list(MS)),
)
def test_state_rules_property(
    necessity: Necessity, commitment: bool, e_licence: bool, state: MaterialState
) -> None:
    m = Material(
        "X", "某材料", necessity=necessity, commitment_allowed=commitment, e_licence_allowed=e_licence
    )
    forbidden = (
        (state is MS.DEFERRED and necessity is not Necessity.DEFERRABLE)
        or (state is MS.COMMITMENT and not commitment)
        or (state is MS.E_LICENCE and not e_licence)
        or (state is MS.NOT_PROVIDED and necessity is not Necessity.OPTIONAL)
    )
    problem = state_problem(m, state)
    assert (problem is not None) == forbidden
    if problem is not None:
        assert "某材料" in problem
        with pytest.raises(MaterialRuleError):
            MaterialCheck(m).with_state(state, "说明")
    elif state is MS.E_LICENCE:  # allowed, but only with the licence taken (with_licence)
        with pytest.raises(MaterialRuleError):
            MaterialCheck(m).with_state(state, "说明")
    else:
        assert MaterialCheck(m).with_state(state, "说明").state is state


# --- what blocks acceptance, what a notice lists -------------------------------------------------


def test_unchecked_ignores_optional_materials() -> None:
    checks = [check(REQUIRED), check(OPTIONAL), check(DEFERRABLE), check(COMMITTABLE, MS.RECEIVED)]
    assert [c.code for c in unchecked(checks)] == ["M01", "M03"]
    assert unchecked(tuple(checks)) == unchecked(checks)
    assert unchecked([]) == []


def test_deficient_lists_every_missing_and_invalid_material_in_order() -> None:
    # an optional material the clerk marked 缺少 is demanded too (this applicant needs it);
    # one the applicant need not bring is marked 未提供 and is not listed
    checks = [
        check(COMMITTABLE, MS.INVALID, "过期"),
        check(REQUIRED, MS.MISSING),
        check(OPTIONAL, MS.MISSING),
        check(DEFERRABLE, MS.MISSING),
        check(E_LICENSABLE, MS.RECEIVED),
    ]
    assert [c.code for c in deficient(checks)] == ["M04", "M01", "M02", "M03"]
    assert deficient([check(OPTIONAL, MS.NOT_PROVIDED), check(OPTIONAL)]) == []


@pytest.mark.parametrize("state", [MS.RECEIVED, MS.COMMITMENT, MS.E_LICENCE, MS.DEFERRED, MS.NOT_PROVIDED])
def test_non_deficient_states_are_not_listed(state: MaterialState) -> None:
    m = replace(DEFERRABLE, commitment_allowed=True, e_licence_allowed=True)
    assert deficient([check(m, state)]) == []  # (an e-licence's check holds its licence: see above)
    assert unchecked([check(m, state)]) == []
    assert acceptance_problems([check(m, state)]) == []


def test_acceptance_problems_messages() -> None:
    checks = [
        check(REQUIRED),
        check(OPTIONAL),
        check(DEFERRABLE, MS.MISSING),
        check(COMMITTABLE, MS.INVALID, "地址不符"),
        check(E_LICENSABLE, MS.E_LICENCE),
    ]
    assert [(p.field, p.message) for p in acceptance_problems(checks)] == [
        ("material:M01", "“营业执照申请书”尚未核验"),
        ("material:M03", "“消防安全承诺书”缺少，不能受理，请出具一次性告知书"),
        ("material:M04", "“住所证明”不符合要求，不能受理，请出具一次性告知书"),
    ]
    assert [(p.field, p.message) for p in supplement_problems(checks)] == [
        ("material:M01", "“营业执照申请书”尚未核验")
    ]


def test_an_optional_material_marked_missing_blocks_acceptance_and_says_how_to_go_on() -> None:
    problems = acceptance_problems([check(REQUIRED, MS.RECEIVED), check(OPTIONAL, MS.MISSING)])
    assert [(p.field, p.message) for p in problems] == [
        (
            "material:M02",
            "“场地使用证明”缺少，不能受理，请出具一次性告知书（本次申请无需此材料的，请标为未提供）",
        )
    ]


def test_acceptance_problems_none_when_all_satisfied() -> None:
    checks = [
        check(REQUIRED, MS.RECEIVED),
        check(OPTIONAL),
        check(DEFERRABLE, MS.DEFERRED),
        check(COMMITTABLE, MS.COMMITMENT),
        check(E_LICENSABLE, MS.E_LICENCE),
    ]
    assert acceptance_problems(checks) == []


@given(st.lists(st.tuples(NECESSITIES, st.sampled_from(list(MS))), max_size=8))
def test_what_blocks_acceptance(items: list[tuple[Necessity, MaterialState]]) -> None:
    """Unchecked blocks unless optional; 缺少 and 不符合要求 block whatever the necessity."""
    checks = [
        MaterialCheck(Material(f"M{i}", f"材料{i}", necessity=n), s, "说明") for i, (n, s) in enumerate(items)
    ]
    blocking = {
        c.code
        for c in checks
        if c.state in (MS.MISSING, MS.INVALID)
        or (c.state is MS.PENDING and c.material.necessity is not Necessity.OPTIONAL)
    }
    problems = acceptance_problems(checks)
    assert len(problems) == len(blocking)
    assert {p.field for p in problems} == {f"material:{code}" for code in blocking}
    for c in checks:
        mentioned = any(f"“{c.material.name}”" in p.message for p in problems)
        assert mentioned == (c.code in blocking)


# --- the states a material may take ---------------------------------------------------------------


def test_allowed_states_per_necessity() -> None:
    always = (MS.PENDING, MS.RECEIVED, MS.MISSING, MS.INVALID)
    assert allowed_states(REQUIRED) == always
    assert allowed_states(OPTIONAL) == (*always, MS.NOT_PROVIDED)
    assert allowed_states(DEFERRABLE) == (*always, MS.DEFERRED)


def test_allowed_states_add_commitment_and_e_licence_only_where_the_catalog_allows() -> None:
    assert allowed_states(COMMITTABLE) == (MS.PENDING, MS.RECEIVED, MS.MISSING, MS.INVALID, MS.COMMITMENT)
    assert allowed_states(E_LICENSABLE) == (MS.PENDING, MS.RECEIVED, MS.MISSING, MS.INVALID, MS.E_LICENCE)
    both = replace(OPTIONAL, commitment_allowed=True, e_licence_allowed=True)
    assert allowed_states(both) == (
        *allowed_states(OPTIONAL)[:4],
        MS.COMMITMENT,
        MS.E_LICENCE,
        MS.NOT_PROVIDED,
    )


@given(necessity=NECESSITIES, commitment=st.booleans(), e_licence=st.booleans())
def test_allowed_states_are_exactly_the_states_with_checks_accept(
    necessity: Necessity, commitment: bool, e_licence: bool
) -> None:
    m = Material(
        "X", "某材料", necessity=necessity, commitment_allowed=commitment, e_licence_allowed=e_licence
    )
    for state in MS:
        if state is MS.E_LICENCE and state in allowed_states(m):  # offered: taken by its licence
            assert MaterialCheck(m).with_licence(LICENCE).state is state
        elif state in allowed_states(m):
            assert MaterialCheck(m).with_state(state, "说明").state is state
        else:
            with pytest.raises(MaterialRuleError):
                MaterialCheck(m).with_state(state, "说明")
