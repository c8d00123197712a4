"""How urgent a running case is (cases.deadline_flag): an 即办件 is due the day it is accepted by
its nature, so it reads 即办 that day, never 即将到期, and is overdue only once the day has passed;
a 承诺件's flags are unchanged."""

from __future__ import annotations

from datetime import date

from app.domain.case_status import CaseStatus
from app.domain.cases import deadline_flag
from app.domain.matters import CaseKind
from tests.unit.case_fixtures import ACCEPT_DAY, CAL, accepted_case, immediate_matter


def test_an_immediate_case_is_not_about_to_expire_the_day_it_is_accepted() -> None:
    case = accepted_case(immediate_matter())
    assert case.kind is CaseKind.IMMEDIATE and case.promised_date == ACCEPT_DAY.date()
    flag = deadline_flag(case.status, case.promised_date, ACCEPT_DAY.date(), CAL, kind=case.kind)
    assert flag == "immediate"


def test_an_immediate_case_left_unfinished_is_overdue_the_next_day() -> None:
    case = accepted_case(immediate_matter())
    assert (
        deadline_flag(case.status, case.promised_date, date(2026, 11, 21), CAL, kind=case.kind) == "overdue"
    )


def test_a_finished_or_stopped_immediate_case_has_no_flag() -> None:
    day = ACCEPT_DAY.date()
    for status in (CaseStatus.DECIDED, CaseStatus.ISSUED, CaseStatus.SUSPENDED, CaseStatus.DRAFT):
        assert deadline_flag(status, day, day, CAL, kind=CaseKind.IMMEDIATE) == ""


def test_a_promised_case_due_today_is_still_about_to_expire() -> None:
    case = accepted_case()  # 5 working days from Friday 20 Nov: due Friday 27 Nov
    assert (
        deadline_flag(case.status, case.promised_date, date(2026, 11, 27), CAL, kind=case.kind) == "due_soon"
    )
    assert deadline_flag(case.status, case.promised_date, date(2026, 11, 27), CAL) == "due_soon"
