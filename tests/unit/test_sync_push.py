"""Push rules with a scripted server: seq gaps resent or stopped, answers recorded, refusals kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.services.sync.push import Pusher, SyncHalted
from app.store.db import open_database
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.protocol import MutationResult, MutationStatus, PushAnswer
from app.sync.transport import SeqGap

NOW = datetime(2026, 11, 23, 9, 30)


class ScriptedServer:
    """Has applied seqs up to `last`; answers a gap as the real server does."""

    def __init__(self, last: int, refuse: frozenset[int] = frozenset()) -> None:
        self.last = last
        self.refuse = refuse
        self.batches: list[list[int]] = []

    def push(self, request) -> PushAnswer:
        seqs = [m.seq for m in request.mutations]
        self.batches.append(seqs)
        new = [s for s in seqs if s > self.last]
        if new and new[0] != self.last + 1:
            raise SeqGap(self.last + 1)
        results = []
        for m in request.mutations:
            status = MutationStatus.REJECTED if m.seq in self.refuse else MutationStatus.APPLIED
            results.append(MutationResult(seq=m.seq, mutation_id=m.mutation_id, status=status, reason="不行"))
            self.last = max(self.last, m.seq)
        return PushAnswer(results=results, last_applied_seq=self.last)


@pytest.fixture
def sessions(tmp_path):
    engine, sessions = open_database(tmp_path / "db.sqlite3")
    yield sessions
    engine.dispose()


def _add(sessions, n: int) -> None:
    with UnitOfWork(sessions) as uow:
        for i in range(n):
            uow.outbox.add("rating.recorded", {"case_id": f"c{i}"}, NOW)
        uow.commit()


def _states(sessions) -> list[str]:
    with UnitOfWork(sessions) as uow:
        return [r.state for r in SyncRepository(uow.session).rows_from(1, 100)]


def _ack(sessions, upto: int) -> None:
    with UnitOfWork(sessions) as uow:
        repo = SyncRepository(uow.session)
        for seq in range(1, upto + 1):
            repo.mark_answered(seq, "applied", "", NOW)
        uow.commit()


def test_pending_rows_go_in_batches_in_order_and_refusals_do_not_jam(sessions, tmp_path):
    _add(sessions, 7)
    server = ScriptedServer(0, refuse=frozenset({3}))
    Pusher(sessions, server, tmp_path, lambda: NOW, batch=3).push_all()
    assert server.batches == [[1, 2, 3], [4, 5, 6], [7]]
    assert _states(sessions) == ["applied", "applied", "rejected"] + ["applied"] * 4


def test_a_server_restored_to_an_older_seq_gets_the_rows_again_from_there(sessions, tmp_path):
    _add(sessions, 5)
    _ack(sessions, 3)  # we think 1–3 arrived; the server was restored to before 2
    server = ScriptedServer(1)
    Pusher(sessions, server, tmp_path, lambda: NOW).push_all()
    assert server.batches == [[4, 5], [2, 3, 4, 5]]
    assert _states(sessions) == ["applied"] * 5


def test_a_server_expecting_a_seq_we_never_had_stops_with_a_clear_error(sessions, tmp_path):
    _add(sessions, 2)
    server = ScriptedServer(40)  # its history runs past ours: not ours, or our database was replaced
    server.last = 40

    def gap(request):
        raise SeqGap(41)

    server.push = gap
    with pytest.raises(SyncHalted) as info:
        Pusher(sessions, server, tmp_path, lambda: NOW).push_all()
    assert "41" in str(info.value) and "备份" in str(info.value)
    assert _states(sessions) == ["pending", "pending"]  # nothing dropped
