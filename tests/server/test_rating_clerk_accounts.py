"""A rating names its clerk's account beside the display name (sqlite and postgresql): the server
keeps only an account that could have been signed in at the window, and a window from before
accounts were recorded is still accepted; a clerk's own 差评 and 申请复核, and the manager's filter
by clerk, go by the account."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import (
    T0,
    case_mutation,
    make_hall,
    make_terminal,
    mutation,
    push,
    rating_payload,
    signed_in,
)

from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.store.models import RatingRow, UserRow

HALL, OTHER_HALL = "330429", "330501"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def account(ctx, username: str, display_name: str = "王芳", hall_code: str | None = HALL, **fields) -> None:
    """An account straight in the database (a clerk of the hall unless `fields` say otherwise)."""
    make_hall(ctx, hall_code or HALL)
    row = {"role": Role.CLERK.value, "active": True, "updated_at": T0 - timedelta(days=30), **fields}
    with ctx.transaction() as s:
        s.add(
            UserRow(
                username=username, display_name=display_name, hall_code=hall_code, password_hash="-", **row
            )
        )


def rated(client, terminal, payloads: list[dict]) -> list[dict]:
    """Push a case and its rating for each payload; the ratings' results."""
    sent = []
    for payload in payloads:
        sent.append(case_mutation(len(sent) + 1, payload["case_id"]))
        sent.append(mutation(len(sent) + 1, "rating.recorded", payload))
    r = push(client, terminal, *sent)
    assert r.status_code == 200, r.text
    return r.json()["results"][1::2]


def rating(username: str | None, level: int = 5, rated_at=T0, clerk: str = "王芳") -> dict:
    payload = rating_payload(str(uuid.uuid4()), level=level)
    payload.update(clerk=clerk, rated_at=rated_at.isoformat())
    if level <= 2:
        payload["reasons"] = ["R07"]
    if username is not None:
        payload["clerk_username"] = username
    return payload


def kept(ctx) -> dict[str, tuple[str, str | None]]:
    with ctx.sessions() as s:
        return {r.id: (r.clerk, r.clerk_username) for r in s.scalars(select(RatingRow))}


