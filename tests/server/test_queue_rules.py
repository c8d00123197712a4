"""No-show and transfer rules, the board (masked), the day's figures and the queue poke
(sqlite and postgresql)."""

from __future__ import annotations

import time

import pytest
from queue_hall import LI, W1, W2, W3, W4, WANG, open_hall, rid


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def test_no_show_needs_the_set_number_of_calls_then_drops(hall):
    a1, a2 = hall.number(), hall.number()
    hall.call(W3)
    detail = hall.refused(hall.act_raw(W3, "no_show"), 409, "not_yet_no_show")
    assert detail == "已呼叫1次，再重呼1次后方可过号"
    hall.act(W3, "recall")
    dropped = hall.act(W3, "no_show")
    assert dropped["ticket"]["state"] == "dropped" and dropped["message"] == f"{a1}号已过号"
    assert dropped["state"]["current"] is None
    assert hall.call(W3) == a2  # a dropped ticket is not called by call_next …
    hall.act(W3, "finish")
    assert hall.call(W3) is None
    # … but the applicant who comes back is called by number
    assert hall.act(W1, "call_number", number=a1)["ticket"]["state"] == "called"


def test_no_show_may_requeue_at_the_end_after_three_calls(hall):
    hall.configure(queue={"no_show_calls": 3, "no_show_action": "requeue"})
    a1, a2 = hall.number(), hall.number()
    hall.call(W3)
    hall.act(W3, "recall")
    hall.refused(hall.act_raw(W3, "no_show"), 409, "not_yet_no_show")
    hall.act(W3, "recall")
    hall.clock.advance(minutes=1)
    requeued = hall.act(W3, "no_show")
    assert requeued["ticket"]["state"] == "waiting" and requeued["ticket"]["calls"] == 0
    assert requeued["message"] == f"{a1}号已过号，重新排到综合受理队尾"
    a3 = hall.number()
    assert [hall.call(W3), hall.call(W3), hall.call(W3)] == [a2, a1, a3]


def test_transfer_to_a_category_keeps_its_place(hall):
    c1 = hall.number("realty")
    hall.clock.advance(minutes=1)
    a1 = hall.number()
    hall.clock.advance(minutes=1)
    c2 = hall.number("realty")
    assert hall.call(W1) == a1
    moved = hall.act(W1, "transfer", to_category="realty", reason="需办理不动产登记")
    assert moved["ticket"]["state"] == "waiting" and moved["ticket"]["category"] == "realty"
    assert moved["message"] == f"{a1}号已转至“不动产登记”队列" and moved["state"]["current"] is None
    # it arrived between C001 and C002, and keeps that place
    assert [hall.call(W4), hall.call(W4), hall.call(W4)] == [c1, a1, c2]


def test_transfer_to_the_front_of_a_window(hall):
    hall.configure(queue={"transfer_position": "front"})
    c1, c2 = hall.number("realty"), hall.number("realty")
    hall.clock.advance(minutes=5)
    a1 = hall.number()
    assert hall.call(W1) == a1
    detail = hall.refused(hall.act_raw(W1, "transfer", to_window=W4), 409, "window_not_serving")
    assert W4 in detail and "综合受理" in detail
    hall.refused(hall.act_raw(W1, "transfer"), 400, "bad_request")
    hall.refused(hall.act_raw(W1, "transfer", to_window="8号窗口"), 404, "unknown_window")
    hall.refused(hall.act_raw(W1, "transfer", to_category="passport"), 404, "unknown_category")
    moved = hall.act(W1, "transfer", to_window=W4, to_category="realty")
    assert moved["ticket"]["window"] == W4 and moved["message"] == f"{a1}号已转至{W4}（排在最前）"
    assert hall.call(W3) == c1  # window 3 serves realty but the transfer is for window 4
    assert hall.call(W4) == a1  # at the front, before C002 that came earlier
    assert hall.call(W4) == c2


