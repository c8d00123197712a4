"""The hall manager's 预约号源 and rules (GET/PUT /manager/appointment-plans): the hall's own
categories only, values the rules take, audited; another hall's manager and clerks get nothing
(sqlite and postgresql)."""

from __future__ import annotations

import pytest
from appointment_hall import HOURS, PLANS, RULES, SLOTS, plan
from queue_hall import open_hall
from sqlalchemy import select
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import Role, TerminalKind
from server.store.models import AuditRow


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _put(hall, plans: list[dict], rules: dict | None = None, headers=None, hall_code: str | None = None):
    params = {"hall": hall_code} if hall_code else None
    body = {"plans": plans, "rules": rules or RULES}
    return hall.client.put(PLANS, json=body, params=params, headers=headers or hall.manager)


def test_the_manager_reads_and_sets_the_plans_and_rules_and_it_is_audited(hall):
    seeded = hall.client.get(PLANS, headers=hall.manager).json()
    # the demo seed gives each category the default 号源; a hall without rules has the defaults
    assert [(p["category"], p["category_name"], p["capacity"]) for p in seeded["plans"]] == [
        ("general", "综合受理", 4),
        ("enterprise", "企业开办", 4),
        ("realty", "不动产登记", 4),
        ("social", "社保医保", 4),
    ]
    assert seeded["rules"] == RULES
    rules = {**RULES, "open_bookings_limit": 2, "block_days": 60}
    r = _put(hall, [plan("realty", 60, 8, 14), plan("general", capacity=0)], rules)
    assert r.status_code == 200, r.text
    stored = [(p["category"], p["slot_minutes"], p["capacity"], p["horizon_days"]) for p in r.json()["plans"]]
    assert stored == [("general", 30, 0, 7), ("realty", 60, 8, 14)]  # in the hall's order
    assert hall.client.get(PLANS, headers=hall.manager).json() == r.json()
    assert r.json()["rules"] == rules
    with hall.ctx.sessions() as s:
        entry = s.scalars(select(AuditRow).where(AuditRow.event == "appointment_plans_set")).one()
    assert entry.username == "zhangjl" and entry.hall_code == "330429"
    assert "不动产登记每60分钟8人" in entry.detail and "停止预约：企业开办、社保医保" in entry.detail
    # a category left out takes no bookings from then on
    assert hall.client.put("/v1/manager/calendar/hours", json=HOURS, headers=hall.manager).status_code == 200
    said = hall.client.get(SLOTS, params={"category": "social", "day": "2026-11-24"}, headers=hall.headers)
    assert "不接受预约" in said.json()["closed"]


@pytest.mark.parametrize(
    ("plans", "rules", "said"),
    [
        ([plan("general", slot_minutes=5)], None, "slot_minutes"),
        ([plan("general", capacity=1000)], None, "capacity"),
        ([plan("general", horizon_days=0)], None, "horizon_days"),
        ([plan("general")], {**RULES, "no_show_limit": 0}, "no_show_limit"),
        ([plan("nope")], None, "没有编码为“nope”的业务类别"),
        ([plan("general"), plan("general", capacity=2)], None, "填写了两次"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(hall, plans, rules, said):
    before = hall.client.get(PLANS, headers=hall.manager).json()
    r = _put(hall, plans, rules)
    assert r.status_code in (400, 422) and r.json()["code"] in ("bad_request", "unknown_category"), r.text
    assert said in r.json()["detail"] and not r.json()["detail"].isascii()
    assert hall.client.get(PLANS, headers=hall.manager).json() == before


def test_another_hall_s_manager_and_a_clerk_get_nothing(hall):
    console = make_terminal(hall.ctx, "330100", "B01", TerminalKind.BACKOFFICE)
    other = signed_in(hall.ctx, console, Role.HALL_MANAGER)
    for r in (
        hall.client.get(PLANS, params={"hall": "330429"}, headers=other),
        _put(hall, [plan("general")], headers=other, hall_code="330429"),
        hall.client.get(PLANS, headers=hall.headers),  # a clerk
        _put(hall, [plan("general")], headers=hall.headers),
    ):
        assert r.status_code == 403, r.text
        assert set(r.json()) == {"detail", "code"}
    admin = hall.seeded.sign_in("admin")
    assert hall.client.get(PLANS, headers=admin).status_code == 400  # which hall?
    assert len(hall.client.get(PLANS, params={"hall": "330429"}, headers=admin).json()["plans"]) == 4
