"""Intake at the window (一窗受理): open a case, record the applicant and the materials, decide."""

from __future__ import annotations

import uuid
from contextlib import suppress
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from app.domain.applicants import check_applicant
from app.domain.case_factory import change_matter, lost_checks, open_case
from app.domain.case_numbers import next_case_number
from app.domain.case_status import CaseRuleError, DecisionRefused
from app.domain.cases import NOT_EDITABLE, Case, WorkingDays
from app.domain.materials_check import MaterialRuleError, MaterialState
from app.domain.matters import Bundle, Catalog, Matter, UnknownMatterError
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.domain.parties import SECOND
from app.services.cases.case_views import applicant_from_input, assistance_from_input
from app.services.cases.decision_preview import DecisionPreview, decision_preview
from app.services.cases.licences import NO_SERVER, LicenceFinder
from app.services.cases.steps import CaseSteps
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext
from app.services.documents.output import AUTHORISATION_FORM, DocumentOutput
from app.services.errors import NotFound, Problem, RuleViolation, ValidationFailed, WouldLoseChecks
from app.services.views import AssistanceInput, CaseView, DecisionResult, DocumentView, PartyInput
from app.store.page_repository import PageRepository
from app.store.unit_of_work import UnitOfWork

BAD_APPLICANT_TYPE = QT_TRANSLATE_NOOP("messages", "申请人类型不正确：{error}")
BAD_ASSISTANCE = QT_TRANSLATE_NOOP("messages", "帮办代办的设置不正确：{error}")
UNKNOWN_STATE = QT_TRANSLATE_NOOP("messages", "未知的材料核验状态“{state}”")
DISCARD = QT_TRANSLATE_NOOP("actions", "放弃")
WOULD_LOSE = QT_TRANSLATE_NOOP(
    "messages", "改为“{matter}”将丢弃这些已核验或已扫描的材料：{names}。Enter 确认更换，Esc 保留原事项。"
)


