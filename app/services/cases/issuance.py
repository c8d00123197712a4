"""After acceptance, at the window: results arriving, deferred materials, handing out (出件)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.case_status import CaseStatus, IssuanceMethod, ResultCode
from app.domain.cases import TRACKING_NUMBER, Case, Issuance
from app.domain.collectors import AUTHORISATION_CODE, IdentitySource
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.cases.steps import CaseSteps
from app.services.errors import Problem, RuleViolation, ValidationFailed
from app.services.views import CaseView, DecisionResult
from app.store.page_repository import PageRepository
from app.store.unit_of_work import UnitOfWork

UNKNOWN_METHOD = QT_TRANSLATE_NOOP("messages", "未知的出件方式“{method}”")


class IssuanceService(CaseSteps):
    """After acceptance, at the window; the constructor is CaseSteps'."""

    def register_result(self, case_id: str, certificate_number: str = "") -> CaseView:
        """结果到件: the back office's result has reached the window and waits to be collected."""
        clerk = self._cfg.clerk_name

        def step(case: Case, now: datetime) -> None:
            if case.status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS):
                # without a connection to the back office, the result arriving is the decision
                case.decide(now, clerk, ResultCode.CERTIFICATE)
            case.result_arrived(now, clerk, certificate_number)

        return self._change(case_id, step)[0]

    def complete_immediately(self, case_id: str, certificate_number: str = "") -> CaseView:
        clerk = self._cfg.clerk_name
        return self._change(case_id, lambda c, now: c.complete_at_window(now, clerk, certificate_number))[0]

    def supply_deferred(self, case_id: str, material_code: str) -> CaseView:
        clerk = self._cfg.clerk_name
        return self._change(case_id, lambda c, now: c.supply_deferred(now, clerk, material_code))[0]

    def issue(
        self,
        case_id: str,
        method: str,
        collector_name: str,
        collector_cert_type: str,
        collector_cert_number: str,
        tracking_number: str = "",
        post_address: str = "",
        *,
        identity: str = IdentitySource.TYPED,
        typed_reason: str = "",
    ) -> DecisionResult:
        """Hand the result out. ``identity`` says how the collector's ID was seen: "card" when the
        reader read it (and nothing was typed over it since), else "typed" with ``typed_reason``.
        The 委托书 of a 代领 is the case's pages under collectors.AUTHORISATION_CODE, scanned first.
        """
        try:
            how = IssuanceMethod(method)
        except ValueError:
            raise RuleViolation(Message(UNKNOWN_METHOD, method=method)) from None
        if how is IssuanceMethod.POST and not tracking_number.strip():
            raise ValidationFailed([Problem("post.tracking_number", Message(TRACKING_NUMBER))])
        posted = how is IssuanceMethod.POST
        with UnitOfWork(self._sessions) as uow:
            pages = PageRepository(uow.session).for_material(case_id, AUTHORISATION_CODE)
            authorisation = tuple(row.id for row in pages) if how is IssuanceMethod.AGENT else ()
        issuance = Issuance(
            how,
            collector_name.strip(),
            collector_cert_number.strip().upper(),
            self._clock(),
            collector_cert_type,
            tracking_number.strip(),
            post_address.strip(),
            identity="" if posted else str(identity),
            typed_reason="" if posted or identity == IdentitySource.CARD else typed_reason.strip(),
            authorisation_pages=authorisation,
        )
        clerk = self._cfg.clerk_name

        def step(case: Case, at: datetime) -> None:
            case.issue(at, clerk, replace(issuance, issued_at=at))

        return self._decide(case_id, step, "issuance_record")
