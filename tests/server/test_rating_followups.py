"""好差评 follow-up on the server (sqlite and postgresql): each 差评 opens one follow-up, the
manager moves it, the applicant's identity goes only to those who follow it up, and every route
keeps to the caller's hall and role."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from followup_hall import APPLICANT, CLERK, followup_hall
from sqlalchemy import select
from sync_helpers import make_terminal, mutation, push, signed_in

from app.domain.working_days import YearSchedule
from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.calendar_years import enter_year
from server.store.models import AuditRow
from server.store.models_followups import FollowupRow

BASE = "/v1/manager/followups"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _followups(ctx) -> list[FollowupRow]:
    with ctx.sessions() as s:
        return list(s.scalars(select(FollowupRow)))


def test_a_bad_rating_opens_one_followup_even_when_it_is_sent_again(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    rating = hall.rate(level=2)
    hall.rate(level=4)  # a good rating opens nothing
    assert len(_followups(ctx)) == 1
    # the same mutation again (same seq), and the same rating in a later mutation
    assert push(client, hall.window, rating).status_code == 200
    hall.seq += 1
    again = push(client, hall.window, mutation(hall.seq, "rating.recorded", rating["payload"]))
    assert again.json()["results"][0]["status"] == "applied"
    [row] = _followups(ctx)
    # rated on Monday 2026-11-23: five working days later
    assert (row.state, row.due_date, row.due_estimated) == ("open", date(2026, 11, 30), False)


def test_the_manager_follows_a_bad_rating_up_to_its_close(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    listed = client.get(BASE, headers=hall.manager).json()
    [item] = listed["items"]
    assert (item["state"], item["clerk"], item["matter"], item["reasons"]) == (
        "open",
        CLERK,
        "结婚登记",
        ["R04"],
    )
    assert "applicant" not in item and APPLICANT["name"] not in str(listed)
    fid = item["id"]
    people = client.get(f"{BASE}/people", headers=hall.manager).json()["items"]
    assert [p["username"] for p in people] == ["manager-330429"]  # clerks do not hold follow-ups
    r = client.post(
        f"{BASE}/{fid}/assign", json={"assignee": "manager-330429", "version": 1}, headers=hall.manager
    )
    assert r.json()["state"] == "assigned", r.text
    record = {
        "visited_at": "2026-11-24T10:00:00+08:00",
        "method": "phone",
        "said": "申请人说窗口人员态度尚可，主要是等候太久",
        "remedy": "午间增开一个综合窗口",
        "version": 2,
    }
    assert (
        client.post(f"{BASE}/{fid}/record", json=record, headers=hall.manager).json()["state"] == "reported"
    )
    back = client.post(
        f"{BASE}/{fid}/send-back", json={"reason": "请写明增开的时段", "version": 3}, headers=hall.manager
    )
    assert back.json()["state"] == "assigned"
    # closing a follow-up that is held (not reported) is refused, naming the state
    refused = client.post(f"{BASE}/{fid}/close", json={"version": 4}, headers=hall.manager)
    assert refused.status_code == 409 and "办理中" in refused.json()["detail"]
    stale = client.post(f"{BASE}/{fid}/record", json=record, headers=hall.manager)  # version 2: stale
    assert stale.status_code == 409 and "刷新" in stale.json()["detail"]
    record.update(version=4, remedy="每日11:30–13:30增开一个综合窗口")
    assert client.post(f"{BASE}/{fid}/record", json=record, headers=hall.manager).status_code == 200
    assert (
        client.post(f"{BASE}/{fid}/close", json={"version": 5}, headers=hall.manager).json()["state"]
        == "closed"
    )
    detail = client.get(f"{BASE}/{fid}", headers=hall.manager).json()
    assert detail["applicant"] == APPLICANT
    assert [e["kind"] for e in detail["events"]] == [
        "opened",
        "assign",
        "record",
        "send_back",
        "record",
        "close",
    ]
    with ctx.sessions() as s:
        reads = s.scalars(select(AuditRow).where(AuditRow.event == "rating_identity_read")).all()
    assert [a.username for a in reads] == ["manager-330429"]


def test_overdue_followups_are_flagged_and_filtered(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    ctx.now = lambda: datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # the hall's Tuesday 12-01: one day late
    assert client.get(BASE, params={"overdue": True}, headers=hall.manager).json()["items"][0]["overdue"]
    assert client.get(BASE, params={"overdue": False}, headers=hall.manager).json()["items"] == []
    assert client.get(BASE, params={"state": "closed"}, headers=hall.manager).json()["items"] == []
    assert client.get(BASE, params={"clerk": "someone-else"}, headers=hall.manager).json()["items"] == []


def test_a_clerk_asks_for_review_and_a_rating_found_malicious_leaves_the_rate(server):
    client, ctx = server
    ctx.now = lambda: datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # the clerk's 90 days hold the 11-23 ratings
    hall = followup_hall(client, ctx)
    bad = hall.rate(level=1)
    hall.rate(level=5)
    period = {"from": "2026-11-23", "to": "2026-11-23"}
    before = client.get(f"{BASE}/summary", params=period, headers=hall.manager).json()
    assert (before["ratings"], before["satisfied"], before["satisfaction_rate"]) == (2, 1, 0.5)
    mine = client.get("/v1/ratings/mine", headers=hall.clerk)
    assert mine.status_code == 200, mine.text
    [own] = mine.json()["items"]
    assert APPLICANT["name"] not in mine.text and APPLICANT["phone"] not in mine.text
    rating_id = bad["payload"]["rating_id"]
    asked = client.post(
        f"/v1/ratings/{rating_id}/review", json={"reason": "申请人未办理业务即给差评"}, headers=hall.clerk
    )
    assert asked.status_code == 200 and asked.json()["review"]["decision"] == "pending", asked.text
    twice = client.post(f"/v1/ratings/{rating_id}/review", json={"reason": "再次申请"}, headers=hall.clerk)
    assert twice.status_code == 409
    fid = client.get(BASE, headers=hall.manager).json()["items"][0]["id"]
    decided = client.post(
        f"{BASE}/{fid}/review", json={"decision": "excluded", "note": "经调取录像核实"}, headers=hall.manager
    )
    assert decided.status_code == 200, decided.text
    after = client.get(f"{BASE}/summary", params=period, headers=hall.manager).json()
    assert (after["ratings"], after["excluded"], after["satisfaction_rate"], after["bad"]) == (1, 1, 1.0, 0)
    # both stay on record: the rating, the request and the decision
    detail = client.get(f"{BASE}/{fid}", headers=hall.manager).json()
    assert (
        detail["review"]["decision"] == "excluded"
        and detail["review"]["reason"] == "申请人未办理业务即给差评"
    )
    assert own["rating_id"] == rating_id


def test_a_clerk_can_neither_list_followups_nor_see_who_rated(server):
    client, ctx = server
    ctx.now = lambda: datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # the clerk's 90 days hold the 11-23 ratings
    hall = followup_hall(client, ctx)
    hall.rate()
    fid = _followups(ctx)[0].id
    # a clerk signed in on the console's terminal kind cannot exist; on their window they are refused
    for method, path in [
        ("GET", BASE),
        ("GET", f"{BASE}/{fid}"),
        ("GET", f"{BASE}/summary?from=2026-11-01&to=2026-11-30"),
    ]:
        r = client.request(method, path, headers=hall.clerk)
        assert r.status_code == 403 and APPLICANT["name"] not in r.text, (path, r.text)
    other = signed_in(ctx, hall.window, Role.CLERK, "clerk-w02")
    bad_id = client.get("/v1/ratings/mine", headers=hall.clerk).json()["items"][0]["rating_id"]
    r = client.post(f"/v1/ratings/{bad_id}/review", json={"reason": "不是我的评价"}, headers=other)
    assert r.status_code == 404
    assert client.get("/v1/ratings/mine", headers=other).json()["items"] == []


def test_another_halls_manager_sees_and_moves_nothing_of_this_hall(server):
    client, ctx = server
    hall_a = followup_hall(client, ctx)
    hall_a.rate()
    fid = _followups(ctx)[0].id
    hall_b = followup_hall(client, ctx, "330100")
    assert client.get(BASE, headers=hall_b.manager).json()["items"] == []
    r = client.get(f"{BASE}/{fid}", headers=hall_b.manager)
    assert r.status_code == 404 and APPLICANT["name"] not in r.text
    move = client.post(
        f"{BASE}/{fid}/assign", json={"assignee": "manager-330100", "version": 1}, headers=hall_b.manager
    )
    assert move.status_code == 404
    # nor can hall A's manager hand it to hall B's
    cross = client.post(
        f"{BASE}/{fid}/assign", json={"assignee": "manager-330100", "version": 1}, headers=hall_a.manager
    )
    assert cross.status_code == 400 and "不是本大厅" in cross.json()["detail"]
    summary = client.get(
        f"{BASE}/summary", params={"from": "2026-11-23", "to": "2026-11-23"}, headers=hall_b.manager
    )
    assert summary.json()["ratings"] == 0
    assert _followups(ctx)[0].state == "open"


@pytest.mark.parametrize("kind", [TerminalKind.KIOSK, TerminalKind.DISPLAY])
def test_a_kiosk_or_display_gets_nothing(server, kind):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    terminal = make_terminal(ctx, hall.hall_code, "K01" if kind is TerminalKind.KIOSK else "D01", kind)
    fid = _followups(ctx)[0].id
    for path in (BASE, f"{BASE}/{fid}", "/v1/ratings/mine"):
        r = client.get(path, headers=terminal.headers)
        assert r.status_code in (401, 403) and APPLICANT["name"] not in r.text


def test_bad_input_is_refused_with_a_chinese_reason_and_nothing_changes(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    fid = _followups(ctx)[0].id
    long = client.post(
        f"{BASE}/{fid}/send-back", json={"reason": "退" * 501, "version": 1}, headers=hall.manager
    )
    assert long.status_code == 422 and not long.json()["detail"].isascii()
    nobody = client.post(
        f"{BASE}/{fid}/assign", json={"assignee": "nobody", "version": 1}, headers=hall.manager
    )
    assert nobody.status_code == 400 and "nobody" in nobody.json()["detail"]
    period = client.get(
        f"{BASE}/summary", params={"from": "2026-12-01", "to": "2026-11-01"}, headers=hall.manager
    )
    assert period.status_code == 400
    assert client.put(f"{BASE}/settings", json={"deadline_days": 31}, headers=hall.manager).status_code == 422
    assert _followups(ctx)[0].state == "open" and _followups(ctx)[0].version == 1


def test_the_halls_deadline_setting_counts_for_the_followups_opened_after_it(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    assert client.get(f"{BASE}/settings", headers=hall.manager).json() == {"deadline_days": 5}
    assert client.put(f"{BASE}/settings", json={"deadline_days": 15}, headers=hall.manager).status_code == 200
    hall.rate()
    assert _followups(ctx)[0].due_date == date(2026, 12, 14)  # 15 working days after Monday 11-23


def test_a_deadline_counted_by_weekends_only_is_counted_again_when_assigned(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate(rated_at="2027-02-05T02:00:00+00:00")  # Friday before the 2027 Spring Festival
    [row] = _followups(ctx)
    assert (row.due_date, row.due_estimated) == (date(2027, 2, 12), True)  # no 2027 schedule yet
    holidays = [date(2027, 1, d) for d in (1, 2, 3)] + [date(2027, 2, d) for d in range(6, 15)]
    schedule = YearSchedule(2027, holidays=frozenset(holidays), workdays=frozenset([date(2027, 2, 20)]))
    with ctx.transaction() as s:
        enter_year(s, schedule, "admin", datetime.now(UTC))
    r = client.post(
        f"{BASE}/{row.id}/assign", json={"assignee": "manager-330429", "version": 1}, headers=hall.manager
    )
    assert r.status_code == 200, r.text
    [row] = _followups(ctx)
    assert (row.due_date, row.due_estimated) == (date(2027, 2, 19), False)


def test_the_assigned_person_reads_and_records_their_followup_and_nobody_else_of_that_role_does(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    fid = _followups(ctx)[0].id
    holder = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-holder")
    other = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-other")
    assert client.get(f"{BASE}/{fid}", headers=holder).status_code == 403  # not theirs yet
    r = client.post(
        f"{BASE}/{fid}/assign", json={"assignee": "bo-holder", "version": 1}, headers=hall.manager
    )
    assert r.status_code == 200, r.text
    seen = client.get(f"{BASE}/{fid}", headers=holder)
    assert seen.status_code == 200 and seen.json()["applicant"]["name"] == APPLICANT["name"]
    refused = client.get(f"{BASE}/{fid}", headers=other)
    assert refused.status_code == 403 and APPLICANT["name"] not in refused.text
    assert client.get(BASE, headers=holder).status_code == 403  # the list is the manager's
    record = {
        "visited_at": "2026-11-24T10:00:00+08:00",
        "method": "sms",
        "said": "已知悉",
        "remedy": "增开窗口",
    }
    assert (
        client.post(f"{BASE}/{fid}/record", json={**record, "version": 2}, headers=other).status_code == 403
    )
    assert (
        client.post(f"{BASE}/{fid}/record", json={**record, "version": 2}, headers=holder).status_code == 200
    )
    assert client.post(f"{BASE}/{fid}/close", json={"version": 3}, headers=holder).status_code == 403
    with ctx.sessions() as s:
        reads = s.scalars(select(AuditRow.username).where(AuditRow.event == "rating_identity_read")).all()
    assert reads == ["bo-holder"]
