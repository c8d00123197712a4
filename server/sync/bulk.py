"""Bulk writes of a push batch: binary COPY on PostgreSQL, executemany elsewhere.

A batch writes thousands of rows in a few tables; COPY sends them in one stream per table in
the caller's transaction, several times faster than row-by-row INSERTs, which is what lets the
server ingest a terminal's backlog about as fast as the database can take the bytes. The binary
format (each value packed by the C adapter for the column's own type) costs the server process
about half the CPU of the text format, which has to quote and escape every value.
"""

from __future__ import annotations

import threading
from datetime import UTC
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Table, any_, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

_BYTEA, _JSON, _JSONB, _TIMESTAMPTZ = 17, 114, 3802, 1184
_column_types: dict[tuple[str, str], dict[str, int]] = {}  # (database, table) → column → type oid
_types_lock = threading.Lock()


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(table.insert(), rows)
        return
    names = [c.name for c in table.columns if c.name in rows[0]]
    # COPY bypasses SQLAlchemy's types: the sealing ones (server/sealing/columns.py) run here
    dialect = session.get_bind().dialect
    sealed_at = [
        (i, table.c[n].type) for i, n in enumerate(names) if isinstance(table.c[n].type, TypeDecorator)
    ]
    oids = _types(session, table.name)
    json_at = [i for i, n in enumerate(names) if oids[n] in (_JSON, _JSONB)]
    jsonb_at = {i for i in json_at if oids[names[i]] == _JSONB}
    moments_at = [i for i, n in enumerate(names) if oids[n] == _TIMESTAMPTZ]
    # a JSON value goes as the bytes of its text (what json's binary input reads; jsonb's wants a
    # version byte first), handed over as bytea so the adapter sends them untouched
    types = [_BYTEA if i in json_at else oids[n] for i, n in enumerate(names)]
    raw = session.connection().connection.driver_connection  # psycopg, in this transaction
    quoted = ", ".join(f'"{n}"' for n in names)
    statement = f'COPY "{table.name}" ({quoted}) FROM STDIN (FORMAT BINARY)'
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types(types)
        for row in rows:
            values = [row[n] for n in names]
            for i, sealing in sealed_at:
                values[i] = sealing.process_bind_param(values[i], dialect)
            for i in json_at:
                if values[i] is not None:
                    values[i] = (b"\x01" if i in jsonb_at else b"") + _json(values[i])
            for i in moments_at:
                if values[i] is not None and values[i].tzinfo is None:
                    values[i] = values[i].replace(tzinfo=UTC)  # a naive time was meant as UTC
            copy.write_row(values)


def _json(value: Any) -> bytes:
    # compact, non-ASCII kept as is (smaller, readable); pydantic-core's encoder is several times
    # faster than json.dumps on a batch's thousands of snapshots and payloads
    return b"{}" if value == {} else to_json(value)


def _types(session: Session, table_name: str) -> dict[str, int]:
    """The table's column types as PostgreSQL has them (binary COPY must match them exactly)."""
    key = (session.get_bind().url.render_as_string(hide_password=True), table_name)
    with _types_lock:
        known = _column_types.get(key)
    if known is None:
        found = session.execute(
            text(
                "SELECT attname, atttypid::int FROM pg_attribute"
                " WHERE attrelid = CAST(:t AS regclass) AND attnum > 0 AND NOT attisdropped"
            ),
            {"t": table_name},
        )
        known = {name: oid for name, oid in found}
        with _types_lock:
            _column_types[key] = known
    return known


def among(session: Session, column, values) -> Any:
    """`column IN values`; on PostgreSQL as `= ANY(array)`: one parameter, not hundreds."""
    values = list(values)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)
