"""The staffing suggestions' routes: the history query against a small fixture worked out by
hand, the view built on it, wait targets, roles and hall scoping (sqlite and postgresql).

The fixture's tickets go through the kiosk and the windows (the server's own write paths) with
the test's clock set to each past moment. Today is Monday 23 November 2026 (queue_hall.MORNING,
09:30 in the hall); the same weekday of the past weeks is 16 and 9 November.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from queue_hall import MORNING, W1, W4, open_hall
from sync_helpers import make_terminal, signed_in

from app.domain.hall_time import HALL_TIMEZONE
from app.sync.protocol import Role, TerminalKind
from server.manager.staffing import arrivals, service_times
from server.seed import DEMO_HALL
from server.store.models import AuditRow

STAFFING = "/v1/manager/staffing"
TARGETS = "/v1/manager/staffing/targets"
TODAY = date(2026, 11, 23)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment of the hall's clock, as the server's UTC time."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TIMEZONE).astimezone(UTC)


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _take(hall, moment: datetime, category: str = "general") -> None:
    hall.clock.now = moment
    hall.take(category)


def _serve(hall, window: str, start: datetime, minutes: float) -> None:
    hall.clock.now = start
    assert hall.call(window) is not None
    hall.clock.advance(minutes=minutes)
    hall.act(window, "finish")


def _history(hall) -> None:
    nov9, nov16, nov17 = date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 17)
    # 9 Nov: general 2 at 9h (one at 08:05 counts for 8h: the hall's clock, not UTC's 0h)
    for moment in (at(nov9, 8, 5), at(nov9, 9, 10), at(nov9, 9, 20), at(nov9, 10, 20)):
        _take(hall, moment)
    _take(hall, at(nov9, 9, 40), "realty")
    # 16 Nov: general 4 at 9h, 1 at 10h
    for minute in (0, 10, 20, 30):
        _take(hall, at(nov16, 9, minute))
    _take(hall, at(nov16, 10, 15))
    # 17 Nov, a Tuesday: not the same weekday, but its services count: 4, 6, 8, 5 and 7 minutes
    for minute in range(5):
        _take(hall, at(nov17, 9, minute))
    for start, minutes in ((10, 4), (20, 6), (30, 8), (40, 5), (50, 7)):
        _serve(hall, W1, at(nov17, 9, start), minutes)
    # today by 09:30: three general tickets, none served
    for minute in (5, 10, 15):
        _take(hall, at(TODAY, 9, minute))
    hall.clock.now = MORNING


def test_the_history_query_counts_by_the_halls_hour(hall):
    _history(hall)
    with hall.ctx.sessions() as s:
        found = arrivals(s, DEMO_HALL, [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 17), TODAY])
        services = service_times(s, DEMO_HALL, TODAY - timedelta(weeks=8), TODAY)
    assert found[date(2026, 11, 9)] == {
        ("general", 8): 1,
        ("general", 9): 2,
        ("general", 10): 1,
        ("realty", 9): 1,
    }
    assert found[date(2026, 11, 16)] == {("general", 9): 4, ("general", 10): 1}
    assert found[date(2026, 11, 17)] == {("general", 9): 5}
    assert found[TODAY] == {("general", 9): 3}
    mean, count = services["general"]
    assert (round(mean, 6), count) == (6.0, 5)


def test_the_view_forecasts_from_the_same_weekday_and_todays_pace(hall):
    _history(hall)
    r = hall.client.get(STAFFING, headers=hall.manager)
    assert r.status_code == 200, r.text
    view = r.json()
    assert view["history_days"] == 2 and view["now_hour"] == 9.5
    general = next(c for c in view["categories"] if c["code"] == "general")
    # baseline 9h (2+4)/2 = 3, 10h (1+1)/2 = 1; by 09:30 expected 0.5 + 1.5 = 2, got 3:
    # pace (3+5)/(2+5) = 8/7; next 60 minutes = half of 9h and half of 10h = (1.5 + 0.5)·8/7
    assert general["forecast_next_hour"] == pytest.approx(2 * 8 / 7)
    assert general["waiting_now"] == 3
    assert general["service_minutes"] == pytest.approx(6.0) and general["service_from_history"] is True
    # 1号 and 2号 give general all their time (enterprise and social bring nothing); 3号 shares
    # with realty by weight × load: general 9 × (2·8/7 + 3 waiting)·6/60, realty 5 × its
    # forecast 0.5·0.5·(5/5.25) per hour at the default 8 minutes
    general_pull = 9 * (2 * 8 / 7 + 3) * 6 / 60
    realty_pull = 5 * (0.25 * 5 / 5.25) * 8 / 60
    assert general["serving"] == pytest.approx(2 + general_pull / (general_pull + realty_pull))
    assert len(general["windows"]) == 3
    realty = next(c for c in view["categories"] if c["code"] == "realty")
    assert realty["service_from_history"] is False  # no services yet: the hall's default
    hours = {h["hour"]: h for h in view["hours"]}
    assert sorted(hours) == [8, 9, 10]
    # 9h as forecast at 09:00: general expected 0.5 by then (its 8h) and got none, pace
    # 5/5.5, times 3; realty expected nothing yet, pace 1, its 0.5
    assert hours[9]["forecast"] == pytest.approx(3 * 5 / 5.5 + 0.5) and hours[9]["actual"] == 3
    assert hours[9]["actual_by_category"] == {"general": 3, "realty": 0, "enterprise": 0, "social": 0}
    assert hours[10]["actual"] is None and hours[10]["actual_by_category"] == {}
    assert view["forecast_error"] is None or view["forecast_error"] >= 0


def test_a_swelling_queue_gets_a_concrete_move(hall):
    hall.clock.now = at(TODAY, 9, 0)
    for _ in range(8):
        hall.take("realty")  # only 3号 and 4号 serve realty; 8 waiting at once
    hall.clock.now = at(TODAY, 9, 30)
    view = hall.client.get(STAFFING, headers=hall.manager).json()
    realty = next(c for c in view["categories"] if c["code"] == "realty")
    assert not realty["meets_target"] and realty["needed"] > realty["serving"]
    move = view["suggestions"][0]
    assert move["to_category"] == "realty"
    assert move["window"] not in ("3号综合窗口", W4)
    assert move["categories_after"]["realty"] > 0 and move["from_category"] not in move["categories_after"]
    assert move["to_effect"]["within_after"] > move["to_effect"]["within_before"]


def test_wait_targets_are_the_halls_settings(hall):
    r = hall.client.get(TARGETS, headers=hall.manager)
    assert r.status_code == 200, r.text
    assert {t["category"]: (t["minutes"], t["share"]) for t in r.json()["targets"]}["general"] == (20, 80)
    body = {"targets": [{"category": "realty", "minutes": 30, "share": 90}]}
    r = hall.client.put(TARGETS, json=body, headers=hall.manager)
    assert r.status_code == 200, r.text
    assert {t["category"]: (t["minutes"], t["share"]) for t in r.json()["targets"]}["realty"] == (30, 90)
    view = hall.client.get(STAFFING, headers=hall.manager).json()
    realty = next(c for c in view["categories"] if c["code"] == "realty")
    assert (realty["target_minutes"], realty["target_share"]) == (30, 90)
    with hall.ctx.sessions() as s:
        assert s.query(AuditRow).filter_by(event="staffing_targets").count() == 1


def test_a_bad_target_changes_nothing(hall):
    good = {"category": "realty", "minutes": 30, "share": 90}
    for body, status, code in (
        ({"targets": [good, {"category": "nosuch", "minutes": 10, "share": 80}]}, 404, "unknown_category"),
        ({"targets": [good, {**good, "minutes": 10}]}, 400, "bad_request"),
    ):
        detail = hall.refused(hall.client.put(TARGETS, json=body, headers=hall.manager), status, code)
        assert "nosuch" in detail or "不动产登记" in detail
    r = hall.client.put(TARGETS, json={"targets": [{**good, "minutes": 0}]}, headers=hall.manager)
    assert r.status_code in (400, 422) and not r.json()["detail"].isascii()
    targets = hall.client.get(TARGETS, headers=hall.manager).json()["targets"]
    assert {t["category"]: t["minutes"] for t in targets}["realty"] == 20


def test_only_the_halls_manager_or_an_admin(hall):
    clerk = hall.as_user("lixm")
    for method, path in (("GET", STAFFING), ("GET", TARGETS), ("PUT", TARGETS)):
        body = {"targets": []} if method == "PUT" else None
        hall.refused(hall.client.request(method, path, json=body, headers=clerk), 403, "forbidden")
        assert hall.client.request(method, path, json=body, headers=hall.kiosk).status_code == 401
    # another hall's manager reads nothing of this hall, and cannot name it
    there = make_terminal(hall.ctx, "330100", "B09", TerminalKind.BACKOFFICE)
    other = signed_in(hall.ctx, there, Role.HALL_MANAGER)
    hall.refused(hall.client.get(STAFFING, params={"hall": DEMO_HALL}, headers=other), 403, "forbidden")
    hall.refused(
        hall.client.put(TARGETS, params={"hall": DEMO_HALL}, json={"targets": []}, headers=other),
        403,
        "forbidden",
    )
    own = hall.client.get(STAFFING, headers=other)
    assert own.status_code == 200 and own.json()["categories"] == [] and own.json()["hall_code"] == "330100"
    # an admin names the hall
    admin = hall.seeded.sign_in("admin")
    hall.refused(hall.client.get(STAFFING, headers=admin), 400, "bad_request")
    assert hall.client.get(STAFFING, params={"hall": DEMO_HALL}, headers=admin).status_code == 200
    hall.refused(hall.client.get(STAFFING, params={"hall": "999999"}, headers=admin), 404, "not_found")


def _realty_queue(hall) -> None:
    hall.clock.now = at(TODAY, 9, 0)
    for _ in range(8):
        hall.take("realty")
    hall.clock.now = at(TODAY, 9, 30)


def test_a_suggestion_applies_through_the_assignments_route_with_its_version(hall):
    _realty_queue(hall)
    move = hall.client.get(STAFFING, headers=hall.manager).json()["suggestions"][0]
    change = {
        "changes": [{"window": move["window"], "categories": {"realty": 9}, "open": True}],
        "expected_versions": {move["window"]: move["version"]},
        "reason": "调度建议",
    }
    r = hall.client.post("/v1/manager/assignments", json=change, headers=hall.manager)
    assert r.status_code == 200, r.text
    view = hall.client.get(STAFFING, headers=hall.manager).json()
    realty = next(c for c in view["categories"] if c["code"] == "realty")
    assert move["window"] in realty["windows"]
    # a suggestion computed before that change names the old version: refused, not overwritten
    stale = hall.client.post("/v1/manager/assignments", json=change, headers=hall.manager)
    assert stale.status_code == 409, stale.text


def test_a_move_respects_the_qualifications_of_the_clerk_at_the_window(hall):
    _realty_queue(hall)
    first = hall.client.get(STAFFING, headers=hall.manager).json()["suggestions"][0]["window"]
    hall.act(first, "pause", reason="整理材料")
    hall.act(first, "resume")  # lixm is now the clerk at that window
    r = hall.client.put(
        "/v1/manager/qualifications/lixm", json={"categories": ["general"]}, headers=hall.manager
    )
    assert r.status_code == 200, r.text
    moves = hall.client.get(STAFFING, headers=hall.manager).json()["suggestions"]
    assert moves and all(m["window"] != first for m in moves)
