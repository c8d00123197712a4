"""Attachments in resumable chunks: offer, upload at an offset, check the SHA-256, fetch.

Every attachment belongs to a hall, (hall, hash): a terminal offers, uploads, asks about and
fetches only its own hall's. Knowing another hall's hash (an ID photo, a scan) gives nothing — the
answer is the same 404 as for a hash nobody has — and offering it with a wrong size only makes a
row of one's own hall. A file is served with its allowlisted media type, as an attachment, with
nosniff, so no browser ever runs it. Files are sealed at rest (server/blob_sealing.py) and opened
as they are sent; one that does not open is answered 500 blob_damaged, never in part."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, StreamingResponse
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.sync.protocol import (
    ATTACHMENT_MEDIA_TYPES,
    MAX_ATTACHMENT_BYTES,
    MAX_CHUNK_BYTES,
    SHA256_PATTERN,
    AttachmentMediaType,
    AttachmentOffer,
    AttachmentState,
    Role,
    TerminalKind,
)
from server.api.attachment_intake import HASH_FAILED, new_row, size_mismatch, state_of, store_chunk
from server.api.attachment_whole import receive_whole, whole_size
from server.api.context import get_context
from server.auth.audit import audit_read, people_of
from server.auth.credentials import (
    Access,
    Caller,
    check_terminal,
    require_terminal_user,
    terminal_credential,
    with_access,
)
from server.blob_sealing import SealedBlob, damaged
from server.blobs import BlobStore
from server.context import ServerContext
from server.errors import ApiError, not_found
from server.sealing.keyring import DataKeyError
from server.store.models import AttachmentRow, CasePageRow, ServerCaseRow, TerminalRow

log = logging.getLogger(__name__)
router = APIRouter(prefix="/attachments", tags=["attachments"])
Sha = Path(pattern=SHA256_PATTERN, description="the attachment's SHA-256, lower-case hex")


# A terminal's credential, once checked, is trusted for a few seconds by the uploads of this
# process: a case's scanned pages (a long page's chunks) are several requests in a row, and each
# would otherwise read the terminal's row again. A revoked terminal is so refused within
# _TRUSTED_FOR seconds at most, here only — push, pull and everything else check the database on
# every request. Uploading bytes is harmless on its own: a page takes effect only through a
# pushed mutation.
_TRUSTED_FOR = 5.0
_TRUSTED_KEPT = 1024
_trusted: dict[str, tuple[float, TerminalRow]] = {}
_trusted_lock = threading.Lock()


# a window uploads its scans (a kiosk or display never); reading a file back is reading a
# citizen's record, so it needs someone signed in on a staff terminal
UPLOADING = Access(kinds=frozenset({TerminalKind.WINDOW}))
reading_user = require_terminal_user(
    (TerminalKind.WINDOW, TerminalKind.BACKOFFICE), (Role.CLERK, Role.HALL_MANAGER, Role.BACKOFFICE)
)


async def upload_context(request: Request) -> ServerContext:
    """get_context as a coroutine: FastAPI runs a plain dependency in a worker thread, a hop per
    request that uploads, coming several in a row, need not pay for a lookup."""
    return request.app.state.ctx


async def uploading_terminal(request: Request, ctx: ServerContext = Depends(upload_context)) -> TerminalRow:
    """A window terminal, the answer kept for _TRUSTED_FOR seconds (see above); only a check
    that reads the database goes to a worker thread."""
    credential = terminal_credential(request) or ""
    key = f"{id(ctx)}:{hashlib.sha256(credential.encode()).hexdigest()}"
    now = time.monotonic()
    with _trusted_lock:
        found = _trusted.get(key)
    if found is not None and found[0] > now:
        return found[1]
    # 401/403: a refusal is never kept
    terminal = await run_in_threadpool(check_terminal, ctx, request, UPLOADING.kinds)
    with _trusted_lock:
        if len(_trusted) >= _TRUSTED_KEPT:
            for stale in [k for k, (until, _) in _trusted.items() if until <= now] or list(_trusted)[:1]:
                del _trusted[stale]
        _trusted[key] = (now + _TRUSTED_FOR, terminal)
    return terminal


with_access(uploading_terminal, UPLOADING)


def blob_store(ctx: ServerContext) -> BlobStore:
    return ctx.blob_store


@router.post("", response_model=AttachmentState)
def offer(
    body: AttachmentOffer,
    terminal: TerminalRow = Depends(uploading_terminal),
    ctx: ServerContext = Depends(get_context),
) -> AttachmentState:
    """Announce an attachment; answers how much of it the server has (resume from there)."""
    key = (terminal.hall_code, body.sha256)
    try:
        with ctx.transaction() as session:
            row = session.get(AttachmentRow, key)
            if row is None:
                row = new_row(terminal.hall_code, body, ctx.now())
                session.add(row)
                if session.get_bind().dialect.name == "postgresql":
                    # the commit need not wait for the WAL flush: an offer only notes that the
                    # upload begins (received = 0). Lost in a database crash, the client's next
                    # upload offers it again; and any later durable commit (a chunk's) flushes
                    # this one first, so a counted chunk never lacks its row
                    session.execute(text("SET LOCAL synchronous_commit = off"))
    except IntegrityError:
        # another terminal of the hall offered the same page at the same moment: its row is as good
        with ctx.sessions() as session:
            row = session.get(AttachmentRow, key)
    if row.size != body.size:
        raise size_mismatch(row.size, body.size)
    return state_of(row)


@router.get("/{sha256}", response_model=AttachmentState)
def state(
    sha256: str = Sha,
    terminal: TerminalRow = Depends(uploading_terminal),
    ctx: ServerContext = Depends(get_context),
) -> AttachmentState:
    with ctx.sessions() as session:
        row = session.get(AttachmentRow, (terminal.hall_code, sha256))
    if row is None:
        raise not_found("服务器上没有这个附件")
    return state_of(row)


@router.put(
    "/{sha256}",
    response_model=AttachmentState,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def upload_chunk(
    request: Request,
    sha256: str = Sha,
    offset: int = Query(ge=0, le=2**62),
    size: int | None = Query(
        None, ge=1, le=MAX_ATTACHMENT_BYTES, description="with media_type: offer the page in this request"
    ),
    media_type: AttachmentMediaType | None = Query(None, description="with size: the page's type"),
    terminal: TerminalRow = Depends(uploading_terminal),
    ctx: ServerContext = Depends(upload_context),
) -> AttachmentState:
    """Store one chunk at `offset` (which must equal the bytes received so far).

    With `size` and `media_type` the request offers the page as well (POST /attachments need not
    come first); a body at offset 0 as long as the page is the whole page, sealed as it arrives
    (server/api/attachment_whole.py)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_CHUNK_BYTES:
        raise ApiError(413, "too_large", f"单次上传的分块不能超过 {MAX_CHUNK_BYTES} 字节")
    if (size is None) != (media_type is None):
        raise ApiError(422, "bad_request", "请求格式不正确：size 与 media_type 须同时给出，或都不给")
    offer = None if size is None else AttachmentOffer(sha256=sha256, size=size, media_type=media_type)
    hall_code = terminal.hall_code
    if offset == 0 and declared.isdigit():
        whole = await whole_size(ctx, hall_code, sha256, offer)
        if whole == int(declared):
            return await receive_whole(request, ctx, hall_code, sha256, whole, offer)
    chunk = bytearray()
    async for part in request.stream():
        chunk += part
        if len(chunk) > MAX_CHUNK_BYTES:
            raise ApiError(413, "too_large", f"单次上传的分块不能超过 {MAX_CHUNK_BYTES} 字节")
    answer, failed = await run_in_threadpool(store_chunk, ctx, hall_code, sha256, offset, chunk, offer)
    if failed:
        raise ApiError(422, "hash_mismatch", HASH_FAILED)
    return answer


