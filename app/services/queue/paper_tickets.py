"""Paper tickets served at a window while the server cannot be reached (DESIGN.md "The queue").

Every serve is a SERVED OfflineRecord, fsynced in the OfflineJournal before the number shows as
current. The journal is append-only and keyed by record_id, so the end of a serve is a second
record, its *twin*: the same number, day, window and start time, with finished_at. Reconciling
sends each serve once: the twin alone when both are still pending (the start record is then
acknowledged without being sent), else whichever is pending. A serve still open at reconnect is
sent at once, so no online window calls that number meanwhile; its twin follows when it ends.

A no-show of a paper ticket ends the serve without a twin: an open start record not yet sent is
acknowledged unsent (the server never hears of a serve that did not happen).

After a restart the open serve of this window today (a pending start record without a twin) is
current again: a power cut does not lose the applicant standing at the window.
"""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.queue_actions import OfflineKind
from app.domain.tickets import service_day
from app.services.queue.offline_journal import OfflineJournal

if TYPE_CHECKING:
    from app.sync.queue_protocol import OfflineRecord, OfflineResult
    from app.sync.queue_transport import QueueTransport

# the records' pydantic models are imported where a record is made or read: the workbench makes
# this service when it opens, long before the first paper ticket (see offline_journal.py)


def _serve_key(r: OfflineRecord) -> tuple:
    return (r.service_day, r.number, r.window, r.at)


class PaperTickets:
    def __init__(self, journal: OfflineJournal) -> None:
        self.journal = journal
        self._lock = threading.Lock()  # one reconciliation at a time (panel, sync runner): choose, then send

    # -- serving -------------------------------------------------------------------------------
    def start(self, number: str, category: str, window: str, clerk: str, now: datetime) -> OfflineRecord:
        from app.sync.queue_protocol import OfflineRecord

        record = OfflineRecord(
            record_id=str(uuid.uuid4()),
            kind=OfflineKind.SERVED,
            number=number,
            service_day=service_day(now),
            at=now,
            category=category,
            window=window,
            clerk=clerk,
        )
        self.journal.append(record)  # fsynced before the caller shows the number
        return record

    def finish(self, started: OfflineRecord, now: datetime) -> OfflineRecord:
        twin = started.model_copy(update={"record_id": str(uuid.uuid4()), "finished_at": now})
        self.journal.append(twin)
        return twin

    def cancel(self, started: OfflineRecord) -> None:
        """A no-show: the serve did not happen; unsent, it is never sent."""
        if any(r.record_id == started.record_id for r in self.journal.pending()):
            self.journal.acknowledge([started.record_id])

    def open_serve(self, window: str, day) -> OfflineRecord | None:
        """The serve of `window` on `day` that has no end yet (restored after a restart)."""
        ended = {_serve_key(r) for r in self.journal.records() if r.finished_at is not None}
        candidates = [
            r
            for r in self.journal.pending()
            if r.kind is OfflineKind.SERVED
            and r.window == window
            and r.service_day == day
            and r.finished_at is None
            and _serve_key(r) not in ended
        ]
        return candidates[-1] if candidates else None

    # -- reconciling ---------------------------------------------------------------------------
    def pending_count(self) -> int:
        return len(self._to_send()[0])

    def _to_send(self) -> tuple[list[OfflineRecord], list[str]]:
        """(records to send, start records superseded by a pending twin: acknowledged unsent)."""
        pending = [r for r in self.journal.pending() if r.kind is OfflineKind.SERVED]
        finished = {_serve_key(r) for r in pending if r.finished_at is not None}
        send, superseded = [], []
        for r in pending:
            if r.finished_at is None and _serve_key(r) in finished:
                superseded.append(r.record_id)
            else:
                send.append(r)
        return send, superseded

    def reconcile(self, queue: QueueTransport) -> list[OfflineResult]:
        """Send what is pending; raises the transport's errors (what was not answered stays pending)."""
        with self._lock:
            send, superseded = self._to_send()
            if superseded:
                self.journal.acknowledge(superseded)
            if not send:
                return []
            return self.journal.reconcile(queue, send)
