"""Bulk writes of a push batch: COPY on PostgreSQL, executemany elsewhere.

A batch writes thousands of rows in a few tables; COPY sends them in one stream per table in
the caller's transaction, several times faster than row-by-row INSERTs, which is what lets the
server ingest a terminal's backlog about as fast as the database can take the bytes.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import JSON, Table, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(table.insert(), rows)
        return
    columns = [c for c in table.columns if c.name in rows[0]]
    names = [c.name for c in columns]
    json_at = [i for i, c in enumerate(columns) if isinstance(c.type, JSON)]
    raw = session.connection().connection.driver_connection  # psycopg, in this transaction
    quoted = ", ".join(f'"{n}"' for n in names)
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            values = [row[n] for n in names]
            for i in json_at:
                if values[i] is not None:
                    values[i] = _json(values[i])
            copy.write_row(values)


def _json(value: Any) -> str:
    # the same text SQLAlchemy's JSON type would send; non-ASCII kept as is (smaller, readable)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def among(session: Session, column, values) -> Any:
    """`column IN values`; on PostgreSQL as `= ANY(array)`: one parameter, not hundreds."""
    values = list(values)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)
