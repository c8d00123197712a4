"""The audit log (等保): every sign-in, failure, enrolment, admin change and back-office step.

Written in the caller's transaction, so an audited change and its audit row commit together.
Details never hold a password or a full ID number.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from server.store.models import AuditRow


def audit(
    session: Session,
    now: datetime,
    event: str,
    outcome: str = "ok",
    *,
    username: str = "",
    terminal_id: str = "",
    detail: str = "",
) -> None:
    session.add(
        AuditRow(
            at=now,
            username=username[:64],
            terminal_id=terminal_id[:36],
            event=event[:40],
            outcome=outcome,
            detail=detail,
        )
    )
