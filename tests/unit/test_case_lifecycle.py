"""The case's moves after acceptance live once (app/domain/case_lifecycle.py): the workbench's
Case and the server's back office ask the same functions, so the same step gives the same event
— kind, status, summary, detail — and is refused with the same words."""

from __future__ import annotations

from datetime import date

import pytest
from case_fixtures import CAL, S, at
from test_case_after_acceptance import accepted_case

from app.domain import case_lifecycle as lifecycle
from app.domain.case_status import CaseRuleError, InvalidTransition, ResultCode
from app.domain.working_days import HallOverrides, WorkCalendar, YearSchedule


def _last(case):
    e = case.events[-1]
    return e.kind, case.status, e.summary, e.detail


def _as_event(move: lifecycle.Move):
    return move.kind, move.to, move.summary, move.detail


def test_the_window_and_the_back_office_write_the_same_events():
    case = accepted_case()
    step = lifecycle.record_step(case.status, " 审核 ", " 同意 ")
    case.record_step(at(2026, 11, 23, 9), "审核员甲", "审核", "同意")
    assert (
        _last(case)
        == _as_event(step)
        == (
            "step",
            S.IN_PROGRESS,
            "审核：同意",
            {"step": "审核", "opinion": "同意"},
        )
    )
    suspend = lifecycle.suspend(case.status, "专家评审")
    case.suspend(at(2026, 11, 23, 11), "审核员甲", "专家评审")
    assert _last(case) == _as_event(suspend)
    resumed = lifecycle.resume(
        case.status, date(2026, 11, 23), date(2026, 11, 25), case.promised_date, False, CAL
    )
    case.resume(at(2026, 11, 25, 16), "审核员甲", CAL)
    assert _last(case) == _as_event(resumed.move)
    assert resumed.move.detail == {"suspended_days": 2, "promised_date": "2026-12-01"}
    assert (resumed.stopped_days, resumed.promised_date) == (2, case.promised_date)
    decided = lifecycle.decide(case.status, ResultCode.CERTIFICATE)
    case.decide(at(2026, 11, 26), "科长", ResultCode.CERTIFICATE)
    assert _last(case) == _as_event(decided) == ("decided", S.DECIDED, "出证办结", {"result_code": 0})
    ready = lifecycle.result_arrived(case.status, case.result_name, " N1 ")
    case.result_arrived(at(2026, 11, 27), "科长", "N1")
    assert _last(case) == _as_event(ready)


def test_both_refuse_the_same_steps_in_the_same_words():
    assert str(_refused(lambda: lifecycle.record_step(S.ACCEPTED, "  "))) == "请写明办理环节（如审核、审批）"
    case = accepted_case()
    with pytest.raises(CaseRuleError, match="请写明办理环节"):
        case.record_step(at(2026, 11, 23), "审核员甲", " ")  # the window now says so too
    assert "请先结束特别程序" in str(_refused(lambda: lifecycle.record_step(S.SUSPENDED, "审核")))
    assert isinstance(
        _refused(lambda: lifecycle.resume(S.IN_PROGRESS, None, date.today(), None, False, CAL)),
        InvalidTransition,
    )
    assert (
        str(_refused(lambda: lifecycle.decide(S.IN_PROGRESS, ResultCode.DENIED)))
        == "“不予许可/退回”须写明理由"
    )
    assert "只能在窗口受理环节" in str(_refused(lambda: lifecycle.decide(S.IN_PROGRESS, ResultCode.REFUSED)))
    assert (
        str(_refused(lambda: lifecycle.result_arrived(S.IN_PROGRESS, "营业执照")))
        == "办件当前为“审查中”，不能登记结果到件"
    )


def test_a_resume_across_a_year_without_a_schedule_marks_the_date():
    weekends_only = WorkCalendar(HallOverrides(years={2026: YearSchedule.weekends_only(2026)}))
    resumed = lifecycle.resume(
        S.SUSPENDED, date(2026, 3, 2), date(2026, 3, 6), date(2026, 3, 10), False, weekends_only
    )
    assert resumed.promised_estimated and resumed.move.summary.endswith("（暂按周末计算）")
    assert resumed.promised_date == date(2026, 3, 16)


def _refused(call) -> CaseRuleError:
    with pytest.raises(CaseRuleError) as refused:
        call()
    return refused.value