@router.get(
    "/{sha256}/content",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def content(
    sha256: str = Sha,
    caller: Caller = Depends(reading_user),
    ctx: ServerContext = Depends(get_context),
) -> FileResponse:
    terminal = caller.terminal
    with ctx.transaction() as session:
        row = session.get(AttachmentRow, (terminal.hall_code, sha256))
        if row is None or not row.complete or row.media_type not in ATTACHMENT_MEDIA_TYPES:
            raise not_found("服务器上没有这个附件的完整内容")
        # a scan (or an ID photo) of a citizen's document handed out: who, where, which case
        cases = session.execute(
            select(ServerCaseRow.number, ServerCaseRow.snapshot)
            .join(CasePageRow, CasePageRow.case_id == ServerCaseRow.id)
            .where(CasePageRow.hall_code == terminal.hall_code, CasePageRow.sha256 == sha256)
            .limit(5)
        ).all()
        numbers = sorted({number for number, _ in cases})
        people = sorted({p for _, snapshot in cases for p in people_of(snapshot)})
        audit_read(
            session,
            ctx.now(),
            "scan_viewed",
            people,
            username=caller.clerk,
            terminal_id=terminal.id,
            hall_code=terminal.hall_code,
            detail=f"{'、'.join(numbers) or '无办件'}；附件{sha256[:16]}",
        )
    blob = _verified(blob_store(ctx), sha256, row.size)
    return StreamingResponse(
        _closing(blob),
        media_type=row.media_type,
        headers={
            "Content-Length": str(blob.size),
            # sent as an attachment, never shown inline (as FileResponse's filename= did)
            "Content-Disposition": f'attachment; filename="{sha256}"',
            "X-Content-Type-Options": "nosniff",
        },
    )


def _verified(store: BlobStore, sha256: str, size: int) -> SealedBlob:
    """The blob opened and every chunk checked before the answer starts: once a 200 is under way,
    a damaged chunk could only cut it short. The answer then reads the same open file again."""
    try:
        blob = store.open(sha256)
    except FileNotFoundError:
        raise ApiError(410, "gone", "附件文件在服务器存储中缺失，请联系系统管理员") from None
    except DataKeyError as exc:  # a header that does not parse, or a key the key file lacks
        raise _unreadable(sha256, exc) from None
    try:
        blob.verify()
        if blob.size != size:
            raise damaged(sha256)
    except DataKeyError as exc:
        blob.close()
        raise _unreadable(sha256, exc) from None
    return blob


def _unreadable(sha256: str, exc: DataKeyError) -> ApiError:
    # for the administrator too: the file must come back from a backup (or the key file)
    log.error("stored scan %s cannot be read: %s", sha256[:12], exc)
    return ApiError(500, "blob_damaged", str(exc))


def _closing(blob: SealedBlob) -> Iterator[bytes]:
    with blob:
        yield from blob.chunks()
