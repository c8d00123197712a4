"""What every use case of one server process shares: config, database, event hub (a route finds
it on its request through server/api/context.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from server.config import ServerConfig
from server.sealing.columns import keyring_of
from server.sealing.keyring import DataKeyring

if TYPE_CHECKING:
    from server.blobs import BlobStore


@dataclass
class ServerContext:
    config: ServerConfig
    engine: Engine
    sessions: sessionmaker[Session]
    # the realtime hub (server/realtime): pokes WebSocket clients after a commit
    events: Any = None
    extras: dict = field(default_factory=dict)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for a few reads that need no transaction of their own (who is calling):
        on PostgreSQL its connection runs in autocommit, so no BEGIN and no ROLLBACK, two round
        trips fewer on every request. SQLite's sessions take their lock at BEGIN (server/store/
        db.py) and keep the usual kind."""
        reader = self.extras.get("reader")
        if reader is None:
            postgres = self.engine.dialect.name == "postgresql"
            reader = self.engine.execution_options(isolation_level="AUTOCOMMIT") if postgres else self.engine
            self.extras["reader"] = reader
        with self.sessions(bind=reader) as session:
            yield session

    @property
    def audit_key(self) -> bytes:
        """The key of the audit chain the sessions carry (server/store/db.py: make_sessions)."""
        return self.sessions.kw["info"]["audit_key"]

    @property
    def keyring(self) -> DataKeyring:
        """The data keys tied to the engine (server/sealing/setup.py: open_data_keys)."""
        return keyring_of(self.engine)

    @property
    def blob_store(self) -> BlobStore:
        """The process's blob store (server/blobs.py), sealing scans under the data keys."""
        from server.blobs import BlobStore

        store = self.extras.get("blobs")
        if store is None:
            store = self.extras.setdefault("blobs", BlobStore(self.config.blob_dir, self.keyring))
        return store

    def now(self) -> datetime:
        return datetime.now(UTC)
