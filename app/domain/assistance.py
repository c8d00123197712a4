"""帮办代办: a case applied for with the hall's help, or by an agent in the applicant's name.

- 帮办: a helper of the hall (帮办员) fills in and carries the application for an applicant who
  cannot well do it alone (an elderly or disabled person, one who cannot read or write); the
  applicant is there and signs. The case records who helped and why, for the hall's ledger of
  helped cases per helper.
- 代办: an agent acts in the applicant's name under a signed 授权委托书. The agent is the case's
  代理人 (name and ID number, read from the agent's ID card at the window where there is one),
  and the 委托书 becomes one of the case's materials, checked and scanned like the others, so a
  missing one is on the one-time deficiency notice like any other missing material.

This module is the one answer to "what does a case helped this way need before it is accepted".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.applicants import Applicant, CertificateType, FieldProblem
from app.domain.matters import Material, MaterialType, Necessity
from app.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_HELPER = 50
MAX_NOTE = 200
# the 委托书 of a 代办 case, kept among the case's materials under this code
PROXY_MATERIAL_CODE = "assistance.authorisation"
PROXY_MATERIAL = Material(
    code=PROXY_MATERIAL_CODE,
    name="授权委托书",
    type=MaterialType.FORM,
    source="申请人签署",
    necessity=Necessity.REQUIRED,
    note="申请人签名（或盖章）的授权委托书原件，写明委托事项和权限；可用本窗口打印的委托书模板",
)


class AssistanceKind(StrEnum):
    NONE = "none"  # 本人办理
    HELPED = "helped"  # 帮办
    PROXY = "proxy"  # 代办

    @property
    def label(self) -> Message:
        return Message(_KIND_LABELS[self])


_KIND_LABELS = {
    AssistanceKind.NONE: QT_TRANSLATE_NOOP("messages", "本人办理"),
    AssistanceKind.HELPED: QT_TRANSLATE_NOOP("messages", "帮办"),
    AssistanceKind.PROXY: QT_TRANSLATE_NOOP("messages", "代办"),
}


class HelpReason(StrEnum):
    ELDERLY = "elderly"  # 老年人
    DISABLED = "disabled"  # 残疾人
    UNLETTERED = "unlettered"  # 不识字或书写困难
    OTHER = "other"  # 其他（写明）

    @property
    def label(self) -> Message:
        return Message(_REASON_LABELS[self])


_REASON_LABELS = {
    HelpReason.ELDERLY: QT_TRANSLATE_NOOP("messages", "老年人"),
    HelpReason.DISABLED: QT_TRANSLATE_NOOP("messages", "残疾人"),
    HelpReason.UNLETTERED: QT_TRANSLATE_NOOP("messages", "不识字或书写困难"),
    HelpReason.OTHER: QT_TRANSLATE_NOOP("messages", "其他"),
}


@dataclass(frozen=True)
class Assistance:
    kind: AssistanceKind = AssistanceKind.NONE
    helper: str = ""  # 帮办: the hall's helper who filled it in
    reason: HelpReason | None = None  # 帮办: why help was needed
    note: str = ""  # 帮办 "其他": what the reason is

    @property
    def is_helped(self) -> bool:
        return self.kind is not AssistanceKind.NONE


HELPER_NEEDED = QT_TRANSLATE_NOOP("messages", "帮办须写明帮办人员的姓名")
HELPER_TOO_LONG = QT_TRANSLATE_NOOP("messages", "帮办人员姓名不能超过{limit}个字")
REASON_NEEDED = QT_TRANSLATE_NOOP("messages", "帮办须选择需要帮办的原因（老年人、残疾人……）")
NOTE_NEEDED = QT_TRANSLATE_NOOP("messages", "帮办原因选“其他”时，请写明原因（{limit}字以内）")
AGENT_NEEDED = QT_TRANSLATE_NOOP(
    "messages", "代办须填写代理人的姓名和身份证号码（可在读卡器上读取代理人的身份证）"
)
AGENT_NOT_APPLICANT = QT_TRANSLATE_NOOP("messages", "代理人与申请人是同一人，不是代办：请改为本人办理")


def assistance_problems(assistance: Assistance, applicant: Applicant) -> list[FieldProblem]:
    """What a helped case lacks before it may be accepted (the 委托书 is checked as a material)."""
    problems: list[FieldProblem] = []
    if assistance.kind is AssistanceKind.HELPED:
        helper = assistance.helper.strip()
        if not helper:
            problems.append(FieldProblem("assistance.helper", Message(HELPER_NEEDED)))
        elif len(helper) > MAX_HELPER:
            problems.append(FieldProblem("assistance.helper", Message(HELPER_TOO_LONG, limit=MAX_HELPER)))
        if assistance.reason is None:
            problems.append(FieldProblem("assistance.reason", Message(REASON_NEEDED)))
        elif assistance.reason is HelpReason.OTHER and not 0 < len(assistance.note.strip()) <= MAX_NOTE:
            problems.append(FieldProblem("assistance.note", Message(NOTE_NEEDED, limit=MAX_NOTE)))
    elif assistance.kind is AssistanceKind.PROXY:
        agent = applicant.agent
        if agent is None or not agent.name.strip() or not agent.cert_number.strip():
            problems.append(FieldProblem("agent.name", Message(AGENT_NEEDED)))
        elif (
            agent.cert_type is applicant.cert_type
            and agent.cert_number.strip().upper() == applicant.cert_number.strip().upper()
            and applicant.cert_type is not CertificateType.CREDIT_CODE
        ):
            problems.append(FieldProblem("agent.cert_number", Message(AGENT_NOT_APPLICANT)))
    return problems


def assistance_to_json(assistance: Assistance) -> dict | None:
    if not assistance.is_helped:
        return None
    return {
        "kind": assistance.kind.value,
        "helper": assistance.helper,
        "reason": None if assistance.reason is None else assistance.reason.value,
        "note": assistance.note,
    }


def assistance_from_json(data: dict | None) -> Assistance:
    if not data:
        return Assistance()
    reason = data.get("reason")
    return Assistance(
        AssistanceKind(data.get("kind", "none")),
        str(data.get("helper", "")),
        None if not reason else HelpReason(reason),
        str(data.get("note", "")),
    )
