"""The ticket state machine a window acts on: which action from which state, no-show after the
hall's number of calls, a paused window, a window holding nothing (the server calls these)."""

from __future__ import annotations

import pytest

from app.domain.tickets import (
    TICKET_MOVES,
    NoShowAction,
    QueuePolicy,
    TicketAction,
    TicketRuleError,
    TicketState,
    check_call,
    check_transfer_target,
    next_state,
    no_show_outcome,
    require_held,
    require_open,
)

W, C, F, D = TicketState.WAITING, TicketState.CALLED, TicketState.FINISHED, TicketState.DROPPED


def _code(call) -> str:
    with pytest.raises(TicketRuleError) as refused:
        call()
    assert not str(refused.value).isascii()  # a sentence for the clerk
    return refused.value.code


@pytest.mark.parametrize(
    ("action", "state", "to"),
    [
        (TicketAction.CALL, W, C),
        (TicketAction.CALL, D, C),  # a no-show who came back, called by number
        (TicketAction.RECALL, C, C),
        (TicketAction.TRANSFER, C, W),
        (TicketAction.FINISH, C, F),
    ],
)
def test_the_moves_a_window_may_make(action, state, to):
    assert next_state(action, "A001", state) is to


@pytest.mark.parametrize("action", [TicketAction.RECALL, TicketAction.TRANSFER, TicketAction.FINISH])
@pytest.mark.parametrize("state", [W, F, D])
def test_only_a_called_ticket_is_recalled_transferred_or_finished(action, state):
    assert _code(lambda: next_state(action, "A001", state)) == "no_ticket"


def test_a_finished_ticket_is_never_called_again_and_a_held_one_not_twice():
    assert _code(lambda: next_state(TicketAction.CALL, "A001", F)) == "ticket_finished"
    assert _code(lambda: check_call("A001", F)) == "ticket_finished"
    assert _code(lambda: check_call("A001", C, "1号综合窗口")) == "ticket_taken"
    # held by a window the hall no longer has: taken back from it
    assert check_call("A001", C, "") is C
    assert check_call("A001", D) is D and check_call("A001", W) is W


def test_no_show_after_the_halls_number_of_calls_drops_or_requeues():
    drop = QueuePolicy(no_show_calls=2, no_show_action=NoShowAction.DROP)
    assert _code(lambda: no_show_outcome(drop, "A001", 1)) == "not_yet_no_show"
    with pytest.raises(TicketRuleError, match="再重呼1次后方可过号"):
        no_show_outcome(drop, "A001", 1)
    assert no_show_outcome(drop, "A001", 2) is D
    requeue = QueuePolicy(no_show_calls=3, no_show_action=NoShowAction.REQUEUE)
    assert _code(lambda: no_show_outcome(requeue, "A001", 2)) == "not_yet_no_show"
    assert no_show_outcome(requeue, "A001", 3) is W
    assert TICKET_MOVES[TicketAction.NO_SHOW].keys() == {C}


def test_a_paused_window_calls_nobody_and_an_empty_one_acts_on_nothing():
    assert _code(lambda: require_open(True)) == "window_paused"
    require_open(False)
    for action in (TicketAction.RECALL, TicketAction.NO_SHOW, TicketAction.TRANSFER, TicketAction.FINISH):
        assert _code(lambda a=action: require_held(a, None)) == "no_ticket"
        require_held(action, "A001")
    require_held(TicketAction.CALL, None)  # calling needs nothing held


def test_a_transfer_goes_only_where_someone_calls_the_ticket():
    check_transfer_target("不动产登记", "4号不动产窗口", ["3号综合窗口", "4号不动产窗口"])
    check_transfer_target("不动产登记", "", ["4号不动产窗口"])  # into the category's queue
    elsewhere = lambda: check_transfer_target("不动产登记", "1号综合窗口", ["4号不动产窗口"])  # noqa: E731
    assert _code(elsewhere) == "window_not_serving"
    assert _code(lambda: check_transfer_target("护照", "", [])) == "window_not_serving"


def test_a_ticket_let_go_unserved_ends_and_cannot_be_called_again():
    assert next_state(TicketAction.NOT_SERVED, "A001", C) is TicketState.UNSERVED
    assert _code(lambda: next_state(TicketAction.NOT_SERVED, "A001", W)) == "no_ticket"
    assert _code(lambda: require_held(TicketAction.NOT_SERVED, None)) == "no_ticket"
    assert _code(lambda: check_call("A001", TicketState.UNSERVED)) == "ticket_finished"
    assert _code(lambda: next_state(TicketAction.CALL, "A001", TicketState.UNSERVED)) == "ticket_finished"
