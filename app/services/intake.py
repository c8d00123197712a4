"""Intake at the window (一窗受理): open a case, record the applicant and the materials, decide."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.applicants import check_applicant
from app.domain.case_factory import open_case
from app.domain.case_numbers import next_case_number
from app.domain.case_status import CaseRuleError, CaseStatus, require_move
from app.domain.cases import Case, WorkingDays
from app.domain.materials_check import MaterialRuleError, MaterialState, deficient, unchecked
from app.domain.matters import Catalog, UnknownMatterError
from app.domain.working_days import NoScheduleError
from app.services.case_views import applicant_from_input, case_view
from app.services.clock import Clock
from app.services.config import WindowConfig
from app.services.document_output import DocumentOutput
from app.services.errors import NotFound, Problem, RuleViolation, StorageError, ValidationFailed
from app.services.mutations import record_mutations
from app.services.views import CaseView, DecisionResult, PartyInput
from app.store.unit_of_work import UnitOfWork


class IntakeService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        catalog: Catalog,
        config: WindowConfig,
        days: WorkingDays,
        documents: DocumentOutput,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._catalog = catalog
        self._cfg = config
        self._days = days
        self._documents = documents
        self._clock = clock

    # --- helpers ---------------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, case_id: str) -> Case:
        case = uow.cases.get(case_id)
        if case is None:
            raise NotFound("找不到该办件，可能已被放弃或删除")
        return case

    def _view(self, uow: UnitOfWork, case: Case) -> CaseView:
        return case_view(case, uow.documents.for_case(case.id), self._clock().date(), self._days)

    def _commit(self, uow: UnitOfWork) -> None:
        try:
            uow.commit()
        except SQLAlchemyError as exc:
            raise StorageError(f"本地数据库写入失败，本次操作未生效：{exc.__class__.__name__}") from exc

    # --- before the decision -----------------------------------------------------------------------
    def start_case(self, code: str) -> CaseView:
        code = code.strip()
        try:
            target = self._catalog.matter(code)
        except UnknownMatterError:
            try:
                target = self._catalog.bundle(code)
            except UnknownMatterError as exc:
                raise NotFound(str(exc)) from exc
        now = self._clock()
        with UnitOfWork(self._sessions) as uow:
            seq = uow.sequences.take_next(now.date(), self._cfg.terminal)
            number = str(next_case_number(self._cfg.hall_code, self._cfg.terminal, now.date(), seq - 1))
            case = open_case(
                target, str(uuid.uuid4()), number, now, self._cfg.clerk_name, self._cfg.window_name
            )
            uow.cases.save(case)
            view = self._view(uow, case)
            self._commit(uow)
        return view

    def save_applicant(self, case_id: str, applicant: PartyInput) -> CaseView:
        """Keep what was typed, valid or not: the checks run when the clerk decides."""
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            try:
                case.update_applicant(applicant_from_input(applicant))
            except (CaseRuleError, ValueError) as exc:
                raise RuleViolation(str(exc)) from exc
            uow.cases.save(case)
            view = self._view(uow, case)
            self._commit(uow)
        return view

    def check_applicant(self, applicant: PartyInput) -> list[Problem]:
        try:
            a = applicant_from_input(applicant)
        except ValueError as exc:
            return [Problem("applicant.type", f"申请人类型不正确：{exc}")]
        return [Problem(p.field, p.message) for p in check_applicant(a, self._clock().date())]

    def set_material(self, case_id: str, code: str, state: str, note: str = "") -> CaseView:
        try:
            new_state = MaterialState(state)
        except ValueError:
            raise RuleViolation(f"未知的材料核验状态“{state}”") from None
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            try:
                case.check_material(code, new_state, note)
            except (CaseRuleError, MaterialRuleError) as exc:
                raise RuleViolation(str(exc)) from exc
            uow.cases.save(case)
            view = self._view(uow, case)
            self._commit(uow)
        return view

    def discard_draft(self, case_id: str) -> None:
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            if case.events and any(e.kind != "created" for e in case.events):
                raise RuleViolation(f"办件已“{case.status.label}”，不能放弃")
            uow.cases.delete(case_id)
            self._commit(uow)

    # --- the decision ------------------------------------------------------------------------------
    def accept(self, case_id: str) -> DecisionResult:
        return self._decide(case_id, "receipt", self._accept)

    def request_supplement(self, case_id: str) -> DecisionResult:
        return self._decide(case_id, "deficiency_notice", self._request_supplement)

    def refuse(self, case_id: str, reason: str) -> DecisionResult:
        return self._decide(
            case_id, "refusal_notice", lambda c, now: c.refuse(now, self._cfg.clerk_name, reason)
        )

    def _accept(self, case: Case, now: datetime) -> None:
        require_move(case.status, CaseStatus.ACCEPTED, "受理")
        problems = [Problem(p.field, p.message) for p in check_applicant(case.applicant, now.date())]
        problems += [
            Problem(f"material:{c.code}", f"“{c.material.name}”尚未核验") for c in unchecked(case.materials)
        ]
        problems += [
            Problem(f"material:{c.code}", f"“{c.material.name}”{c.state.label}，请出具一次性告知书")
            for c in deficient(case.materials)
        ]
        if problems:
            raise ValidationFailed(problems, "不能受理：" + "；".join(p.message for p in problems))
        case.accept(now, self._cfg.clerk_name, self._days)

    def _request_supplement(self, case: Case, now: datetime) -> None:
        require_move(case.status, CaseStatus.SUPPLEMENT_REQUESTED, "出具一次性告知书")
        pending = unchecked(case.materials)
        if pending:
            problems = [Problem(f"material:{c.code}", f"“{c.material.name}”尚未核验") for c in pending]
            raise ValidationFailed(problems, "一次性告知须列明全部问题，请先核验每一项材料")
        case.request_supplement(now, self._cfg.clerk_name)

    def _decide(self, case_id: str, kind: str, step) -> DecisionResult:
        now = self._clock()
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            before = len(case.events)
            try:
                step(case, now)
            except NoScheduleError as exc:
                raise RuleViolation(str(exc)) from exc
            except (CaseRuleError, MaterialRuleError) as exc:
                raise RuleViolation(str(exc)) from exc
            uow.cases.save(case)
            record_mutations(uow, case, before, now)
            doc = self._documents.produce(uow, case, kind, now)
            doc_id = doc.id
            self._commit(uow)
        printed = self._documents.print_document(doc_id)
        with UnitOfWork(self._sessions) as uow:
            view = self._view(uow, self._load(uow, case_id))
        warnings = (printed.print_error,) if printed.print_error else ()
        return DecisionResult(view, printed, warnings)
