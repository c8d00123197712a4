"""The 差评 follow-up: states and moves, deadline in working days (app/domain/rating_followups.py)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.rating_followups import (
    DeadlineDaysError,
    FollowupMove,
    FollowupMoveError,
    FollowupState,
    allowed_moves,
    closed_in_time,
    followup_deadline,
    is_overdue,
    next_state,
    satisfaction_rate,
)
from app.domain.working_days import WorkCalendar, YearSchedule

S, M = FollowupState, FollowupMove
SCHEDULE_2027 = YearSchedule(
    2027,
    holidays=frozenset([date(2027, 1, d) for d in (1, 2, 3)] + [date(2027, 2, d) for d in range(6, 15)]),
    workdays=frozenset([date(2027, 2, 20)]),
    source="国务院办公厅关于2027年部分节假日安排的通知",
)
WITH_2027 = WorkCalendar().with_years({2027: SCHEDULE_2027})
WITHOUT_2027 = WorkCalendar()


def test_a_followup_goes_assign_record_close():
    state = S.OPEN
    for move in (M.ASSIGN, M.RECORD, M.CLOSE):
        state = next_state(state, move)
    assert state is S.CLOSED


def test_sent_back_it_is_held_again_and_can_be_reassigned_before_it_is_reported_again():
    assert next_state(S.REPORTED, M.SEND_BACK) is S.ASSIGNED
    assert next_state(S.ASSIGNED, M.ASSIGN) is S.ASSIGNED
    assert next_state(S.ASSIGNED, M.RECORD) is S.REPORTED


@pytest.mark.parametrize(
    ("state", "move"),
    [
        (S.OPEN, M.RECORD),  # nobody holds it yet
        (S.OPEN, M.CLOSE),
        (S.ASSIGNED, M.CLOSE),  # nothing reported to judge
        (S.ASSIGNED, M.SEND_BACK),
        (S.REPORTED, M.ASSIGN),  # judged first
        (S.CLOSED, M.ASSIGN),
        (S.CLOSED, M.SEND_BACK),
        (S.CLOSED, M.RECORD),
    ],
)
def test_a_move_the_state_does_not_allow_is_refused_naming_both(state, move):
    with pytest.raises(FollowupMoveError) as raised:
        next_state(state, move)
    assert state.label in str(raised.value) and move.label in str(raised.value)


def test_the_moves_each_state_allows():
    assert allowed_moves(S.OPEN) == (M.ASSIGN,)
    assert set(allowed_moves(S.REPORTED)) == {M.CLOSE, M.SEND_BACK}
    assert allowed_moves(S.CLOSED) == ()


def test_the_deadline_skips_the_2027_new_year_holiday_of_an_entered_schedule():
    due = followup_deadline(WITH_2027, date(2026, 12, 30), 5)
    # 12-31, (01-01..03 off), 01-04, 01-05, 01-06, 01-07
    assert due.day == date(2027, 1, 7) and not due.estimated


def test_the_deadline_skips_the_2027_spring_festival_and_counts_its_make_up_saturday():
    assert followup_deadline(WITH_2027, date(2027, 2, 5), 5).day == date(2027, 2, 19)
    assert followup_deadline(WITH_2027, date(2027, 2, 18), 2).day == date(2027, 2, 20)  # 调休上班


def test_without_a_2027_schedule_weekends_only_are_skipped_and_the_date_says_so():
    new_year = followup_deadline(WITHOUT_2027, date(2026, 12, 30), 5)
    assert new_year.day == date(2027, 1, 6) and new_year.estimated
    assert new_year.label().endswith("（暂按周末计算）")
    spring = followup_deadline(WITHOUT_2027, date(2027, 2, 5), 5)
    assert spring.day == date(2027, 2, 12) and spring.estimated


def test_fifteen_working_days_is_a_setting_too():
    # 02-15..19, the make-up 02-20, 02-22..26, 03-01..04
    assert followup_deadline(WITH_2027, date(2027, 2, 5), 15).day == date(2027, 3, 4)


@pytest.mark.parametrize("days", [0, -1, 31])
def test_a_deadline_setting_out_of_range_is_refused(days):
    with pytest.raises(DeadlineDaysError, match="1至30个工作日"):
        followup_deadline(WITH_2027, date(2027, 2, 5), days)


def test_overdue_is_the_day_after_the_last_day_and_never_once_closed():
    due = date(2027, 1, 7)
    assert not is_overdue(S.ASSIGNED, due, due)
    assert is_overdue(S.ASSIGNED, due, date(2027, 1, 8))
    assert is_overdue(S.OPEN, due, date(2027, 1, 8))
    assert not is_overdue(S.CLOSED, due, date(2027, 2, 1))


def test_closed_in_time_is_closed_on_or_before_the_last_day():
    due = date(2027, 1, 7)
    assert closed_in_time(due, due)
    assert not closed_in_time(due, date(2027, 1, 8))
    assert not closed_in_time(due, None)


def test_satisfaction_rate():
    assert satisfaction_rate(9, 10) == 0.9
    assert satisfaction_rate(0, 0) is None
