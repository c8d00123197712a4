"""A case at the window: opening it, the draft, and the decision (accept, deficiency notice, refuse)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from case_fixtures import (
    APP_FORM,
    CAL,
    FIRE_CERT,
    ID_CARD,
    LABELS,
    LEASE,
    OPENED,
    RESIDENCE,
    S,
    accepted_case,
    at,
    immediate_matter,
    new_case,
    person,
    promised_matter,
    ready_case,
    take_licence,
)

from app.domain.applicants import Applicant
from app.domain.case_status import (
    CaseRuleError,
    CaseStatus,
    DecisionRefused,
    ResultCode,
)
from app.domain.cases import (
    DEFAULT_DEFER_DAYS,
    DEFAULT_SUPPLEMENT_DAYS,
)
from app.domain.id_numbers import compute_check_digit
from app.domain.materials_check import MaterialRuleError, MaterialState
from app.domain.matters import (
    Bundle,
    CaseKind,
    LimitUnit,
    Necessity,
    TimeLimit,
)

# --- opening a case ------------------------------------------------------------------------


def test_open_case_for_a_matter() -> None:
    case = new_case()
    assert case.status is S.DRAFT
    assert case.matter_codes == ("11350100MB0000001X000104002000",)
    assert case.matter_names == ("食品经营许可",)
    assert case.department == "市场监督管理局"
    assert case.kind is CaseKind.PROMISED
    assert case.promised_limit == TimeLimit(5)
    assert case.matter_version == 3
    assert case.result_name == "食品经营许可证"
    assert [c.code for c in case.materials] == ["M01", "M02", "M03", "M04", "M05"]
    assert all(c.state is MaterialState.PENDING for c in case.materials)
    assert case.bundle_code == "" and case.bundle_name == ""
    assert case.version == 0
    assert [(e.kind, e.summary, e.actor, e.at) for e in case.events] == [
        ("created", "收件：食品经营许可", "李窗口", OPENED)
    ]
    assert case.accepted_at is None and case.promised_date is None


def test_open_case_for_a_bundle_merges_materials_and_departments() -> None:
    shared_loose = replace(APP_FORM, necessity=Necessity.OPTIONAL, copies=1)
    shared_strict = replace(APP_FORM, copies=2)
    a = promised_matter(TimeLimit(5), shared_loose, FIRE_CERT)
    b = replace(
        promised_matter(TimeLimit(15), shared_strict, RESIDENCE),
        implementation_code="11350100MB0000009X000104002001",
        name="公共场所卫生许可",
        result_name="卫生许可证",
    )
    c = immediate_matter(ID_CARD)
    bundle = Bundle("YJS001", "开餐馆一件事", (a, b, c))
    case = new_case(bundle)
    assert case.bundle_code == "YJS001" and case.bundle_name == "开餐馆一件事"
    assert case.matter_codes == (a.code, b.code, c.code)
    assert case.matter_names == ("食品经营许可", "公共场所卫生许可", "结婚登记")
    # the shared application form is asked for once, as strictly as the strictest matter wants
    assert [m.code for m in (x.material for x in case.materials)] == ["M01", "M03", "M04", "M05"]
    form = case.material("M01").material
    assert form.necessity is Necessity.REQUIRED
    assert form.copies == 2
    # market supervision appears once although two matters belong to it
    assert case.department == "市场监督管理局、民政局"
    assert case.kind is CaseKind.PROMISED  # one promised matter makes the bundle promised
    assert case.promised_limit == TimeLimit(15)  # the slowest matter
    assert case.result_name == "食品经营许可证、卫生许可证、结婚证"
    assert case.events[0].summary == "收件：开餐馆一件事"


def test_bundle_of_immediate_matters_opens_an_immediate_case() -> None:
    a = immediate_matter(ID_CARD)
    b = replace(immediate_matter(LEASE), implementation_code="X2", name="户口迁移")
    case = new_case(Bundle("YJS002", "结婚落户一件事", (a, b)))
    assert case.kind is CaseKind.IMMEDIATE
    assert case.department == "民政局"


# --- editing the draft -------------------------------------------------------------------


def test_update_applicant_and_check_material_bump_the_version() -> None:
    case = new_case()
    case.update_applicant(person())
    assert case.applicant.name == "张三" and case.version == 1
    check = case.check_material("M01", MaterialState.RECEIVED)
    assert check.state is MaterialState.RECEIVED
    assert case.material("M01").state is MaterialState.RECEIVED
    assert case.version == 2


def test_check_material_unknown_code() -> None:
    case = new_case()
    with pytest.raises(MaterialRuleError, match="没有编码为“M99”的材料"):
        case.check_material("M99", MaterialState.RECEIVED)
    with pytest.raises(MaterialRuleError, match="M99"):
        case.material("M99")
    assert case.version == 0


def test_check_material_rejects_a_state_the_matter_does_not_allow() -> None:
    case = new_case()
    with pytest.raises(MaterialRuleError, match="不属于容缺后补材料"):
        case.check_material("M01", MaterialState.DEFERRED)
    assert case.material("M01").state is MaterialState.PENDING
    assert case.version == 0


@pytest.mark.parametrize(
    "status",
    [S.ACCEPTED, S.IN_PROGRESS, S.SUSPENDED, S.DECIDED, S.RESULT_READY, S.ISSUED, S.REFUSED, S.CLOSED],
)
def test_draft_fields_are_frozen_after_the_decision(status: CaseStatus) -> None:
    case = new_case()
    case.status = status
    with pytest.raises(CaseRuleError, match=f"办件已“{LABELS[status]}”，不能修改申请人信息"):
        case.update_applicant(person())
    with pytest.raises(CaseRuleError, match=f"办件已“{LABELS[status]}”，不能修改材料核验结果"):
        case.check_material("M01", MaterialState.RECEIVED)
    assert case.version == 0


# --- accept ------------------------------------------------------------------------------


def test_accept_on_a_friday_counts_working_days() -> None:
    case = ready_case()
    v = case.version
    now = at(2026, 11, 20, 15)  # Friday afternoon
    case.accept(now, "李窗口", CAL)
    assert case.status is S.ACCEPTED
    assert case.accepted_at == now
    # 5 working days after Friday 20 Nov: 23, 24, 25, 26, 27 → Friday 27 November
    assert case.promised_date == date(2026, 11, 27)
    assert case.material("M03").due_date == date(2026, 11, 27)
    assert case.material("M01").due_date is None  # only deferred materials get a due date
    assert case.version == v + 1
    ev = case.events[-1]
    assert ev.kind == "accepted" and ev.actor == "李窗口" and ev.at == now
    assert ev.summary == "受理，承诺2026-11-27前办结，容缺后补1项"
    assert ev.detail == {"promised_date": "2026-11-27"}


def test_accept_before_national_day_skips_the_holiday_week() -> None:
    case = ready_case(promised_matter(TimeLimit(20)), when=at(2026, 9, 30))
    case.accept(at(2026, 9, 30), "李窗口", CAL)
    # 1–7 October are off; 8, 9, 10 (make-up Saturday), 12, 13 → 13 October
    assert case.material("M03").due_date == date(2026, 10, 13)
    assert case.promised_date == date(2026, 11, 3)


def test_deferred_material_without_a_period_gets_the_default() -> None:
    no_period = replace(FIRE_CERT, defer_days=0)
    case = ready_case(promised_matter(TimeLimit(5), APP_FORM, no_period), when=at(2026, 9, 30))
    case.accept(at(2026, 9, 30), "李窗口", CAL)
    assert DEFAULT_DEFER_DAYS == 10
    assert case.material("M03").due_date == date(2026, 10, 20)


def test_accept_without_deferred_materials_says_nothing_about_them() -> None:
    case = accepted_case(defer=False)
    assert case.events[-1].summary == "受理，承诺2026-11-27前办结"
    assert case.outstanding_deferred() == []


@pytest.mark.parametrize(
    ("accepted", "limit", "promised"),
    [
        (date(2026, 9, 30), TimeLimit(30, LimitUnit.CALENDAR_DAYS), date(2026, 10, 30)),
        (date(2026, 11, 20), TimeLimit(0, LimitUnit.CALENDAR_DAYS), date(2026, 11, 20)),
        (date(2026, 1, 31), TimeLimit(1, LimitUnit.MONTHS), date(2026, 2, 28)),
        (date(2026, 3, 15), TimeLimit(2, LimitUnit.MONTHS), date(2026, 5, 15)),
        (date(2026, 11, 30), TimeLimit(3, LimitUnit.MONTHS), date(2027, 2, 28)),
        (date(2026, 12, 31), TimeLimit(14, LimitUnit.MONTHS), date(2028, 2, 29)),
        (date(2026, 2, 12), TimeLimit(20), date(2026, 3, 18)),
    ],
)
def test_promised_date_by_unit(accepted: date, limit: TimeLimit, promised: date) -> None:
    when = datetime.combine(accepted, datetime.min.time()).replace(hour=10)
    case = ready_case(promised_matter(limit, APP_FORM), when=when)
    case.accept(when, "李窗口", CAL)
    assert case.promised_date == promised


def test_immediate_case_is_promised_today_even_without_holiday_data() -> None:
    when = at(2026, 12, 31)  # no 2027 data, but an immediate case needs none
    case = ready_case(immediate_matter(), when=when)
    case.accept(when, "李窗口", CAL)
    assert case.promised_date == date(2026, 12, 31)
    assert case.events[-1].summary == "受理（即办件）"


def test_accept_into_a_year_without_schedule_is_estimated_not_refused() -> None:
    when = at(2026, 12, 30)
    case = ready_case(when=when)  # 5 working days from 30 December reaches 2027
    case.accept(when, "李窗口", CAL)
    assert case.status is S.ACCEPTED
    assert case.promised_date == date(2027, 1, 6)  # weekends only in 2027
    assert case.promised_estimated
    assert case.events[-1].summary == "受理，承诺2027-01-06前办结（暂按周末计算），容缺后补1项"
    assert case.events[-1].detail == {"promised_date": "2027-01-06", "promised_estimated": True}


def test_deferred_due_date_in_a_year_without_schedule_counts_weekends_only() -> None:
    # the promised date (months) needs no calendar, the deferred material (5 working days) does
    when = at(2026, 12, 30)
    matter = promised_matter(TimeLimit(1, LimitUnit.MONTHS), APP_FORM, FIRE_CERT)
    case = ready_case(matter, when=when)
    case.accept(when, "李窗口", CAL)
    assert case.material("M03").due_date == date(2027, 1, 6)
    assert case.promised_date == date(2027, 1, 30) and not case.promised_estimated


def test_accept_blocked_by_unchecked_required_materials() -> None:
    case = new_case()
    case.update_applicant(person())
    case.check_material("M01", MaterialState.RECEIVED)
    with pytest.raises(CaseRuleError) as err:
        case.accept(at(2026, 11, 20), "李窗口", CAL)
    msg = str(err.value)
    assert msg.startswith("不能受理：")
    for name in ("消防安全承诺书", "住所证明", "法定代表人身份证"):
        assert f"“{name}”尚未核验" in msg
    assert "场地使用证明" not in msg  # an optional material may stay unchecked
    assert "营业执照申请书" not in msg
    assert case.status is S.DRAFT


def test_accept_blocked_by_missing_and_invalid_materials() -> None:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)
    case.check_material("M05", MaterialState.INVALID, "身份证已过期")
    version = case.version
    with pytest.raises(CaseRuleError) as err:
        case.accept(at(2026, 11, 20), "李窗口", CAL)
    msg = str(err.value)
    assert "“营业执照申请书”缺少，不能受理，请出具一次性告知书" in msg
    assert "“法定代表人身份证”不符合要求，不能受理" in msg
    assert case.status is S.DRAFT and case.version == version and case.promised_date is None


def test_optional_material_marked_missing_blocks_acceptance_until_marked_not_provided() -> None:
    # 缺少 on an optional material says this applicant needs it (see materials_check.deficient)
    case = ready_case()
    case.check_material("M02", MaterialState.MISSING)
    with pytest.raises(DecisionRefused, match="“场地使用证明”缺少，不能受理") as err:
        case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert [p.field for p in err.value.problems] == ["material:M02"]
    case.check_material("M02", MaterialState.NOT_PROVIDED)
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert case.status is S.ACCEPTED


def test_commitment_and_e_licence_count_as_provided() -> None:
    case = ready_case()
    case.check_material("M04", MaterialState.COMMITMENT)
    take_licence(case)
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert case.status is S.ACCEPTED


def test_accept_blocked_by_an_invalid_applicant_lists_every_problem() -> None:
    case = ready_case()
    case.update_applicant(Applicant(name="", cert_number="110105194912310021", phone="12345"))
    case.check_material("M01", MaterialState.MISSING)
    with pytest.raises(CaseRuleError) as err:
        case.accept(at(2026, 11, 20), "李窗口", CAL)
    msg = str(err.value)
    assert "请填写申请人姓名" in msg
    assert "校验位不符" in msg
    assert "联系电话格式不正确" in msg
    assert "“营业执照申请书”缺少" in msg
    assert msg.count("；") == 3  # four problems, all in one message
    assert case.status is S.DRAFT


def test_accept_blocked_by_the_empty_default_applicant() -> None:
    case = new_case(immediate_matter(LEASE))
    with pytest.raises(CaseRuleError, match="请填写申请人姓名"):
        case.accept(at(2026, 11, 20), "李窗口", CAL)


def test_accept_checks_the_applicant_on_the_day_of_acceptance() -> None:
    # born 2026-11-21: valid on the 21st, a future birth date on the 20th
    born_tomorrow = "110105202611210000"
    number = born_tomorrow[:17] + compute_check_digit(born_tomorrow[:17])
    case = ready_case()
    case.update_applicant(replace(person(), cert_number=number))
    with pytest.raises(CaseRuleError, match="晚于今天"):
        case.accept(at(2026, 11, 20), "李窗口", CAL)
    case.accept(at(2026, 11, 23), "李窗口", CAL)
    assert case.status is S.ACCEPTED


# --- one-time deficiency notice and the applicant's return --------------------------------


def test_request_supplement_requires_every_required_material_checked() -> None:
    case = new_case()
    case.check_material("M01", MaterialState.MISSING)
    case.check_material("M04", MaterialState.RECEIVED)
    with pytest.raises(CaseRuleError) as err:
        case.request_supplement(at(2026, 11, 20), "李窗口")
    msg = str(err.value)
    assert msg.startswith("一次性告知须列明全部问题，请先核验：")
    assert "“消防安全承诺书”" in msg and "“法定代表人身份证”" in msg
    assert "营业执照申请书" not in msg and "场地使用证明" not in msg
    assert case.status is S.DRAFT and case.supplement_deadline is None


def test_request_supplement_lists_exactly_the_missing_and_invalid() -> None:
    case = new_case()
    case.update_applicant(person())  # the notice is addressed to the applicant
    case.check_material("M01", MaterialState.MISSING, "请携带原件")
    case.check_material("M02", MaterialState.MISSING)  # optional, but this applicant needs it
    case.check_material("M03", MaterialState.INVALID, "未签字")
    case.check_material("M04", MaterialState.COMMITMENT)
    case.check_material("M05", MaterialState.RECEIVED)
    version = case.version
    now = at(2026, 11, 20)
    missing = case.request_supplement(now, "李窗口")
    assert [c.code for c in missing] == ["M01", "M02", "M03"]
    assert [c.note for c in missing] == ["请携带原件", "", "未签字"]
    assert case.status is S.SUPPLEMENT_REQUESTED
    assert DEFAULT_SUPPLEMENT_DAYS == 30
    # 30 days on is Sunday 2026-12-20: the period ends on the next working day (民法典第二百零三条)
    assert case.supplement_deadline == date(2026, 12, 21)
    assert case.version == version + 1
    ev = case.events[-1]
    assert ev.kind == "supplement_requested"
    assert ev.summary == "一次性告知补正3项：营业执照申请书、场地使用证明、消防安全承诺书，2026-12-21前补正"
    assert ev.detail == {"missing": ["M01", "M02", "M03"], "deadline": "2026-12-21"}


def test_request_supplement_with_an_explicit_deadline() -> None:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)
    case.request_supplement(at(2026, 11, 20), "李窗口", deadline=date(2026, 11, 30))
    assert case.supplement_deadline == date(2026, 11, 30)


def test_request_supplement_with_nothing_missing_is_refused() -> None:
    case = ready_case()
    case.check_material("M02", MaterialState.NOT_PROVIDED)  # optional, not needed: not missing
    with pytest.raises(CaseRuleError, match="无需出具一次性告知书"):
        case.request_supplement(at(2026, 11, 20), "李窗口")
    assert case.status is S.DRAFT


def test_applicant_returns_with_the_rest_and_is_accepted() -> None:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)
    case.check_material("M05", MaterialState.INVALID, "复印件不清晰")
    case.request_supplement(at(2026, 11, 20), "李窗口")
    # still deficient: cannot accept yet
    with pytest.raises(CaseRuleError, match="营业执照申请书"):
        case.accept(at(2026, 11, 25), "李窗口", CAL)
    assert case.status is S.SUPPLEMENT_REQUESTED
    case.check_material("M01", MaterialState.RECEIVED)
    take_licence(case)
    assert case.material("M05").note == ""
    case.accept(at(2026, 11, 25, 14), "王窗口", CAL)
    assert case.status is S.ACCEPTED
    assert case.accepted_at == at(2026, 11, 25, 14)
    assert case.promised_date == date(2026, 12, 2)  # 5 working days after Wednesday 25th
    assert case.material("M03").due_date == date(2026, 12, 2)
    assert [e.kind for e in case.events] == ["created", "supplement_requested", "accepted"]


# --- refuse ------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", "\u3000"])
def test_refuse_requires_a_reason(reason: str) -> None:
    case = new_case()
    case.update_applicant(person())
    with pytest.raises(CaseRuleError, match="不予受理须写明理由"):
        case.refuse(at(2026, 11, 20), "李窗口", reason)
    assert case.status is S.DRAFT and case.version == 1 and case.result_code is None


def test_refuse_from_draft_and_after_a_notice() -> None:
    case = new_case()
    case.update_applicant(person())
    case.refuse(at(2026, 11, 20), "李窗口", "  不属于本机关职权范围 ")
    assert case.status is S.REFUSED
    assert case.refusal_reason == "不属于本机关职权范围"
    assert case.result_code is ResultCode.REFUSED
    assert case.events[-1].summary == "不予受理：不属于本机关职权范围"
    assert case.events[-1].kind == "refused"
    assert case.version == 2

    later = ready_case()
    later.check_material("M01", MaterialState.MISSING)
    later.request_supplement(at(2026, 11, 20), "李窗口")
    later.refuse(at(2026, 11, 24), "李窗口", "申请事项依法不需要取得行政许可")
    assert later.status is S.REFUSED
