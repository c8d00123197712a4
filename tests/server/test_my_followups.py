"""我的整改 on the server (sqlite and postgresql): GET /manager/followups/mine lists the 差评
follow-ups the signed-in account holds, of the console's hall only, without who rated; the
holder then reads one (audited) and records its 回访 and 整改 with the version they saw."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from followup_hall import APPLICANT, followup_hall
from sqlalchemy import select
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.store.models import AuditRow, UserRow
from server.store.models_followups import FollowupRow

BASE = "/v1/manager/followups"
MINE = f"{BASE}/mine"
RECORD = {
    "visited_at": "2026-11-24T10:00:00+08:00",
    "method": "phone",
    "said": "已知悉",
    "remedy": "增开窗口",
}


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _ids(ctx) -> list[int]:
    with ctx.sessions() as s:
        return list(s.scalars(select(FollowupRow.id).order_by(FollowupRow.id)))


def _assign(client, hall, fid: int, username: str, version: int = 1) -> None:
    body = {"assignee": username, "version": version}
    r = client.post(f"{BASE}/{fid}/assign", json=body, headers=hall.manager)
    assert r.status_code == 200, r.text


def test_the_holder_lists_what_is_on_their_desk_and_the_closed_apart(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    for _ in range(3):
        hall.rate()
    first, second, third = _ids(ctx)
    holder = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-holder")
    other = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-other")
    idle = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-idle")
    _assign(client, hall, first, "bo-holder")
    _assign(client, hall, second, "bo-other")
    _assign(client, hall, third, "bo-holder")
    mine = client.get(MINE, headers=holder)
    assert mine.status_code == 200, mine.text
    assert [i["id"] for i in mine.json()["items"]] == [first, third]  # same deadline: by number
    assert {i["assignee"] for i in mine.json()["items"]} == {"bo-holder"}
    assert APPLICANT["name"] not in mine.text and APPLICANT["phone"] not in mine.text
    assert [i["id"] for i in client.get(MINE, headers=other).json()["items"]] == [second]
    assert client.get(MINE, headers=idle).json() == {
        "items": [],
        "today": mine.json()["today"],
        "truncated": False,
    }
    # recorded: still on the desk (待审核) until the manager closes it; closed: listed apart
    r = client.post(f"{BASE}/{first}/record", json={**RECORD, "version": 2}, headers=holder)
    assert r.status_code == 200, r.text
    listed = client.get(MINE, headers=holder).json()["items"]
    assert [(i["id"], i["state"]) for i in listed] == [(first, "reported"), (third, "assigned")]
    assert client.post(f"{BASE}/{first}/close", json={"version": 3}, headers=hall.manager).status_code == 200
    assert [i["id"] for i in client.get(MINE, headers=holder).json()["items"]] == [third]
    closed = client.get(MINE, params={"closed": True}, headers=holder).json()["items"]
    assert [(i["id"], i["state"]) for i in closed] == [(first, "closed")]
    # reassigned elsewhere: it leaves the holder's list
    _assign(client, hall, third, "bo-other", version=2)
    assert client.get(MINE, headers=holder).json()["items"] == []


def test_the_list_flags_the_overdue_and_the_detail_read_from_it_is_audited(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    [fid] = _ids(ctx)
    holder = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-holder")
    _assign(client, hall, fid, "bo-holder")
    ctx.now = lambda: datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # the hall's Tuesday 12-01: a day late
    [item] = client.get(MINE, headers=holder).json()["items"]
    assert (item["overdue"], item["due_date"], item["matter"]) == (True, "2026-11-30", "结婚登记")
    with ctx.sessions() as s:
        assert s.scalars(select(AuditRow).where(AuditRow.event == "rating_identity_read")).all() == []
    detail = client.get(f"{BASE}/{fid}", headers=holder).json()
    assert detail["applicant"] == APPLICANT and detail["version"] == 2
    with ctx.sessions() as s:
        reads = s.scalars(select(AuditRow.username).where(AuditRow.event == "rating_identity_read")).all()
    assert reads == ["bo-holder"]


def test_only_the_consoles_hall_is_listed_even_for_a_holder_moved_to_another_hall(server):
    client, ctx = server
    hall_a = followup_hall(client, ctx)
    hall_a.rate()
    [fid] = _ids(ctx)
    signed_in(ctx, hall_a.console, Role.BACKOFFICE, "bo-holder")
    _assign(client, hall_a, fid, "bo-holder")
    hall_b = followup_hall(client, ctx, "330100")
    # hall A's holder at hall B's console: not of that hall
    at_b = signed_in(ctx, hall_b.console, Role.BACKOFFICE, "bo-holder")
    refused = client.get(MINE, headers=at_b)
    assert refused.status_code == 403 and APPLICANT["name"] not in refused.text
    # moved to hall B, they still hold hall A's follow-up, which hall B's console does not list
    with ctx.transaction() as s:
        s.get(UserRow, "bo-holder").hall_code = "330100"
    moved = client.get(MINE, headers=at_b)
    assert moved.status_code == 200 and moved.json()["items"] == [], moved.text
    assert client.get(MINE, headers=hall_b.manager).json()["items"] == []


def test_the_hall_manager_lists_their_own_and_nobody_else_but_holders_may(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    [fid] = _ids(ctx)
    _assign(client, hall, fid, "manager-330429")
    assert [i["id"] for i in client.get(MINE, headers=hall.manager).json()["items"]] == [fid]
    admin = signed_in(ctx, hall.console, Role.ADMIN, "admin-1")  # holds nothing: not theirs to ask
    refused = [("admin on the console", admin), ("clerk on the window", hall.clerk)]
    refused.append(("the window's bare credential", hall.window.headers))
    refused.append(("a hall manager on a window", signed_in(ctx, hall.window, Role.HALL_MANAGER, "hm-w")))
    for kind, code in ((TerminalKind.KIOSK, "K01"), (TerminalKind.DISPLAY, "D01")):
        refused.append((kind.value, make_terminal(ctx, hall.hall_code, code, kind).headers))
    refused.append(("no credential", {}))
    for who, headers in refused:
        r = client.get(MINE, headers=headers)
        assert r.status_code in (401, 403), (who, r.text)
        assert set(r.json()) == {"detail", "code"} and not r.json()["detail"].isascii(), (who, r.text)


def test_a_stale_record_is_refused_with_its_own_code_and_nothing_changes(server):
    client, ctx = server
    hall = followup_hall(client, ctx)
    hall.rate()
    [fid] = _ids(ctx)
    holder = signed_in(ctx, hall.console, Role.BACKOFFICE, "bo-holder")
    _assign(client, hall, fid, "bo-holder")
    _assign(client, hall, fid, "bo-holder", version=2)  # the manager assigns it again: version 3
    stale = client.post(f"{BASE}/{fid}/record", json={**RECORD, "version": 2}, headers=holder)
    assert stale.status_code == 409 and stale.json()["code"] == "stale_followup", stale.text
    assert "刷新" in stale.json()["detail"]
    # a move the state refuses is another conflict, not a stale view
    wrong = client.post(f"{BASE}/{fid}/close", json={"version": 3}, headers=hall.manager)
    assert wrong.status_code == 409 and wrong.json()["code"] == "conflict"
    [item] = client.get(MINE, headers=holder).json()["items"]
    assert item["state"] == "assigned"
    assert (
        client.post(f"{BASE}/{fid}/record", json={**RECORD, "version": 3}, headers=holder).status_code == 200
    )


@pytest.mark.parametrize("closed", ["maybe", "2", ""])
def test_an_unreadable_parameter_is_refused_in_chinese(server, closed):
    client, ctx = server
    hall = followup_hall(client, ctx)
    r = client.get(MINE, params={"closed": closed}, headers=hall.manager)
    assert r.status_code == 422 and not r.json()["detail"].isascii(), r.text
