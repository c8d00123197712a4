"""Sealing every stored value under the current data key, while the server runs.

Run by `onewindow-server keys rewrap` after a rotation, and by `serve` in the background at
each start, which also seals what a server from before sealing stored in clear. It walks each
sealed column in primary-key order, each batch read in a short transaction of its own (SQLite
takes its write lock at BEGIN: a long scan would hold every writer up); a row whose value is in
clear or under an older key is read again (which opens it), locked, and written back (which seals
it under the current key). A case's lookups are hashed again with it, a ticket's ID lookup too.
Rows written meanwhile are sealed under the current key by their writers, so one pass is enough;
when it is done, the database records that everything is under that key (data_keyring), and the
next start does not walk the tables again.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import JSON, Text, select, tuple_, type_coerce, update
from sqlalchemy.orm import Session

from server.context import ServerContext
from server.sealing.columns import PEOPLE_PARTS, keyring_of, sealed_key_ids
from server.sealing.keyring import DataKeyring, is_sealed
from server.sealing.lookups import replace_case_lookups
from server.store.models import (
    AppliedMutationRow,
    AppointmentRow,
    BackofficeRequestRow,
    DataKeyringRow,
    NoticeRow,
    QueueEventRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TerminalRow,
    TicketRow,
)
from server.store.models_platform import PlatformRecordRow
from server.store.models_unresolved import UnresolvedReportEventRow, UnresolvedReportRow

log = logging.getLogger(__name__)
BATCH = 500

# (model, its sealed columns)
SEALED = (
    (ServerCaseRow, ("snapshot",)),
    (ServerCaseEventRow, ("summary", "detail")),
    (AppliedMutationRow, ("payload",)),
    (BackofficeRequestRow, ("answer",)),
    (TicketRow, ("applicant",)),
    (AppointmentRow, ("name", "phone")),
    (NoticeRow, ("phone", "text")),
    (TerminalRow, ("window_key",)),
    (PlatformRecordRow, ("fields",)),
    (QueueEventRow, ("answer",)),
    (UnresolvedReportRow, ("name", "phone", "description", "resolution", "reply")),
    (UnresolvedReportEventRow, ("detail",)),
)


@dataclass
class KeyCensus:
    """How many stored values each key seals (and how many are still in clear), per column."""

    by_column: dict[str, Counter] = field(default_factory=dict)

    def add(self, column: str, key_ids: set[str] | None) -> None:
        counter = self.by_column.setdefault(column, Counter())
        for key_id in key_ids if key_ids is not None else {"clear"}:
            counter[key_id] += 1

    def total(self, key_id: str) -> int:
        return sum(counter[key_id] for counter in self.by_column.values())


def _raw_keys(value: object, snapshot: bool = False) -> set[str] | None:
    """The keys a raw stored value is sealed under; None when personal data sits in clear."""
    if value is None or value == "":
        return set()
    if is_sealed(value):
        return sealed_key_ids(value)
    if snapshot and isinstance(value, dict):
        # sealed parts, and parts that hold nobody (None), are as they should be
        if any(value.get(name) is not None and not is_sealed(value.get(name)) for name in PEOPLE_PARTS):
            return None
        return sealed_key_ids(value)
    return None


def _needs_sealing(raw: object, current: str, snapshot: bool) -> bool:
    keys = _raw_keys(raw, snapshot)
    return keys is None or bool(keys - {current})


def _batches(sessions: Callable[[], Session], model, columns: tuple[str, ...]) -> Iterator[list]:
    """(primary key, raw value of each column) of every row, BATCH at a time, each batch in a
    transaction of its own."""
    pk = list(model.__table__.primary_key.columns)
    raw = [type_coerce(model.__table__.c[name], _raw_type(model, name)) for name in columns]
    after = None
    while True:
        query = select(*pk, *raw).order_by(*pk).limit(BATCH)
        if after is not None:
            query = query.where(tuple_(*pk) > tuple_(*after))
        with sessions() as session:
            rows = session.execute(query).all()
        if not rows:
            return
        yield rows
        after = tuple(rows[-1][: len(pk)])


def _raw_type(model, name: str):
    impl = model.__table__.c[name].type.impl
    return JSON() if isinstance(impl, JSON) else Text()


def census(sessions: Callable[[], Session]) -> KeyCensus:
    """Every sealed value's key, counted (`keys status`, and `keys retire`'s check)."""
    result = KeyCensus()
    for model, columns in SEALED:
        width = len(model.__table__.primary_key.columns)
        for rows in _batches(sessions, model, columns):
            for row in rows:
                for name, value in zip(columns, row[width:], strict=True):
                    result.add(f"{model.__tablename__}.{name}", _raw_keys(value, model is ServerCaseRow))
    return result


def rewrap(sessions: Callable[[], Session], stop: Callable[[], bool] = lambda: False) -> int:
    """Seal every value not yet under the current key; returns how many rows were written."""
    with sessions() as session:
        current = keyring_of(session.get_bind()).current_id
    written = 0
    for model, columns in SEALED:
        for keys in _stale_keys(sessions, current, model, columns):
            if stop():
                return written
            with sessions() as session, session.begin():
                written += _rewrite(session, model, keys)
    with sessions() as session, session.begin():
        row = session.get(DataKeyringRow, 1)
        if row is not None and keyring_of(session.get_bind()).current_id == current:
            row.rewrapped_key_id = rewrap_mark(current)  # nothing left under another key, nor in clear
    return written


def rewrapped(sessions: Callable[[], Session]) -> bool:
    """Whether the last full pass (or the database's start) left everything under the current key."""
    with sessions() as session:
        done = session.scalar(select(DataKeyringRow.rewrapped_key_id).where(DataKeyringRow.id == 1))
        return done == rewrap_mark(keyring_of(session.get_bind()).current_id)


def rewrap_mark(key_id: str) -> str:
    """What data_keyring records after a full pass: the key, and which columns were sealed then,
    so a version that seals one more column walks the tables once more at its start."""
    columns = ",".join(f"{model.__tablename__}.{name}" for model, names in SEALED for name in names)
    return f"{key_id}/{hashlib.sha256(columns.encode()).hexdigest()[:12]}"


def _stale_keys(sessions: Callable[[], Session], current: str, model, columns) -> Iterator[list[tuple]]:
    width = len(model.__table__.primary_key.columns)
    for rows in _batches(sessions, model, columns):
        snapshot = model is ServerCaseRow
        stale = [
            tuple(row[:width])
            for row in rows
            if any(_needs_sealing(v, current, snapshot) for v in row[width:])
        ]
        if stale:
            yield stale


def _rewrite(session: Session, model, keys: list[tuple]) -> int:
    pk = list(model.__table__.primary_key.columns)
    rows = session.scalars(select(model).where(tuple_(*pk).in_(keys)).with_for_update()).all()
    keyring = keyring_of(session.get_bind())
    _, columns = next(entry for entry in SEALED if entry[0] is model)
    for row in rows:
        # written back as read (opened): the column type seals it under the current key
        values = {name: getattr(row, name) for name in columns}
        if model is TicketRow:
            values["id_hash"] = _ticket_lookup(keyring, row)
        session.execute(
            update(model).where(tuple_(*pk) == tuple(getattr(row, c.key) for c in pk)).values(values)
        )
    if model is ServerCaseRow:
        replace_case_lookups(session, keyring, [(r.id, r.hall_code, r.snapshot) for r in rows])
    session.expunge_all()
    return len(rows)


def _ticket_lookup(keyring: DataKeyring, row: TicketRow) -> str | None:
    from server.queue.common import id_hash

    id_number = (row.applicant or {}).get("id_number") if isinstance(row.applicant, dict) else None
    return id_hash(keyring, row.hall_code, id_number) if id_number else row.id_hash


def rewrap_at_start(ctx: ServerContext) -> threading.Thread | None:
    """At a server's start: seal what an older version stored in clear, and what a rotation
    left under an older key, without holding up the start (`serve`, the embedded demo). None:
    everything is under the current key already."""
    from server.blob_sealing import rewrap_blobs

    if rewrapped(ctx.sessions):
        return None

    def run() -> None:
        try:
            rows, scans = rewrap(ctx.sessions), rewrap_blobs(ctx.blob_store, ctx.keyring)
        except Exception:  # a damaged value: `keys status` and the log say which; serving goes on
            log.exception("sealing the stored personal data again failed")
            return
        if rows or scans:
            log.warning("sealed %d stored rows and %d scans under the current data key", rows, scans)

    thread = threading.Thread(target=run, name="onewindow-rewrap", daemon=True)
    thread.start()
    return thread
