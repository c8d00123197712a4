"""The offline queue journal: what a kiosk issued or a window served while the server was away.

Append-only JSON lines, one OfflineRecord each, fsynced before the ticket is printed or the
call is shown, so a power cut never loses a number that left the kiosk. Reconciliation sends
the records not yet acknowledged (POST /queue/offline); the server answers each by its
record_id, so a resend after a lost answer changes nothing (DUPLICATE), and acknowledged ids are
appended to a second file. Both files are read once at start; a torn last line (power cut mid
write) is skipped, which loses only a record whose ticket was never printed.

On a sealed window PC each line is sealed on its own (``SEALED_LINE`` + base64 of the store's
FileSeal output), so the file stays append-only and a torn last line still costs only itself.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.queue_actions import OfflineOutcome
from app.store.sealed_files import FileSeal, SealedFileLocked, SealedFileUnreadable, write_durably

if TYPE_CHECKING:  # the records' pydantic models load with the first record read or written:
    # an empty journal (the usual start) does not make the workbench wait for them
    from app.sync.queue_protocol import OfflineRecord, OfflineResult
    from app.sync.queue_transport import QueueTransport

log = logging.getLogger(__name__)
RECORDS_FILE = "queue-offline.jsonl"
ACKS_FILE = "queue-offline-acked.txt"
SEALED_LINE = "~"  # never the start of a JSON record or of a record id


class OfflineJournal:
    def __init__(self, folder: Path, seal: FileSeal | None = None) -> None:
        self.folder = Path(folder)
        self.seal = seal or FileSeal()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        # one reconciliation at a time (a background refresh and the clerk's retry may meet): the
        # server would answer the second "duplicate", but the screen would count records twice
        self._sending = threading.Lock()
        self._records: dict[str, OfflineRecord] = {}
        self._acked: set[str] = set()
        self._load()

    # -- reading -------------------------------------------------------------------------------
    def _load(self) -> None:
        lines = self._open_lines(RECORDS_FILE)
        if lines:
            from pydantic import ValidationError

            from app.sync.queue_protocol import OfflineRecord
        for line in lines:
            try:
                record = OfflineRecord.model_validate_json(line)
            except ValidationError:
                log.warning("offline journal: skipped an unreadable line (torn write?)")
                continue
            self._records[record.record_id] = record
        self._acked = {line.strip() for line in self._open_lines(ACKS_FILE) if line.strip()}

    def _open_lines(self, name: str) -> list[str]:
        out = []
        for line in _lines(self.folder / name):
            if not line.startswith(SEALED_LINE):
                out.append(line)
                continue
            try:
                raw = base64.b64decode(line[len(SEALED_LINE) :], validate=True)
                out.append(self.seal.open(raw, name).decode("utf-8"))
            except (binascii.Error, ValueError, SealedFileUnreadable, SealedFileLocked):
                log.warning("offline journal: skipped a sealed line that does not open (torn write?)")
        return out

    def _sealed(self, text: str) -> str:
        if not self.seal.sealing:
            return text
        return SEALED_LINE + base64.b64encode(self.seal.seal(text.encode("utf-8"))).decode("ascii")

    def records(self) -> list[OfflineRecord]:
        with self._lock:
            return list(self._records.values())

    def pending(self) -> list[OfflineRecord]:
        """Records the server has not acknowledged yet, in the order they were written."""
        with self._lock:
            return [r for r in self._records.values() if r.record_id not in self._acked]

    def numbers_used(self, service_day, kind=None) -> set[str]:
        """Numbers this terminal issued/served on that day (a kiosk resumes its block after them)."""
        with self._lock:
            return {
                r.number
                for r in self._records.values()
                if r.service_day == service_day and (kind is None or r.kind == kind)
            }

    # -- writing -------------------------------------------------------------------------------
    def append(self, record: OfflineRecord) -> None:
        """Durably add a record (fsync) before the caller prints or shows anything."""
        with self._lock:
            if record.record_id in self._records:
                return
            _append_line(self.folder / RECORDS_FILE, self._sealed(record.model_dump_json()))
            self._records[record.record_id] = record

    def acknowledge(self, record_ids: list[str]) -> None:
        with self._lock:
            new = [i for i in record_ids if i not in self._acked]
            if not new:
                return
            _append_line(self.folder / ACKS_FILE, "\n".join(self._sealed(i) for i in new))
            self._acked.update(new)

    def seal_lines(self) -> None:
        """The store was just sealed: both files rewritten with every line sealed (atomically:
        a power cut leaves the clear file, sealed again at the next start)."""
        if not self.seal.sealing:
            return
        with self._lock:
            for name in (RECORDS_FILE, ACKS_FILE):
                path = self.folder / name
                if not path.exists():
                    continue
                lines = [self._sealed(line) for line in self._open_lines(name) if line.strip()]
                write_durably(path, "".join(line + "\n" for line in lines).encode("utf-8"))

    # -- reconciliation --------------------------------------------------------------------------
    def reconcile(
        self, queue: QueueTransport, records: list[OfflineRecord] | None = None
    ) -> list[OfflineResult]:
        """Send what is pending (or `records`, the caller's choice of it), batch by batch; raises
        the transport's errors (what was not answered stays pending).

        Every answered record is acknowledged, rejected ones included: their reason is in the
        results returned, for the screen, and sending them again would only be rejected again.
        """
        from app.sync.queue_protocol import MAX_OFFLINE_BATCH, OfflineBatch

        results: list[OfflineResult] = []
        with self._sending:
            pending = self.pending() if records is None else records
            for start in range(0, len(pending), MAX_OFFLINE_BATCH):
                batch = pending[start : start + MAX_OFFLINE_BATCH]
                answer = queue.reconcile(OfflineBatch(records=batch))
                self.acknowledge([r.record_id for r in answer.results])
                results.extend(answer.results)
        rejected = [r for r in results if r.outcome is OfflineOutcome.REJECTED]
        if rejected:
            log.warning("offline reconciliation: %d records rejected", len(rejected))
        return results


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except UnicodeDecodeError:
        # a torn multi-byte character at the end: keep every whole line before it
        data = path.read_bytes().decode("utf-8", errors="ignore")
        return data.splitlines()


def _append_line(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        # a torn earlier write may have left no newline: start on a line of our own
        if os.fstat(fd).st_size and not _ends_with_newline(path):
            os.write(fd, b"\n")
        os.write(fd, (text + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as f:
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"
