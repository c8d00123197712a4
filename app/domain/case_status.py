"""The states of a case (办件) and which moves between them are allowed."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum, StrEnum

from app.domain.applicants import FieldProblem
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError


class CaseStatus(StrEnum):
    DRAFT = "draft"  # 收件中: being taken in at the window
    SUPPLEMENT_REQUESTED = "supplement_requested"  # 待补正: one-time deficiency notice given
    REFUSED = "refused"  # 不予受理
    ACCEPTED = "accepted"  # 已受理
    IN_PROGRESS = "in_progress"  # 审查中: back-office steps under way
    SUSPENDED = "suspended"  # 特别程序: the clock stops
    DECIDED = "decided"  # 已办结 (decided, result not yet at the window)
    RESULT_READY = "result_ready"  # 待出件: the result is at the window
    ISSUED = "issued"  # 已出件
    CLOSED = "closed"  # 已终止 (作废, 转报, 补正超时驳回, 删除)

    @property
    def label(self) -> Message:
        return Message(_LABELS[self])

    @property
    def is_final(self) -> bool:
        return self in (CaseStatus.REFUSED, CaseStatus.ISSUED, CaseStatus.CLOSED)

    @property
    def awaits_issuance(self) -> bool:
        """Accepted and neither handed out nor closed: the applicant holds a pickup slip and may
        still owe (and bring scans of) 容缺后补 materials."""
        return self in (
            CaseStatus.ACCEPTED,
            CaseStatus.IN_PROGRESS,
            CaseStatus.SUSPENDED,
            CaseStatus.DECIDED,
            CaseStatus.RESULT_READY,
        )

    @property
    def awaits_result(self) -> bool:
        """The window may register the result (结果到件): accepted and not yet decided elsewhere
        (the window then records the decision too), or decided by the back office."""
        return self in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.DECIDED)

    @property
    def clock_runs(self) -> bool:
        """The promised limit counts down in these states."""
        return self in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS)


_LABELS = {
    CaseStatus.DRAFT: QT_TRANSLATE_NOOP("messages", "收件中"),
    CaseStatus.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("messages", "待补正"),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP("messages", "不予受理"),
    CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP("messages", "已受理"),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("messages", "审查中"),
    CaseStatus.SUSPENDED: QT_TRANSLATE_NOOP("messages", "特别程序中"),
    CaseStatus.DECIDED: QT_TRANSLATE_NOOP("messages", "已办结"),
    CaseStatus.RESULT_READY: QT_TRANSLATE_NOOP("messages", "待出件"),
    CaseStatus.ISSUED: QT_TRANSLATE_NOOP("messages", "已出件"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("messages", "已终止"),
}

S = CaseStatus
ALLOWED_MOVES: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.DRAFT: frozenset({S.ACCEPTED, S.SUPPLEMENT_REQUESTED, S.REFUSED, S.CLOSED}),
    # the applicant comes back with the rest: accept, or refuse; or the deadline passes
    S.SUPPLEMENT_REQUESTED: frozenset({S.ACCEPTED, S.REFUSED, S.CLOSED}),
    S.ACCEPTED: frozenset({S.IN_PROGRESS, S.SUSPENDED, S.DECIDED, S.CLOSED}),
    S.IN_PROGRESS: frozenset({S.IN_PROGRESS, S.SUSPENDED, S.DECIDED, S.CLOSED}),
    S.SUSPENDED: frozenset({S.IN_PROGRESS}),
    S.DECIDED: frozenset({S.RESULT_READY}),
    S.RESULT_READY: frozenset({S.ISSUED}),
    S.REFUSED: frozenset(),
    S.ISSUED: frozenset(),
    S.CLOSED: frozenset(),
}


class ResultCode(IntEnum):
    """办结结果 codes of the national platform."""

    CERTIFICATE = 0  # 出证办结
    DENIED = 1  # 不予许可/退回
    VOIDED = 2  # 作废
    DELETED = 3  # 删除
    FORWARDED = 4  # 转报
    SUPPLEMENT_TIMEOUT = 5  # 补正超时驳回
    REFUSED = 6  # 不予受理

    @property
    def label(self) -> Message:
        return Message(_RESULT_LABELS[int(self)])

    @property
    def needs_reason(self) -> bool:
        return 1 <= int(self) <= 5


class IssuanceMethod(StrEnum):
    IN_PERSON = "in_person"  # 本人领取
    AGENT = "agent"  # 代领
    POST = "post"  # 邮寄

    @property
    def label(self) -> Message:
        return Message(_METHOD_LABELS[self.value])


_RESULT_LABELS = (
    QT_TRANSLATE_NOOP("messages", "出证办结"),
    QT_TRANSLATE_NOOP("messages", "不予许可/退回"),
    QT_TRANSLATE_NOOP("messages", "作废"),
    QT_TRANSLATE_NOOP("messages", "删除"),
    QT_TRANSLATE_NOOP("messages", "转报"),
    QT_TRANSLATE_NOOP("messages", "补正超时驳回"),
    QT_TRANSLATE_NOOP("messages", "不予受理"),
)
_METHOD_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("messages", "本人领取"),
    "agent": QT_TRANSLATE_NOOP("messages", "代领"),
    "post": QT_TRANSLATE_NOOP("messages", "邮寄"),
}


class CaseRuleError(MessageError, ValueError):
    """A step the rules do not allow; the message says why, in the clerk's words."""


class DecisionRefused(CaseRuleError):
    """The window's decision (受理, 一次性告知) is not possible yet. The message is the whole sentence;
    `problems` names each field or material (material:<code>) so a screen can mark it in place."""

    def __init__(self, message: Message | str, problems: Sequence[FieldProblem]) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


NOT_NOW = QT_TRANSLATE_NOOP("messages", "办件当前为“{status}”，不能{action}")


class InvalidTransition(CaseRuleError):
    """``action`` names the step refused (a Message: 受理, 出件, …)."""

    def __init__(self, current: CaseStatus, wanted: CaseStatus, action: Message | str) -> None:
        super().__init__(Message(NOT_NOW, status=current.label, action=action))
        self.current = current
        self.wanted = wanted


def require_move(current: CaseStatus, wanted: CaseStatus, action: Message | str) -> None:
    if wanted not in ALLOWED_MOVES[current]:
        raise InvalidTransition(current, wanted, action)
