"""Intake at the window (一窗受理): open a case, record the applicant and the materials, decide."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from app.domain.applicants import check_applicant
from app.domain.case_factory import open_case
from app.domain.case_numbers import next_case_number
from app.domain.cases import NOT_EDITABLE, Case, WorkingDays
from app.domain.materials_check import MaterialState
from app.domain.matters import Catalog, UnknownMatterError
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.cases.case_views import applicant_from_input
from app.services.cases.steps import CaseSteps
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext
from app.services.documents.output import DocumentOutput
from app.services.errors import NotFound, Problem, RuleViolation
from app.services.views import CaseView, DecisionResult, PartyInput
from app.store.unit_of_work import UnitOfWork

BAD_APPLICANT_TYPE = QT_TRANSLATE_NOOP("messages", "申请人类型不正确：{error}")
UNKNOWN_STATE = QT_TRANSLATE_NOOP("messages", "未知的材料核验状态“{state}”")
DISCARD = QT_TRANSLATE_NOOP("actions", "放弃")


class IntakeService(CaseSteps):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        catalog: Catalog,
        config: WindowConfig | WindowContext,
        days: WorkingDays,
        documents: DocumentOutput,
        clock: Clock,
    ) -> None:
        super().__init__(sessions, config, days, documents, clock)
        self._catalog = catalog

    # --- before the decision -----------------------------------------------------------------------
    def start_case(self, code: str) -> CaseView:
        code = code.strip()
        try:
            target = self._catalog.matter(code)
        except UnknownMatterError:
            try:
                target = self._catalog.bundle(code)
            except UnknownMatterError as exc:
                raise NotFound(message_of(exc)) from exc
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
        try:
            typed = applicant_from_input(applicant)
        except ValueError as exc:
            raise RuleViolation(Message(BAD_APPLICANT_TYPE, error=str(exc))) from exc
        return self._change(case_id, lambda case, _now: case.update_applicant(typed))[0]

    def check_applicant(self, applicant: PartyInput) -> list[Problem]:
        try:
            a = applicant_from_input(applicant)
        except ValueError as exc:
            return [Problem("applicant.type", Message(BAD_APPLICANT_TYPE, error=str(exc)))]
        return [Problem(p.field, p.message) for p in check_applicant(a, self._clock().date())]

    def set_material(self, case_id: str, code: str, state: str, note: str = "") -> CaseView:
        try:
            new_state = MaterialState(state)
        except ValueError:
            raise RuleViolation(Message(UNKNOWN_STATE, state=state)) from None
        return self._change(case_id, lambda case, _now: case.check_material(code, new_state, note))[0]

    def receive_remaining(self, case_id: str) -> CaseView:
        """其余全部已收取: every material not yet checked is marked received, in one step."""

        def step(case: Case, _now: datetime) -> None:
            for check in case.materials:
                if check.state is MaterialState.PENDING:
                    case.check_material(check.code, MaterialState.RECEIVED)

        return self._change(case_id, step)[0]

    def discard_draft(self, case_id: str) -> None:
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            if case.events and any(e.kind != "created" for e in case.events):
                raise RuleViolation(Message(NOT_EDITABLE, status=case.status.label, action=Message(DISCARD)))
            uow.cases.delete(case_id)
            self._commit(uow)

    # --- the decision ------------------------------------------------------------------------------
    # The rules of each decision are the domain's (Case.accept, Case.request_supplement); a refusal
    # comes back as DecisionRefused with its problems, which CaseSteps turns into ValidationFailed
    # so the screen marks each field and material row.
    def accept(self, case_id: str) -> DecisionResult:
        clerk = self._cfg.clerk_name
        return self._decide(case_id, lambda c, now: c.accept(now, clerk, self._days), "receipt")

    def request_supplement(self, case_id: str) -> DecisionResult:
        clerk = self._cfg.clerk_name
        return self._decide(case_id, lambda c, now: c.request_supplement(now, clerk), "deficiency_notice")

    def refuse(self, case_id: str, reason: str) -> DecisionResult:
        clerk = self._cfg.clerk_name
        return self._decide(case_id, lambda c, now: c.refuse(now, clerk, reason), "refusal_notice")
