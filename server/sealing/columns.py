"""Column types that seal personal data on its way into the database and open it on the way out.

Every statement that writes or reads such a column, ORM or Core (the sync's bulk inserts), goes
through them, so no use case can forget. The keys come from the engine they run on
(`attach_keyring`), never from a global: each server process, and each test's server, has its
own. A value written before sealing existed (plain JSON or text) is read as it is, and sealed
by `onewindow-server keys rewrap` (which the server also runs at start, server/sealing/rewrap.py).

A case's snapshot keeps its business fields in clear, so reports and the calendar still query
them in SQL (matter, window, clerk, dates); only the parts about people are sealed
(PEOPLE_PARTS: the applicant with their agent, a two-party matter's second party, and
who collected the result).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic_core import to_json
from sqlalchemy import JSON, Engine, Text
from sqlalchemy.types import TypeDecorator

from server.sealing.keyring import DataKeyError, DataKeyring, is_sealed

PEOPLE_PARTS = ("applicant", "second_party", "issuance")  # issuance: the collector
_KEYRING = "onewindow_data_keyring"


def attach_keyring(engine: Engine, keyring: DataKeyring) -> None:
    setattr(engine.dialect, _KEYRING, keyring)


def keyring_of(dialect_or_engine: Any) -> DataKeyring:
    dialect = getattr(dialect_or_engine, "dialect", dialect_or_engine)
    keyring = getattr(dialect, _KEYRING, None)
    if keyring is None:
        raise DataKeyError("这个数据库连接没有数据密钥：服务启动时应先打开数据密钥文件")
    return keyring


class _Sealing(TypeDecorator):
    """A column type that seals under the keys of the engine it runs on, bound to `context`
    (the table and column, so a value copied elsewhere does not open there)."""

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context


class _SealedWhole(_Sealing):
    def encode(self, value: Any) -> bytes:
        raise NotImplementedError

    def decode(self, data: bytes) -> Any:
        raise NotImplementedError

    def process_bind_param(self, value, dialect):
        return None if value is None else keyring_of(dialect).seal(self.encode(value), self.context)

    def process_result_value(self, value, dialect):
        return self.decode(keyring_of(dialect).open(value, self.context)) if is_sealed(value) else value


class SealedJSON(_SealedWhole):
    """A JSON value sealed whole (a pushed mutation's payload, a ticket's ID card)."""

    impl = JSON
    cache_ok = True  # (SQLAlchemy asks each class itself, not its bases)

    def encode(self, value: Any) -> bytes:
        return _dumps(value)

    def decode(self, data: bytes) -> Any:
        return json.loads(data)


class SealedText(_SealedWhole):
    """A text value sealed whole (an appointment's name, an SMS notice's phone and text)."""

    impl = Text
    cache_ok = True

    def encode(self, value: Any) -> bytes:
        return str(value).encode()

    def decode(self, data: bytes) -> Any:
        return data.decode()


class SnapshotJSON(_Sealing):
    """A case's snapshot: the parts about people sealed, the rest in clear for SQL."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if not isinstance(value, dict):
            return value
        keyring = keyring_of(dialect)
        return {
            name: keyring.seal(_dumps(part), f"{self.context}.{name}")
            if name in PEOPLE_PARTS and part is not None and not is_sealed(part)
            else part
            for name, part in value.items()
        }

    def process_result_value(self, value, dialect):
        if not isinstance(value, dict) or not any(is_sealed(value.get(name)) for name in PEOPLE_PARTS):
            return value
        keyring = keyring_of(dialect)
        return {
            name: json.loads(keyring.open(part, f"{self.context}.{name}")) if is_sealed(part) else part
            for name, part in value.items()
        }


def sealed_key_ids(value: Any) -> set[str]:
    """The keys a stored (raw) value is sealed under; empty for a value still in clear."""
    from server.sealing.keyring import key_id_of

    if is_sealed(value):
        return {key_id_of(value)}
    if isinstance(value, dict):
        return {key_id_of(value[name]) for name in PEOPLE_PARTS if is_sealed(value.get(name))}
    return set()


def _dumps(value: Any) -> bytes:
    # pydantic-core's encoder: several times faster than json.dumps on a batch's snapshots
    return to_json(value)
