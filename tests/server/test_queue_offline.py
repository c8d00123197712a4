"""Offline reconciliation: kiosk numbers from their blocks, paper tickets served at windows,
in either order, resent, nothing twice (sqlite and postgresql)."""

from __future__ import annotations

import itertools

import pytest
from queue_hall import W1, W3, WANG, open_hall, rid
from sqlalchemy import func, select

from server.store.models import QueueEventRow

DAY = "2026-11-23"


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def issued(
    number: str, at: str = "2026-11-23T09:10:00+08:00", slot: int = 1, category: str = "general", **kw
):
    return {
        "record_id": rid(),
        "kind": "issued",
        "number": number,
        "service_day": DAY,
        "at": at,
        "category": category,
        "kiosk_slot": slot,
        **kw,
    }


def served(number: str, window: str = W1, at: str = "2026-11-23T09:20:00+08:00", **kw):
    return {
        "record_id": rid(),
        "kind": "served",
        "number": number,
        "service_day": DAY,
        "at": at,
        "window": window,
        "clerk": "lixm",
        "finished_at": "2026-11-23T09:26:00+08:00",
        **kw,
    }


def send(hall, *records) -> list[tuple[str, str]]:
    """Each run of records to whom reports it, in order: numbers issued offline by the kiosk,
    paper tickets served offline by the window."""
    results = []
    for kind, run in itertools.groupby(records, key=lambda record: record["kind"]):
        run = list(run)
        headers = hall.kiosk if kind == "issued" else hall.window_terminal
        r = hall.client.post("/v1/queue/offline", json={"records": run}, headers=headers)
        assert r.status_code == 200, r.text
        results += r.json()["results"]
    assert [x["record_id"] for x in results] == [x["record_id"] for x in records]
    return [(x["outcome"], x["reason"]) for x in results]


def events(hall) -> int:
    with hall.ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(QueueEventRow))


def test_issued_before_served_queues_then_finishes_once(hall):
    online = hall.number()  # A001 at 09:30
    kiosk = issued("A801", at="2026-11-23T09:10:00+08:00", applicant=WANG)
    assert send(hall, kiosk) == [("applied", "")]
    assert hall.board()["waiting"][0]["waiting"] == 2
    # the kiosk's time orders it: it came 20 minutes before A001
    assert hall.call(W3) == "A801"
    assert hall.window(W3)["current"]["applicant"]["name"] == "王小明"
    # a window that was offline served A001 from its paper ticket (printed online before)
    assert send(hall, served(online, window=W1)) == [("applied", "")]
    assert hall.call(W3) is None  # A801 finished by this call, A001 is never called again
    record = served("A801", window=W1)
    outcome, reason = send(hall, record)[0]
    assert outcome == "merged" and "未重复办结" in reason


def test_an_offline_green_channel_ticket_keeps_its_priority(hall):
    hall.number()  # A001, a walk-in issued online at 09:30
    late = issued("A802", at="2026-11-23T09:40:00+08:00", priority="green")
    assert send(hall, late) == [("applied", "")]
    assert hall.call(W3) == "A802"  # issued after A001, called first: the green channel goes ahead


def test_a_ticket_called_online_and_finished_offline_at_the_same_window_is_finished(hall):
    number = hall.number()
    assert hall.call(W3) == number
    record = served(number, window=W3, at="2026-11-23T09:31:00+08:00")
    assert send(hall, record) == [("applied", "")]
    assert hall.window(W3)["current"] is None  # not held until the next online call
    assert send(hall, record) == [("duplicate", "")]
    # another window's record for it is a merge, not a second finish
    outcome, reason = send(hall, served(number, window=W1))[0]
    assert outcome == "merged" and "办结" in reason


