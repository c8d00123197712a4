"""Work profiles (SQLite and PostgreSQL): saved and checked, applied by hand as one undoable
change, and on their schedule — at its time on its weekdays, once, even with two server
processes looking at the same moment (a clock the test sets)."""

from __future__ import annotations

import threading
from datetime import timedelta
from urllib.parse import quote

import pytest
from queue_hall import W2, W4, open_hall
from sqlalchemy import select

from server.context import ServerContext
from server.manager.profile_schedule import run_due_profiles
from server.store.db import make_engine, make_sessions
from server.store.models_assignments import AssignmentChangeRow, ProfileRunRow

PEAK = "早高峰"


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def save(hall, name=PEAK, windows=None, schedules=()):
    windows = windows or [
        {"window": W4, "categories": {"realty": 3, "social": 2}, "open": True},
        {"window": W2, "categories": {"general": 9}, "open": True},
    ]
    body = {"name": name, "windows": windows, "schedules": list(schedules)}
    return hall.client.put(f"/v1/manager/profiles/{quote(name)}", json=body, headers=hall.manager)


def overview(hall) -> dict:
    return hall.client.get("/v1/manager/assignments", headers=hall.manager).json()


def categories(hall, window: str) -> dict:
    return next(w for w in overview(hall)["windows"] if w["window"] == window)["categories"]


def test_a_profile_applied_by_hand_is_one_undoable_change(hall):
    r = save(hall)
    assert r.status_code == 200, r.text
    assert [p["name"] for p in r.json()["profiles"]] == [PEAK]
    r = hall.client.post(f"/v1/manager/profiles/{quote(PEAK)}/apply", json={}, headers=hall.manager)
    assert r.status_code == 200, r.text
    change = overview(hall)["changes"][0]
    assert change["kind"] == "profile" and change["profile"] == PEAK
    assert [a["window"] for a in change["after"]] == [W4, W2]
    assert categories(hall, W4) == {"realty": 3, "social": 2}
    undo = hall.client.post(f"/v1/manager/assignments/{change['change_id']}/undo", headers=hall.manager)
    assert undo.status_code == 200, undo.text
    assert categories(hall, W4) == {"realty": 9} and categories(hall, W2) == {"general": 9, "social": 5}


@pytest.mark.parametrize(
    ("windows", "schedules", "code", "named"),
    [
        ([{"window": "9号窗口", "categories": {"general": 1}}], [], "unknown_window", "9号窗口"),
        ([{"window": W4, "categories": {"realty": 3}, "open": False}], [], "bad_request", W4),
        ([{"window": W4, "categories": {"tax": 3}}], [], "unknown_category", "tax"),
        (
            [{"window": W4, "categories": {"realty": 3}}],
            [{"weekdays": [1, 2], "at": "08:30"}, {"weekdays": [2], "at": "08:30"}],
            "bad_request",
            "重复",
        ),
    ],
)
def test_a_profile_the_hall_could_not_run_is_refused(hall, windows, schedules, code, named):
    r = save(hall, windows=windows, schedules=schedules)
    assert named in hall.refused(r, 404 if code.startswith("unknown") else 400, code)
    assert overview(hall)["profiles"] == []


def test_a_deleted_profile_cannot_be_applied(hall):
    assert save(hall).status_code == 200
    r = hall.client.delete(f"/v1/manager/profiles/{quote(PEAK)}", headers=hall.manager)
    assert r.status_code == 200 and r.json()["profiles"] == []
    r = hall.client.post(f"/v1/manager/profiles/{quote(PEAK)}/apply", json={}, headers=hall.manager)
    assert PEAK in hall.refused(r, 404, "unknown_profile")


def _schedule_changes(hall) -> list:
    with hall.ctx.sessions() as s:
        return s.scalars(select(AssignmentChangeRow).where(AssignmentChangeRow.kind == "schedule")).all()


def test_a_schedule_applies_at_its_time_on_its_weekdays_once(hall):
    # the test's clock: Monday 23 November 2026, 09:30 in the hall; due Mondays at 09:35
    assert save(hall, schedules=[{"weekdays": [1], "at": "09:35"}]).status_code == 200
    ctx = hall.ctx
    run_due_profiles(ctx, hall.clock.now)
    assert _schedule_changes(hall) == []  # not yet
    hall.clock.advance(minutes=6)
    run_due_profiles(ctx, hall.clock.now)
    run_due_profiles(ctx, hall.clock.now + timedelta(minutes=1))
    changes = _schedule_changes(hall)
    assert len(changes) == 1 and changes[0].profile == PEAK and changes[0].actor == "zhangjl"
    assert categories(hall, W4) == {"realty": 3, "social": 2}
    hall.client.post(f"/v1/manager/assignments/{changes[0].id}/undo", headers=hall.manager)
    run_due_profiles(ctx, hall.clock.now + timedelta(minutes=30))  # past its grace: not again today
    run_due_profiles(ctx, hall.clock.now + timedelta(days=1))  # Tuesday: not its day
    assert len(_schedule_changes(hall)) == 1
    run_due_profiles(ctx, hall.clock.now + timedelta(days=7))  # next Monday
    assert len(_schedule_changes(hall)) == 2


def test_two_processes_looking_at_once_apply_a_schedule_once(hall):
    assert save(hall, schedules=[{"weekdays": [1], "at": "09:30"}]).status_code == 200
    url = hall.ctx.config.database_url
    engines = [make_engine(url) for _ in range(2)]
    others = [
        ServerContext(config=hall.ctx.config, engine=e, sessions=make_sessions(e, hall.ctx.audit_key))
        for e in engines
    ]
    start = threading.Barrier(len(others))
    applied: list[list[int]] = []

    def look(ctx):
        start.wait(30)
        applied.append(run_due_profiles(ctx, hall.clock.now))

    threads = [threading.Thread(target=look, args=(ctx,)) for ctx in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for e in engines:
        e.dispose()
    assert sorted(len(a) for a in applied) == [0, 1]
    assert len(_schedule_changes(hall)) == 1
    with hall.ctx.sessions() as s:
        runs = s.scalars(select(ProfileRunRow)).all()
    assert [(r.profile, r.at, r.outcome) for r in runs] == [(PEAK, "09:30", "applied")]


def test_a_scheduled_profile_the_hall_refuses_is_recorded_not_retried(hall):
    assert save(hall, schedules=[{"weekdays": [1], "at": "09:30"}]).status_code == 200
    r = hall.client.post(f"/v1/manager/profiles/{quote(PEAK)}/apply", json={}, headers=hall.manager)
    assert r.status_code == 200, r.text
    run_due_profiles(hall.ctx, hall.clock.now)  # the hall is already as the profile says
    run_due_profiles(hall.ctx, hall.clock.now)
    with hall.ctx.sessions() as s:
        runs = s.scalars(select(ProfileRunRow)).all()
    assert [(r.outcome, "与现状相同" in r.detail) for r in runs] == [("unchanged", True)]
    assert _schedule_changes(hall) == []


def test_every_server_process_looks_for_due_profiles_while_it_serves(hall):
    assert "profile-schedule" in [t.name for t in threading.enumerate()]
