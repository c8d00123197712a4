"""The 省平台上报 calls of the hall manager's console, over its ManagerTransport.

Paths, wire models and who may call them: app/sync/manager_platform.py and
server/api/manager_platform.py. The hall is the console terminal's own (the server reads it from
the terminal, so unlike the other areas no ``?hall=`` is sent). Errors are the transport's
(ServerUnreachable, Unauthorised, Refused with the server's reason: a correction that still
fails the platform's checks names every remaining problem; a record changed since it was read
is refused rather than overwritten).
"""

from __future__ import annotations

from app.sync.manager_platform import (
    PLATFORM_PATH,
    CorrectionBody,
    PlatformOverview,
    PlatformRecordDetail,
    PlatformRecordItem,
    ResendBody,
    record_path,
)
from app.sync.manager_transport import ManagerTransport


class PlatformTransport:
    def __init__(self, manager: ManagerTransport) -> None:
        self.manager = manager

    def overview(self) -> PlatformOverview:
        return self.manager.get(PlatformOverview, PLATFORM_PATH)

    def record(self, record_id: int) -> PlatformRecordDetail:
        """One record's fields as sent (they name the applicant: the server logs the read)."""
        return self.manager.get(PlatformRecordDetail, record_path(record_id))

    def correct(self, record_id: int, digest: str, fields: dict[str, str]) -> PlatformRecordItem:
        """Send the changed fields only; `digest` is the one read with the record."""
        body = CorrectionBody(digest=digest, fields=fields)
        return self.manager.send("PUT", PlatformRecordItem, record_path(record_id), body)

    def resend(self, record_id: int, digest: str) -> PlatformRecordItem:
        body = ResendBody(digest=digest)
        return self.manager.send("POST", PlatformRecordItem, record_path(record_id) + "/resend", body)
