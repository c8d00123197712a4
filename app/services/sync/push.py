"""Push: the outbox to the server in seq order, page images uploaded before the pages refer to them.

Rules (DESIGN.md "Sync"): pending rows go in seq order, at most 500 per request. Each answer is
recorded in one local transaction: applied → acknowledged; rejected → kept with the server's
reason for the clerk, and the queue moves on. A page.attached mutation is only sent once its
image is complete on the server: a page that fits UPLOAD_CHUNK (a scan is a few MB at most) is
offered and uploaded in one PUT; a longer one, or one whose upload is under way, is offered, then
uploaded in chunks resumed from what the server already received. The pages of a batch go
UPLOADS_AT_ONCE at a time, each marked uploaded as it completes. "needs_attachment" (the server lost or
never checked it) uploads again and pushes again. A 409 seq_gap whose expected seq we still hold
is answered by resending from there (rows we think acknowledged included: the server returns its
stored results); a seq we never had means the two sides disagree about history, and pushing
stops with a clear error.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from app.services.pages.files import PageFiles
from app.services.pages.images import EXTENSIONS
from app.store.sealed_files import SealedFileLocked, SealedFileUnreadable
from app.store.sync_repository import APPLIED, REJECTED, SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.protocol import (
    MAX_PUSH_BATCH,
    MAX_PUSH_BYTES,
    AttachmentOffer,
    AttachmentState,
    Mutation,
    MutationStatus,
    PushRequest,
)
from app.sync.transport import HttpTransport, Refused, SeqGap

UPLOAD_CHUNK = 4 * 1024 * 1024
# pages of a batch uploaded side by side: the server makes one durable (fsync) while the next
# one's bytes are on the wire, instead of the window waiting for each disk in turn
UPLOADS_AT_ONCE = 3
PAGE_ATTACHED = "page.attached"


UPLOAD_AGAIN = QT_TRANSLATE_NOOP(
    "messages", "中心服务器在附件上传完成后仍要求重新上传，同步已暂停，请联系系统管理员"
)
SCAN_MISSING = QT_TRANSLATE_NOOP("messages", "扫描件 {scan}… 的图像文件在本机找不到，无法上传，同步已暂停")
SCAN_UNVERIFIED = QT_TRANSLATE_NOOP("messages", "扫描件 {scan}… 上传完毕但服务器未能核对通过，同步已暂停")
SCAN_SHORT = QT_TRANSLATE_NOOP("messages", "扫描件 {scan}… 的本地文件比登记的小，无法上传")
SCAN_DAMAGED = QT_TRANSLATE_NOOP(
    "messages", "扫描件 {scan}… 的本地加密文件已损坏，无法上传，同步已暂停：请在该办件中重新扫描此页"
)
SEQUENCE_DISAGREES = QT_TRANSLATE_NOOP(
    "messages",
    "中心服务器期望本终端的下一条变更序号为 {seq}，但本机没有可从该序号续传的变更：服务器数据库"
    "可能已从备份恢复，或本机数据库已被替换。同步已暂停，请联系系统管理员。",
)


def within_push_bytes(mutations: list[Mutation]) -> list[Mutation]:
    """The longest first part of `mutations` whose push body fits the server's MAX_PUSH_BYTES (the
    rest goes in the next request); at least one, since no single mutation comes near it."""
    size = len('{"mutations":[]}')
    for i, mutation in enumerate(mutations):
        size += len(mutation.model_dump_json().encode()) + 1
        if size > MAX_PUSH_BYTES and i > 0:
            return mutations[:i]
    return mutations


class SyncHalted(MessageError):
    """Pushing cannot go on without someone looking; str() says why, in Chinese."""


@dataclass(frozen=True)
class _Pending:
    seq: int
    mutation_id: str
    kind: str
    payload: dict
    created_at: datetime

    def as_mutation(self) -> Mutation:
        return Mutation(
            seq=self.seq,
            mutation_id=self.mutation_id,
            kind=self.kind,
            payload=self.payload,
            created_at=self.created_at,
        )


class Pusher:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        transport: HttpTransport,
        pages: PageFiles,
        clock: Callable[[], datetime],
        batch: int = MAX_PUSH_BATCH,
    ) -> None:
        self._sessions = sessions
        self._t = transport
        self._files = pages
        self._clock = clock
        self._batch = min(batch, MAX_PUSH_BATCH)
        # False once the server showed it predates one-request uploads: offer first from then on
        self._whole_puts = True

    def push_all(self) -> int:
        """Push until nothing is pending; returns how many results were recorded."""
        recorded = 0
        rows = self._load(lambda repo: repo.pending(self._batch))
        last_gap: int | None = None
        stuck: set[str] = set()
        while rows:
            self._ensure_attachments(rows)
            try:
                mutations = within_push_bytes([r.as_mutation() for r in rows])
                answer = self._t.push(PushRequest(mutations=mutations))
            except SeqGap as gap:
                if gap.expected_seq == last_gap:
                    raise SyncHalted(_disagree(gap.expected_seq)) from gap
                last_gap = gap.expected_seq
                rows = self._resend_from(gap.expected_seq)
                continue
            last_gap = None
            recorded += self._record(answer.results)
            missing = [
                h
                for r in answer.results
                if r.status is MutationStatus.NEEDS_ATTACHMENT
                for h in r.missing_attachments
            ]
            if missing:
                if stuck.intersection(missing):
                    raise SyncHalted(Message(UPLOAD_AGAIN))
                stuck.update(missing)
                self._reupload(missing, rows)
            rows = self._load(lambda repo: repo.pending(self._batch))
        return recorded

    # -- seq gaps --------------------------------------------------------------------------------
    def _resend_from(self, expected: int) -> list[_Pending]:
        def pick(repo: SyncRepository) -> list:
            lowest = repo.lowest_pending_seq()
            first = repo.row(expected)
            if first is None or (lowest is not None and expected > lowest):
                return []
            return repo.rows_from(expected, self._batch)

        rows = self._load(pick)
        if not rows:
            raise SyncHalted(_disagree(expected))
        return rows

    # -- answers ----------------------------------------------------------------------------------
    def _record(self, results) -> int:
        now = self._clock()
        count = 0
        with UnitOfWork(self._sessions) as uow:
            repo = SyncRepository(uow.session)
            for r in results:
                if r.status is MutationStatus.APPLIED:
                    repo.mark_answered(r.seq, APPLIED, "", now)
                elif r.status is MutationStatus.REJECTED:
                    repo.mark_answered(r.seq, REJECTED, r.reason or "中心服务器拒绝了该变更", now)
                else:
                    continue
                count += 1
            uow.commit()
        return count

    # -- attachments ------------------------------------------------------------------------------
    def _ensure_attachments(self, rows: list[_Pending]) -> None:
        wanted: dict[str, tuple[int, str]] = {}
        for row in rows:
            if row.kind != PAGE_ATTACHED:
                continue
            sha = str(row.payload.get("sha256", ""))
            if not sha or sha in wanted:
                continue
            if not self._load_value(lambda repo, sha=sha: repo.is_uploaded(sha)):
                wanted[sha] = (int(row.payload.get("size", 0)), str(row.payload.get("media_type", "")))
        self._upload_each(wanted)

    def _reupload(self, hashes: list[str], rows: list[_Pending]) -> None:
        kinds = {str(r.payload.get("sha256")): r for r in rows if r.kind == PAGE_ATTACHED}
        wanted: dict[str, tuple[int, str]] = {}
        for sha in dict.fromkeys(hashes):
            self._write(lambda repo, sha=sha: repo.forget_uploaded(sha))
            row = kinds.get(sha)
            media_type = str(row.payload.get("media_type", "")) if row else ""
            size = int(row.payload.get("size", 0)) if row else 0
            wanted[sha] = (size, media_type)
        self._upload_each(wanted)

    def _upload_each(self, pages: dict[str, tuple[int, str]]) -> None:
        """Upload pages UPLOADS_AT_ONCE at a time, each marked uploaded as soon as it is complete.
        On a failure no new page is begun; those under way finish (and are kept), then the first
        failure is raised: the rest are uploaded by the next push."""
        if len(pages) <= 1:
            for sha, (size, media_type) in pages.items():
                self.upload(sha, size, media_type)
            return
        failure: Exception | None = None
        with ThreadPoolExecutor(UPLOADS_AT_ONCE, thread_name_prefix="page-upload") as pool:
            running = {pool.submit(self._send, sha, *page): sha for sha, page in pages.items()}
            for done in as_completed(running):
                if done.cancelled():
                    continue
                try:
                    done.result()
                except Exception as exc:
                    if failure is None:
                        failure = exc
                        for other in running:
                            other.cancel()  # those not begun; the running ones finish
                    continue
                self._mark_uploaded(running[done])
        if failure is not None:
            raise failure

    def upload(self, sha256: str, size: int, media_type: str) -> None:
        """Make the image complete on the server: skip what it has, resume from what it received."""
        self._send(sha256, size, media_type)
        self._mark_uploaded(sha256)

    def _send(self, sha256: str, size: int, media_type: str) -> None:
        """The upload itself (any thread: it reads the page and talks HTTP, nothing local)."""
        path = self._find(sha256, media_type)
        if path is None:
            raise SyncHalted(Message(SCAN_MISSING, scan=sha256[:12]))
        try:
            # the clear bytes (a sealed store's file is opened first): a page is a few MB at most
            data = self._files.seal.read(path)
        except (SealedFileUnreadable, SealedFileLocked) as exc:
            raise SyncHalted(Message(SCAN_DAMAGED, scan=sha256[:12])) from exc
        size = size or len(data)
        offer = AttachmentOffer(sha256=sha256, size=size, media_type=media_type or "image/jpeg")
        state = self._upload_whole(offer, data) or self._t.offer_attachment(offer)
        while not state.complete:
            if state.received >= size:
                raise SyncHalted(Message(SCAN_UNVERIFIED, scan=sha256[:12]))
            chunk = data[state.received : state.received + UPLOAD_CHUNK]
            if not chunk:
                raise SyncHalted(Message(SCAN_SHORT, scan=sha256[:12]))
            state = self._t.upload_chunk(sha256, state.received, chunk)

    def _mark_uploaded(self, sha256: str) -> None:
        self._write(lambda repo: repo.mark_uploaded(sha256, self._clock()))

    def _upload_whole(self, offer: AttachmentOffer, data: bytes) -> AttachmentState | None:
        """A page that fits one chunk, offered and uploaded in one request; None: offer it and
        go chunk by chunk (a longer page, a server from before, an upload of it under way)."""
        if not self._whole_puts or len(data) != offer.size or offer.size > UPLOAD_CHUNK:
            return None
        try:
            return self._t.upload_chunk(offer.sha256, 0, data, offer=offer)
        except Refused as exc:
            if exc.code == "not_found":  # the server wants the offer first: it predates these PUTs
                self._whole_puts = False
                return None
            if exc.code == "offset_mismatch":  # another window's upload of it is under way
                return None
            raise

    def _find(self, sha256: str, media_type: str) -> Path | None:
        candidates = [EXTENSIONS[media_type]] if media_type in EXTENSIONS else []
        candidates += [e for e in EXTENSIONS.values() if e not in candidates]
        for ext in candidates:
            path = self._files.path_for(sha256, ext)
            if path.exists():
                return path
        return None

    # -- small transactions -----------------------------------------------------------------------
    def _load(self, pick) -> list[_Pending]:
        with UnitOfWork(self._sessions) as uow:
            repo = SyncRepository(uow.session)
            rows = [_Pending(r.seq, r.mutation_id, r.kind, dict(r.payload), r.created_at) for r in pick(repo)]
            if rows:
                repo.mark_sent([r.seq for r in rows], self._clock())
                uow.commit()
            return rows

    def _load_value(self, read):
        with UnitOfWork(self._sessions) as uow:
            return read(SyncRepository(uow.session))

    def _write(self, change) -> None:
        with UnitOfWork(self._sessions) as uow:
            change(SyncRepository(uow.session))
            uow.commit()


def _disagree(expected: int) -> Message:
    return Message(SEQUENCE_DISAGREES, seq=expected)
