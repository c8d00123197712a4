"""A page uploaded whole in one request (offset 0, a body as long as the page): sealed into its
final file as it arrives (server/blob_stream.py), checked, made durable, put in place, counted.

This is the way of nearly every scan (the client sends a page that fits UPLOAD_CHUNK in one PUT),
so it is kept short: no partial file, no lock held across the disk work, and the count is one
statement that commits on its own (on PostgreSQL two round trips with the pool's ping, instead of
a transaction's four). The order is what makes that safe: the sealed file and its name are
durable before the statement runs, so a crash between the two leaves a verified file nobody
counts (the next upload of the page lands on the same name), never a count without its file.

The statement counts the page only where nothing else did: a new row (the PUT offered the page),
or a row still waiting for its first byte. Anything else is answered as the chunked path would:
done already (a resend after a lost answer, another window's upload), 409 if a chunked upload of
it is under way or the size differs, 404 if it was never offered.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select, update

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
    upload = await run_in_threadpool(SealingUpload, ctx.blob_store, sha256, size)
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
    try:
        if not upload.complete():  # the hash checked, the sealed bytes durable
            return None
        upload.place()  # the name durable
        return _count(ctx, hall_code, offer, upload)
    finally:
        upload.discard()  # unless it was put in place


def _count(
    ctx: ServerContext, hall_code: str, offer: AttachmentOffer | None, upload: SealingUpload
) -> AttachmentState:
    now = ctx.now()
    done = AttachmentState(sha256=upload.sha256, size=upload.size, received=upload.size, complete=True)
    if offer is not None and _write(
        ctx, offered_row(ctx.engine.dialect.name, hall_code, offer, now, done=True)
    ):
        return _forget_partial(ctx, hall_code, done)
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
    if _write(ctx, waiting):
        return _forget_partial(ctx, hall_code, done)
    row = _row(ctx, hall_code, upload.sha256)
    if row is None:
        raise not_found("服务器上没有这个附件，请先登记（POST /v1/attachments）再上传")
    if row.size != upload.size:
        raise size_mismatch(row.size, upload.size)
    if row.complete:
        return AttachmentState(sha256=row.sha256, size=row.size, received=row.received, complete=True)
    raise offset_mismatch(row.received)  # a chunked upload of it is under way


def _forget_partial(ctx: ServerContext, hall_code: str, done: AttachmentState) -> AttachmentState:
    # a chunk that reached the partial file but whose count was rolled back; once the page is
    # counted complete no chunk is written to that file any more (they find the row done)
    blobs = ctx.blob_store
    blobs.discard(blobs.upload_name(hall_code, done.sha256))
    return done


def _write(ctx: ServerContext, stmt: Any) -> bool:
    """Run one statement that commits on its own; True if it returned a row."""
    return _one(ctx, stmt) is not None


def _row(ctx: ServerContext, hall_code: str, sha256: str) -> Any:
    """The hall's row of the page (its columns by name), or None."""
    return _one(ctx, select(ROWS).where(ROWS.c.hall_code == hall_code, ROWS.c.sha256 == sha256))


def _one(ctx: ServerContext, stmt: Any) -> Any:
    if ctx.engine.dialect.name == "postgresql":
        # a statement is its own transaction: no BEGIN and COMMIT round trips of their own
        with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            return conn.execute(stmt).first()
    with ctx.transaction() as session:  # SQLite (the demo): writers take the lock at BEGIN
        return session.execute(stmt).first()
