"""The offline queue journal: durable, survives a torn write, reconciles each record once."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from app.services.queue.offline_journal import ACKS_FILE, RECORDS_FILE, OfflineJournal
from app.sync.queue_protocol import OfflineAnswer, OfflineKind, OfflineOutcome, OfflineRecord, OfflineResult
from app.sync.transport import ServerUnreachable

DAY = date(2026, 11, 23)


def _record(number: str, kind=OfflineKind.ISSUED) -> OfflineRecord:
    return OfflineRecord(
        record_id=str(uuid.uuid4()),
        kind=kind,
        number=number,
        service_day=DAY,
        at=datetime(2026, 11, 23, 1, 0, tzinfo=UTC),
        category="general",
        kiosk_slot=1,
    )


class FakeQueue:
    """Answers like the server: a record id seen before is a duplicate."""

    def __init__(self, fail: bool = False) -> None:
        self.fail, self.seen, self.batches = fail, set(), []

    def reconcile(self, batch):
        if self.fail:
            raise ServerUnreachable("网络不通", "unreachable")
        self.batches.append([r.record_id for r in batch.records])
        results = []
        for r in batch.records:
            outcome = OfflineOutcome.DUPLICATE if r.record_id in self.seen else OfflineOutcome.APPLIED
            self.seen.add(r.record_id)
            results.append(OfflineResult(record_id=r.record_id, outcome=outcome))
        return OfflineAnswer(results=results)


def test_records_survive_a_restart_and_are_sent_once(tmp_path):
    journal = OfflineJournal(tmp_path)
    a, b = _record("A800"), _record("A801")
    journal.append(a)
    journal.append(b)
    journal.append(a)  # the same record again is not a second record
    reopened = OfflineJournal(tmp_path)
    assert [r.number for r in reopened.pending()] == ["A800", "A801"]
    assert reopened.numbers_used(DAY) == {"A800", "A801"}

    queue = FakeQueue()
    assert [r.outcome for r in reopened.reconcile(queue)] == [OfflineOutcome.APPLIED] * 2
    assert reopened.pending() == []
    assert OfflineJournal(tmp_path).pending() == []  # the acknowledgement is durable too
    reopened.reconcile(queue)
    assert len(queue.batches) == 1  # nothing pending: nothing sent


def test_an_unreachable_server_keeps_everything_pending(tmp_path):
    journal = OfflineJournal(tmp_path)
    journal.append(_record("A800"))
    with pytest.raises(ServerUnreachable):
        journal.reconcile(FakeQueue(fail=True))
    assert len(journal.pending()) == 1


def test_a_torn_last_line_loses_only_that_record(tmp_path):
    journal = OfflineJournal(tmp_path)
    journal.append(_record("A800"))
    with (tmp_path / RECORDS_FILE).open("ab") as f:
        f.write(_record("A801").model_dump_json().encode()[:40])  # power cut mid write
    reopened = OfflineJournal(tmp_path)
    assert [r.number for r in reopened.pending()] == ["A800"]
    reopened.append(_record("A802"))  # starts on a line of its own
    assert [r.number for r in OfflineJournal(tmp_path).pending()] == ["A800", "A802"]


def test_acknowledged_ids_are_kept_one_per_line(tmp_path):
    journal = OfflineJournal(tmp_path)
    records = [_record(f"A8{i:02d}") for i in range(3)]
    for r in records:
        journal.append(r)
    journal.acknowledge([records[0].record_id, records[1].record_id])
    journal.acknowledge([records[1].record_id])  # known: nothing written
    lines = (tmp_path / ACKS_FILE).read_text().splitlines()
    assert lines == [records[0].record_id, records[1].record_id]
    assert [r.number for r in OfflineJournal(tmp_path).pending()] == ["A802"]


def test_two_reconciliations_at_once_send_each_record_once(tmp_path):
    import threading
    import time

    class SlowQueue(FakeQueue):
        def reconcile(self, batch):
            time.sleep(0.2)  # the answer takes a while: the second caller arrives meanwhile
            return super().reconcile(batch)

    journal = OfflineJournal(tmp_path)
    for number in ("A800", "A801"):
        journal.append(_record(number))
    queue = SlowQueue()
    threads = [threading.Thread(target=journal.reconcile, args=(queue,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(queue.batches) == 1 and len(queue.batches[0]) == 2
    assert journal.pending() == []
