"""What the sync with the central server keeps locally, over one session.

The outbox's answers (pending → applied | rejected), the key/value sync state (server, terminal
credential, cursor…), users cached for offline sign-in, page images the server already has, and
server case states parked until the case's own changes are acknowledged. Plain rows and dicts:
the store does not know the wire protocol (app.sync), the service translates.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.store.models import (
    CachedUserRow,
    OutboxRow,
    ParkedCaseStateRow,
    SignInFailureRow,
    SyncStateRow,
    UploadedAttachmentRow,
)

PENDING, APPLIED, REJECTED = "pending", "applied", "rejected"


# the case a mutation belongs to; every case, page and rating mutation carries it
def _case_id():
    return func.json_extract(OutboxRow.payload, "$.case_id")


class SyncRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- key/value state -------------------------------------------------------------------------
    def get(self, key: str, default: str = "") -> str:
        row = self._s.get(SyncStateRow, key)
        return default if row is None else row.value

    def set(self, key: str, value: str) -> None:
        row = self._s.get(SyncStateRow, key)
        if row is None:
            self._s.add(SyncStateRow(key=key, value=value))
        else:
            row.value = value

    def values(self) -> dict[str, str]:
        return {r.key: r.value for r in self._s.scalars(select(SyncStateRow))}

    # -- the outbox as the sync sees it ----------------------------------------------------------
    def pending(self, limit: int) -> list[OutboxRow]:
        q = select(OutboxRow).where(OutboxRow.state == PENDING).order_by(OutboxRow.seq).limit(limit)
        return list(self._s.scalars(q))

    def rows_from(self, seq: int, limit: int) -> list[OutboxRow]:
        """Rows from `seq` on whatever their state: a resend after the server lost some."""
        q = select(OutboxRow).where(OutboxRow.seq >= seq).order_by(OutboxRow.seq).limit(limit)
        return list(self._s.scalars(q))

    def row(self, seq: int) -> OutboxRow | None:
        return self._s.get(OutboxRow, seq)

    def lowest_pending_seq(self) -> int | None:
        return self._s.scalar(select(func.min(OutboxRow.seq)).where(OutboxRow.state == PENDING))

    def mark_sent(self, seqs: list[int], now: datetime) -> None:
        for seq in seqs:
            row = self._s.get(OutboxRow, seq)
            if row is not None:
                row.sent_at = now

    def mark_answered(self, seq: int, state: str, reason: str, now: datetime) -> None:
        row = self._s.get(OutboxRow, seq)
        if row is None:
            return
        if row.state != state:
            row.seen = False  # a change newly rejected must be seen again
        row.state, row.reason, row.acked_at = state, reason, now

    def waiting(self) -> tuple[int, datetime | None]:
        """How many changes wait for the server, and when the oldest was made."""
        count, oldest = self._s.execute(
            select(func.count(), func.min(OutboxRow.created_at)).where(OutboxRow.state == PENDING)
        ).one()
        return count, oldest

    def rejected(self) -> list[OutboxRow]:
        q = select(OutboxRow).where(OutboxRow.state == REJECTED).order_by(OutboxRow.seq.desc())
        return list(self._s.scalars(q))

    def rejected_unseen(self) -> int:
        q = select(func.count()).where(OutboxRow.state == REJECTED, OutboxRow.seen.is_(False))
        return self._s.scalar(q) or 0

    def mark_seen(self, seq: int) -> bool:
        row = self._s.get(OutboxRow, seq)
        if row is None or row.state != REJECTED:
            return False
        row.seen = True
        return True

    def cases_with_pending(self) -> set[str]:
        case_id = _case_id()
        q = select(case_id).where(OutboxRow.state == PENDING, case_id.is_not(None)).distinct()
        return {str(v) for v in self._s.scalars(q)}

    def has_pending(self, case_id: str) -> bool:
        q = select(OutboxRow.seq).where(OutboxRow.state == PENDING, _case_id() == case_id).limit(1)
        return self._s.scalar(q) is not None

    # -- attachments the server has ----------------------------------------------------------------
    def is_uploaded(self, sha256: str) -> bool:
        return self._s.get(UploadedAttachmentRow, sha256) is not None

    def mark_uploaded(self, sha256: str, now: datetime) -> None:
        if not self.is_uploaded(sha256):
            self._s.add(UploadedAttachmentRow(sha256=sha256, uploaded_at=now))

    def forget_uploaded(self, sha256: str) -> None:
        self._s.execute(delete(UploadedAttachmentRow).where(UploadedAttachmentRow.sha256 == sha256))

    # -- server case states waiting for the case's own changes ------------------------------------
    def park(self, case_id: str, state: dict, now: datetime) -> None:
        row = self._s.get(ParkedCaseStateRow, case_id)
        if row is None:
            self._s.add(ParkedCaseStateRow(case_id=case_id, state=state, parked_at=now))
        elif int(state.get("version", 0)) >= int(row.state.get("version", 0)):
            row.state, row.parked_at = state, now

    def parked(self) -> list[ParkedCaseStateRow]:
        return list(self._s.scalars(select(ParkedCaseStateRow).order_by(ParkedCaseStateRow.parked_at)))

    def unpark(self, case_id: str) -> None:
        self._s.execute(delete(ParkedCaseStateRow).where(ParkedCaseStateRow.case_id == case_id))

    # -- users cached for offline sign-in -----------------------------------------------------------
    def replace_users(self, users: list[dict]) -> None:
        """The server's list is the whole truth: users it no longer lists cannot sign in offline."""
        self._s.execute(delete(CachedUserRow))
        self._s.add_all(CachedUserRow(**u) for u in users)

    def user_hashes(self) -> dict[str, str]:
        return {u.username: u.password_hash for u in self._s.scalars(select(CachedUserRow))}

    def user(self, username: str) -> CachedUserRow | None:
        return self._s.get(CachedUserRow, username)

    def sign_in_failures(self, username: str) -> tuple[int, datetime | None]:
        """(wrong passwords in a row, locked until) for a user name typed here."""
        row = self._s.get(SignInFailureRow, username)
        return (0, None) if row is None else (row.failures, row.locked_until)

    def set_sign_in_failures(self, username: str, failures: int, locked_until: datetime | None) -> None:
        row = self._s.get(SignInFailureRow, username)
        if failures == 0:
            if row is not None:
                self._s.delete(row)
        elif row is None:
            self._s.add(SignInFailureRow(username=username, failures=failures, locked_until=locked_until))
        else:
            row.failures, row.locked_until = failures, locked_until

    def user_count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(CachedUserRow)) or 0