def test_pause_keeps_the_held_ticket_and_the_board_shows_it(hall):
    hall.number(source="id_card", applicant=LI)
    hall.call(W2)
    hall.act(W2, "pause", reason="临时离开")
    window = hall.window(W2)
    assert window["paused"] and window["pause_reason"] == "临时离开" and window["clerk"] == "lixm"
    assert window["current"]["number"] == "A001"
    assert [w["code"] for w in window["waiting"]] == ["general", "social"]


def test_the_board_never_carries_id_numbers_or_full_names(hall):
    hall.configure(notices=["今日16:00停止取号"])
    hall.number(source="id_card", applicant=WANG)
    hall.number("realty", source="id_card", applicant=LI)
    hall.number("social")
    hall.call(W1)
    hall.call(W4)
    board = hall.board()
    text = str(board)
    for person in (WANG, LI):
        assert person["id_number"] not in text and person["name"] not in text
        assert person["id_number"][-4:] + "'" not in text
    assert board["hall_name"] == "安和县政务服务中心" and board["notices"] == ["今日16:00停止取号"]
    assert [(c["number"], c["window"], c["masked_name"]) for c in board["calls"]] == [
        ("C001", W4, "李**"),
        ("A001", W1, "王**"),
    ]
    assert board["calls"][0]["text"] == f"请C001号到{W4}办理"
    assert {w["code"]: w["waiting"] for w in board["waiting"]} == {
        "general": 0,
        "enterprise": 0,
        "realty": 0,
        "social": 1,
    }
    assert [w["window"] for w in board["windows"]] == [W1, W2, W3, W4]
    assert all(w["current"] is None or w["current"]["applicant"] is None for w in board["windows"])


def test_the_days_figures_per_ticket_window_clerk_and_category(hall):
    a1 = hall.number()
    hall.clock.advance(minutes=2)
    a2 = hall.number()
    hall.clock.advance(minutes=4)
    hall.act(W1, "call_next", clerk="lixm")  # a1 waited 6 minutes
    hall.act(W2, "call_next", clerk="wangw")  # a2 waited 4 minutes
    hall.clock.advance(minutes=10)
    hall.act(W1, "finish", clerk="lixm")
    stats = hall.client.get("/v1/queue/stats", params={"day": "2026-11-23"}, headers=hall.manager).json()
    tickets = {row["key"]: row for row in stats["by_ticket"]}
    assert tickets[a1]["mean_wait_seconds"] == 360 and tickets[a1]["mean_service_seconds"] == 600
    assert tickets[a2]["mean_wait_seconds"] == 240 and tickets[a2]["served"] == 0
    general = stats["by_category"][0]
    assert general["key"] == "general" and general["tickets"] == 2 and general["served"] == 1
    assert general["mean_wait_seconds"] == 300 and general["max_wait_seconds"] == 360
    assert {r["key"]: r["served"] for r in stats["by_window"]} == {W1: 1, W2: 0}
    assert {r["key"]: r["mean_wait_seconds"] for r in stats["by_clerk"]} == {"lixm": 360, "wangw": 240}
    # the wait estimate follows the day's services (10 minutes), no longer the default 8:
    # 3 ahead shared by the 3 windows serving 综合受理
    for _ in range(3):
        hall.number()
    assert hall.take()["estimated_wait_minutes"] == 10
    other = hall.client.get("/v1/queue/stats", params={"day": "2026-11-22"}, headers=hall.manager).json()
    assert other["by_ticket"] == [] and other["by_category"] == []


def test_every_queue_change_pokes_the_hall_at_once(hall):
    path = "/v1/halls/330429/events"  # the terminal's credential goes in the header
    if hall.ctx.config.is_postgres:
        deadline = time.monotonic() + 60  # bounds a hang only
        while not hall.ctx.extras.get("listening"):
            assert time.monotonic() < deadline, "the LISTEN connection did not come up"
            time.sleep(0.05)
    with hall.client.websocket_connect(path, headers=hall.seeded.terminal) as ws:
        assert ws.receive_json()["kind"] == "hello"
        hall.number()
        assert ws.receive_json()["kind"] == "queue"
        hall.act(W3, "call_next", request_id=rid())
        assert ws.receive_json()["kind"] == "queue"
