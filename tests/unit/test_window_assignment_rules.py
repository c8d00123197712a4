"""The tidal-window rules (app/domain/window_assignments.py): effective weights, the checks of
a change, qualifications, the clerk's sentence, and when a schedule is due."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from app.domain.window_assignments import (
    Assignment,
    AssignmentRefused,
    ScheduleEntry,
    check_assignment,
    describe_assignment,
    describe_change,
    due_entries,
    qualified_weights,
    unqualified,
    unserved,
)

NAMES = {"general": "综合受理", "realty": "不动产登记", "social": "社保医保"}


def test_a_closed_window_calls_nothing_but_keeps_its_weights():
    closed = Assignment({"general": 5, "realty": 0}, open=False)
    assert closed.effective() == {} and closed.served() == {"general": 5}
    assert Assignment({"general": 5, "realty": 0}).effective() == {"general": 5}


@pytest.mark.parametrize(
    ("assignment", "code"),
    [
        (Assignment({"tax": 1}), "unknown_category"),
        (Assignment({"general": 10}), "bad_request"),
        (Assignment({"general": -1}), "bad_request"),
        (Assignment({"general": 0}), "bad_request"),  # open, serving nothing
    ],
)
def test_a_window_the_hall_could_not_run_is_refused(assignment, code):
    with pytest.raises(AssignmentRefused) as refused:
        check_assignment("1号窗口", assignment, NAMES)
    assert refused.value.code == code and "1号窗口" in str(refused.value)


def test_a_closed_window_with_nothing_and_an_undo_of_a_high_weight_pass():
    check_assignment("1号窗口", Assignment({}, open=False), NAMES)
    check_assignment("1号窗口", Assignment({"general": 10}), NAMES, max_weight=100)


def test_unserved_names_the_categories_no_open_window_serves():
    windows = [Assignment({"general": 5}), Assignment({"social": 3}, open=False)]
    assert unserved(NAMES, windows) == ["不动产登记", "社保医保"]


def test_qualifications_narrow_what_a_window_calls():
    assert unqualified(None, Assignment({"general": 5})) == []
    assert unqualified(frozenset({"general"}), Assignment({"general": 5, "social": 2})) == ["social"]
    assert unqualified(frozenset(), Assignment({"social": 2}, open=False)) == []
    assert qualified_weights({"general": 5, "social": 2}, frozenset({"social"})) == {"social": 2}
    assert qualified_weights({"general": 5}, None) == {"general": 5}


def test_the_clerk_is_told_what_changed_at_their_window():
    said = describe_change({"general": 5, "social": 3}, {"general": 2, "realty": 2}, NAMES)
    assert said == "大厅管理员调整了本窗口：新增 不动产登记（权重2），综合受理 权重5→2，停办 社保医保"
    assert describe_change({"general": 5}, {}, NAMES) == "大厅管理员关闭了本窗口，暂停叫号"
    assert describe_change({}, {"general": 5}, NAMES) == "大厅管理员开放了本窗口：新增 综合受理（权重5）"
    assert describe_change({"general": 5, "social": 0}, {"general": 5}, NAMES) == ""


def test_a_window_in_the_history():
    assert describe_assignment(Assignment({"general": 5, "realty": 2}), NAMES) == "综合受理5、不动产登记2"
    assert describe_assignment(Assignment({"general": 5}, open=False), NAMES) == "关闭（综合受理5）"


def test_a_schedule_is_due_on_its_weekdays_within_its_grace_earliest_first():
    peak = ScheduleEntry("早高峰", frozenset({1, 2, 3, 4, 5}), time(8, 30))
    lunch = ScheduleEntry("午间错时", frozenset({1, 2, 3, 4, 5}), time(8, 40))
    weekend = ScheduleEntry("周末", frozenset({6, 7}), time(8, 30))
    monday = datetime(2026, 11, 23, 8, 41)
    assert due_entries([lunch, peak, weekend], monday) == [peak, lunch]
    assert due_entries([peak], datetime(2026, 11, 23, 8, 29)) == []
    assert due_entries([peak], datetime(2026, 11, 23, 8, 45)) == []  # 15 minutes late: skipped
    assert due_entries([peak, weekend], datetime(2026, 11, 28, 8, 30)) == [weekend]  # Saturday
