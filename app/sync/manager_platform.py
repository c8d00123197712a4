"""Wire models of the 办件 export as the hall manager sees it (shared by the server and console).

A list names each record by case number, table and what the platform said; the record's fields
(the applicant's name and ID number among them) travel only in one record's detail, read on
purpose and on record, and in the correction the manager sends back.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.domain.platform_tables import FIELDS

PLATFORM_PATH = "/manager/platform"
MAX_LIST = 500


def record_path(record_id: int) -> str:
    return f"{PLATFORM_PATH}/records/{record_id}"


class PlatformRecordItem(BaseModel):
    id: int
    case_number: str
    table: str
    table_label: str
    key: str
    status: str  # pending | sent | refused
    reason: str
    attempts: int
    queued_at: datetime
    sent_at: datetime | None = None
    corrected_by: str | None = None


class PlatformOverview(BaseModel):
    configured: bool  # the server has a platform address (else nothing is exported)
    pending: int
    sent: int
    refused: int
    oldest_pending_at: datetime | None = None
    last_error: str = ""  # why the last delivery did not arrive, while records wait
    refused_items: list[PlatformRecordItem]
    truncated: bool = False
    now: datetime | None = None  # the server's time: how long records wait, by the server's clock


class PlatformRecordDetail(BaseModel):
    item: PlatformRecordItem
    fields: dict[str, str]
    digest: str  # sent back with a correction: a record changed meanwhile is not overwritten


class CorrectionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    digest: str = Field(min_length=64, max_length=64)
    fields: dict[str, str] = Field(max_length=64)

    @field_validator("fields")
    @classmethod
    def _bounded(cls, value: dict[str, str]) -> dict[str, str]:
        longest = max(f.length for table in FIELDS.values() for f in table)
        for name, text in value.items():
            if len(name) > 40 or len(text) > longest:
                raise ValueError(f"字段“{name[:40]}”过长")
        return value


class ResendBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    digest: str = Field(min_length=64, max_length=64)
