"""One transaction around one use case: everything it changes commits together or not at all."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from app.store.repositories import CaseNumberSequences, CaseRepository, DocumentRepository, Outbox


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.cases = CaseRepository(self.session)
        self.documents = DocumentRepository(self.session)
        self.sequences = CaseNumberSequences(self.session)
        self.outbox = Outbox(self.session)
        return self

    def commit(self) -> None:
        self.session.commit()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # anything not committed explicitly is thrown away: a use case that raised half-way
        # leaves the database as it was before it started
        self.session.rollback()
        self.session.close()
