"""Every window action (and a ticket) resent with its request_id answers its first answer, on
another server process too and after the window has moved on: nothing is done twice, and the
state the window reached since stays as it is (sqlite and postgresql)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from queue_hall import W1, W3, W4, WANG, open_hall, rid

from server.app import create_app


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


@pytest.fixture
def other(hall, server_config):
    """A second server on the same database (its own engine, pool and caches): where a resend
    goes when the first attempt's answer was lost on the way back."""
    app = create_app(server_config)
    app.state.ctx.now = hall.clock
    with TestClient(app) as client:

        def resend(window: str, action: str, request_id: str, **fields) -> dict:
            body = {"request_id": request_id, "action": action, "clerk": "lixm", **fields}
            path = f"/v1/queue/windows/{quote(window, safe='')}/actions"
            r = client.post(path, json=body, headers=hall.headers)
            assert r.status_code == 200, r.text
            return r.json()

        yield resend


def test_a_resent_finish_answers_the_finish_after_the_next_call(hall, other):
    a1, a2 = hall.number(), hall.number()
    hall.call(W3)
    request_id = rid()
    finished = hall.act(W3, "finish", request_id=request_id)
    assert finished["ticket"]["number"] == a1 and finished["ticket"]["state"] == "finished"
    assert other(W3, "finish", request_id) == finished  # nothing held: not 409 no_ticket
    assert hall.call(W3) == a2
    assert other(W3, "finish", request_id) == finished
    assert hall.act(W3, "finish", request_id=request_id) == finished  # and on the first server
    assert hall.window(W3)["current"]["number"] == a2  # the ticket called since is not finished


def test_a_resent_recall_does_not_call_again(hall, other):
    a1, a2 = hall.number(), hall.number()
    hall.call(W3)
    request_id = rid()
    recalled = hall.act(W3, "recall", request_id=request_id)
    assert recalled["ticket"]["calls"] == 2
    assert other(W3, "recall", request_id) == recalled  # the ticket is still held: not a third call
    assert hall.window(W3)["current"]["calls"] == 2
    hall.act(W3, "finish")
    assert hall.call(W3) == a2
    assert other(W3, "recall", request_id) == recalled  # not a recall of A002
    current = hall.window(W3)["current"]
    assert current["number"] == a2 and current["calls"] == 1
    assert [c["number"] for c in hall.board()["calls"]] == [a2, a1, a1]


def test_a_resent_no_show_answers_the_no_show(hall, other):
    hall.number()
    a2 = hall.number()
    hall.call(W3)
    hall.act(W3, "recall")
    request_id = rid()
    dropped = hall.act(W3, "no_show", request_id=request_id)
    assert dropped["ticket"]["state"] == "dropped"
    assert other(W3, "no_show", request_id) == dropped  # nothing held any more
    assert hall.call(W3) == a2
    hall.act(W3, "recall")
    assert other(W3, "no_show", request_id) == dropped  # A002 was called twice: not dropped now
    current = hall.window(W3)["current"]
    assert current["number"] == a2 and current["state"] == "called"


def test_a_resent_transfer_answers_the_transfer(hall, other):
    a1, a2 = hall.number(), hall.number()
    hall.call(W1)
    request_id = rid()
    moved = hall.act(W1, "transfer", request_id=request_id, to_category="realty")
    assert moved["ticket"]["category"] == "realty"
    assert other(W1, "transfer", request_id, to_category="realty") == moved
    assert hall.call(W1) == a2
    assert other(W1, "transfer", request_id, to_category="realty") == moved
    assert hall.window(W1)["current"]["number"] == a2  # A002 was not transferred
    assert hall.call(W4) == a1


def test_resent_pause_and_resume_answer_their_first_answers(hall, other):
    paused_id, resumed_id = rid(), rid()
    paused = hall.act(W3, "pause", request_id=paused_id, reason="午休")
    resumed = hall.act(W3, "resume", request_id=resumed_id)
    assert other(W3, "pause", paused_id, reason="午休") == paused
    assert hall.window(W3)["paused"] is False  # the later resume stands
    hall.act(W3, "pause", reason="培训")
    assert other(W3, "resume", resumed_id) == resumed
    assert hall.window(W3)["paused"] is True and hall.window(W3)["pause_reason"] == "培训"


def test_resent_calls_answer_their_ticket_after_the_window_moved_on(hall, other):
    a1, a2, a3 = hall.number(), hall.number(), hall.number()
    next_id, number_id = rid(), rid()
    called = hall.act(W3, "call_next", request_id=next_id)
    by_number = hall.act(W3, "call_number", request_id=number_id, number=a3)
    assert called["ticket"]["number"] == a1 and by_number["ticket"]["number"] == a3
    hall.act(W3, "finish")
    hall.act(W3, "pause", reason="午休")
    # refused now (paused, A003 finished), but these are resends: their first answers
    assert other(W3, "call_next", next_id) == called
    assert other(W3, "call_number", number_id, number=a3) == by_number
    assert hall.window(W3)["current"] is None and hall.window(W3)["paused"] is True
    hall.act(W3, "resume")
    assert hall.call(W3) == a2  # nothing was called by the resends


def test_a_refused_action_records_nothing_and_is_refused_again(hall, other):
    request_id = rid()
    hall.refused(hall.act_raw(W3, "finish", request_id=request_id), 409, "no_ticket")
    hall.refused(hall.act_raw(W3, "finish", request_id=request_id), 409, "no_ticket")
    hall.number()
    hall.call(W3)
    assert other(W3, "finish", request_id)["ticket"]["state"] == "finished"  # now it can be done


def test_a_resent_id_card_ticket_answers_its_ticket(hall):
    request_id = rid()
    first = hall.take(source="id_card", applicant=WANG, request_id=request_id)
    # one waiting ticket per ID card would refuse a second: a resend is not a second
    assert hall.take(source="id_card", applicant=WANG, request_id=request_id) == first
    hall.refused(hall.take_raw(source="id_card", applicant=WANG), 409, "already_waiting")
