"""The live hall's rules (app/domain/hall_alarms.py) on fixed inputs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.hall_alarms import (
    AlarmKind,
    CategoryNow,
    Thresholds,
    WindowNow,
    WindowStatus,
    hall_alarms,
    raised,
    threshold_problems,
    window_status,
)

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
A = CategoryNow("general", "综合受理", waiting=12, oldest_issued_at=NOW - timedelta(minutes=31, seconds=5))
C = CategoryNow("estate", "不动产登记", waiting=0, oldest_issued_at=None)


def status(**kw) -> WindowStatus:
    values = {"serves_any": True, "paused": False, "last_contact": NOW - timedelta(seconds=20), "now": NOW}
    return window_status(**(values | kw))


def test_a_window_is_closed_offline_paused_or_open_in_that_order():
    assert status() is WindowStatus.OPEN
    assert status(paused=True) is WindowStatus.PAUSED
    assert status(paused=True, last_contact=NOW - timedelta(seconds=61)) is WindowStatus.OFFLINE
    assert status(last_contact=None) is WindowStatus.OFFLINE  # no terminal ever heard at it
    assert status(last_contact=NOW - timedelta(seconds=60)) is WindowStatus.OPEN  # the limit itself
    assert status(serves_any=False, last_contact=None, paused=True) is WindowStatus.CLOSED


def test_thresholds_off_raise_nothing():
    assert hall_alarms([A, C], [], {}, NOW) == ()
    assert hall_alarms([A], [], {"general": Thresholds()}, NOW) == ()


def test_too_many_waiting_is_strictly_above_the_limit():
    assert hall_alarms([A], [], {"general": Thresholds(max_waiting=12)}, NOW) == ()
    (alarm,) = hall_alarms([A], [], {"general": Thresholds(max_waiting=11)}, NOW)
    assert alarm.kind is AlarmKind.TOO_MANY_WAITING
    assert str(alarm.text) == "综合受理等候12人，超过上限11人"


def test_the_longest_wait_alarms_from_its_limit_on_in_whole_minutes():
    assert hall_alarms([A], [], {"general": Thresholds(max_wait_minutes=32)}, NOW) == ()
    (alarm,) = hall_alarms([A], [], {"general": Thresholds(max_wait_minutes=31)}, NOW)
    assert alarm.kind is AlarmKind.WAIT_TOO_LONG
    assert str(alarm.text) == "综合受理最长已等候31分钟，超过上限31分钟"
    # nobody waiting: no wait to be too long
    assert hall_alarms([C], [], {"estate": Thresholds(max_wait_minutes=1)}, NOW) == ()


def idle_window(**kw) -> WindowNow:
    values = {
        "name": "1号综合窗口",
        "status": WindowStatus.OPEN,
        "serves": frozenset({"general", "estate"}),
        "busy": False,
        "idle_since": NOW - timedelta(minutes=6),
    }
    return WindowNow(**(values | kw))


def test_an_idle_window_alarms_only_while_its_categories_wait():
    limits = {"general": Thresholds(max_idle_minutes=5), "estate": Thresholds(max_idle_minutes=5)}
    (alarm,) = hall_alarms([A, C], [idle_window()], limits, NOW)
    assert (alarm.kind, alarm.category, alarm.window) == (AlarmKind.WINDOW_IDLE, "general", "1号综合窗口")
    assert str(alarm.text) == "1号综合窗口已空闲6分钟（上限5分钟），而综合受理仍有12人等候"
    assert hall_alarms([A, C], [idle_window(busy=True)], limits, NOW) == ()
    assert hall_alarms([A, C], [idle_window(status=WindowStatus.PAUSED)], limits, NOW) == ()
    assert hall_alarms([A, C], [idle_window(serves=frozenset({"estate"}))], limits, NOW) == ()
    assert hall_alarms([A, C], [idle_window(idle_since=NOW - timedelta(minutes=4))], limits, NOW) == ()


def test_raised_names_only_the_alarms_that_are_new():
    limits = {"general": Thresholds(max_waiting=10, max_wait_minutes=40)}
    before = hall_alarms([A], [], limits, NOW)
    later = NOW + timedelta(minutes=10)
    after = hall_alarms([A], [], limits, later)
    assert [a.kind for a in after] == [AlarmKind.TOO_MANY_WAITING, AlarmKind.WAIT_TOO_LONG]
    assert [a.kind for a in raised(before, after)] == [AlarmKind.WAIT_TOO_LONG]
    assert raised(after, after) == ()


def test_thresholds_out_of_range_are_refused_with_a_reason_each():
    assert threshold_problems(Thresholds(5, 30, 10)) == []
    problems = threshold_problems(Thresholds(0, 601, 241))
    assert [str(p) for p in problems] == [
        "等候人数上限应为1至999之间的整数，或不设。",
        "最长等候时间上限应为1至600分钟，或不设。",
        "窗口空闲时间上限应为1至240分钟，或不设。",
    ]
