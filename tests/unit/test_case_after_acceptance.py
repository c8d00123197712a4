"""A case after acceptance: back-office steps, special procedures, results, deferred materials, issuance."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest
from case_fixtures import (
    APP_FORM,
    CAL,
    OTHER_ID,
    VALID_ID,
    S,
    accepted_case,
    at,
    immediate_matter,
    in_window,
    new_case,
    person,
    promised_matter,
    ready_case,
    take_licence,
)

from app.domain.case_status import (
    CaseRuleError,
    CaseStatus,
    InvalidTransition,
    IssuanceMethod,
    ResultCode,
)
from app.domain.cases import (
    Case,
    Issuance,
)
from app.domain.materials_check import MaterialRuleError, MaterialState
from app.domain.matters import (
    TimeLimit,
)

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
    for method, who, number, pages, summary in [
        (IssuanceMethod.IN_PERSON, "张三", VALID_ID, (), "出件（本人领取）：张三，证件经读卡核验"),
        (
            IssuanceMethod.AGENT,
            "李四",
            OTHER_ID,
            ("p1",),
            "出件（代领）：李四，证件经读卡核验，授权委托书1页",
        ),
    ]:
        case = _result_ready_with_deferred()
        case.supply_deferred(at(2026, 11, 26), "李窗口", "M03")
        v = case.version
        issuance = Issuance(method, who, number, at(2026, 11, 26), identity="card", authorisation_pages=pages)
        case.issue(at(2026, 11, 26), "李窗口", issuance)
        assert case.status is S.ISSUED and case.issuance == issuance
        assert case.events[-1].kind == "issued" and case.events[-1].summary == summary
        assert case.version == v + 1


def test_issue_needs_a_collector_name_unless_posted() -> None:
    case = _result_ready_with_deferred()
    case.supply_deferred(at(2026, 11, 26), "李窗口", "M03")
    with pytest.raises(CaseRuleError, match="请填写领取人姓名"):
        case.issue(
            at(2026, 11, 26), "李窗口", Issuance(IssuanceMethod.AGENT, " ", OTHER_ID, at(2026, 11, 26))
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
        lambda: take_licence(case),
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
