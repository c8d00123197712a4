"""Tables of the 办件 export to the province platform (数据归集, server/platform; migration 0029).

platform_records is the export's outbox: one row per record of the exchange tables
(app/domain/platform_tables.py), keyed by its ROWGUID, with the digest of what it says. It is
written in the transaction that moves platform_export's cursor over the change log, so a case
change is turned into records exactly once whatever crashes; a record is sent again only when its
content changes. A record the platform refused stays, with the platform's reason, for the hall
manager to correct and resend.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.sealing.columns import SealedJSON
from server.store.models import Base, BigId, UtcDateTime


class PlatformRecordRow(Base):
    __tablename__ = "platform_records"
    __table_args__ = (
        Index("ux_platform_records_guid", "row_guid", unique=True),
        Index("ix_platform_records_due", "status", "next_attempt_at"),
        Index("ix_platform_records_case", "hall_code", "case_number"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"))
    case_id: Mapped[str] = mapped_column(String(36))
    case_number: Mapped[str] = mapped_column(String(50))
    table_name: Mapped[str] = mapped_column(String(32))  # up_pro_accept, …
    record_key: Mapped[str] = mapped_column(String(80))  # accept, node-3, material-id_card, …
    row_guid: Mapped[str] = mapped_column(String(36))
    digest: Mapped[str] = mapped_column(String(64))  # of `fields`: a change sends it again
    # the record as it goes to the platform: it names the applicant, so it is sealed at rest
    fields: Mapped[dict] = mapped_column(SealedJSON("platform_records.fields"))
    # pending: to send | sent: the platform took it | refused: the platform gave reasons, a
    # person must correct it (or the case change it) before it goes again
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")  # the platform's reasons, or the last error
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # the batch it last went in: a batch whose answer was lost goes again under the same id, so
    # the platform can tell a repeat from a new delivery
    batch_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    corrected_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class PlatformExportRow(Base):
    """Where a hall's export stands in the change log: the cursor of the last case change turned
    into records (a cursor per hall, so each read walks the change log's hall index)."""

    __tablename__ = "platform_export"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(60), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
