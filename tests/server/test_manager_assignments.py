"""窗口调度 on the server (SQLite and PostgreSQL): a change is one versioned, audited, undoable
transaction; call-next takes it at the window's next call; bad input changes nothing."""

from __future__ import annotations

import pytest
from queue_hall import W1, W2, W3, W4, open_hall
from sqlalchemy import select
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import Role, TerminalKind
from server.store.models import AuditRow

PATH = "/v1/manager/assignments"


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def overview(hall, headers=None) -> dict:
    r = hall.client.get(PATH, headers=headers or hall.manager)
    assert r.status_code == 200, r.text
    return r.json()


def states(hall) -> dict[str, dict]:
    return {w["window"]: w for w in overview(hall)["windows"]}


def change(hall, *changes, expected=None, headers=None, **fields):
    body = {"changes": list(changes), "expected_versions": expected or {}, "reason": "测试", **fields}
    return hall.client.post(PATH, json=body, headers=headers or hall.manager)


def window(name, categories, open=True):
    return {"window": name, "categories": categories, "open": open}


def test_a_change_is_versioned_audited_and_reaches_the_hall_config(hall):
    before = states(hall)
    assert before[W4] == {"window": W4, "categories": {"realty": 9}, "open": True, "version": 0, "clerk": ""}
    r = change(hall, window(W4, {"realty": 3, "social": 2}), expected={W4: 0}, reason="不动产排队长")
    assert r.status_code == 200, r.text
    result = r.json()
    assert result["windows"] == [
        {"window": W4, "categories": {"realty": 3, "social": 2}, "open": True, "version": 1, "clerk": ""}
    ]
    config = hall.client.get("/v1/hall", headers=hall.headers).json()
    assert next(w for w in config["windows"] if w["name"] == W4)["categories"] == {"realty": 3, "social": 2}
    history = overview(hall)["changes"]
    assert history[0]["change_id"] == result["change_id"]
    assert history[0]["reason"] == "不动产排队长" and history[0]["actor"] == "zhangjl"
    assert history[0]["before"][0]["categories"] == {"realty": 9}
    with hall.ctx.sessions() as s:
        audited = s.scalars(select(AuditRow).where(AuditRow.event == "window_assignment")).all()
    assert len(audited) == 1 and "不动产排队长" in audited[0].detail and audited[0].username == "zhangjl"


def test_a_stale_version_is_refused_naming_the_window_and_nothing_changes(hall):
    assert change(hall, window(W1, {"general": 5}), expected={W1: 0}).status_code == 200
    r = change(hall, window(W1, {"general": 2}), window(W2, {"social": 9}), expected={W1: 0, W2: 0})
    detail = hall.refused(r, 409, "stale_assignment")
    assert W1 in detail
    now = states(hall)
    assert now[W1]["categories"] == {"general": 5} and now[W2]["categories"] == {"general": 9, "social": 5}


@pytest.mark.parametrize(
    ("changes", "status", "code", "named"),
    [
        ([window("9号窗口", {"general": 1})], 404, "unknown_window", "9号窗口"),
        ([window(W1, {"tax": 1})], 404, "unknown_category", "tax"),
        ([window(W1, {})], 400, "bad_request", W1),
        ([window(W1, {"general": 5}), window(W1, {"general": 6})], 400, "bad_request", W1),
    ],
)
def test_bad_input_is_refused_with_a_specific_message(hall, changes, status, code, named):
    assert named in hall.refused(change(hall, *changes), status, code)
    assert all(w["version"] == 0 for w in states(hall).values())


def test_a_weight_out_of_range_is_refused_by_the_schema(hall):
    r = change(hall, window(W1, {"general": 10}))
    assert r.status_code == 422 or r.status_code == 400, r.text


def test_leaving_a_category_unserved_needs_the_managers_confirmation(hall):
    # 社保医保 is served by 2号 alone: closing 2号 leaves it with no open window
    r = change(hall, window(W2, {"general": 9, "social": 5}, open=False), expected={W2: 0})
    assert "社保医保" in hall.refused(r, 409, "unserved_category")
    assert states(hall)[W2]["open"] is True
    r = change(hall, window(W2, {"general": 9, "social": 5}, open=False), allow_unserved=True)
    assert r.status_code == 200, r.text
    closed = states(hall)[W2]
    assert closed["open"] is False and closed["categories"] == {"general": 9, "social": 5}


