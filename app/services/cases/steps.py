"""The one way a use case changes a stored case.

Load it, apply a domain step, save it with the mutations of the events the step added, archive
the document that goes with it — all in one transaction — then print after the commit. Intake
and issuance both go through here, so every change gets the same outbox entry, the same
storage-error message and the same printing rules.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.case_status import CaseRuleError, DecisionRefused
from app.domain.cases import Case, WorkingDays
from app.domain.materials_check import MaterialRuleError
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.cases.case_views import case_view
from app.services.cases.mutations import record_mutations
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.services.documents.output import DocumentOutput
from app.services.errors import NotFound, Problem, RuleViolation, StorageError, ValidationFailed
from app.services.views import CaseView, DecisionResult
from app.store.unit_of_work import UnitOfWork

Step = Callable[[Case, datetime], None]


CASE_GONE = QT_TRANSLATE_NOOP("messages", "找不到该办件，可能已被放弃或删除")
NOT_STORED = QT_TRANSLATE_NOOP("messages", "本地数据库写入失败，本次操作未生效：{error}")


class CaseSteps:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        config: WindowConfig | WindowContext,
        days: WorkingDays,
        documents: DocumentOutput,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._window = window_context(config)  # the clerk on duty, read at each step
        self._days = days
        self._documents = documents
        self._clock = clock

    @property
    def _cfg(self) -> WindowConfig:
        return self._window.config

    def _load(self, uow: UnitOfWork, case_id: str) -> Case:
        case = uow.cases.get(case_id)
        if case is None:
            raise NotFound(Message(CASE_GONE))
        return case

    def _view(self, uow: UnitOfWork, case: Case) -> CaseView:
        return case_view(case, uow.documents.for_case(case.id), self._clock().date(), self._days)

    def _commit(self, uow: UnitOfWork) -> None:
        try:
            uow.commit()
        except SQLAlchemyError as exc:
            raise StorageError(Message(NOT_STORED, error=exc.__class__.__name__)) from exc

    def _change(self, case_id: str, step: Step, document: str = "") -> tuple[CaseView, int]:
        """Apply `step` and keep it; returns the new view and the archived document's id (or 0)."""
        now, on_duty = self._clock(), self._cfg
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            first_new_event, status_before = len(case.events), case.status
            try:
                step(case, now)
            except DecisionRefused as exc:
                # the domain's own words, with the field or material each problem belongs to
                problems = [Problem(p.field, p.message) for p in exc.problems]
                raise ValidationFailed(problems, exc.message) from exc
            except (CaseRuleError, MaterialRuleError) as exc:
                raise RuleViolation(message_of(exc)) from exc
            uow.cases.save(case)
            record_mutations(uow, case, first_new_event, now, status_before, on_duty)
            doc_id = self._documents.produce(uow, case, document, now).id if document else 0
            view = self._view(uow, case)
            self._commit(uow)
        return view, doc_id

    def _decide(self, case_id: str, step: Step, document: str) -> DecisionResult:
        """A step that hands the applicant a document: kept first, printed after the commit."""
        _, doc_id = self._change(case_id, step, document)
        printed = self._documents.print_document(doc_id)
        with UnitOfWork(self._sessions) as uow:
            view = self._view(uow, self._load(uow, case_id))
        return DecisionResult(view, printed, (printed.print_error,) if printed.print_error else ())
