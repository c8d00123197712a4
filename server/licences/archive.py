"""A found licence's PDF kept by the hall: sealed in the blob store under its SHA-256 and
recorded as the hall's complete attachment (as a scanned page is), so a case that takes the
licence refers to a file its hall holds, and the PDF stays what the clerk saw whatever the
library holds later.

Run in the caller's transaction with the hall's attachment row locked, as an uploaded chunk is
(server/api/attachment_intake.py), so two windows archiving the same licence at once never write
one partial file together. The bytes are content-addressed: a licence looked up again, by any
hall, lands on the same sealed file, written once.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain.licences import Licence
from server.blobs import BlobStore
from server.licences.library import FoundLicence
from server.store.models import AttachmentRow

PDF = "application/pdf"
ROWS = AttachmentRow.__table__


def archive(
    session: Session, blobs: BlobStore, hall_code: str, found: FoundLicence, now: datetime
) -> Licence:
    """The licence with the hash of its PDF, which the hall now holds complete."""
    sha, size = hashlib.sha256(found.pdf).hexdigest(), len(found.pdf)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    new = dialect.insert(ROWS).values(
        hall_code=hall_code, sha256=sha, size=size, media_type=PDF, received=0, complete=False, created_at=now
    )
    session.execute(new.on_conflict_do_nothing(index_elements=[ROWS.c.hall_code, ROWS.c.sha256]))
    row = session.scalars(
        select(AttachmentRow)
        .where(AttachmentRow.hall_code == hall_code, AttachmentRow.sha256 == sha)
        .with_for_update()
    ).one()
    upload = blobs.upload_name(hall_code, sha)
    if not blobs.has(sha):
        blobs.write_chunk(upload, 0, found.pdf, last=True)
        if not blobs.finish(upload, sha, size):  # the hash was taken of these very bytes
            raise OSError(f"电子证照PDF写入存储后校验不符（{sha[:12]}），请检查存储卷")
    elif not row.complete:
        blobs.discard(upload)  # an upload of the same bytes begun by a window: done now
    if not row.complete:
        # a row a window offered for the same bytes is the same file: whatever size or type it
        # announced, the file is this PDF
        row.size, row.received, row.media_type = size, size, PDF
        row.complete, row.completed_at = True, now
    return replace(found.licence, pdf_sha256=sha)
