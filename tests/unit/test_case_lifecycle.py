"""The life of a case (办件): opening, the window's decision, the back office, issuance.

Matters and materials are built here, small and explicit, so every expectation can be read off
the fixture. Working days come from the real 2026 schedule (chinese_calendar); 2027 has no data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.case_factory import open_case
from app.domain.case_status import (
    CaseRuleError,
    CaseStatus,
    InvalidTransition,
    IssuanceMethod,
    ResultCode,
)
from app.domain.cases import (
    DEFAULT_DEFER_DAYS,
    DEFAULT_SUPPLEMENT_DAYS,
    Case,
    Issuance,
    deadline_flag,
)
from app.domain.id_numbers import compute_check_digit
from app.domain.materials_check import MaterialRuleError, MaterialState
from app.domain.matters import (
    Bundle,
    CaseKind,
    Department,
    LimitUnit,
    Material,
    Matter,
    Necessity,
    TimeLimit,
)
from app.domain.working_days import NoScheduleError, WorkCalendar

CAL = WorkCalendar()
S = CaseStatus
VALID_ID = "11010519491231002X"
CREDIT_CODE = "91350100M000100Y43"

# Explicit labels, written out here rather than read from the code under test.
LABELS = {
    S.DRAFT: "收件中",
    S.SUPPLEMENT_REQUESTED: "待补正",
    S.REFUSED: "不予受理",
    S.ACCEPTED: "已受理",
    S.IN_PROGRESS: "审查中",
    S.SUSPENDED: "特别程序中",
    S.DECIDED: "已办结",
    S.RESULT_READY: "待出件",
    S.ISSUED: "已出件",
    S.CLOSED: "已终止",
}

# --- fixtures: a promised matter with every kind of material, an immediate matter -----------

APP_FORM = Material("M01", "营业执照申请书", necessity=Necessity.REQUIRED)
LEASE = Material("M02", "场地使用证明", necessity=Necessity.OPTIONAL)
FIRE_CERT = Material("M03", "消防安全承诺书", necessity=Necessity.DEFERRABLE, defer_days=5)
RESIDENCE = Material("M04", "住所证明", necessity=Necessity.REQUIRED, commitment_allowed=True)
ID_CARD = Material("M05", "法定代表人身份证", necessity=Necessity.REQUIRED, e_licence_allowed=True)

MARKET = Department("11350100MB0000001X", "市场监督管理局")
CIVIL = Department("11350100MB0000002X", "民政局")


FIVE_DAYS = TimeLimit(5)


def promised_matter(limit: TimeLimit = FIVE_DAYS, *materials: Material) -> Matter:
    return Matter(
        catalog_code="000104002000",
        implementation_code="11350100MB0000001X000104002000",
        name="食品经营许可",
        matter_type="行政许可",
        department=MARKET,
        case_kind=CaseKind.PROMISED,
        statutory_limit=TimeLimit(20),
        promised_limit=limit,
        materials=materials or (APP_FORM, LEASE, FIRE_CERT, RESIDENCE, ID_CARD),
        result_name="食品经营许可证",
        version=3,
    )


def immediate_matter(*materials: Material) -> Matter:
    return Matter(
        catalog_code="000111001000",
        implementation_code="11350100MB0000002X000111001000",
        name="结婚登记",
        matter_type="行政确认",
        department=CIVIL,
        case_kind=CaseKind.IMMEDIATE,
        statutory_limit=TimeLimit(0),
        promised_limit=TimeLimit(0),
        materials=materials or (ID_CARD, LEASE),
        result_name="结婚证",
    )


def person() -> Applicant:
    return Applicant(
        type=ApplicantType.NATURAL_PERSON,
        name="张三",
        cert_type=CertificateType.RESIDENT_ID,
        cert_number=VALID_ID,
        phone="13812343210",
    )


def at(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, 0)


OPENED = at(2026, 11, 20, 9)  # a Friday


def new_case(matter: Matter | Bundle | None = None, when: datetime = OPENED) -> Case:
    return open_case(matter or promised_matter(), "c1", "3501002026112001001", when, "李窗口", "3号窗口")


def ready_case(matter: Matter | None = None, when: datetime = OPENED, *, defer: bool = True) -> Case:
    """A draft whose applicant and materials are all fine: accept() will pass."""
    case = new_case(matter, when)
    case.update_applicant(person())
    for c in list(case.materials):
        m = c.material
        if m.necessity is Necessity.OPTIONAL:
            continue
        if m.necessity is Necessity.DEFERRABLE and defer:
            case.check_material(m.code, MaterialState.DEFERRED)
        else:
            case.check_material(m.code, MaterialState.RECEIVED)
    return case


ACCEPT_DAY = datetime(2026, 11, 20, 10)  # a Friday


def accepted_case(matter: Matter | None = None, when: datetime = ACCEPT_DAY, *, defer: bool = False) -> Case:
    case = ready_case(matter, when, defer=defer)
    case.accept(when, "李窗口", CAL)
    return case


def in_window(case: Case) -> Issuance:
    return Issuance(IssuanceMethod.IN_PERSON, "张三", VALID_ID, at(2026, 12, 10))


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


def test_accept_into_a_year_without_schedule_changes_nothing() -> None:
    when = at(2026, 12, 30)
    case = ready_case(when=when)  # 5 working days from 30 December reaches 2027
    before_version, before_events = case.version, list(case.events)
    with pytest.raises(NoScheduleError, match="2027年的法定节假日安排尚未载入"):
        case.accept(when, "李窗口", CAL)
    assert case.status is S.DRAFT
    assert case.version == before_version
    assert case.events == before_events
    assert case.accepted_at is None and case.promised_date is None
    assert all(c.due_date is None for c in case.materials)


def test_deferred_due_date_in_a_year_without_schedule_changes_nothing() -> None:
    # the promised date (months) needs no calendar, the deferred material (5 working days) does
    when = at(2026, 12, 30)
    matter = promised_matter(TimeLimit(1, LimitUnit.MONTHS), APP_FORM, FIRE_CERT)
    case = ready_case(matter, when=when)
    version = case.version
    with pytest.raises(NoScheduleError):
        case.accept(when, "李窗口", CAL)
    assert case.status is S.DRAFT and case.version == version
    assert case.material("M03").due_date is None
    assert case.promised_date is None


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


def test_optional_material_marked_missing_does_not_block_acceptance() -> None:
    case = ready_case()
    case.check_material("M02", MaterialState.MISSING)
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert case.status is S.ACCEPTED


def test_commitment_and_e_licence_count_as_provided() -> None:
    case = ready_case()
    case.check_material("M04", MaterialState.COMMITMENT)
    case.check_material("M05", MaterialState.E_LICENCE)
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
    case.check_material("M01", MaterialState.MISSING, "请携带原件")
    case.check_material("M02", MaterialState.MISSING)  # optional: never on the notice
    case.check_material("M03", MaterialState.INVALID, "未签字")
    case.check_material("M04", MaterialState.COMMITMENT)
    case.check_material("M05", MaterialState.RECEIVED)
    version = case.version
    now = at(2026, 11, 20)
    missing = case.request_supplement(now, "李窗口")
    assert [c.code for c in missing] == ["M01", "M03"]
    assert [c.note for c in missing] == ["请携带原件", "未签字"]
    assert case.status is S.SUPPLEMENT_REQUESTED
    assert DEFAULT_SUPPLEMENT_DAYS == 30
    assert case.supplement_deadline == date(2026, 12, 20)
    assert case.version == version + 1
    ev = case.events[-1]
    assert ev.kind == "supplement_requested"
    assert ev.summary == "一次性告知补正2项：营业执照申请书、消防安全承诺书"
    assert ev.detail == {"missing": ["M01", "M03"], "deadline": "2026-12-20"}


def test_request_supplement_with_an_explicit_deadline() -> None:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)
    case.request_supplement(at(2026, 11, 20), "李窗口", deadline=date(2026, 11, 30))
    assert case.supplement_deadline == date(2026, 11, 30)


def test_request_supplement_with_nothing_missing_is_refused() -> None:
    case = ready_case()
    case.check_material("M02", MaterialState.MISSING)  # optional only
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
    case.check_material("M05", MaterialState.E_LICENCE)
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
    with pytest.raises(CaseRuleError, match="不予受理须写明理由"):
        case.refuse(at(2026, 11, 20), "李窗口", reason)
    assert case.status is S.DRAFT and case.version == 0 and case.result_code is None


def test_refuse_from_draft_and_after_a_notice() -> None:
    case = new_case()
    case.refuse(at(2026, 11, 20), "李窗口", "  不属于本机关职权范围 ")
    assert case.status is S.REFUSED
    assert case.refusal_reason == "不属于本机关职权范围"
    assert case.result_code is ResultCode.REFUSED
    assert case.events[-1].summary == "不予受理：不属于本机关职权范围"
    assert case.events[-1].kind == "refused"
    assert case.version == 1

    later = ready_case()
    later.check_material("M01", MaterialState.MISSING)
    later.request_supplement(at(2026, 11, 20), "李窗口")
    later.refuse(at(2026, 11, 24), "李窗口", "申请事项依法不需要取得行政许可")
    assert later.status is S.REFUSED


# --- back office ---------------------------------------------------------------------------


def test_record_steps() -> None:
    case = accepted_case()
    v = case.version
    case.record_step(at(2026, 11, 23), "审核员甲", "承办", "材料齐全")
    assert case.status is S.IN_PROGRESS
    case.record_step(at(2026, 11, 24), "科长乙", "审核")
    assert case.status is S.IN_PROGRESS
    assert [e.summary for e in case.events[-2:]] == ["承办：材料齐全", "审核"]
    assert case.events[-1].detail == {"step": "审核", "opinion": ""}
    assert case.events[-2].kind == "step"
    assert case.version == v + 2


def test_suspend_and_resume_extends_the_promised_date() -> None:
    case = accepted_case()  # Friday 20 Nov, 5 working days → 27 Nov
    assert case.promised_date == date(2026, 11, 27)
    case.record_step(at(2026, 11, 23, 9), "审核员甲", "承办")
    case.suspend(at(2026, 11, 23, 11), "审核员甲", "专家评审")
    assert case.status is S.SUSPENDED
    assert case.suspended_since == date(2026, 11, 23)
    assert case.events[-1].summary == "特别程序开始：专家评审，暂停计时"
    assert not case.status.clock_runs
    v = case.version
    case.resume(at(2026, 11, 25, 16), "审核员甲", CAL)
    assert case.status is S.IN_PROGRESS
    assert case.suspended_since is None
    assert case.suspended_days == 2
    assert case.promised_date == date(2026, 12, 1)
    assert case.events[-1].kind == "resumed"
    assert case.events[-1].summary == "特别程序结束，暂停2个工作日，承诺办结日顺延至2026-12-01"
    assert case.version == v + 1


def test_suspension_over_a_weekend_counts_only_working_days() -> None:
    case = accepted_case()
    case.suspend(at(2026, 11, 20, 16), "审核员甲", "检测")  # Friday
    case.resume(at(2026, 11, 23, 9), "审核员甲", CAL)  # Monday
    assert case.suspended_days == 1
    assert case.promised_date == date(2026, 11, 30)
    # a second suspension adds up
    case.suspend(at(2026, 11, 24), "审核员甲", "鉴定")
    case.resume(at(2026, 11, 27), "审核员甲", CAL)
    assert case.suspended_days == 4
    assert case.promised_date == date(2026, 12, 3)


def test_suspend_requires_a_procedure() -> None:
    case = accepted_case()
    v = case.version
    with pytest.raises(CaseRuleError, match="请写明特别程序"):
        case.suspend(at(2026, 11, 23), "审核员甲", "  ")
    assert case.status is S.ACCEPTED and case.suspended_since is None and case.version == v


def test_record_step_while_suspended_does_not_silently_end_the_suspension() -> None:
    case = accepted_case()
    case.suspend(at(2026, 11, 23), "审核员甲", "鉴定")
    with contextlib.suppress(CaseRuleError):
        case.record_step(at(2026, 11, 25), "审核员甲", "审核", "等待鉴定结论")
    assert case.status is S.SUSPENDED
    assert case.suspended_since == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("code", "target"),
    [
        (ResultCode.CERTIFICATE, S.DECIDED),
        (ResultCode.DENIED, S.DECIDED),
        (ResultCode.VOIDED, S.CLOSED),
        (ResultCode.DELETED, S.CLOSED),
        (ResultCode.FORWARDED, S.CLOSED),
    ],
)
def test_decide_with_each_result_code(code: ResultCode, target: CaseStatus) -> None:
    case = accepted_case()
    case.record_step(at(2026, 11, 23), "审核员甲", "审核")
    needs_reason = int(code) != 0
    if needs_reason:
        v = case.version
        with pytest.raises(CaseRuleError, match="须写明理由"):
            case.decide(at(2026, 11, 24), "科长乙", code, " ")
        assert case.status is S.IN_PROGRESS and case.result_code is None and case.version == v
    case.decide(at(2026, 11, 24), "科长乙", code, "依据第十条" if needs_reason else "")
    assert case.status is target
    assert case.result_code is code
    assert case.events[-1].kind == "decided"
    assert case.events[-1].detail == {"result_code": int(code)}
    label = ["出证办结", "不予许可/退回", "作废", "删除", "转报"][int(code)]
    assert case.events[-1].summary == (f"{label}：依据第十条" if needs_reason else label)


def test_result_codes_needing_a_reason() -> None:
    assert [int(c) for c in ResultCode if c.needs_reason] == [1, 2, 3, 4, 5]
    assert [c.label for c in ResultCode] == [
        "出证办结",
        "不予许可/退回",
        "作废",
        "删除",
        "转报",
        "补正超时驳回",
        "不予受理",
    ]


def test_decide_certificate_needs_no_reason_but_keeps_one() -> None:
    case = accepted_case()
    case.decide(at(2026, 11, 24), "科长乙", ResultCode.CERTIFICATE, " 同意 ")
    assert case.result_reason == "同意"
    assert case.events[-1].summary == "出证办结：同意"


@pytest.mark.parametrize("status", [S.DRAFT, S.ACCEPTED, S.IN_PROGRESS])
def test_decide_refused_is_only_for_the_window(status: CaseStatus) -> None:
    case = accepted_case()
    case.status = status
    v = case.version
    with pytest.raises(CaseRuleError, match="不予受理只能在窗口受理环节作出"):
        case.decide(at(2026, 11, 24), "科长乙", ResultCode.REFUSED, "理由")
    assert case.status is status and case.version == v


def _noticed_case(deadline: date = date(2026, 11, 30)) -> Case:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)
    case.request_supplement(at(2026, 11, 20), "李窗口", deadline=deadline)
    return case


@pytest.mark.parametrize("day", [date(2026, 11, 20), date(2026, 11, 29), date(2026, 11, 30)])
def test_close_for_supplement_timeout_before_the_deadline(day: date) -> None:
    case = _noticed_case()
    v = case.version
    with pytest.raises(CaseRuleError, match="补正期限2026-11-30尚未届满"):
        case.close_for_supplement_timeout(datetime.combine(day, datetime.max.time()), "李窗口")
    assert case.status is S.SUPPLEMENT_REQUESTED and case.version == v


def test_close_for_supplement_timeout_after_the_deadline() -> None:
    case = _noticed_case()
    case.close_for_supplement_timeout(at(2026, 12, 1, 8), "李窗口")
    assert case.status is S.CLOSED
    assert case.result_code is ResultCode.SUPPLEMENT_TIMEOUT
    assert case.result_reason == "申请人未在期限内补正材料"
    assert case.events[-1].summary == "补正超时驳回"
    assert case.events[-1].detail == {"result_code": 5}


def test_supplement_timeout_cannot_close_a_case_accepted_after_the_notice() -> None:
    case = _noticed_case(deadline=date(2026, 11, 25))
    case.check_material("M01", MaterialState.RECEIVED)
    case.accept(at(2026, 11, 24), "李窗口", CAL)
    with pytest.raises(InvalidTransition):
        case.close_for_supplement_timeout(at(2026, 12, 1), "李窗口")


def test_decide_supplement_timeout_cannot_bypass_the_deadline() -> None:
    case = _noticed_case(deadline=date(2026, 11, 30))
    with pytest.raises(CaseRuleError):
        case.decide(at(2026, 11, 21), "李窗口", ResultCode.SUPPLEMENT_TIMEOUT, "未补正")
    assert case.status is S.SUPPLEMENT_REQUESTED


def test_result_arrived() -> None:
    case = accepted_case()
    case.decide(at(2026, 11, 24), "科长乙", ResultCode.CERTIFICATE)
    assert case.status is S.DECIDED
    case.result_arrived(at(2026, 11, 25), "李窗口", " JY13501000000001 ")
    assert case.status is S.RESULT_READY
    assert case.certificate_number == "JY13501000000001"
    assert case.events[-1].kind == "result_ready"
    assert case.events[-1].summary == "结果到件：食品经营许可证（JY13501000000001）"


def test_result_arrived_without_a_name_or_number() -> None:
    case = accepted_case(promised_matter(TimeLimit(5), APP_FORM))
    case.result_name = ""
    case.decide(at(2026, 11, 24), "科长乙", ResultCode.DENIED, "不符合条件")
    case.result_arrived(at(2026, 11, 25), "李窗口")
    assert case.events[-1].summary == "结果到件：办理结果"


def test_complete_at_window_for_an_immediate_case() -> None:
    case = accepted_case(immediate_matter())
    v = case.version
    case.complete_at_window(at(2026, 11, 20, 10), "李窗口", "JH2026-001")
    assert case.status is S.RESULT_READY
    assert case.result_code is ResultCode.CERTIFICATE
    assert case.certificate_number == "JH2026-001"
    assert [e.kind for e in case.events[-2:]] == ["decided", "result_ready"]
    assert case.version == v + 2
    case.issue(at(2026, 11, 20, 10), "李窗口", in_window(case))
    assert case.status is S.ISSUED


def test_complete_at_window_refused_for_a_promised_case() -> None:
    case = accepted_case()
    v = case.version
    with pytest.raises(CaseRuleError, match="承诺件须经后台审批，不能当场办结"):
        case.complete_at_window(at(2026, 11, 20), "李窗口")
    assert case.status is S.ACCEPTED and case.version == v


def test_complete_at_window_needs_acceptance_first() -> None:
    case = ready_case(immediate_matter())
    with pytest.raises(InvalidTransition, match="办件当前为“收件中”"):
        case.complete_at_window(at(2026, 11, 20), "李窗口")
    assert case.status is S.DRAFT


# --- deferred materials and issuance -------------------------------------------------------


def _result_ready_with_deferred() -> Case:
    case = accepted_case(defer=True)
    case.decide(at(2026, 11, 24), "科长乙", ResultCode.CERTIFICATE)
    case.result_arrived(at(2026, 11, 25), "李窗口")
    return case


def test_issue_blocked_while_deferred_material_is_outstanding() -> None:
    case = _result_ready_with_deferred()
    assert [c.code for c in case.outstanding_deferred()] == ["M03"]
    v = case.version
    with pytest.raises(CaseRuleError, match=r"容缺材料尚未补齐（消防安全承诺书），补交后方可出件"):
        case.issue(at(2026, 11, 26), "李窗口", in_window(case))
    assert case.status is S.RESULT_READY and case.issuance is None and case.version == v

    case.supply_deferred(at(2026, 11, 26), "李窗口", "M03")
    supplied = case.material("M03")
    assert supplied.supplied_on == date(2026, 11, 26)
    assert supplied.due_date == date(2026, 11, 27)  # kept
    assert supplied.state is MaterialState.DEFERRED
    assert case.outstanding_deferred() == []
    assert case.events[-1].kind == "deferred_supplied"
    assert case.events[-1].summary == "补交容缺材料：消防安全承诺书"
    assert case.version == v + 1
    assert case.status is S.RESULT_READY  # supplying does not move the case

    case.issue(at(2026, 11, 26), "李窗口", in_window(case))
    assert case.status is S.ISSUED


def test_supply_deferred_only_for_an_outstanding_deferred_material() -> None:
    case = accepted_case(defer=True)
    with pytest.raises(CaseRuleError, match="“营业执照申请书”不是待补交的容缺材料"):
        case.supply_deferred(at(2026, 11, 23), "李窗口", "M01")
    case.supply_deferred(at(2026, 11, 23), "李窗口", "M03")
    v = case.version
    with pytest.raises(CaseRuleError, match="不是待补交的容缺材料"):
        case.supply_deferred(at(2026, 11, 24), "李窗口", "M03")
    assert case.material("M03").supplied_on == date(2026, 11, 23)
    assert case.version == v
    with pytest.raises(MaterialRuleError):
        case.supply_deferred(at(2026, 11, 24), "李窗口", "M99")


def test_issue_in_person_agent_and_post() -> None:
    for method, who, summary in [
        (IssuanceMethod.IN_PERSON, "张三", "出件（本人领取）：张三"),
        (IssuanceMethod.AGENT, "李四", "出件（代领）：李四"),
    ]:
        case = _result_ready_with_deferred()
        case.supply_deferred(at(2026, 11, 26), "李窗口", "M03")
        v = case.version
        issuance = Issuance(method, who, VALID_ID, at(2026, 11, 26))
        case.issue(at(2026, 11, 26), "李窗口", issuance)
        assert case.status is S.ISSUED and case.issuance == issuance
        assert case.events[-1].kind == "issued" and case.events[-1].summary == summary
        assert case.version == v + 1


def test_issue_needs_a_collector_name_unless_posted() -> None:
    case = _result_ready_with_deferred()
    case.supply_deferred(at(2026, 11, 26), "李窗口", "M03")
    with pytest.raises(CaseRuleError, match="请填写领取人姓名"):
        case.issue(
            at(2026, 11, 26), "李窗口", Issuance(IssuanceMethod.AGENT, " ", VALID_ID, at(2026, 11, 26))
        )
    assert case.status is S.RESULT_READY


def test_issue_by_post_needs_a_tracking_number() -> None:
    case = _result_ready_with_deferred()
    case.supply_deferred(at(2026, 11, 26), "李窗口", "M03")
    no_number = Issuance(IssuanceMethod.POST, "", "", at(2026, 11, 26), post_address="福州市鼓楼区")
    v = case.version
    with pytest.raises(CaseRuleError, match="邮寄出件请填写快递单号"):
        case.issue(at(2026, 11, 26), "李窗口", no_number)
    assert case.status is S.RESULT_READY and case.version == v
    posted = replace(no_number, tracking_number="SF1234567890")
    case.issue(at(2026, 11, 26), "李窗口", posted)
    assert case.status is S.ISSUED
    assert case.events[-1].summary == "出件（邮寄）：SF1234567890"


def test_full_life_events_and_versions() -> None:
    case = new_case()
    steps: list[Callable[[], object]] = [
        lambda: case.update_applicant(person()),
        lambda: case.check_material("M01", MaterialState.RECEIVED),
        lambda: case.check_material("M03", MaterialState.DEFERRED),
        lambda: case.check_material("M04", MaterialState.COMMITMENT),
        lambda: case.check_material("M05", MaterialState.E_LICENCE),
        lambda: case.accept(at(2026, 11, 20), "李窗口", CAL),
        lambda: case.record_step(at(2026, 11, 23), "甲", "承办"),
        lambda: case.suspend(at(2026, 11, 23), "甲", "检验"),
        lambda: case.resume(at(2026, 11, 24), "甲", CAL),
        lambda: case.decide(at(2026, 11, 25), "乙", ResultCode.CERTIFICATE),
        lambda: case.result_arrived(at(2026, 11, 26), "李窗口", "No.1"),
        lambda: case.supply_deferred(at(2026, 11, 26), "李窗口", "M03"),
        lambda: case.issue(at(2026, 11, 26), "李窗口", in_window(case)),
    ]
    for i, step in enumerate(steps, start=1):
        step()
        assert case.version == i
    assert [e.kind for e in case.events] == [
        "created",
        "accepted",
        "step",
        "suspended",
        "resumed",
        "decided",
        "result_ready",
        "deferred_supplied",
        "issued",
    ]
    assert all(e.summary and any("\u4e00" <= ch <= "\u9fff" for ch in e.summary) for e in case.events)
    assert case.status.is_final


# --- the transition table --------------------------------------------------------------------


def _issuance() -> Issuance:
    return Issuance(IssuanceMethod.POST, "", "", at(2026, 11, 26), tracking_number="SF1")


ACTIONS: dict[str, Callable[[Case], object]] = {
    "accept": lambda c: c.accept(at(2026, 11, 20), "x", CAL),
    "request_supplement": lambda c: c.request_supplement(at(2026, 11, 20), "x"),
    "refuse": lambda c: c.refuse(at(2026, 11, 20), "x", "理由"),
    "record_step": lambda c: c.record_step(at(2026, 11, 23), "x", "审核"),
    "suspend": lambda c: c.suspend(at(2026, 11, 23), "x", "鉴定"),
    "resume": lambda c: c.resume(at(2026, 11, 24), "x", CAL),
    "decide_certificate": lambda c: c.decide(at(2026, 11, 24), "x", ResultCode.CERTIFICATE),
    "decide_denied": lambda c: c.decide(at(2026, 11, 24), "x", ResultCode.DENIED, "理由"),
    "decide_voided": lambda c: c.decide(at(2026, 11, 24), "x", ResultCode.VOIDED, "理由"),
    "close_for_supplement_timeout": lambda c: c.close_for_supplement_timeout(at(2026, 12, 31), "x"),
    "result_arrived": lambda c: c.result_arrived(at(2026, 11, 25), "x"),
    "issue": lambda c: c.issue(at(2026, 11, 26), "x", _issuance()),
}

# Where each action may start, written out from DOMAIN.md's life of a case.
ALLOWED_FROM: dict[str, set[CaseStatus]] = {
    "accept": {S.DRAFT, S.SUPPLEMENT_REQUESTED},
    "request_supplement": {S.DRAFT},
    "refuse": {S.DRAFT, S.SUPPLEMENT_REQUESTED},
    "record_step": {S.ACCEPTED, S.IN_PROGRESS},
    "suspend": {S.ACCEPTED, S.IN_PROGRESS},
    "resume": {S.SUSPENDED},
    "decide_certificate": {S.ACCEPTED, S.IN_PROGRESS},
    "decide_denied": {S.ACCEPTED, S.IN_PROGRESS},
    # 作废 may also end an application that never got accepted
    "decide_voided": {S.DRAFT, S.SUPPLEMENT_REQUESTED, S.ACCEPTED, S.IN_PROGRESS},
    "close_for_supplement_timeout": {S.SUPPLEMENT_REQUESTED},
    "result_arrived": {S.DECIDED},
    "issue": {S.RESULT_READY},
}


def _case_in(status: CaseStatus) -> Case:
    case = ready_case()
    case.check_material("M01", MaterialState.MISSING)  # so request_supplement would have work
    case.status = status
    if status is S.SUSPENDED:
        case.suspended_since = date(2026, 11, 23)
    return case


_NOT_ALLOWED = [
    pytest.param(action, status, id=f"{action}-from-{status.value}")
    for action in ACTIONS
    for status in S
    if status not in ALLOWED_FROM[action]
]


@pytest.mark.parametrize(("action", "status"), _NOT_ALLOWED)
def test_not_allowed_transition_raises(action: str, status: CaseStatus) -> None:
    case = _case_in(status)
    version, events = case.version, list(case.events)
    with pytest.raises(InvalidTransition) as err:
        ACTIONS[action](case)
    assert str(err.value).startswith(f"办件当前为“{LABELS[status]}”，不能")
    assert err.value.current is status
    assert case.status is status
    assert case.version == version and case.events == events


def test_final_states_allow_nothing() -> None:
    for status in (S.REFUSED, S.ISSUED, S.CLOSED):
        assert status.is_final
        for action in ACTIONS:
            case = _case_in(status)
            with pytest.raises(InvalidTransition):
                ACTIONS[action](case)
    assert not any(s.is_final for s in S if s not in (S.REFUSED, S.ISSUED, S.CLOSED))


def test_clock_runs_only_while_accepted_or_under_review() -> None:
    assert {s for s in S if s.clock_runs} == {S.ACCEPTED, S.IN_PROGRESS}


def test_transition_table_covers_every_action_source() -> None:
    # each allowed start really is allowed (the happy paths are exercised above; this checks the
    # move itself does not raise InvalidTransition from any of them)
    for action, sources in ALLOWED_FROM.items():
        for status in sources:
            if action == "record_step" and status is S.SUSPENDED:
                continue
            case = _case_in(status)
            if action == "accept":
                case.check_material("M01", MaterialState.RECEIVED)
            if action in ("result_arrived", "issue"):
                case.materials = [replace(c, supplied_on=date(2026, 11, 24)) for c in case.materials]
            if action == "close_for_supplement_timeout":
                case.supplement_deadline = date(2026, 12, 1)
            try:
                ACTIONS[action](case)
            except InvalidTransition as exc:  # pragma: no cover - a failure report
                pytest.fail(f"{action} from {status}: {exc}")


# --- deadline flags --------------------------------------------------------------------------


def test_deadline_flag() -> None:
    case = accepted_case()  # promised 27 Nov 2026
    assert deadline_flag(case, date(2026, 11, 20), CAL) == ""
    assert deadline_flag(case, date(2026, 11, 25), CAL) == "due_soon"  # 2 working days left
    assert deadline_flag(case, date(2026, 11, 24), CAL) == ""  # 3 left
    assert deadline_flag(case, date(2026, 11, 27), CAL) == "due_soon"
    assert deadline_flag(case, date(2026, 11, 28), CAL) == "overdue"
    case.suspend(at(2026, 11, 23), "x", "鉴定")
    assert deadline_flag(case, date(2026, 11, 28), CAL) == ""  # the clock is stopped
    draft = ready_case()
    assert deadline_flag(draft, date(2027, 1, 1), CAL) == ""


def test_applicant_with_organisation_and_agent_can_be_accepted() -> None:
    case = ready_case()
    case.update_applicant(
        Applicant(
            type=ApplicantType.ENTERPRISE,
            name="福州某某餐饮有限公司",
            cert_type=CertificateType.CREDIT_CODE,
            cert_number=CREDIT_CODE,
            agent=Person("李四", cert_number=VALID_ID, phone="0591-87654321"),
        )
    )
    case.accept(at(2026, 11, 20), "李窗口", CAL)
    assert case.status is S.ACCEPTED


def test_deferred_material_cannot_be_supplied_to_a_draft_or_a_refused_case() -> None:
    case = ready_case()
    with pytest.raises(CaseRuleError, match="不能补交容缺材料"):
        case.supply_deferred(at(2026, 11, 20), "李窗口", "M03")
    case.refuse(at(2026, 11, 20), "李窗口", "不属于本机关职权范围")
    with pytest.raises(CaseRuleError, match="不予受理"):
        case.supply_deferred(at(2026, 11, 21), "李窗口", "M03")
