"""统计报表 (GET /v1/manager/statistics) against figures worked out by hand from a small day of
the demo hall, written through the server's own paths: kiosk tickets and window actions, cases
and ratings pushed by the window, a decision by the back office (sqlite and postgresql).

The day, Monday 23 November 2026 (the hall's clock, 09:30 on):

=====  ========  ==========================================  =========  =======  =========
ticket category  what happened                               wait (s)   service  window
=====  ========  ==========================================  =========  =======  =========
A001   general   called 09:35 at W1, 办结 09:45              300        600      W1 李晓梅
C001   realty    called 09:45 at W4, 办结 09:47              900        120      W4 wangw
A002   general   called 09:47 at W1, recalled, 过号           1020       —        W1 李晓梅
A003   →realty   taken 09:47, called 09:48 at W1, 转移 to     60         180      W4 wangw
                 realty, called at W4, 办结 09:51
=====  ========  ==========================================  =========  =======  =========

and on Tuesday one more ticket (B001, never called). p90 is nearest-rank: of n values the
⌈0.9·n⌉-th smallest.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from queue_hall import W1, W2, W3, W4, open_hall, rid
from sqlalchemy import select
from sync_helpers import (
    MATTER,
    OTHER_MATTER,
    SyncTerminal,
    case_mutation,
    make_terminal,
    mutation,
    publish_catalog,
    push,
    rating_payload,
    signed_in,
)

from app.sync.protocol import Role
from server.seed import DEMO_HALL
from server.store.models import ServerCaseRow
from server.store.models_statistics import StatisticsCaseDayRow, StatisticsDayRow

MONDAY, TUESDAY = "2026-11-23", "2026-11-24"
PATH = "/v1/manager/statistics"


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _queue_day(hall) -> None:
    hall.number(), hall.number(), hall.number("realty")  # A001, A002, C001 at 09:30
    hall.clock.advance(minutes=5)
    assert hall.call(W1) == "A001"
    hall.clock.advance(minutes=10)
    hall.act(W1, "finish")
    assert hall.act(W4, "call_next", clerk="wangw")["ticket"]["number"] == "C001"
    hall.clock.advance(minutes=2)
    hall.act(W4, "finish", clerk="wangw")
    assert hall.call(W1) == "A002"
    hall.act(W1, "recall")
    hall.act(W1, "no_show")
    assert hall.number() == "A003"
    hall.clock.advance(minutes=1)
    assert hall.call(W1) == "A003"
    hall.act(W1, "transfer", to_category="realty", reason="需办理不动产登记")
    assert hall.act(W4, "call_next", clerk="wangw")["ticket"]["number"] == "A003"
    hall.clock.advance(minutes=3)
    hall.act(W4, "finish", clerk="wangw")


def _case(
    seq: int, kind: str, window: str, clerk: str, matter: str, promised: date | None
) -> tuple[str, dict]:
    case_id = str(uuid.uuid4())
    found = case_mutation(
        seq,
        case_id,
        kind=kind,
        to_status=kind,
        matter_codes=(matter,),
        promised=promised,
        number=f"T{seq:03d}",
    )
    found["payload"]["snapshot"].update(window=window, clerk=clerk, matter_names=[f"事项{matter[-3:]}"])
    if kind == "refused":
        found["payload"]["snapshot"]["refusal_reason"] = "不属于本机关职权范围"
        found["payload"]["event"]["detail"] = {"reason": "不属于本机关职权范围"}
    return case_id, found


def _cases_and_ratings(hall) -> dict[str, str]:
    """Six cases decided at the window on Monday (17:30), three of them promised for Monday (one
    decided by the back office that day, one on Tuesday, one not yet), and three ratings."""
    publish_catalog(hall.ctx)
    terminal = SyncTerminal(hall.seeded.terminal_id, hall.seeded.secret, DEMO_HALL, "W03")
    wang = "王五"
    made = {
        "late": _case(1, "accepted", W1, "李晓梅", MATTER, date(2026, 11, 23)),
        "open": _case(2, "accepted", W1, "李晓梅", MATTER, date(2026, 11, 23)),
        "in_time": _case(3, "accepted", W1, "李晓梅", MATTER, date(2026, 11, 23)),
        "future": _case(4, "accepted", W3, wang, OTHER_MATTER, date(2026, 12, 4)),
        "supplement": _case(5, "supplement_requested", W3, wang, OTHER_MATTER, None),
        "refused": _case(6, "refused", W3, wang, OTHER_MATTER, None),
    }
    ids = {name: case_id for name, (case_id, _) in made.items()}
    ratings = [
        {**rating_payload(ids["late"], level=5), "window": W1, "clerk": "李晓梅"},
        {**rating_payload(ids["in_time"], level=4), "window": W1, "clerk": "李晓梅"},
        {**rating_payload(ids["future"], level=2), "reasons": ["R04"], "window": W3, "clerk": wang},
    ]
    r = push(
        hall.client,
        terminal,
        *(m for _, m in made.values()),
        *(mutation(7 + i, "rating.recorded", p) for i, p in enumerate(ratings)),
    )
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 9, r.text
    backoffice = hall.seeded.sign_in("backoffice")
    decide = {"action": "decide", "actor": "赵科长", "result_code": 0}
    r = hall.client.post("/v1/backoffice/cases/T003/events", json=decide, headers=backoffice)
    assert r.status_code == 200, r.text  # on Monday: by its promised date
    return ids


@pytest.fixture
def day(hall):
    _queue_day(hall)
    _cases_and_ratings(hall)
    hall.clock.advance(days=1)
    hall._signed_in.clear()  # Monday's sessions have expired
    decide = {"action": "decide", "actor": "赵科长", "result_code": 0}
    r = hall.client.post(
        "/v1/backoffice/cases/T001/events", json=decide, headers=hall.seeded.sign_in("backoffice")
    )
    assert r.status_code == 200, r.text  # a day after its promised date
    hall.number("enterprise")  # B001 on Tuesday, never called
    return hall


def _report(server, by="hall", date_from=MONDAY, date_to=MONDAY, headers=None, **params):
    r = server.client.get(
        PATH,
        params={"date_from": date_from, "date_to": date_to, "by": by, **params},
        headers=headers or server.manager,
    )
    assert r.status_code == 200, r.text
    return r.json()


def _pick(row: dict, *names: str) -> tuple:
    return tuple(row[name] for name in names)


def test_the_whole_hall_s_day(day):
    report = _report(day)
    total = report["total"]
    assert (
        report["rows"] == [total]
        and report["hall_code"] == DEMO_HALL
        and total["label"] == report["hall_name"]
    )
    assert (total["tickets"], total["served"], total["no_shows"], total["transfers"]) == (4, 3, 1, 1)
    assert total["mean_wait_seconds"] == 570 and total["p90_wait_seconds"] == 1020  # rank 4 of 4
    assert total["mean_service_seconds"] == 300 and total["p90_service_seconds"] == 600  # rank 3 of 3
    assert (total["accepted"], total["supplement"], total["refused"]) == (4, 1, 1)
    # due on Monday: one decided on Tuesday, one not at all (the third was decided that day)
    assert total["overdue"] == 2
    assert total["ratings"] == {"5": 1, "4": 1, "3": 0, "2": 1, "1": 0}
    hours = {h["hour"]: h for h in report["hours"]}
    assert len(report["hours"]) == 24 and hours[9]["arrivals"] == 4 and hours[9]["mean_wait_seconds"] == 570
    assert hours[10]["arrivals"] == 0 and hours[10]["mean_wait_seconds"] is None
    assert [(w["window"], w["served"], w["service_seconds"]) for w in report["windows"]] == [
        (W1, 1, 600.0),
        (W4, 2, 300.0),
    ]


def test_by_category_window_clerk_and_matter(day):
    rows = {r["key"]: r for r in _report(day, "category")["rows"]}
    assert list(rows) == ["general", "realty"] and rows["general"]["label"] == "综合受理"
    general, realty = rows["general"], rows["realty"]
    assert (general["tickets"], general["served"], general["no_shows"]) == (2, 1, 1)
    assert general["mean_wait_seconds"] == 660 and general["p90_wait_seconds"] == 1020
    assert (realty["tickets"], realty["served"], realty["transfers"]) == (2, 2, 1)
    assert realty["mean_wait_seconds"] == 480 and realty["p90_wait_seconds"] == 900
    assert realty["mean_service_seconds"] == 150 and realty["p90_service_seconds"] == 180
    assert general["accepted"] is None and general["ratings"] is None  # a case has no category

    rows = {r["key"]: r for r in _report(day, "window")["rows"]}
    assert _pick(rows[W1], "tickets", "served", "accepted", "overdue") == (2, 1, 3, 2)
    assert rows[W1]["ratings"] == {"5": 1, "4": 1, "3": 0, "2": 0, "1": 0}
    assert _pick(rows[W3], "tickets", "accepted", "supplement", "refused") == (0, 1, 1, 1)
    assert rows[W3]["ratings"]["2"] == 1 and rows[W4]["served"] == 2 and rows[W4]["accepted"] == 0

    rows = {r["key"]: r for r in _report(day, "clerk")["rows"]}
    assert rows["李晓梅"]["tickets"] == 2 and rows["李晓梅"]["accepted"] == 3  # the queue's lixm by name
    assert rows["wangw"]["served"] == 2 and rows["王五"]["refused"] == 1

    rows = {r["key"]: r for r in _report(day, "matter")["rows"]}
    assert rows[MATTER]["label"] == f"事项{MATTER[-3:]}" and rows[MATTER]["tickets"] is None
    assert (rows[MATTER]["accepted"], rows[MATTER]["overdue"]) == (3, 2)
    assert (rows[OTHER_MATTER]["supplement"], rows[OTHER_MATTER]["ratings"]["2"]) == (1, 1)


def test_the_period_is_the_hall_s_days(day):
    both = _report(day, date_to=TUESDAY)["total"]
    assert both["tickets"] == 5 and both["served"] == 3 and both["p90_wait_seconds"] == 1020
    tuesday = _report(day, date_from=TUESDAY, date_to=TUESDAY)["total"]
    assert (tuesday["tickets"], tuesday["mean_wait_seconds"], tuesday["accepted"]) == (1, None, 0)
    assert tuesday["overdue"] == 0 and tuesday["ratings"] == {"5": 0, "4": 0, "3": 0, "2": 0, "1": 0}


def test_bounded_range_and_bad_input_get_a_chinese_reason(hall):
    def refused(status, **params):
        r = hall.client.get(PATH, params=params, headers=hall.manager)
        assert r.status_code == status, r.text
        return r.json()["detail"]

    start = date(2026, 1, 1)
    assert _report(hall, date_from=start, date_to=start + timedelta(days=365))["total"]["tickets"] == 0
    too_long = refused(400, date_from=start, date_to=start + timedelta(days=366), by="hall")
    assert "最长366天" in too_long and "367天" in too_long
    reversed_ = refused(400, date_from=TUESDAY, date_to=MONDAY)
    assert reversed_ == "统计期间的结束日期2026-11-23早于开始日期2026-11-24"
    refused(422, date_from=MONDAY, date_to=MONDAY, by="weekday")


def test_only_the_hall_s_manager_or_an_admin_reads_it(day):
    params = {"date_from": MONDAY, "date_to": MONDAY}
    clerk = day.client.get(PATH, params=params, headers=day.as_user("lixm"))
    assert clerk.status_code == 403 and clerk.json()["detail"] == "当前账号的角色无权进行此操作"
    assert day.client.get(PATH, params=params, headers=day.kiosk).status_code == 401
    assert day.client.get(PATH, params=params, headers=day.window_terminal).status_code == 401
    other = make_terminal(day.ctx, "330100", "W01")
    other_manager = signed_in(day.ctx, other, Role.HALL_MANAGER, "manager-b")
    # a manager of hall B never reads hall A, and reads nothing of A's in their own
    denied = day.client.get(PATH, params={**params, "hall": DEMO_HALL}, headers=other_manager)
    assert denied.status_code == 403 and denied.json()["detail"] == "无权操作其他大厅的数据"
    own = _report(day, headers=other_manager)["total"]
    assert (own["tickets"], own["accepted"], own["ratings"]["5"]) == (0, 0, 0)
    admin = day.seeded.sign_in("admin")
    r = day.client.get(PATH, params=params, headers=admin)
    assert r.status_code == 400 and "指定大厅" in r.json()["detail"]
    assert _report(day, headers=admin, hall=DEMO_HALL)["total"]["tickets"] == 4


def _all_views(server, date_from=MONDAY, date_to=TUESDAY) -> dict[str, dict]:
    views = {}
    for by in ("hall", "category", "window", "clerk", "matter"):
        report = _report(server, by, date_from, date_to)
        del report["generated_at"]
        views[by] = report
    return views


def _kept_days(server) -> dict[str, int]:
    with server.ctx.sessions() as s:
        rows = s.execute(select(StatisticsDayRow.day, StatisticsDayRow.tickets)).all()
    return {day.isoformat(): n for day, n in rows}


def test_closed_days_are_kept_and_give_the_same_figures(day):
    live = _all_views(day)  # on Tuesday: Monday and Tuesday are both derived live
    assert _kept_days(day) == {}
    day.clock.advance(days=1)  # Wednesday: Monday has closed (the day after it has passed too)
    day._signed_in.clear()
    kept = _all_views(day)
    _report(day, date_from="2026-11-20", date_to=MONDAY)  # the empty weekend may yet get tickets
    assert _kept_days(day) == {MONDAY: 4}  # Tuesday, yesterday, is still derived live
    assert kept == live
    day.clock.advance(days=1)
    day._signed_in.clear()
    assert _all_views(day) == live and _kept_days(day) == {MONDAY: 4, TUESDAY: 1}
    assert _all_views(day) == live  # read from the kept facts alone


def test_an_offline_record_reconciled_after_its_day_is_counted(day):
    day.clock.advance(days=1)
    day._signed_in.clear()
    assert _report(day)["total"]["tickets"] == 4 and _kept_days(day) == {MONDAY: 4}
    paper = {
        "record_id": rid(),
        "kind": "served",
        "number": "A901",
        "service_day": MONDAY,
        "at": "2026-11-23T11:00:00+08:00",
        "window": W1,
        "clerk": "lixm",
        "finished_at": "2026-11-23T11:10:00+08:00",
    }
    r = day.client.post("/v1/queue/offline", json={"records": [paper]}, headers=day.window_terminal)
    assert r.status_code == 200 and r.json()["results"][0]["outcome"] == "applied", r.text
    assert _kept_days(day) == {}  # Monday's kept facts were forgotten
    total = _report(day)["total"]
    assert (total["tickets"], total["served"]) == (5, 4) and _kept_days(day) == {MONDAY: 5}


# -- late changes into a kept day (server/manager/statistics_case_rollup.py) --------------------
def _on_wednesday(server) -> None:
    """Wednesday: Monday has closed and its first report keeps it."""
    server.clock.advance(days=1)
    server._signed_in.clear()
    assert _report(server)["total"]["accepted"] == 4
    with server.ctx.sessions() as s:
        assert MONDAY in {d.isoformat() for d in s.scalars(select(StatisticsCaseDayRow.day))}


def _window(server) -> SyncTerminal:
    """Window W03's terminal, which pushed Monday's nine mutations (its next is the 10th)."""
    return SyncTerminal(server.seeded.terminal_id, server.seeded.secret, DEMO_HALL, "W03")


@pytest.mark.parametrize("replayed", [False, True], ids=["pushed-late", "replayed-on-monday-s-clock"])
def test_a_case_pushed_after_its_day_was_kept_is_counted(day, replayed):
    _on_wednesday(day)
    # a window offline since Monday pushes the case it refused then (Monday 17:30:10); or the
    # demo's history replays it with the server's clock on Monday (recorded "before" Monday was kept)
    _, late = _case(10, "refused", W3, "王五", OTHER_MATTER, None)
    wednesday = day.clock.now
    if replayed:
        day.clock.now -= timedelta(days=2)
    r = push(day.client, _window(day), late)
    day.clock.now = wednesday
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied", r.text
    assert _report(day)["total"]["refused"] == 2
    rows = {r["key"]: r for r in _report(day, "window")["rows"]}
    assert (rows[W3]["accepted"], rows[W3]["refused"]) == (1, 2)
    rows = {r["key"]: r for r in _report(day, "matter")["rows"]}
    assert rows[OTHER_MATTER]["refused"] == 2


def test_a_rating_pushed_after_its_day_was_kept_is_counted(day):
    _on_wednesday(day)
    # a rating of a ticket (no case: nothing in the change log) given on Monday, pushed late
    rating = {**rating_payload(None, level=3), "window": W1, "clerk": "李晓梅"}
    r = push(day.client, _window(day), mutation(10, "rating.recorded", rating))
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied", r.text
    assert _report(day)["total"]["ratings"] == {"5": 1, "4": 1, "3": 1, "2": 1, "1": 0}
    rows = {r["key"]: r for r in _report(day, "window")["rows"]}
    assert rows[W1]["ratings"] == {"5": 1, "4": 1, "3": 1, "2": 0, "1": 0}


def test_a_promised_date_moved_off_a_kept_day_takes_its_overdue_along(day):
    _on_wednesday(day)
    with day.ctx.sessions() as s:
        open_case = s.scalar(select(ServerCaseRow.id).where(ServerCaseRow.number == "T002"))
    # the window counts T002's promised date again (a year's holidays arrived): 4 December
    recount = case_mutation(
        10,
        open_case,
        kind="promised_recounted",
        from_status="accepted",
        to_status="accepted",
        position=1,
        number="T002",
        promised=date(2026, 12, 4),
    )
    recount["payload"]["snapshot"].update(window=W1, clerk="李晓梅", matter_names=[f"事项{MATTER[-3:]}"])
    r = push(day.client, _window(day), recount)
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied", r.text
    total = _report(day)["total"]
    assert (total["accepted"], total["overdue"]) == (4, 1)  # T001 only: decided a day late
    rows = {r["key"]: r for r in _report(day, "matter")["rows"]}
    assert (rows[MATTER]["accepted"], rows[MATTER]["overdue"]) == (3, 1)


def test_a_case_moved_to_another_window_after_its_day_was_kept_moves_its_figures(day):
    _on_wednesday(day)
    assert {r["key"]: r["accepted"] for r in _report(day, "window")["rows"]}[W1] == 3
    with day.ctx.sessions() as s:
        open_case = s.scalar(select(ServerCaseRow.id).where(ServerCaseRow.number == "T002"))
    # T002's snapshot comes back from a window naming 2号 as the window that took it in
    moved = case_mutation(
        10,
        open_case,
        kind="promised_recounted",
        from_status="accepted",
        to_status="accepted",
        position=1,
        number="T002",
        promised=date(2026, 11, 23),
    )
    moved["payload"]["snapshot"].update(window=W2, clerk="李晓梅", matter_names=[f"事项{MATTER[-3:]}"])
    r = push(day.client, _window(day), moved)
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied", r.text
    rows = {r["key"]: r for r in _report(day, "window")["rows"]}
    assert _pick(rows[W1], "accepted", "overdue") == (2, 1) and _pick(rows[W2], "accepted", "overdue") == (
        1,
        1,
    )
    assert _report(day)["total"]["overdue"] == 2  # still overdue on Monday, now 2号's
