"""Questions about a case's status that several screens and services ask, answered once."""

from __future__ import annotations

from app.domain.case_status import ALLOWED_MOVES, CaseStatus

S = CaseStatus


def test_awaits_issuance_from_acceptance_until_the_result_is_out() -> None:
    assert {s for s in S if s.awaits_issuance} == {
        S.ACCEPTED,
        S.IN_PROGRESS,
        S.SUSPENDED,
        S.DECIDED,
        S.RESULT_READY,
    }


def test_awaiting_issuance_is_exactly_what_lies_between_acceptance_and_a_final_state() -> None:
    # reachable from 已受理 without passing a final state, 已受理 included
    reachable, todo = {S.ACCEPTED}, [S.ACCEPTED]
    while todo:
        for nxt in ALLOWED_MOVES[todo.pop()]:
            if not nxt.is_final and nxt not in reachable:
                reachable.add(nxt)
                todo.append(nxt)
    assert reachable == {s for s in S if s.awaits_issuance}
    assert not any(s.is_final and s.awaits_issuance for s in S)


def test_the_window_may_register_a_result_where_the_moves_lead_to_it():
    # a result is registered from a decision, or with one made at the window on the spot
    for status in CaseStatus:
        moves = ALLOWED_MOVES[status]
        assert status.awaits_result == (CaseStatus.RESULT_READY in moves or CaseStatus.DECIDED in moves), (
            status
        )
