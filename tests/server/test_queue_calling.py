"""Calling: the SQL order equals the domain's reference, priority and weighted order, resends,
calling a number, recall, finish and pause (sqlite and postgresql)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from queue_hall import W1, W2, W3, W4, WANG, open_hall, rid
from sqlalchemy import insert

from app.domain.tickets import WaitingTicket, call_order_key, next_for_window
from server.queue.calling import TICKETS, next_waiting

DAY = date(2026, 11, 23)
NOW = 1_795_000_000.0
CATEGORIES = ("general", "enterprise", "realty", "social")


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _random_queue(rng: random.Random, size: int) -> list[WaitingTicket]:
    keys = rng.sample(range(-7200_000, 60_000), size)  # ms before now; a few in the future
    return [
        WaitingTicket(
            number=f"A{i + 1:03d}",
            category=rng.choice(CATEGORIES),
            priority_rank=rng.choice((0, 1, 2, 3, 3, 3, 3)),
            order_key=NOW + keys[i] / 1000 + rng.random() / 7,
            window=rng.choice(("", "", "", "", "W1", "W2")),
        )
        for i in range(size)
    ]


def test_the_sql_order_is_the_domain_order_on_random_queues(hall):
    rng = random.Random(20261123)
    for trial in range(150):
        waiting = _random_queue(rng, rng.randint(1, 40))
        weights = {c: rng.choice((0, 1, 3, 5, 10)) for c in CATEGORIES}
        window = rng.choice(("W1", "W2", "W3"))
        expected = next_for_window(waiting, weights, NOW, window)
        with hall.ctx.sessions() as session, session.begin():
            session.execute(
                insert(TICKETS),
                [
                    {
                        "hall_code": "330429",
                        "day": DAY,
                        "number": t.number,
                        "category": t.category,
                        "source": "walk_in",
                        "priority": "none",
                        "priority_rank": t.priority_rank,
                        "order_key": t.order_key,
                        "state": "waiting",
                        "window": t.window,
                        "calls": 0,
                        "issued_at": hall.clock(),
                    }
                    for t in waiting
                ],
            )
            positive = {c: w for c, w in weights.items() if w > 0}
            row = next_waiting(session, "330429", DAY, window, positive, NOW)
            session.rollback()
        if expected is None:
            assert row is None, trial
            continue
        assert row is not None, trial
        chosen = next(t for t in waiting if t.number == row.number)
        # equal keys may come in either order; anything else must be the very ticket
        assert call_order_key(chosen, weights, NOW) == call_order_key(expected, weights, NOW), trial


def test_priority_first_then_the_weighted_wait(hall):
    a1 = hall.number()
    hall.clock.advance(minutes=1)
    c1 = hall.number("realty")
    hall.clock.advance(minutes=1)
    green = hall.number("enterprise", priority="green")
    hall.clock.advance(minutes=1)
    soldier = hall.number("general", priority="serviceman")
    hall.clock.advance(minutes=1)
    # window 3: {general 10, realty 5, enterprise 5}; servicemen before the green channel
    assert hall.call(W3) == soldier
    assert hall.call(W3) == green
    # then A001 (waited 4 min × 10) before C001 (3 min × 5)
    assert hall.call(W3) == a1
    assert hall.call(W3) == c1
    assert hall.act(W3, "call_next")["message"] == "C001号已办结；当前没有等候的群众"


def test_a_heavier_weight_beats_a_longer_wait(hall):
    c1 = hall.number("realty")
    hall.clock.advance(minutes=2)
    a1 = hall.number()
    hall.clock.advance(minutes=2)
    # realty waited 4 min × 5 = 20 < general 2 min × 10 = 20? equal: the earlier arrival wins
    assert hall.call(W3) == c1
    c2 = hall.number("realty")
    hall.clock.advance(minutes=1)
    # general 3 min × 10 = 30 beats realty 1 min × 5; window 4 serves realty only
    assert hall.call(W3) == a1
    assert hall.call(W4) == c2
    assert hall.call(W2) is None  # general and social only


def test_a_resent_call_next_returns_the_same_ticket_and_calls_nothing_more(hall):
    for _ in range(3):
        hall.number()
    request_id = rid()
    first = hall.act(W3, "call_next", request_id=request_id)
    assert first["ticket"]["number"] == "A001" and first["message"] == "已呼叫A001号"
    for _ in range(2):
        assert hall.act(W3, "call_next", request_id=request_id) == first
    board = hall.board()
    assert [c["number"] for c in board["calls"]] == ["A001"]
    assert board["waiting"][0] == {
        "code": "general",
        "name": "综合受理",
        "prefix": "A",
        "waiting": 2,
        "active": True,
    }
    assert hall.call(W3) == "A002"


def test_call_next_carries_the_applicant_to_the_window_only(hall):
    hall.number(source="id_card", applicant=WANG)
    answer = hall.act(W1, "call_next")
    assert answer["ticket"]["applicant"]["id_number"] == WANG["id_number"]
    assert answer["state"]["current"]["applicant"]["name"] == "王小明"
    assert hall.window(W1)["current"]["applicant"]["name"] == "王小明"
    held = next(w for w in hall.board()["windows"] if w["window"] == W1)
    assert held["current"]["number"] == "A001" and held["current"]["applicant"] is None
    assert held["current"]["masked_name"] == "王**"


def test_calling_a_number_taken_by_another_window_is_refused(hall):
    for _ in range(3):
        hall.number()
    assert hall.call(W1) == "A001"
    detail = hall.refused(hall.act_raw(W2, "call_number", number="a1"), 409, "ticket_taken")
    assert "A001" in detail and W1 in detail
    answer = hall.act(W2, "call_number", number=" a 3 ")
    assert answer["ticket"]["number"] == "A003" and answer["ticket"]["window"] == W2
    assert hall.call(W2) == "A002"  # finishes A003 first
    hall.refused(hall.act_raw(W1, "call_number", number="A003"), 409, "ticket_finished")
    hall.refused(hall.act_raw(W1, "call_number", number="A077"), 404, "unknown_ticket")
    assert "A012" in hall.refused(hall.act_raw(W1, "call_number", number="12"), 400, "bad_request")


def test_recall_counts_calls_and_each_call_is_a_new_board_call(hall):
    hall.number()
    hall.refused(hall.act_raw(W3, "recall"), 409, "no_ticket")
    hall.call(W3)
    again = hall.act(W3, "recall")
    assert again["ticket"]["calls"] == 2 and again["message"] == "已重呼A001号（第2次呼叫）"
    calls = hall.board()["calls"]
    assert [c["number"] for c in calls] == ["A001", "A001"]
    assert calls[0]["call_id"] > calls[1]["call_id"]
    assert calls[0]["text"] == "请A001号到3号综合窗口办理"


def test_finish_and_pause_and_resume(hall):
    hall.number()
    hall.number()
    hall.refused(hall.act_raw(W3, "finish"), 409, "no_ticket")
    hall.call(W3)
    done = hall.act(W3, "finish")
    assert done["ticket"]["state"] == "finished" and done["state"]["current"] is None
    paused = hall.act(W3, "pause", reason="午休")
    assert paused["state"]["paused"] and paused["state"]["pause_reason"] == "午休"
    assert paused["message"] == "本窗口已暂停叫号（午休）"
    assert "暂停" in hall.refused(hall.act_raw(W3, "call_next"), 409, "window_paused")
    hall.refused(hall.act_raw(W3, "call_number", number="A002"), 409, "window_paused")
    assert next(w for w in hall.board()["windows"] if w["window"] == W3)["paused"]
    resumed = hall.act(W3, "resume")
    assert not resumed["state"]["paused"] and resumed["message"] == "本窗口已恢复叫号"
    assert hall.call(W3) == "A002"


def test_a_window_of_another_hall_or_none_is_unknown(hall):
    detail = hall.refused(hall.act_raw("9号窗口", "call_next"), 404, "unknown_window")
    assert "9号窗口" in detail
    r = hall.client.get("/v1/queue/windows/9%E5%8F%B7", headers=hall.headers)
    hall.refused(r, 404, "unknown_window")


def test_a_new_priority_order_applies_to_tickets_already_waiting(hall):
    soldier = hall.number(priority="serviceman")
    green = hall.number(priority="green")
    hall.configure(queue={"priority_order": ["green", "serviceman"]})
    assert hall.call(W3) == green
    assert hall.call(W3) == soldier
    r = hall.client.put(
        "/v1/admin/halls/330429/setup",
        json={"windows": [], "categories": [], "queue": {"priority_order": ["green", "green"]}},
        headers=hall.seeded.sign_in("admin"),
    )
    assert r.status_code == 400 and "不能重复" in r.json()["detail"]


def test_a_ticket_let_go_unserved_ends_and_is_not_counted_as_served(hall):
    a, b = hall.number(), hall.number()
    hall.refused(hall.act_raw(W3, "not_served"), 409, "no_ticket")
    assert hall.call(W3) == a
    let_go = hall.act(W3, "not_served")
    assert let_go["ticket"]["number"] == a and let_go["ticket"]["state"] == "unserved"
    assert let_go["state"]["current"] is None and let_go["message"] == f"{a}号已记为未办理"
    assert "未办理" in hall.refused(hall.act_raw(W3, "call_number", number=a), 409, "ticket_finished")
    assert hall.call(W3) == b
    hall.act(W3, "finish")
    stats = hall.client.get("/v1/queue/stats", headers=hall.manager).json()
    served = {row["key"]: row["served"] for row in stats["by_ticket"]}
    assert served == {a: 0, b: 1}
    assert stats["by_window"][0]["key"] == W3 and stats["by_window"][0]["served"] == 1
