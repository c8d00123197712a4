"""GET /manager/live and PUT /manager/live/thresholds on the demo hall (SQLite and PostgreSQL):
the figures against the queue's own actions, and who may read them (hall B's manager, a clerk,
a kiosk or display: nobody but the hall's manager and the admin)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from queue_hall import W1, W2, W3, Hall, open_hall
from sqlalchemy import update
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import Role, TerminalKind
from server.seed import DEMO_HALL
from server.store.models import UserSessionRow

OTHER_HALL = "330100"


@pytest.fixture
def hall(server_config) -> Iterator[Hall]:
    yield from open_hall(server_config)


def live(hall: Hall, headers=None, params=None) -> dict:
    r = hall.client.get("/v1/manager/live", headers=headers or hall.manager, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def by_code(snapshot: dict) -> dict[str, dict]:
    return {c["code"]: c for c in snapshot["categories"]}


def by_window(snapshot: dict) -> dict[str, dict]:
    return {w["window"]: w for w in snapshot["windows"]}


def test_the_snapshot_follows_the_queue(hall):
    empty = by_code(live(hall))["general"]
    assert (empty["waiting"], empty["served_today"], empty["oldest_issued_at"]) == (0, 0, None)
    first = hall.number()  # 09:30
    hall.clock.advance(minutes=4)
    hall.number()
    hall.clock.advance(minutes=1)
    hall.number()
    assert hall.call(W1) == first  # 09:35
    hall.clock.advance(minutes=6)
    hall.act(W1, "finish")  # a service of 6 minutes
    hall.clock.advance(minutes=1)
    second = hall.call(W1)
    hall.act(W2, "pause", reason="午休")
    hall.clock.advance(seconds=30)

    snapshot = live(hall)
    assert snapshot["hall_code"] == DEMO_HALL
    general = by_code(snapshot)["general"]
    assert general["waiting"] == 1
    assert general["served_today"] == 1
    assert general["mean_service_seconds"] == pytest.approx(360.0)
    assert general["oldest_issued_at"].startswith("2026-11-23T01:35:00")  # the third, at 09:35
    assert general["service_minutes"] == pytest.approx(6.0)
    # one waiting × 6 minutes ÷ the open windows serving 综合受理 (W1 open, W2 paused, W3 never acted)
    assert general["open_windows"] == 1
    assert general["estimated_wait_minutes"] == 6

    windows = by_window(snapshot)
    w1 = windows[W1]
    assert w1["status"] == "open"
    assert w1["serving"]["number"] == second
    assert w1["serving"]["called_at"].startswith("2026-11-23T01:42:00")
    assert w1["clerk"] == "lixm" and w1["clerk_name"] == "李晓梅"
    assert w1["idle_since"] is None
    assert {c["code"] for c in w1["categories"]} >= {"general"}
    assert windows[W2]["status"] == "paused" and windows[W2]["pause_reason"] == "午休"
    # nobody acted at W3 and no terminal named so has synced: nothing tells that it is there
    assert windows[W3]["status"] == "offline" and windows[W3]["last_contact"] is None


def test_a_window_unheard_of_for_a_minute_is_offline_and_an_idle_one_says_since_when(hall):
    hall.number()
    hall.call(W1)
    hall.act(W1, "finish")
    assert by_window(live(hall))[W1]["idle_since"] is not None
    hall.clock.advance(seconds=61)
    w1 = by_window(live(hall))[W1]
    assert w1["status"] == "offline"
    assert w1["last_contact"].startswith("2026-11-23T01:30:00")


def test_thresholds_are_kept_whole_and_refused_whole(hall):
    body = {
        "thresholds": [
            {"category": "general", "max_waiting": 10, "max_wait_minutes": 30},
            {"category": "realty", "max_idle_minutes": 5},
            {"category": "enterprise"},  # nothing set: not kept
        ]
    }
    r = hall.client.put("/v1/manager/live/thresholds", json=body, headers=hall.manager)
    assert r.status_code == 200, r.text
    kept = r.json()["thresholds"]
    assert [(t["category"], t["max_waiting"], t["max_idle_minutes"]) for t in kept] == [
        ("general", 10, None),
        ("realty", None, 5),
    ]
    assert r.json()["thresholds_updated_by"] == "zhangjl"
    unknown = {
        "thresholds": [{"category": "general", "max_waiting": 3}, {"category": "nope", "max_waiting": 1}]
    }
    hall.refused(
        hall.client.put("/v1/manager/live/thresholds", json=unknown, headers=hall.manager),
        404,
        "unknown_category",
    )
    twice = {
        "thresholds": [{"category": "general", "max_waiting": 3}, {"category": "general", "max_waiting": 4}]
    }
    hall.refused(
        hall.client.put("/v1/manager/live/thresholds", json=twice, headers=hall.manager), 400, "bad_request"
    )
    too_many = {"thresholds": [{"category": "general", "max_waiting": 1000}]}
    r = hall.client.put("/v1/manager/live/thresholds", json=too_many, headers=hall.manager)
    assert r.status_code == 422
    assert [t["max_waiting"] for t in live(hall)["thresholds"]] == [10, None]  # nothing half-applied


def test_only_the_halls_manager_and_the_admin_read_it(hall):
    ctx = hall.ctx
    other_manager = signed_in(
        ctx, make_terminal(ctx, OTHER_HALL, "B9", TerminalKind.BACKOFFICE), Role.HALL_MANAGER
    )
    for path, method in (("/v1/manager/live", "get"), ("/v1/manager/live/thresholds", "put")):
        send = getattr(hall.client, method)
        kwargs = {"json": {"thresholds": []}} if method == "put" else {}
        # hall B's manager, asking for hall A by name or not at all (then: their own, empty)
        hall.refused(
            send(path, headers=other_manager, params={"hall": DEMO_HALL}, **kwargs), 403, "forbidden"
        )
        hall.refused(send(path, headers=hall.as_user("lixm"), **kwargs), 403, "forbidden")  # a clerk
        assert send(path, headers=hall.kiosk, **kwargs).status_code == 401  # a kiosk: no user at all
        display = make_terminal(ctx, DEMO_HALL, "D9", TerminalKind.DISPLAY)
        assert send(path, headers=display.headers, **kwargs).status_code == 401
    assert live(hall, other_manager)["hall_code"] == OTHER_HALL  # their own hall, not A's
    admin = hall.seeded.sign_in("admin")
    hall.refused(hall.client.get("/v1/manager/live", headers=admin), 400, "bad_request")  # which hall?
    assert live(hall, admin, {"hall": DEMO_HALL})["hall_code"] == DEMO_HALL


def test_a_syncing_workbench_is_its_windows_contact_and_its_assigned_clerk_is_named(hall):
    hall.as_user("lixm")  # lixm (assigned to 3号综合窗口) signed in on W03, named 3号综合窗口
    assert by_window(live(hall))[W3]["status"] == "offline"  # nothing heard from W03 yet
    r = hall.client.get("/v1/sync/pull", headers=hall.window_terminal)  # its sync round
    assert r.status_code == 200, r.text
    w3 = by_window(live(hall))[W3]
    assert (w3["status"], w3["clerk"], w3["clerk_name"]) == ("open", "lixm", "李晓梅")
    assert w3["terminal_name"] == W3 and w3["last_contact"].startswith("2026-11-23T01:30:00")
    hall.clock.advance(seconds=61)  # four pulls missed
    assert by_window(live(hall))[W3]["status"] == "offline"


def test_a_window_is_idle_at_most_since_its_clerk_signed_in(hall):
    # its last action may be days old (the demo's history): the clerk signed in today is idle
    # since signing in, not "空闲 552小时"
    hall.number()
    hall.call(W1)
    hall.act(W1, "finish")
    finished = by_window(live(hall))[W1]["idle_since"]
    hall.clock.advance(minutes=20)  # the clerk signs in again later (a new day, at its scale)
    signed_in_at = hall.clock()
    lixm = UserSessionRow.username == "lixm"
    with hall.ctx.transaction() as s:
        s.execute(update(UserSessionRow).where(lixm).values(created_at=signed_in_at))
    w1 = by_window(live(hall))[W1]
    assert w1["idle_since"] != finished
    assert datetime.fromisoformat(w1["idle_since"]) == signed_in_at
