"""Storing an uploaded chunk: written at its offset into the page's partial file (server/blobs.py)
and made durable, then counted in the hall's row under its lock; the last one is checked and
sealed into place. A byte is counted only once it is on disk, a resend after a lost answer is
answered with the stored state, and a body whose SHA-256 does not match is refused with nothing
counted. (A page sent whole in one request takes a shorter way: server/api/attachment_whole.py.)

A PUT may carry the page's size and media type (AttachmentOffer): it then offers the page as it
uploads it, creating the hall's row if there is none, so a page costs one request instead of an
offer and a PUT. Without them the row must have been offered first (clients from before).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import Insert

from app.sync.protocol import AttachmentOffer, AttachmentState
from server.context import ServerContext
from server.errors import ApiError, not_found
from server.store.models import AttachmentRow

HASH_FAILED = "附件校验失败：内容与SHA-256不符，请重新上传"
ROWS = AttachmentRow.__table__


def state_of(row: AttachmentRow) -> AttachmentState:
    return AttachmentState(sha256=row.sha256, size=row.size, received=row.received, complete=row.complete)


def size_mismatch(known: int, offered: int) -> ApiError:
    return ApiError(
        409,
        "size_mismatch",
        f"该附件在服务器上登记的大小为 {known} 字节，与本次的 {offered} 字节不符，请检查文件是否损坏",
    )


def offset_mismatch(received: int) -> ApiError:
    return ApiError(
        409, "offset_mismatch", f"上传位置不对：服务器已收到 {received} 字节，请从第 {received} 字节处续传"
    )


def too_long(size: int) -> ApiError:
    return ApiError(400, "bad_request", f"上传的内容超出了附件登记的大小（{size} 字节），请检查文件")


def new_row(hall_code: str, offer: AttachmentOffer, now: datetime) -> AttachmentRow:
    return AttachmentRow(
        hall_code=hall_code,
        sha256=offer.sha256,
        size=offer.size,
        media_type=offer.media_type,
        received=0,
        complete=False,
        created_at=now,
    )


def offered_row(
    dialect_name: str, hall_code: str, offer: AttachmentOffer, now: datetime, done: bool
) -> Insert:
    """INSERT the hall's row of the offered page unless it has one (another request's row, being
    made at this moment, is waited for and kept); RETURNING a row when this statement made it.
    `done`: made complete at once (a page sealed whole, in place before this is run)."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    stmt = dialect.insert(ROWS).values(
        hall_code=hall_code,
        sha256=offer.sha256,
        size=offer.size,
        media_type=offer.media_type,
        received=offer.size if done else 0,
        complete=done,
        created_at=now,
        completed_at=now if done else None,
    )
    stmt = stmt.on_conflict_do_nothing(index_elements=[ROWS.c.hall_code, ROWS.c.sha256])
    return stmt.returning(ROWS.c.sha256)


def _locked(session: Session, hall_code: str, sha256: str, offer: AttachmentOffer | None) -> AttachmentRow:
    """The hall's row of `sha256`, locked (a PUT that offers the page has made it if need be)."""
    row = session.scalars(
        select(AttachmentRow)
        .where(AttachmentRow.hall_code == hall_code, AttachmentRow.sha256 == sha256)
        .with_for_update()
    ).first()
    if row is None:
        raise not_found("服务器上没有这个附件，请先登记（POST /v1/attachments）再上传")
    if offer is not None and offer.size != row.size:
        raise size_mismatch(row.size, offer.size)
    return row


# -- a chunk of a longer page (or a body sent without its length) ----------------------------------
def store_chunk(
    ctx: ServerContext,
    hall_code: str,
    sha256: str,
    offset: int,
    data: bytearray,
    offer: AttachmentOffer | None,
) -> tuple[AttachmentState, bool]:
    """Under the row lock: write, count, and check the whole once the last byte is in."""
    blobs = ctx.blob_store
    upload = blobs.upload_name(hall_code, sha256)
    now = ctx.now()
    with ctx.transaction() as session:
        if offer is not None:
            session.execute(offered_row(session.get_bind().dialect.name, hall_code, offer, now, done=False))
        row = _locked(session, hall_code, sha256, offer)
        if row.complete:
            return state_of(row), False  # a resend of the last chunk after its answer was lost
        if offset != row.received:
            raise offset_mismatch(row.received)
        if offset + len(data) > row.size:
            raise too_long(row.size)
        if data:
            blobs.write_chunk(upload, offset, data, last=offset + len(data) == row.size)
            row.received = offset + len(data)
        if row.received == row.size:
            if not blobs.finish(upload, sha256, row.size):
                row.received = 0
                return state_of(row), True
            row.complete = True
            row.completed_at = now
        return state_of(row), False