def test_served_before_issued_merges_and_is_never_called(hall):
    window_record = served("A812")
    assert send(hall, window_record) == [("applied", "")]
    kiosk = issued("A812", applicant=WANG)
    outcome, reason = send(hall, kiosk)[0]
    assert outcome == "merged" and "A812" in reason
    assert hall.call(W3) is None
    stats = hall.client.get("/v1/queue/stats", params={"day": DAY}, headers=hall.manager).json()
    row = stats["by_ticket"][0]
    # issued 09:10 (kiosk), served 09:20–09:26 (window): the terminal times, clamped
    assert row["key"] == "A812" and row["served"] == 1
    assert row["mean_wait_seconds"] == 600 and row["mean_service_seconds"] == 360
    assert stats["by_window"][0]["key"] == W1 and stats["by_clerk"][0]["key"] == "lixm"
    assert hall.board()["calls"] == []  # what was served offline is not announced afterwards


def test_resends_are_duplicates_and_change_nothing(hall):
    batch = [issued("A801"), issued("A802"), served("A801"), issued("A899", slot=1)]
    first = send(hall, *batch)
    assert [o for o, _ in first] == ["applied", "applied", "applied", "rejected"]
    before = (events(hall), hall.board())
    again = send(hall, *batch)
    assert [o for o, _ in again] == ["duplicate"] * 4
    assert again[3][1] == first[3][1]  # the rejection's reason is told again
    after = (events(hall), hall.board())
    assert before[0] == after[0] and before[1]["waiting"] == after[1]["waiting"]
    assert hall.call(W3) == "A802" and hall.call(W3) is None


def test_numbers_outside_the_kiosks_block_are_rejected_with_a_reason(hall):
    results = send(
        hall,
        issued("A855", slot=1),  # slot 1 issues 800–849
        issued("A855", slot=0),
        issued("A012", slot=1),  # an online number
        issued("A855", slot=2, category="realty"),  # the prefix is the category's
        issued("Z855", slot=2, category=""),
        issued("A855", slot=2, service_day="2026-11-24"),  # later than the server's day
    )
    assert all(outcome == "rejected" for outcome, _ in results)
    reasons = [reason for _, reason in results]
    assert "800至849" in reasons[0]
    assert "取号机编号" in reasons[1]
    assert "800至849" in reasons[2]
    assert "取号字母" in reasons[3]
    assert "业务类别" in reasons[4]
    assert "时钟" in reasons[5]
    assert send(hall, issued("A855", slot=2)) == [("applied", "")]
    assert "其他记录" in send(hall, issued("A855", slot=2))[0][1]  # two kiosks on one slot


def test_a_paper_number_the_server_never_issued_is_skipped_online(hall):
    assert send(hall, served("A002"), served("C001", window="4号不动产窗口")) == [("applied", "")] * 2
    assert [hall.number(), hall.number(), hall.number("realty")] == ["A001", "A003", "C002"]


def test_served_while_called_online_or_finished_is_merged(hall):
    a1 = hall.number()
    hall.call(W3)
    outcome, reason = send(hall, served(a1))[0]
    assert outcome == "merged" and W3 in reason
    assert hall.window(W3)["current"]["number"] == a1  # window 3 still holds it
    hall.act(W3, "finish")
    assert send(hall, served(a1))[0][0] == "merged"
    stats = hall.client.get("/v1/queue/stats", headers=hall.manager).json()
    assert stats["by_ticket"][0]["served"] == 1 and stats["by_window"] == [
        {**stats["by_window"][0], "key": W3, "served": 1}
    ]


def test_times_are_clamped_into_the_day_and_before_now(hall):
    future = issued("A801", at="2026-11-23T18:00:00+08:00")  # the kiosk's clock runs ahead
    hall.number()  # A001 at 09:30
    assert send(hall, future) == [("applied", "")]
    assert hall.call(W3) == "A001"  # A801 counts as arriving now (09:30), after A001
    yesterday = issued("A802", service_day="2026-11-22", at="2026-11-22T16:00:00+08:00")
    outcome, reason = send(hall, yesterday)[0]
    assert outcome == "applied" and "非当日" in reason
    assert hall.call(W3) == "A801" and hall.call(W3) is None
