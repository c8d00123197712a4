"""办不成事 反映 on the hall manager's console (sqlite and postgresql): the masked list, the audited
read, the moves with their events and versions, the refusals, another hall's reports answered as
missing ones, and the deadline in working days."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import signed_in
from unresolved_hall import BASE, DESCRIPTION, NAME, PHONE, events, report, stored, unresolved_hall

from app.domain.working_days import YearSchedule
from app.sync.protocol import Role
from server.app import create_app
from server.calendar_years import enter_year
from server.store.models import AuditRow, UserRow

MANAGER = "manager-330429"
ANSWER = {
    "outcome": "solved",
    "resolution": "窗口已一次性告知所缺材料，申请人当场补齐后受理",
    "reply": "您的结婚登记已受理，材料要求已书面告知",
    "reply_method": "phone",
    "replied_on": "2026-11-24",
}


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        app.state.ctx.now = lambda: datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # the hall's Tuesday 10:00
        yield client, app.state.ctx


def _move(hall, report_id: str, step: str, **body):
    return hall.client.post(f"{BASE}/{report_id}/{step}", json=body, headers=hall.manager)


def test_a_report_goes_from_open_to_closed_through_a_send_back(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    rid = report(hall)
    r = _move(hall, rid, "assign", assignee=MANAGER, version=1)
    assert (r.status_code, r.json()["state"], r.json()["version"]) == (200, "assigned", 2), r.text
    assert r.json()["assignee"] == MANAGER and r.json()["name_masked"] == "欧***"
    r = _move(hall, rid, "answer", **ANSWER, version=2)
    assert (r.json()["state"], r.json()["version"]) == ("answered", 3), r.text
    r = _move(hall, rid, "send-back", reason="请写明补齐的是哪几份材料", version=3)
    assert (r.json()["state"], r.json()["version"]) == ("assigned", 4), r.text
    r = _move(hall, rid, "answer", **{**ANSWER, "outcome": "partly"}, version=4)
    assert r.json()["state"] == "answered", r.text
    r = _move(hall, rid, "close", version=5)
    assert (r.json()["state"], r.json()["version"]) == ("closed", 6), r.text
    detail = client.get(f"{BASE}/{rid}", headers=hall.manager).json()
    assert [e["kind"] for e in detail["events"]] == [
        "reported",
        "assign",
        "answer",
        "send_back",
        "answer",
        "close",
    ]
    assert detail["events"][3]["detail"] == {"reason": "请写明补齐的是哪几份材料"}
    assert {e["actor"] for e in detail["events"][1:]} == {MANAGER}
    assert (detail["outcome"], detail["reply_method"], detail["replied_on"]) == (
        "partly",
        "phone",
        "2026-11-24",
    )
    assert (detail["name"], detail["phone"], detail["state"]) == (NAME, PHONE, "closed")
    assert events(ctx, rid) == [e["kind"] for e in detail["events"]]
    with ctx.sessions() as s:
        audited = s.scalars(select(AuditRow.event).where(AuditRow.event.like("unresolved_report_%"))).all()
    assert sorted(audited) == sorted(
        [
            "unresolved_report_" + e
            for e in ("assigned", "answered", "sent_back", "answered", "closed", "read")
        ]
    )


def test_a_stale_version_or_a_move_the_state_forbids_is_refused_and_nothing_changes(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    rid = report(hall)
    early = _move(hall, rid, "answer", **ANSWER, version=1)  # not assigned yet
    assert (
        early.status_code == 409
        and "待分派" in early.json()["detail"]
        and "记录解决情况与答复" in early.json()["detail"]
    )
    assert _move(hall, rid, "assign", assignee=MANAGER, version=1).status_code == 200
    stale = _move(hall, rid, "assign", assignee=MANAGER, version=1)
    assert stale.status_code == 409 and "刷新" in stale.json()["detail"]
    assert stale.json()["code"] == "stale_report"
    closing = _move(hall, rid, "close", version=2)
    assert closing.status_code == 409 and "办理中" in closing.json()["detail"]
    [row] = stored(ctx)
    assert (row.state, row.version) == ("assigned", 2)
    assert events(ctx, rid) == ["reported", "assign"]


def test_answer_and_send_back_problems_are_each_told_in_chinese(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    rid = report(hall)
    _move(hall, rid, "assign", assignee=MANAGER, version=1)
    bad = {**ANSWER, "resolution": "   ", "reply": " ", "replied_on": "2026-11-25"}  # tomorrow
    r = _move(hall, rid, "answer", **bad, version=2)
    assert r.status_code == 400, r.text
    said = r.json()["detail"]
    for problem in ("请写明怎样解决的", "请写明答复申请人的内容", "答复日期2026-11-25在今天之后"):
        assert problem in said, said
    long = _move(hall, rid, "answer", **{**ANSWER, "reply": "答" * 501}, version=2)
    assert long.status_code == 422 and not long.json()["detail"].isascii()
    assert _move(hall, rid, "answer", **ANSWER, version=2).status_code == 200
    r = _move(hall, rid, "send-back", reason="  ", version=3)
    assert r.status_code == 400 and "请写明退回的原因" in r.json()["detail"]
    [row] = stored(ctx)
    assert (row.state, row.version, row.resolution) == ("answered", 3, ANSWER["resolution"])


def test_the_assignee_is_an_active_user_of_the_hall(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    other = unresolved_hall(client, ctx, "330100")
    rid = report(hall)
    signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-left")
    with ctx.transaction() as s:
        s.get(UserRow, "bo-left").active = False
    for nobody in ("nobody", "manager-330100", "bo-left"):
        r = _move(hall, rid, "assign", assignee=nobody, version=1)
        assert r.status_code == 400 and nobody in r.json()["detail"], r.text
    assert other.manager  # hall B's manager exists, and is still not hall A's to assign
    r = _move(hall, rid, "assign", assignee="clerk-w01", version=1)  # any active account of the hall
    assert r.status_code == 200 and r.json()["assignee"] == "clerk-w01"


def test_another_halls_report_is_missing_on_every_route(server):
    client, ctx = server
    hall_a = unresolved_hall(client, ctx)
    rid = report(hall_a)
    hall_b = unresolved_hall(client, ctx, "330100")
    assert client.get(BASE, headers=hall_b.manager).json()["items"] == []
    missing = client.get(f"{BASE}/00000000-0000-0000-0000-000000000000", headers=hall_b.manager)
    calls = [
        ("GET", "", None),
        ("POST", "/assign", {"assignee": "manager-330100", "version": 1}),
        ("POST", "/answer", {**ANSWER, "version": 1}),
        ("POST", "/close", {"version": 1}),
        ("POST", "/send-back", {"reason": "冒名退回", "version": 1}),
    ]
    for method, step, body in calls:
        r = client.request(method, f"{BASE}/{rid}{step}", json=body, headers=hall_b.manager)
        assert r.status_code == 404 and r.json() == missing.json(), (step, r.text)
        assert NAME not in r.text and PHONE not in r.text
    # a clerk of hall A on their window gets nothing either
    for path in (BASE, f"{BASE}/{rid}"):
        assert client.get(path, headers=hall_a.clerk).status_code == 403
    [row] = stored(ctx)
    assert (row.state, row.version) == ("open", 1)
    with ctx.sessions() as s:
        assert s.scalars(select(AuditRow).where(AuditRow.event == "unresolved_report_read")).all() == []


def test_the_list_is_masked_and_the_whole_report_is_read_on_the_record(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    rid = report(hall)
    listed = client.get(BASE, headers=hall.manager)
    assert listed.status_code == 200, listed.text
    assert NAME not in listed.text and PHONE not in listed.text and DESCRIPTION not in listed.text
    [item] = listed.json()["items"]
    assert (item["name_masked"], item["phone_masked"], item["kind"], item["matter_name"]) == (
        "欧***",
        "138****5678",
        "materials",
        "结婚登记",
    )
    whole = client.get(f"{BASE}/{rid}", headers=hall.manager).json()
    assert (whole["name"], whole["phone"], whole["registered_by"]) == (NAME, PHONE, "clerk-w01")
    with ctx.sessions() as s:
        [read] = s.scalars(select(AuditRow).where(AuditRow.event == "unresolved_report_read")).all()
    assert (read.username, read.hall_code, read.outcome) == (MANAGER, "330429", "ok")
    assert rid in read.detail and "欧***" in read.detail and "138****5678" in read.detail
    assert NAME not in read.detail and PHONE not in read.detail


def test_overdue_counts_working_days_across_the_weekend(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    rid = report(hall, reported_at="2026-11-27T16:00:00")  # a Friday: due Friday 12-04
    ctx.now = lambda: datetime(2026, 12, 3, 2, 0, tzinfo=UTC)  # Thursday: six calendar days on
    on_time = client.get(BASE, headers=hall.manager).json()
    assert (on_time["items"][0]["due_date"], on_time["items"][0]["overdue"], on_time["overdue"]) == (
        "2026-12-04",
        False,
        0,
    )
    ctx.now = lambda: datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # Saturday
    late = client.get(BASE, headers=hall.manager).json()
    assert (late["items"][0]["overdue"], late["overdue"], late["open"]) == (True, 1, 1)
    assert client.get(f"{BASE}/{rid}", headers=hall.manager).json()["overdue"] is True


def test_the_list_keeps_closed_reports_for_the_days_asked(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    closed, still = report(hall), report(hall, reported_at="2026-11-23T11:00:00")
    for step, body in (("assign", {"assignee": MANAGER}), ("answer", ANSWER), ("close", {})):
        assert _move(hall, closed, step, **body, version=stored(ctx)[0].version).status_code == 200
    listed = client.get(BASE, headers=hall.manager).json()
    assert [i["id"] for i in listed["items"]] == [still, closed]  # newest first
    assert (listed["open"], listed["closed"], listed["closed_days"]) == (1, 1, 30)
    ctx.now = lambda: datetime(
        2026, 12, 1, 2, 0, tzinfo=UTC
    )  # closed on 11-24: the 8th day back, today counted
    week = client.get(BASE, params={"closed_days": 7}, headers=hall.manager).json()
    assert ([i["id"] for i in week["items"]], week["closed"]) == ([still], 0)
    assert client.get(BASE, params={"closed_days": 8}, headers=hall.manager).json()["closed"] == 1
    for days in (0, 367):
        r = client.get(BASE, params={"closed_days": days}, headers=hall.manager)
        assert r.status_code == 422 and not r.json()["detail"].isascii()


def test_a_deadline_counted_by_weekends_only_is_counted_again_when_assigned(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    rid = report(hall, reported_at="2027-02-05T10:00:00")  # the Friday before the 2027 Spring Festival
    [row] = stored(ctx)
    assert (row.due_date, row.due_estimated) == (date(2027, 2, 12), True)  # no 2027 schedule yet
    holidays = [date(2027, 1, d) for d in (1, 2, 3)] + [date(2027, 2, d) for d in range(6, 15)]
    schedule = YearSchedule(2027, holidays=frozenset(holidays), workdays=frozenset([date(2027, 2, 20)]))
    with ctx.transaction() as s:
        enter_year(s, schedule, "admin", datetime.now(UTC))
    r = _move(hall, rid, "assign", assignee=MANAGER, version=1)
    assert (r.status_code, r.json()["due_date"], r.json()["due_estimated"]) == (200, "2027-02-19", False)
