"""A page uploaded whole in one request (offset 0, a body as long as the page): sealed into its
final file as it arrives (server/blob_stream.py), checked, made durable, put in place, counted.

This is the way of nearly every scan (the client sends a page that fits UPLOAD_CHUNK in one PUT),
so it is kept short: no partial file, no read-back, and the database's round trips (the pool's
ping, BEGIN, the counting statement) run while the page is fsynced; only the COMMIT waits for
the disk. The order is what keeps the guarantee: the count commits only after the sealed file
and its name are durable, so a crash leaves at worst a verified file nobody counts (the next
upload of the page lands on the same name), never a count without its file.

The statement counts the page only where nothing else did: a new row (the PUT offered the page),
or a row still waiting for its first byte. Anything else is answered as the chunked path would:
done already (a resend after a lost answer, another window's upload), 409 if a chunked upload of
it is under way or the size differs, 404 if it was never offered.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor, wait
from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection, select, update

from app.sync.protocol import AttachmentOffer, AttachmentState
from server.api.attachment_intake import (
    HASH_FAILED,
    ROWS,
    offered_row,
    offset_mismatch,
    size_mismatch,
    too_long,
)
from server.blob_sealing import CHUNK
from server.blob_stream import SealingUpload, TooMuch
from server.context import ServerContext
from server.errors import ApiError, not_found

# the fsyncs of pages being counted: as many at once as uploads finish at once, within reason
_DURABLE = ThreadPoolExecutor(max_workers=8, thread_name_prefix="blob-durable")


async def whole_size(
    ctx: ServerContext, hall_code: str, sha256: str, offer: AttachmentOffer | None
) -> int | None:
    """The size a body at offset 0 must have to be the whole page, when the page still waits for
    its first byte; None: take the chunked path (which answers a done, begun or unknown upload)."""
    if offer is not None:
        return offer.size  # a row of another size is refused after the body, by _count
    row = await run_in_threadpool(_row, ctx, hall_code, sha256)
    return row.size if row is not None and not row.complete and row.received == 0 else None


async def receive_whole(
    request: Request,
    ctx: ServerContext,
    hall_code: str,
    sha256: str,
    size: int,
    offer: AttachmentOffer | None,
) -> AttachmentState:
    upload = SealingUpload(ctx.blob_store, sha256, size)  # its file is made by the first write
    try:
        await _stream_into(request, upload)
    except TooMuch:
        await run_in_threadpool(upload.discard)
        raise too_long(size) from None
    except BaseException:
        await run_in_threadpool(upload.discard)
        raise
    answer = await run_in_threadpool(_finish, ctx, hall_code, offer, upload)
    if answer is None:
        raise ApiError(422, "hash_mismatch", HASH_FAILED)
    return answer


async def _stream_into(request: Request, upload: SealingUpload) -> None:
    """Hand the body to a worker thread a CHUNK at a time while the next one arrives: the hashing,
    sealing and writing of one block overlap the receiving of the next, and no more than two
    blocks of a request are ever held."""
    block, writing = bytearray(), None
    try:
        async for part in request.stream():
            block += part
            if len(block) >= CHUNK:
                if writing is not None:
                    await writing
                writing = asyncio.ensure_future(run_in_threadpool(upload.write, block))
                block = bytearray()
        if writing is not None:
            await writing
        if block:
            await run_in_threadpool(upload.write, block)
    finally:
        # never leave a write running into a file the caller is about to close and remove
        if writing is not None and not writing.done():
            await asyncio.wait([writing])
        if writing is not None and not writing.cancelled():
            writing.exception()  # retrieved (it was raised above, or an earlier error wins)


def _finish(
    ctx: ServerContext, hall_code: str, offer: AttachmentOffer | None, upload: SealingUpload
) -> AttachmentState | None:
    """None: the body is not the page its hash names (nothing was counted or kept)."""
    if not upload.matches():
        return None
    # the disk work and the statement that counts the page run side by side (the pool's ping,
    # BEGIN and the statement hide behind the fsyncs); the count commits only once the page and
    # its name are durable, and a disk error rolls it back
    durable = _DURABLE.submit(upload.make_durable)
    try:
        with ctx.engine.begin() as conn:
            row = _count(conn, ctx.now(), hall_code, offer, upload)
            durable.result()
    finally:
        wait([durable])  # never close the file under the thread that fsyncs it
        upload.discard()  # unless it was put in place
    if row is None:
        # a chunk that reached the partial file but whose count was rolled back; once the page
        # is counted complete no chunk is written to that file any more (they find it done)
        ctx.blob_store.discard(ctx.blob_store.upload_name(hall_code, upload.sha256))
        return AttachmentState(sha256=upload.sha256, size=upload.size, received=upload.size, complete=True)
    if row.size != upload.size:
        raise size_mismatch(row.size, upload.size)
    if row.complete:  # a resend after the answer was lost, or another window's upload
        return AttachmentState(sha256=row.sha256, size=row.size, received=row.received, complete=True)
    raise offset_mismatch(row.received)  # a chunked upload of it is under way


def _count(
    conn: Connection, now: datetime, hall_code: str, offer: AttachmentOffer | None, upload: SealingUpload
) -> Any:
    """Count the page complete where nothing else did: a new row (the PUT offered the page) or
    a row still waiting for its first byte; None then. Otherwise the hall's row as it is."""
    if offer is not None:
        made = offered_row(conn.dialect.name, hall_code, offer, now, done=True)
        if conn.execute(made).first() is not None:
            return None
    waiting = (
        update(ROWS)
        .where(
            ROWS.c.hall_code == hall_code,
            ROWS.c.sha256 == upload.sha256,
            ROWS.c.size == upload.size,
            ROWS.c.received == 0,
            ROWS.c.complete.is_(False),
        )
        .values(received=upload.size, complete=True, completed_at=now)
        .returning(ROWS.c.sha256)
    )
    if conn.execute(waiting).first() is not None:
        return None
    row = conn.execute(
        select(ROWS).where(ROWS.c.hall_code == hall_code, ROWS.c.sha256 == upload.sha256)
    ).first()
    if row is None:
        raise not_found("服务器上没有这个附件，请先登记（POST /v1/attachments）再上传")
    return row


def _row(ctx: ServerContext, hall_code: str, sha256: str) -> Any:
    """The hall's row of the page (its columns by name), or None: on PostgreSQL one statement
    that is its own transaction (no BEGIN and ROLLBACK round trips of their own)."""
    stmt = select(ROWS).where(ROWS.c.hall_code == hall_code, ROWS.c.sha256 == sha256)
    options = {"isolation_level": "AUTOCOMMIT"} if ctx.engine.dialect.name == "postgresql" else {}
    with ctx.engine.connect().execution_options(**options) as conn:
        return conn.execute(stmt).first()
