"""Erlang C and the staffing suggestions on fixed loads, figures checked by hand.

The Erlang C figures are those of the worked example at callcentrehelper.com ("Erlang C
Formula – Made Simple"): 100 calls in 30 minutes, 180 s each (10 erlangs), 80 % answered
within 20 s: P(wait) 0.6821 with 11 agents, 0.4494 with 12, 0.2853 with 13, 0.1741 with 14,
which is the first to reach 80 % (88.8 %); the average speed of answer with 11 is 122.8 s.
"""

from __future__ import annotations

import pytest

from app.domain.staffing import (
    CategoryLoad,
    Queueing,
    WindowPlan,
    assess_hall,
    erlang_c,
    needed_windows,
    suggest_moves,
    window_shares,
)


def test_erlang_c_by_hand_for_two_erlangs_on_three_servers():
    # B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19; C = 3B / (3 − 2(1 − B)) = 4/9
    assert erlang_c(3, 2.0) == pytest.approx(4 / 9)


@pytest.mark.parametrize(("agents", "waits"), [(11, 0.6821), (12, 0.4494), (13, 0.2853), (14, 0.1741)])
def test_erlang_c_against_the_published_example(agents, waits):
    assert erlang_c(agents, 10.0) == pytest.approx(waits, abs=5e-5)


def test_service_level_and_mean_wait_of_the_published_example():
    eleven = Queueing(11, 11.0, arrivals_per_hour=200, service_minutes=3.0)
    assert eleven.mean_wait() * 60 == pytest.approx(122.8, abs=0.05)
    fourteen = Queueing(14, 14.0, arrivals_per_hour=200, service_minutes=3.0)
    assert fourteen.called_within(20 / 60) == pytest.approx(0.888, abs=5e-4)
    load = CategoryLoad("calls", 200, 0, 3.0, target_minutes=20 / 60, target_share=0.8)
    assert needed_windows(load) == 14


def test_a_queue_at_or_over_capacity_grows_without_bound():
    assert erlang_c(2, 2.0) == 1.0
    q = Queueing(2, 2.0, arrivals_per_hour=20, service_minutes=6.0)
    assert q.mean_wait() is None
    assert q.called_within(15) == 0.0


def test_the_people_waiting_now_count_as_arrivals_of_the_next_hour():
    load = CategoryLoad(
        "general",
        forecast_next_hour=12,
        waiting_now=8,
        service_minutes=6.0,
        target_minutes=15,
        target_share=0.8,
    )
    assert load.arrivals_per_hour == 20
    assert load.load == pytest.approx(2.0)


def test_a_window_shares_its_capacity_by_weight_times_load():
    loads = {
        "general": CategoryLoad("general", 30, 0, 6.0, 15, 0.8),  # 3 erlangs
        "enterprise": CategoryLoad("enterprise", 5, 0, 6.0, 15, 0.8),  # 0.5 erlangs
    }
    shares = window_shares(WindowPlan("1号综合窗口", {"general": 10, "enterprise": 5}), loads)
    assert shares["general"] == pytest.approx(30 / 32.5)
    assert shares["enterprise"] == pytest.approx(2.5 / 32.5)
    idle = {code: CategoryLoad(code, 0, 0, 6.0, 15, 0.8) for code in loads}
    assert window_shares(WindowPlan("1号", {"general": 10, "enterprise": 5}), idle) == {
        "general": pytest.approx(2 / 3),
        "enterprise": pytest.approx(1 / 3),
    }
    assert window_shares(WindowPlan("1号", {"general": 10}, open=False), loads) == {}


def _hall():
    windows = [
        WindowPlan("1号综合窗口", {"general": 5}),
        WindowPlan("2号综合窗口", {"general": 5}),
        WindowPlan("3号综合窗口", {"realty": 5}),
        WindowPlan("4号不动产窗口", {"realty": 5}),
        WindowPlan("5号企业窗口", {"enterprise": 5}),
        WindowPlan("6号企业窗口", {"enterprise": 5}),
    ]
    loads = [
        CategoryLoad("general", 24, 0, 6.0, 15, 0.8),  # 2.4 erlangs on 2 windows: grows
        CategoryLoad("realty", 6, 0, 10.0, 15, 0.8),  # 1 erlang on 2 windows: 92.6 % in 15 min
        CategoryLoad("enterprise", 1, 0, 10.0, 15, 0.8),  # 1/6 erlang on 2 windows: ample
    ]
    return windows, loads


def test_the_assessment_says_needed_against_serving():
    windows, loads = _hall()
    general, realty, enterprise = assess_hall(windows, loads)
    assert (general.meets_target, general.mean_wait, general.capacity) == (False, None, 2.0)
    # three windows: C(3, 2.4) = 0.6472, 1 − 0.6472·e^(−0.1·15) = 85.6 % called within 15 minutes
    assert general.needed == 3
    # realty: C(2, 1) = 1/3, drain (2 − 1)/10 per minute: 3.33 min mean wait
    assert realty.mean_wait == pytest.approx(10 / 3)
    assert realty.meets_target
    assert enterprise.needed == 1


def test_the_move_takes_a_window_from_the_category_that_can_spare_it():
    windows, loads = _hall()
    (move,) = suggest_moves(windows, loads)
    # realty cannot give a window (one window at 1 erlang grows), enterprise can
    assert (move.window, move.from_category, move.to_category) == ("5号企业窗口", "enterprise", "general")
    assert move.categories_after == {"general": 5}
    assert move.to_before.mean_wait is None
    # general on 3 windows: C(3, 2.4) = 0.6472, drain 0.6/6 per minute → 6.47 min
    assert move.to_after.mean_wait == pytest.approx(6.472, abs=1e-3)
    assert move.from_after.meets_target and move.from_after.windows == ("6号企业窗口",)


def test_the_move_respects_the_clerks_qualifications():
    windows, loads = _hall()
    windows[4] = WindowPlan("5号企业窗口", {"enterprise": 5}, qualified=frozenset({"enterprise"}))
    (move,) = suggest_moves(windows, loads)
    assert move.window == "6号企业窗口"


def test_no_move_when_it_would_only_move_the_shortage():
    windows, loads = _hall()
    windows = windows[:4]  # no enterprise windows: only realty could give, and it cannot
    assert suggest_moves(windows, loads[:2]) == []


def test_a_queue_too_long_for_one_move_still_gets_the_window_that_adds_most():
    windows, loads = _hall()
    loads[0] = CategoryLoad("general", 60, 0, 6.0, 15, 0.8)  # 6 erlangs: one window more is not enough
    (move,) = suggest_moves(windows, loads)
    assert move.to_category == "general" and move.to_after.mean_wait is None
    assert move.to_after.capacity == pytest.approx(move.to_before.capacity + 1)


def test_the_moves_are_meant_in_order_and_never_strip_a_category_together():
    windows, loads = _hall()
    loads[1] = CategoryLoad("realty", 12, 0, 10.0, 15, 0.8)  # 2 erlangs on 2 windows: short too
    moves = suggest_moves(windows, loads)
    # general (more arrivals) first takes 5号 from enterprise; realty may not take 6号 as well:
    # with both made, enterprise would be served by nobody
    assert [(m.window, m.to_category) for m in moves] == [("5号企业窗口", "general")]