class IntakeService(CaseSteps):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        catalog: Catalog,
        config: WindowConfig | WindowContext,
        days: WorkingDays,
        documents: DocumentOutput,
        clock: Clock,
        licences: LicenceFinder | None = None,
    ) -> None:
        super().__init__(sessions, config, days, documents, clock)
        self._catalog = catalog
        self._licences = licences

    # --- before the decision -----------------------------------------------------------------------
    @property
    def confirms_decisions(self) -> bool:
        """The hall's choice: F9/F10 show what will be printed and wait for Enter."""
        return self._cfg.confirm_decisions

    def _target(self, code: str) -> Matter | Bundle:
        code = code.strip()
        try:
            return self._catalog.matter(code)
        except UnknownMatterError:
            try:
                return self._catalog.bundle(code)
            except UnknownMatterError as exc:
                raise NotFound(message_of(exc)) from exc

    def _required_fields(self, case: Case) -> tuple[str, ...]:
        """The applicant fields the case's matters require at 受理 (a bundle: any of them)."""
        names: dict[str, None] = {}
        for code in case.matter_codes:
            with suppress(UnknownMatterError):  # a matter withdrawn since: its name and ID still asked
                names.update(dict.fromkeys(self._catalog.matter(code).required_applicant_fields))
        return tuple(names)

    def start_case(self, code: str) -> CaseView:
        target = self._target(code)
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

    def save_second_party(self, case_id: str, party: PartyInput) -> CaseView:
        """A two-party matter's second party (女方 of a marriage registration), kept as typed."""
        try:
            typed = applicant_from_input(party)
        except ValueError as exc:
            raise RuleViolation(Message(BAD_APPLICANT_TYPE, error=str(exc))) from exc
        return self._change(case_id, lambda case, _now: case.update_second_party(typed))[0]

    def check_second_party(self, party: PartyInput) -> list[Problem]:
        """The second party's problems while typing, on its own fields (second.name, …)."""
        problems = self.check_applicant(party)
        return [Problem(SECOND + p.field.removeprefix("applicant"), p.message) for p in problems]

    def set_material(self, case_id: str, code: str, state: str, note: str = "") -> CaseView:
        try:
            new_state = MaterialState(state)
        except ValueError:
            raise RuleViolation(Message(UNKNOWN_STATE, state=state)) from None
        return self._change(case_id, lambda case, _now: case.check_material(code, new_state, note))[0]

    def set_assistance(self, case_id: str, given: AssistanceInput) -> CaseView:
        """本人办理 / 帮办 / 代办, kept as chosen (what a helped case lacks is said at the decision)."""
        try:
            assistance = assistance_from_input(given)
        except ValueError as exc:
            raise RuleViolation(Message(BAD_ASSISTANCE, error=str(exc))) from exc
        return self._change(case_id, lambda case, _now: case.set_assistance(assistance))[0]

    def print_authorisation_form(self, case_id: str) -> DocumentView:
        """授权委托书 模板 for a 代办: the case's matter and the parties' names filled in, the ID
        numbers and signatures left for the applicant's own hand; archived with the case."""
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            row = self._documents.produce(uow, case, AUTHORISATION_FORM, self._clock())
            self._commit(uow)
        return self._documents.print_document(row.id)

    def take_e_licence(self, case_id: str, code: str) -> CaseView:
        """6 电子证照: the applicant's licence looked up in the library and taken instead of the
        paper; refused (RuleViolation saying to take the paper) when it cannot be, the case as it was."""
        with UnitOfWork(self._sessions) as uow:
            try:  # refused before the library is asked: a closed case, a material it cannot be
                kind, holder = self._load(uow, case_id).licence_to_find(code)
            except (CaseRuleError, MaterialRuleError) as exc:
                raise RuleViolation(message_of(exc)) from exc
        if self._licences is None:
            raise RuleViolation(Message(NO_SERVER))
        licence = self._licences.find(case_id, code, kind, holder, self._clock().date())
        return self._change(case_id, lambda case, now: case.take_licence(code, licence, now.date()))[0]

    def receive_remaining(self, case_id: str) -> CaseView:
        """其余全部已收取: every material not yet checked is marked received, in one step."""

        def step(case: Case, _now: datetime) -> None:
            for check in case.materials:
                if check.state is MaterialState.PENDING:
                    case.check_material(check.code, MaterialState.RECEIVED)

        return self._change(case_id, step)[0]

    def change_matter(self, case_id: str, code: str, confirmed: bool = False) -> CaseView:
        """The draft becomes a draft of `code`: same number, same applicant, the checks of the
        materials both matters ask for. Checks or scans the new matter drops need `confirmed`
        (WouldLoseChecks says which); the scans themselves stay stored with the case.

        A draft is not on the server (its first mutation is the decision, which carries the
        matter codes in its snapshot), so the change adds no outbox entry.
        """
        target = self._target(code)
        now = self._clock()
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            scanned = frozenset(row.material_code for row in PageRepository(uow.session).for_case(case.id))
            lost = [c.material.name for c in lost_checks(case, target, scanned)]
            if lost and not confirmed:
                raise WouldLoseChecks(Message(WOULD_LOSE, matter=target.name, names="、".join(lost)))
            try:
                changed = change_matter(case, target, now, self._cfg.clerk_name)
            except CaseRuleError as exc:
                raise RuleViolation(message_of(exc)) from exc
            uow.cases.save(changed)
            view = self._view(uow, changed)
            self._commit(uow)
        return view

    def preview(self, case_id: str, decision: str) -> DecisionPreview:
        """What F9 / F10 / F11 would print, after the same checks the decision makes; nothing kept."""
        clerk, now = self._cfg.clerk_name, self._clock()
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            try:
                if decision == "accept":
                    case.accept(now, clerk, self._days, self._required_fields(case))
                elif decision == "supplement":
                    case.request_supplement(now, clerk, self._days)
                else:  # the reason comes after: only the addressee is asked now
                    case.require_addressee(now)
            except DecisionRefused as exc:
                problems = [Problem(p.field, p.message) for p in exc.problems]
                raise ValidationFailed(problems, exc.message) from exc
            except CaseRuleError as exc:
                raise RuleViolation(message_of(exc)) from exc
            return decision_preview(decision, case)  # the unit of work ends without a commit

    def discard_draft(self, case_id: str) -> None:
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id)
            if not case.discardable:
                raise RuleViolation(Message(NOT_EDITABLE, status=case.status.label, action=Message(DISCARD)))
            uow.cases.delete(case_id)
            self._commit(uow)

    # --- the decision ------------------------------------------------------------------------------
    # The rules of each decision are the domain's (Case.accept, Case.request_supplement); a refusal
    # comes back as DecisionRefused with its problems, which CaseSteps turns into ValidationFailed
    # so the screen marks each field and material row.
    def accept(self, case_id: str) -> DecisionResult:
        clerk = self._cfg.clerk_name
        return self._decide(
            case_id, lambda c, now: c.accept(now, clerk, self._days, self._required_fields(c)), "receipt"
        )

    def request_supplement(self, case_id: str) -> DecisionResult:
        clerk = self._cfg.clerk_name
        return self._decide(
            case_id, lambda c, now: c.request_supplement(now, clerk, self._days), "deficiency_notice"
        )

    def refuse(self, case_id: str, reason: str) -> DecisionResult:
        clerk = self._cfg.clerk_name
        return self._decide(case_id, lambda c, now: c.refuse(now, clerk, reason), "refusal_notice")
