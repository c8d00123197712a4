"""What each case event does to the status: the rule both the window and the server apply.

A mutation in the outbox is one case event. The server does not trust the snapshot's status (a
step that adds two events, such as 即办件 decided-and-ready, snapshots the state after both);
it moves its own copy of the case by the event's kind, checked against the allowed moves.
"""

from __future__ import annotations

from app.domain.case_status import CaseStatus, ResultCode

# kind → the status the event moves a case to; None: the event does not move it
_TARGETS: dict[str, CaseStatus | None] = {
    "accepted": CaseStatus.ACCEPTED,
    "supplement_requested": CaseStatus.SUPPLEMENT_REQUESTED,
    "refused": CaseStatus.REFUSED,
    "step": CaseStatus.IN_PROGRESS,
    "suspended": CaseStatus.SUSPENDED,
    "resumed": CaseStatus.IN_PROGRESS,
    "decided": None,  # by result code, see target_status
    "result_ready": CaseStatus.RESULT_READY,
    "issued": CaseStatus.ISSUED,
    "deferred_supplied": None,
    "promised_recounted": None,  # the promised date counted again once a year's schedule is known
}
CASE_EVENT_KINDS = frozenset(_TARGETS)
# a case reaches the server with its first decision at the window; drafts stay on the terminal
OPENING_KINDS = frozenset({"accepted", "supplement_requested", "refused"})


class UnknownCaseEvent(ValueError):
    pass


def target_status(kind: str, detail: dict | None = None) -> CaseStatus | None:
    """The status after an event of `kind`, or None when the event leaves the status as it is."""
    if kind not in _TARGETS:
        raise UnknownCaseEvent(f"未知的办件事件“{kind}”")
    if kind == "decided":
        try:
            code = ResultCode(int((detail or {}).get("result_code", -1)))
        except ValueError as exc:
            raise UnknownCaseEvent("办结事件缺少有效的办结结果代码") from exc
        return (
            CaseStatus.DECIDED if code in (ResultCode.CERTIFICATE, ResultCode.DENIED) else CaseStatus.CLOSED
        )
    return _TARGETS[kind]


def status_after(before: CaseStatus, kind: str, detail: dict | None = None) -> CaseStatus:
    target = target_status(kind, detail)
    return before if target is None else target