def test_a_rating_keeps_the_account_of_a_clerk_or_manager_of_the_hall(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    account(ctx, "wangf")
    account(ctx, "zhangjl", "张建霖", role=Role.HALL_MANAGER.value)  # covering a window
    account(ctx, "admin", "管理员", hall_code=None, role=Role.ADMIN.value)  # signs in at any window
    payloads = [rating("wangf"), rating("zhangjl", clerk="张建霖"), rating("admin", clerk="管理员")]
    assert [x["status"] for x in rated(client, window, payloads)] == ["applied"] * 3
    assert kept(ctx) == {
        payloads[0]["rating_id"]: ("王芳", "wangf"),
        payloads[1]["rating_id"]: ("张建霖", "zhangjl"),
        payloads[2]["rating_id"]: ("管理员", "admin"),
    }


def test_an_old_windows_rating_without_an_account_is_kept_by_display_name(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    old = rating(None, level=2)  # as windows sent it before accounts were recorded
    blank = rating("", level=2)  # a workbench where nobody signed in
    assert [x["status"] for x in rated(client, window, [old, blank])] == ["applied", "applied"]
    assert kept(ctx) == {old["rating_id"]: ("王芳", None), blank["rating_id"]: ("王芳", None)}


def test_a_window_cannot_name_an_account_that_never_served_at_its_hall(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    account(ctx, "li-other", "李四", hall_code=OTHER_HALL)
    account(ctx, "backoffice", "审批员", role=Role.BACKOFFICE.value)
    payloads = [rating("nobody"), rating("li-other"), rating("backoffice")]
    results = rated(client, window, payloads)
    assert [x["status"] for x in results] == ["rejected"] * 3
    # the same answer for an unknown account and another hall's: nothing told of either
    assert results[0]["reason"] == results[1]["reason"].replace("li-other", "nobody")
    assert "不是本大厅在岗的窗口人员" in results[0]["reason"] and "评价未记录" in results[0]["reason"]
    assert kept(ctx) == {}


def test_a_rating_given_offline_before_its_clerk_was_deactivated_is_still_kept(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    # deactivated (or moved to another hall) on the afternoon of T0's day
    account(ctx, "wangf", active=False, updated_at=T0 + timedelta(hours=5))
    account(ctx, "wangf2", hall_code=OTHER_HALL, updated_at=T0 + timedelta(hours=5))
    before = [rating("wangf"), rating("wangf2")]  # given in the morning, pushed days later
    after = [rating(u, rated_at=T0 + timedelta(days=1)) for u in ("wangf", "wangf2")]
    results = rated(client, window, before + after)
    assert [x["status"] for x in results] == ["applied", "applied", "rejected", "rejected"]
    assert "停用" in results[2]["reason"]
    assert set(kept(ctx)) == {p["rating_id"] for p in before}


def test_a_payload_with_an_account_name_too_long_is_refused_naming_the_field(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    [result] = rated(client, window, [rating("w" * 65)])
    assert result["status"] == "rejected" and "clerk_username" in result["reason"]


# -- whose 差评 a clerk sees and may ask review of; the manager's filter by clerk ----------------


def two_wangfang(client, ctx) -> dict:
    """A hall with two clerks named 王芳 (wangf, wangf2) and 李晓梅 (lixm), each signed in at a
    window, a 差评 of each 王芳 by account and an old one of each name without an account."""
    ctx.now = lambda: T0 + timedelta(days=1)  # the clerks list the last 90 days
    window, console = make_terminal(ctx, HALL), make_terminal(ctx, HALL, "B01", TerminalKind.BACKOFFICE)
    account(ctx, "wangf")
    account(ctx, "wangf2")
    account(ctx, "lixm", "李晓梅")
    ratings = {
        "wangf": rating("wangf", level=2),
        "wangf2": rating("wangf2", level=1),
        "old-王芳": rating(None, level=2),  # a window from before accounts were recorded
        "old-李晓梅": rating(None, level=2, clerk="李晓梅"),
    }
    assert [x["status"] for x in rated(client, window, list(ratings.values()))] == ["applied"] * 4
    ids = {key: payload["rating_id"] for key, payload in ratings.items()}
    heads = {u: signed_in(ctx, window, Role.CLERK, u) for u in ("wangf", "wangf2", "lixm")}
    heads["manager"] = signed_in(ctx, console, Role.HALL_MANAGER, "zhangjl")
    return {"ids": ids, "heads": heads}


def mine(client, heads: dict) -> set[str]:
    r = client.get("/v1/ratings/mine", headers=heads)
    assert r.status_code == 200, r.text
    return {item["rating_id"] for item in r.json()["items"]}


def ask(client, heads: dict, rating_id: str):
    return client.post(f"/v1/ratings/{rating_id}/review", json={"reason": "申请人未办理业务"}, headers=heads)


def test_two_clerks_of_one_name_each_see_and_ask_review_of_their_own_bad_ratings_only(server):
    client, ctx = server
    hall = two_wangfang(client, ctx)
    ids, heads = hall["ids"], hall["heads"]
    # the old 王芳 rating could be either's: neither sees it; the old 李晓梅 one is lixm's alone
    assert mine(client, heads["wangf"]) == {ids["wangf"]}
    assert mine(client, heads["wangf2"]) == {ids["wangf2"]}
    assert mine(client, heads["lixm"]) == {ids["old-李晓梅"]}
    refused = ask(client, heads["wangf"], ids["wangf2"])
    assert refused.status_code == 404 and "不是对您的服务的评价" in refused.json()["detail"]
    assert ask(client, heads["wangf"], ids["old-王芳"]).status_code == 404
    asked = ask(client, heads["wangf2"], ids["wangf2"])
    assert asked.status_code == 200 and asked.json()["review"]["decision"] == "pending", asked.text
    assert ask(client, heads["lixm"], ids["old-李晓梅"]).status_code == 200


def test_an_old_rating_is_by_name_a_clerks_again_once_their_namesake_is_no_longer_active(server):
    client, ctx = server
    hall = two_wangfang(client, ctx)
    ids, heads = hall["ids"], hall["heads"]
    with ctx.transaction() as s:
        s.get(UserRow, "wangf2").active = False
    assert mine(client, heads["wangf"]) == {ids["wangf"], ids["old-王芳"]}
    assert ask(client, heads["wangf"], ids["old-王芳"]).status_code == 200


def test_the_managers_filter_by_user_name_lists_that_account_and_items_show_the_name(server):
    client, ctx = server
    hall = two_wangfang(client, ctx)
    ids, manager = hall["ids"], hall["heads"]["manager"]

    def listed(clerk: str) -> dict[str, str]:
        r = client.get("/v1/manager/followups", params={"clerk": clerk}, headers=manager)
        assert r.status_code == 200, r.text
        return {item["rating_id"]: item["clerk"] for item in r.json()["items"]}

    assert listed("wangf") == {ids["wangf"]: "王芳"}
    assert listed("wangf2") == {ids["wangf2"]: "王芳"}
    # a display name lists what it shows, every namesake's, as before
    assert listed("王芳") == {ids[k]: "王芳" for k in ("wangf", "wangf2", "old-王芳")}
    assert listed("lixm") == listed("李晓梅") == {ids["old-李晓梅"]: "李晓梅"}
    assert listed("nobody") == {}
