"""Clerks' qualifications (SQLite and PostgreSQL): set by the hall manager, respected both by
every assignment (a window whose signed-in clerk may not serve a category is refused it) and by
call-next (a clerk is never called a category they may not serve, whatever the window serves)."""

from __future__ import annotations

import pytest
from queue_hall import W3, open_hall

PATH = "/v1/manager/qualifications"


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def qualify(hall, username: str, headers=None, **body):
    return hall.client.put(f"{PATH}/{username}", json=body, headers=headers or hall.manager)


def clerks(hall) -> dict[str, dict]:
    r = hall.client.get("/v1/manager/assignments", headers=hall.manager)
    assert r.status_code == 200, r.text
    return {q["username"]: q for q in r.json()["qualifications"]}


def test_call_next_never_calls_a_category_the_clerk_may_not_serve(hall):
    realty = hall.number("realty")  # first in the queue, and 3号 serves 不动产登记
    general = hall.number("general")
    r = qualify(hall, "lixm", categories=["general", "enterprise"])
    assert r.status_code == 200, r.text
    assert clerks(hall)["lixm"]["categories"] == ["enterprise", "general"]
    assert hall.call(W3) == general  # lixm at 3号: 不动产登记 passed over
    answer = hall.act(W3, "call_next")
    assert answer["ticket"] is None and "没有等候" in answer["message"]
    # another clerk signed in at the same window is called it
    assert hall.act(W3, "call_next", clerk="zhangjl")["ticket"]["number"] == realty


def test_a_clerk_allowed_nothing_the_window_serves_is_told_so(hall):
    hall.number("realty")
    assert hall.call(W3) is not None  # lixm is now the clerk at 3号
    assert qualify(hall, "lixm", categories=["social"]).status_code == 200
    answer = hall.act(W3, "call_next")
    assert answer["ticket"] is None and "未获准" in answer["message"]
    # lifting the limit: every category again
    assert qualify(hall, "lixm", all_categories=True).status_code == 200
    assert clerks(hall)["lixm"]["all_categories"] is True


def test_an_assignment_the_windows_clerk_may_not_serve_is_refused(hall):
    hall.number("general")
    hall.call(W3)  # lixm signed in and acting at 3号
    assert qualify(hall, "lixm", categories=["general", "realty"]).status_code == 200
    body = {
        "changes": [{"window": W3, "categories": {"general": 5, "social": 3}, "open": True}],
        "expected_versions": {W3: 0},
        "reason": "",
    }
    r = hall.client.post("/v1/manager/assignments", json=body, headers=hall.manager)
    detail = hall.refused(r, 409, "unqualified_clerk")
    assert W3 in detail and "lixm" in detail and "社保医保" in detail
    body["changes"][0]["categories"] = {"general": 5, "realty": 3}
    assert hall.client.post("/v1/manager/assignments", json=body, headers=hall.manager).status_code == 200


@pytest.mark.parametrize(
    ("username", "body", "status", "code"),
    [
        ("nobody", {"categories": ["general"]}, 404, "not_found"),
        ("admin", {"categories": ["general"]}, 404, "not_found"),
        ("lixm", {"categories": ["tax"]}, 404, "unknown_category"),
        ("lixm", {"categories": []}, 400, "bad_request"),
    ],
)
def test_bad_qualifications_are_refused_with_a_reason(hall, username, body, status, code):
    hall.refused(qualify(hall, username, **body), status, code)
    assert clerks(hall)["lixm"]["all_categories"] is True


def test_a_clerk_cannot_set_qualifications(hall):
    r = qualify(hall, "lixm", headers=hall.headers, categories=["general"])
    assert r.status_code == 403
    assert clerks(hall)["lixm"]["all_categories"] is True
