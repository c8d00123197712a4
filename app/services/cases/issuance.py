"""After acceptance, at the window: results arriving, deferred materials, handing out (出件)."""

from __future__ import annotations

from datetime import datetime

from app.domain.applicants import CertificateType, check_certificate
from app.domain.case_status import CaseRuleError, CaseStatus, IssuanceMethod, ResultCode
from app.domain.cases import COLLECTOR_NAME, TRACKING_NUMBER, Case, Issuance
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.cases.steps import CaseSteps
from app.services.errors import Problem, RuleViolation, ValidationFailed
from app.services.views import CaseView, DecisionResult

UNKNOWN_METHOD = QT_TRANSLATE_NOOP("messages", "未知的出件方式“{method}”")
COLLECTOR_PROBLEM = QT_TRANSLATE_NOOP("messages", "领取人{problem}")
NOT_THE_APPLICANT = QT_TRANSLATE_NOOP("messages", "本人领取须出示申请人本人证件；他人领取请选择“代领”")


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
    ) -> DecisionResult:
        try:
            how = IssuanceMethod(method)
        except ValueError:
            raise RuleViolation(Message(UNKNOWN_METHOD, method=method)) from None
        now = self._clock()
        problems: list[Problem] = []
        if how is not IssuanceMethod.POST:
            if not collector_name.strip():
                problems.append(Problem("collector.name", Message(COLLECTOR_NAME)))
            try:
                cert = CertificateType(collector_cert_type)
            except ValueError:
                cert = CertificateType.OTHER
            problem = check_certificate(cert, collector_cert_number, now.date())
            if problem:
                problems.append(Problem("collector.cert_number", Message(COLLECTOR_PROBLEM, problem=problem)))
        elif not tracking_number.strip():
            problems.append(Problem("post.tracking_number", Message(TRACKING_NUMBER)))
        if problems:
            raise ValidationFailed(problems)
        issuance = Issuance(
            how,
            collector_name.strip(),
            collector_cert_number.strip().upper(),
            now,
            collector_cert_type,
            tracking_number.strip(),
            post_address.strip(),
        )
        clerk = self._cfg.clerk_name

        def step(case: Case, at: datetime) -> None:
            applicant = case.applicant
            if (
                how is IssuanceMethod.IN_PERSON
                and applicant.type.is_person
                and issuance.collector_cert_number != applicant.cert_number.upper()
            ):
                raise CaseRuleError(Message(NOT_THE_APPLICANT))
            case.issue(at, clerk, issuance)

        return self._decide(case_id, step, "issuance_record")
