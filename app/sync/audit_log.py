"""Wire models of the auditor's view of the audit log (审计日志), shared by server and console.

``GET /v1/audit`` (an auditor of the hall, or an admin naming ``?hall=``, signed in on a back-office
terminal) → AuditPage. It searches by person (a citizen's ID number: the log holds only its keyed
hash, so the server hashes what is asked the same way), by clerk (account name) and by time,
newest first, a page at a time (``before`` the last seq of the page before). The search itself is
recorded in the log.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

MAX_PAGE = 200


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AuditEntry(_Strict):
    seq: int  # its place in the hash chain (onewindow-server audit verify names a broken one by it)
    at: datetime
    username: str
    terminal_id: str
    event: str  # sign_in, case_opened, scan_viewed, window_case_opened, password_changed …
    outcome: str  # ok | refused | failed
    detail: str  # never a whole ID number, phone or name
    about_person: bool  # the entry concerns the person searched for (or any person, unsearched)


class AuditPage(_Strict):
    entries: list[AuditEntry]
    more: bool  # an older page is waiting: ask again with before=<the last seq here>
