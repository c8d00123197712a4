"""A folder spool: a print job is on disk before it is sent, and stays there until it printed.

A slip printer that is out of paper, offline or unplugged must not cost the applicant the
slip: the job is kept with the reason and printed again with `retry_all()` once the printer
is back ("3 张凭条待重打"). Each job is two files, `<id>.bin` (the printer's bytes) and
`<id>.json` (name, kind, time, attempts, last error); the JSON is written last, so a job
exists only when both are complete. Files are fsynced and renamed into place: a power cut
leaves a job whole or absent. After a crash between sending and removing, a job may print
twice; a duplicate slip costs less than a lost one.

A slip names the applicant, so on a sealed window PC both files are written through the store's
file seal (``codec``: the workbench passes app/store/sealed_files.FileSeal; the driver knows only
its two methods, so it can still ship alone). A job whose files no longer open (damaged, or
another PC's) is reported, never printed as garbage.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from drivers.printer.base import PrinterError

log = logging.getLogger(__name__)


class RawPrinter(Protocol):
    def print_raw(self, data: bytes, name: str = "") -> str: ...


class FileCodec(Protocol):
    """Seals what goes to disk and opens it again; ``open`` raises for a file it cannot open."""

    def seal(self, data: bytes) -> bytes: ...

    def open(self, data: bytes, what: str = "") -> bytes: ...


class _Clear:
    def seal(self, data: bytes) -> bytes:
        return data

    def open(self, data: bytes, what: str = "") -> bytes:
        return data


@dataclass(frozen=True)
class SpooledJob:
    id: str
    name: str
    kind: str
    created_at: datetime
    attempts: int = 0
    error: str = ""  # why the last attempt failed (Chinese, for the clerk)


@dataclass(frozen=True)
class RetryReport:
    printed: tuple[SpooledJob, ...]
    pending: tuple[SpooledJob, ...]  # still waiting, the failed one first with its error
    error: str = ""  # why the retry stopped; "" when every job printed


class Spool:
    def __init__(self, folder: Path, codec: FileCodec | None = None) -> None:
        self.folder = folder
        self.codec = codec or _Clear()
        self._lock = threading.Lock()  # one job is sent at a time, and never twice at once

    # -- adding and sending ---------------------------------------------------------------------
    def add(self, name: str, kind: str, data: bytes, now: datetime) -> SpooledJob:
        job = SpooledJob(f"{now:%Y%m%d-%H%M%S-%f}-{uuid.uuid4().hex[:6]}", name, kind, now)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write(self._data_path(job.id), self.codec.seal(data))
            self._write_meta(job)
        except OSError as exc:
            why = exc.strerror or exc
            raise PrinterError(f"无法保存打印任务到 {self.folder}：{why}，请检查磁盘后重试") from exc
        return job

    def submit(self, name: str, kind: str, data: bytes, printer: RawPrinter, now: datetime) -> str:
        """Keep the job, then print it. Raises PrinterError with the job kept for retry."""
        job = self.add(name, kind, data, now)
        return self.send(job.id, printer)

    def send(self, job_id: str, printer: RawPrinter) -> str:
        with self._lock:
            return self._send(job_id, printer)

    def _send(self, job_id: str, printer: RawPrinter) -> str:
        job = self.get(job_id)
        try:
            data = self.data(job_id)
        except OSError as exc:
            raise PrinterError(f"打印任务“{job.name}”的内容已不在待打印目录中，无法重打") from exc
        try:
            where = printer.print_raw(data, job.name)
        except PrinterError as exc:
            kept = SpooledJob(job.id, job.name, job.kind, job.created_at, job.attempts + 1, str(exc))
            with contextlib.suppress(OSError):  # the job is still there; only its note is older
                self._write_meta(kept)
            raise
        self._remove(job_id)
        return where

    def retry_all(self, printer: RawPrinter) -> RetryReport:
        """Send the waiting jobs, oldest first; stop at the first failure (the rest would fail too)."""
        printed: list[SpooledJob] = []
        with self._lock:
            for job in self.pending():
                try:
                    self._send(job.id, printer)
                except PrinterError as exc:
                    return RetryReport(tuple(printed), tuple(self.pending()), str(exc))
                printed.append(job)
        return RetryReport(tuple(printed), tuple(self.pending()))

    # -- looking ---------------------------------------------------------------------------------
    def pending(self) -> list[SpooledJob]:
        if not self.folder.is_dir():
            return []
        jobs = []
        for meta in sorted(self.folder.glob("*.json")):
            job = self._read_meta(meta)
            if job is not None and self._data_path(job.id).exists():
                jobs.append(job)
        return jobs

    def count(self) -> int:
        return len(self.pending())

    def get(self, job_id: str) -> SpooledJob:
        job = self._read_meta(self._meta_path(job_id))
        if job is None:
            raise PrinterError("该打印任务已不在待打印列表中（可能已打印或已删除）")
        return job

    def data(self, job_id: str) -> bytes:
        path = self._data_path(job_id)
        try:
            return self.codec.open(path.read_bytes(), str(path))
        except OSError:
            raise
        except Exception as exc:  # the codec's refusal: a damaged or foreign sealed file
            raise PrinterError("该打印任务的文件已损坏，无法打印；请删除此任务后在办件中重新打印") from exc

    def discard(self, job_id: str) -> None:
        with self._lock:
            self._remove(job_id)

    # -- files ----------------------------------------------------------------------------------
    def _data_path(self, job_id: str) -> Path:
        return self.folder / f"{_safe(job_id)}.bin"

    def _meta_path(self, job_id: str) -> Path:
        return self.folder / f"{_safe(job_id)}.json"

    def _write_meta(self, job: SpooledJob) -> None:
        meta = {
            "id": job.id,
            "name": job.name,
            "kind": job.kind,
            "created_at": job.created_at.isoformat(),
            "attempts": job.attempts,
            "error": job.error,
        }
        _write(self._meta_path(job.id), self.codec.seal(json.dumps(meta, ensure_ascii=False).encode("utf-8")))

    def _read_meta(self, path: Path) -> SpooledJob | None:
        try:
            raw = json.loads(self.codec.open(path.read_bytes(), str(path)).decode("utf-8"))
            return SpooledJob(
                str(raw["id"]),
                str(raw["name"]),
                str(raw["kind"]),
                datetime.fromisoformat(raw["created_at"]),
                int(raw.get("attempts", 0)),
                str(raw.get("error", "")),
            )
        except FileNotFoundError:
            return None
        except Exception as exc:  # unreadable JSON, a missing field, a seal that does not open
            # left in place for someone to look at; a damaged note must not hide the other jobs
            log.warning("spooled job note %s unreadable (%s)", path.name, type(exc).__name__)
            return None

    def _remove(self, job_id: str) -> None:
        # the note first: without it the job no longer exists, even if removing the data fails
        for path in (self._meta_path(job_id), self._data_path(job_id)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _safe(job_id: str) -> str:
    if not job_id or "/" in job_id or "\\" in job_id or job_id.startswith("."):
        raise PrinterError("打印任务编号无效")
    return job_id


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut only once the folder is synced
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
