"""The change log: every change a client must learn of, written in the transaction that made it.

Pull reads it by a cursor over (txid, id). On PostgreSQL `txid` is the writing transaction's id
and a pull returns only rows of transactions older than every transaction still running
(pg_snapshot_xmin, taken in the pull's own statement), so a transaction that began early and
commits late is never jumped over. SQLite serialises writers, so id order is commit order there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import and_, insert, literal_column, or_, select, text
from sqlalchemy.orm import Session

from app.sync.protocol import Change, ChangeKind, PullAnswer
from server.errors import ApiError
from server.store.models import ChangeLogRow
from server.sync.bulk import bulk_insert

NOTIFY_CHANNEL = "onewindow_changes"
_KINDS = {**{k: k.value for k in ChangeKind}, **{k.value: k.value for k in ChangeKind}}
_CURSOR_PREFIX = "c1"
_CURSOR_RE = re.compile(r"c1\.([0-9]{1,18})\.([0-9]{1,18})")
_TXID_SQL = "pg_current_xact_id()::text::bigint"
_XMIN_SQL = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint"


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def record_change(session: Session, hall_code: str, kind: ChangeKind | str, key: str, data: dict) -> None:
    """Log one change in the caller's transaction; on PostgreSQL also NOTIFY (delivered at commit)."""
    record_changes(session, [(hall_code, ChangeKind(kind), key, data)])


def record_changes(session: Session, changes: Iterable[tuple[str, ChangeKind, str, dict]]) -> None:
    """Log many changes with one INSERT round trip (and one NOTIFY per hall)."""
    now = datetime.now(UTC)
    rows = [
        {"hall_code": hall, "kind": _KINDS[kind], "key": key, "data": data, "at": now}
        for hall, kind, key, data in changes
    ]
    if not rows:
        return
    halls = sorted({r["hall_code"] for r in rows})
    if _is_postgres(session):
        txid = session.execute(text(f"SELECT {_TXID_SQL}")).scalar_one()
        for row in rows:
            row["txid"] = txid
        bulk_insert(session, ChangeLogRow.__table__, rows)
        # NOTIFY is delivered when (and only if) this transaction commits; equal payloads of one
        # transaction are folded into one, so a busy hall gets one poke per commit
        session.execute(
            text("SELECT pg_notify(:channel, h) FROM unnest(CAST(:halls AS text[])) AS h"),
            {"channel": NOTIFY_CHANNEL, "halls": halls},
        )
    else:
        for row in rows:
            row["txid"] = 0
        session.execute(insert(ChangeLogRow), rows)
    # the realtime hub pokes this process's WebSocket clients after commit (SQLite has no NOTIFY)
    session.info.setdefault("changed_halls", set()).update(halls)


def encode_cursor(txid: int, row_id: int) -> str:
    return f"{_CURSOR_PREFIX}.{txid}.{row_id}"


def decode_cursor(cursor: str | None) -> tuple[int, int]:
    """The (txid, id) after which to read; an empty cursor reads from the beginning."""
    if not cursor:
        return (0, 0)  # txids are ≥ 0 and ids ≥ 1: (0, 0) precedes every row
    found = _CURSOR_RE.fullmatch(cursor)
    if found is None:
        raise ApiError(400, "bad_cursor", "同步游标无效：请原样回传服务器给出的游标，或不带游标从头拉取")
    return int(found[1]), int(found[2])


def read_changes(
    session: Session,
    hall_codes: list[str] | None,
    cursor: str | None,
    limit: int,
    kind: ChangeKind | None = None,
) -> PullAnswer:
    """The next page of changes of these halls (None: of every hall, for the platform export)
    after `cursor`, in commit-safe order; only those of `kind` when one is named (the cursor
    still moves over the others)."""
    after_txid, after_id = decode_cursor(cursor)
    t = ChangeLogRow
    query = (
        select(t.id, t.txid, t.kind, t.key, t.data, t.at)
        .where(or_(t.txid > after_txid, and_(t.txid == after_txid, t.id > after_id)))
        .order_by(t.txid, t.id)
        .limit(limit + 1)
    )
    if hall_codes is not None:
        query = query.where(t.hall_code.in_(hall_codes))
    if kind is not None:
        query = query.where(t.kind == kind.value)
    if _is_postgres(session):
        # in the same statement as the read, so the snapshot bound and the rows agree
        query = query.where(t.txid < literal_column(_XMIN_SQL))
    rows = session.execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [Change(kind=ChangeKind(r.kind), key=r.key, data=r.data, at=_aware(r.at)) for r in rows]
    last = (rows[-1].txid, rows[-1].id) if rows else (after_txid, after_id)
    return PullAnswer(changes=changes, cursor=encode_cursor(*last), more=more)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were stored as UTC
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
