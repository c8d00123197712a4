"""The audit log (等保): every sign-in, failure, enrolment, admin change and back-office step.

Written in the caller's transaction, so an audited change and its audit row commit together.
Details never hold a password or a full ID number. Each entry joins the hash chain of
server/auth/audit_chain.py under the audit key the session factory carries
(server/store/db.py: make_sessions).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from server.auth.audit_chain import (
    CHECKPOINT_EVERY,
    AuditKeyError,
    head_seal,
    load_or_create_key,
    row_mac,
    utc,
)
from server.store.models import AuditChainRow, AuditRow, TerminalRow, UserRow

log = logging.getLogger("onewindow.audit")
AUDIT_KEY = "audit_key"  # where a session's info holds the audit key
_PENDING = "audit_pending"  # the entries a transaction has recorded, chained at its commit


def _key(session: Session) -> bytes:
    key = session.info.get(AUDIT_KEY)
    if not key:
        raise RuntimeError("this session factory carries no audit key (server.store.db.make_sessions)")
    return key


def _take_head(session: Session) -> AuditChainRow:
    """The chain's head, held for this transaction: the UPDATE takes the row's write lock first
    (on PostgreSQL the row lock, on SQLite the database's), so two transactions never chain
    onto the same entry; the second waits and then reads the first one's head."""
    session.execute(update(AuditChainRow).where(AuditChainRow.id == 1).values(seq=AuditChainRow.seq))
    head = session.execute(
        select(AuditChainRow).where(AuditChainRow.id == 1).execution_options(populate_existing=True)
    ).scalar_one()
    return head


def _chain(session: Session, key: bytes, head: AuditChainRow, row: AuditRow) -> None:
    row.seq = head.seq + 1
    row.mac = row_mac(key, head.mac, row)
    head.seq, head.mac = row.seq, row.mac
    head.seal = head_seal(key, head.chain_id, head.seq, head.mac)
    if row.seq % CHECKPOINT_EVERY == 0:
        # a checkpoint outside the database (the log is shipped elsewhere): with one kept, even a
        # wipe of the table and its head put back is found by `audit verify --expect`
        log.info("audit checkpoint %s:%d:%s", head.chain_id, head.seq, head.mac)


def audit(
    session: Session,
    now: datetime,
    event: str,
    outcome: str = "ok",
    *,
    username: str = "",
    terminal_id: str = "",
    detail: str = "",
    hall_code: str | None = None,
    person: str | None = None,
) -> None:
    """Record an entry; it joins the chain when the transaction commits (chain_pending below).
    ``person``: the ID number of the citizen whose record this is, kept only as its keyed hash;
    ``hall_code``: the hall it concerns (else the terminal's, else the user's)."""
    key = _key(session)  # a session that cannot chain must fail here, at the audited change
    row = AuditRow(
        at=utc(now),
        username=username[:64],
        terminal_id=terminal_id[:36],
        event=event[:40],
        outcome=outcome,
        detail=detail,
        hall_code=hall_code or _hall_of(session, terminal_id, username),
        person_key=person_key(key, person) if person else None,
    )
    session.info.setdefault(_PENDING, []).append(row)


def person_key(key: bytes, id_number: str) -> str:
    """The keyed hash an entry holds for a citizen's ID number: the same number (however typed)
    gives the same key, and without the audit key nobody can test a number against it."""
    normal = id_number.strip().upper()
    return hmac.new(key, f"person:{normal}".encode(), hashlib.sha256).hexdigest()


def people_of(snapshot: dict | None) -> list[str]:
    """The ID numbers of the people a case is about (applicant, agent, second party)."""
    snapshot = snapshot or {}
    found = []
    for part in (
        snapshot.get("applicant"),
        (snapshot.get("applicant") or {}).get("agent"),
        snapshot.get("second_party"),
    ):
        number = part.get("cert_number") if isinstance(part, dict) else None
        if isinstance(number, str) and number.strip() and number.strip().upper() not in found:
            found.append(number.strip().upper())
    return found


def audit_read(
    session: Session,
    now: datetime,
    event: str,
    people: list[str],
    *,
    username: str,
    terminal_id: str,
    hall_code: str,
    detail: str,
) -> None:
    """A citizen's record read: one entry per person it concerns, so a search by any of them
    finds it (one entry without a person when it names nobody)."""
    for person in people or [None]:
        audit(
            session,
            now,
            event,
            username=username,
            terminal_id=terminal_id,
            detail=detail,
            hall_code=hall_code,
            person=person,
        )


def _hall_of(session: Session, terminal_id: str, username: str) -> str | None:
    if terminal_id and (terminal := session.get(TerminalRow, terminal_id)) is not None:
        return terminal.hall_code
    if username and (user := session.get(UserRow, username[:64])) is not None:
        return user.hall_code
    return None


def chain_pending(session: Session) -> None:
    """Before a commit: the transaction's entries join the chain. The head's lock is taken here,
    as the transaction's last lock, so it never waits on a lock while holding the head (no
    deadlock with a transaction that audits and then changes rows this one holds)."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    key = _key(session)
    head = _take_head(session)
    if not head.chain_id:
        start_chain(session, key, head)
    for row in pending:
        _chain(session, key, head, row)
        session.add(row)
    session.flush()


def forget_pending(session: Session, *_args) -> None:
    session.info.pop(_PENDING, None)


def start_chain(session: Session, key: bytes, head: AuditChainRow | None = None) -> int:
    """Start the chain once (a new database, or one from before the chain): its entries so far
    join it in the order they were written. Returns how many joined; 0 when it had started."""
    head = head or _take_head(session)
    if head.chain_id:
        return 0
    head.chain_id = uuid.uuid4().hex
    head.seal = head_seal(key, head.chain_id, head.seq, head.mac)
    joined = 0
    for row in session.scalars(select(AuditRow).where(AuditRow.seq.is_(None)).order_by(AuditRow.id)):
        row.at = utc(row.at)
        _chain(session, key, head, row)
        joined += 1
    session.flush()
    return joined


def open_audit_key(engine: Engine, path: Path) -> bytes:
    """The audit key for this database. A missing key file is made only while the database's
    chain has not started (a new installation): once it has, a missing file means the server is
    pointed at the wrong one, and a new key would make every entry it writes fail verification."""
    if not path.exists():
        try:
            with Session(engine) as session:
                started = bool(session.scalar(select(AuditChainRow.chain_id).where(AuditChainRow.id == 1)))
        except SQLAlchemyError:
            started = False  # no schema yet (the spec writer's empty database)
        if started:
            raise AuditKeyError(
                f"审计密钥文件{path}不存在，而这个数据库的审计链已经建立："
                "请用 --audit-key-file 指向服务一直使用的密钥文件（或从备份恢复它）"
            )
    return load_or_create_key(path)