def test_a_change_applies_at_the_next_call_never_to_the_ticket_held(hall):
    a = hall.number("general")
    c = hall.number("realty")
    assert hall.call(W3) == a  # 3号 holds A001 (综合受理)
    r = change(hall, window(W3, {"realty": 5}), expected={W3: 0})
    assert r.status_code == 200, r.text
    assert hall.window(W3)["current"]["number"] == a  # held on, untouched
    assert hall.call(W3) == c  # the next call: by the new assignment


def test_a_closed_window_calls_nothing(hall):
    hall.number("general")
    r = change(hall, window(W1, {"general": 9, "enterprise": 5}, open=False), expected={W1: 0})
    assert r.status_code == 200, r.text
    assert hall.call(W1) is None
    assert hall.call(W2) is not None


def test_undo_puts_the_windows_back_once_and_not_after_a_later_change(hall):
    first = change(hall, window(W1, {"general": 3}), window(W4, {"realty": 4}), expected={W1: 0, W4: 0})
    first_id = first.json()["change_id"]
    r = hall.client.post(f"{PATH}/{first_id}/undo", headers=hall.manager)
    assert r.status_code == 200, r.text
    now = states(hall)
    assert now[W1]["categories"] == {"general": 9, "enterprise": 5} and now[W1]["version"] == 2
    assert now[W4]["categories"] == {"realty": 9}
    again = hall.client.post(f"{PATH}/{first_id}/undo", headers=hall.manager)
    hall.refused(again, 409, "already_undone")
    second = change(hall, window(W1, {"general": 4}), expected={W1: 2}).json()["change_id"]
    assert change(hall, window(W1, {"general": 6}), expected={W1: 3}).status_code == 200
    r = hall.client.post(f"{PATH}/{second}/undo", headers=hall.manager)
    assert W1 in hall.refused(r, 409, "changed_since")
    assert states(hall)[W1]["categories"] == {"general": 6}


def test_a_clerk_a_kiosk_and_a_window_terminal_cannot_reassign(hall):
    body = {"changes": [window(W1, {"general": 1})], "expected_versions": {}, "reason": ""}
    for headers in (hall.headers, hall.kiosk, hall.window_terminal):
        assert hall.client.post(PATH, json=body, headers=headers).status_code in (401, 403)
        assert hall.client.get(PATH, headers=headers).status_code in (401, 403)
    assert all(w["version"] == 0 for w in states(hall).values())


def test_a_manager_of_another_hall_neither_reads_nor_writes_this_one(hall):
    other = signed_in(
        hall.ctx, make_terminal(hall.ctx, "330100", "B01", TerminalKind.BACKOFFICE), Role.HALL_MANAGER
    )
    mine = overview(hall, other)
    assert mine["hall_code"] == "330100" and mine["windows"] == []
    assert hall.client.get(PATH + "?hall=330429", headers=other).status_code == 403
    body = {"changes": [window(W1, {"general": 1})], "reason": ""}
    assert hall.client.post(PATH + "?hall=330429", json=body, headers=other).status_code == 403
    # its own hall has no such window: nothing of this hall is touched
    assert W1 in hall.refused(change(hall, window(W1, {"general": 1}), headers=other), 404, "unknown_window")
    first = change(hall, window(W1, {"general": 3}), expected={W1: 0}).json()["change_id"]
    undo = hall.client.post(f"{PATH}/{first}/undo", headers=other)
    hall.refused(undo, 404, "not_found")
    assert states(hall)[W1]["version"] == 1


def test_an_admin_names_the_hall(hall):
    admin = hall.seeded.sign_in("admin")
    hall.refused(hall.client.get(PATH, headers=admin), 400, "bad_request")
    r = hall.client.get(PATH + "?hall=330429", headers=admin)
    assert r.status_code == 200 and [w["window"] for w in r.json()["windows"]] == [W1, W2, W3, W4]


def test_an_admins_setup_overtakes_an_assignment_by_one_version(hall):
    assert change(hall, window(W4, {"realty": 3}), expected={W4: 0}).status_code == 200
    windows = [
        {"name": w, "categories": c}
        for w, c in ((W1, {"general": 9}), (W2, {"social": 5}), (W3, {"general": 5}), (W4, {"realty": 7}))
    ]
    hall.configure(windows=windows)  # the admin's whole setup, past the console
    after = states(hall)[W4]
    assert after["categories"] == {"realty": 7} and after["version"] == 2
    r = change(hall, window(W4, {"realty": 1}), expected={W4: 1})
    assert W4 in hall.refused(r, 409, "stale_assignment")
    assert change(hall, window(W4, {"realty": 1}), expected={W4: 2}).status_code == 200
    assert states(hall)[W4]["version"] == 3
