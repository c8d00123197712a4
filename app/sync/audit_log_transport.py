"""审计日志's route (app/sync/audit_log.py) over the console's ManagerTransport."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.sync.audit_log import AuditPage
from app.sync.manager_transport import ManagerTransport

PATH = "/audit"


class AuditLogTransport:
    def __init__(self, transport: ManagerTransport, hall_code: str = "") -> None:
        self.transport = transport
        self.hall_code = hall_code  # an admin's console names its hall; an auditor's is their own

    def search(
        self,
        person: str = "",
        clerk: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        before: int | None = None,
        limit: int = 100,
    ) -> AuditPage:
        params: dict[str, Any] = {"limit": limit}
        for name, value in (("person", person), ("clerk", clerk), ("hall", self.hall_code)):
            if value:
                params[name] = value
        if since is not None:
            params["since"] = since.isoformat()
        if until is not None:
            params["until"] = until.isoformat()
        if before is not None:
            params["before"] = before
        return self.transport.get(AuditPage, PATH, params)
