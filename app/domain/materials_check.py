"""Checking an application's materials against the matter's list (材料核验).

The rules of 行政许可法 Art. 32 live here: a deficiency notice tells *everything* missing at
once, so no required material may be left unchecked when the clerk decides. This module is the
one answer to "which states may this material take" (allowed_states / state_problem), "which
materials are deficient" (deficient: the case event and the printed notice both ask it) and
"what stops acceptance" (acceptance_problems); screens and documents ask, never re-decide.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from app.domain.applicants import FieldProblem
from app.domain.licences import Licence
from app.domain.matters import Material, Necessity
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError


class MaterialState(StrEnum):
    PENDING = "pending"  # not yet checked
    RECEIVED = "received"  # 已收取
    MISSING = "missing"  # 缺少
    INVALID = "invalid"  # 不符合要求 (wrong, expired, unreadable)
    DEFERRED = "deferred"  # 容缺后补
    COMMITMENT = "commitment"  # 告知承诺 instead of the proof
    E_LICENCE = "e_licence"  # 电子证照 instead of the paper
    NOT_PROVIDED = "not_provided"  # an optional material the applicant does not bring

    @property
    def label(self) -> Message:
        return Message(_STATE_LABELS[self])

    @property
    def satisfies(self) -> bool:
        """Counts as provided for acceptance."""
        return self in (MaterialState.RECEIVED, MaterialState.COMMITMENT, MaterialState.E_LICENCE)

    @property
    def is_deficient(self) -> bool:
        return self in (MaterialState.MISSING, MaterialState.INVALID)


_STATE_LABELS = {
    MaterialState.PENDING: QT_TRANSLATE_NOOP("messages", "未核验"),
    MaterialState.RECEIVED: QT_TRANSLATE_NOOP("messages", "已收取"),
    MaterialState.MISSING: QT_TRANSLATE_NOOP("messages", "缺少"),
    MaterialState.INVALID: QT_TRANSLATE_NOOP("messages", "不符合要求"),
    MaterialState.DEFERRED: QT_TRANSLATE_NOOP("messages", "容缺后补"),
    MaterialState.COMMITMENT: QT_TRANSLATE_NOOP("messages", "告知承诺"),
    MaterialState.E_LICENCE: QT_TRANSLATE_NOOP("messages", "电子证照"),
    MaterialState.NOT_PROVIDED: QT_TRANSLATE_NOOP("messages", "未提供（非必要）"),
}

INVALID_NEEDS_REASON = QT_TRANSLATE_NOOP("messages", "“{name}”不符合要求时，请写明原因，告知书会一并列出")
NOT_DEFERRABLE = QT_TRANSLATE_NOOP("messages", "“{name}”不属于容缺后补材料，不能容缺受理")
NO_COMMITMENT = QT_TRANSLATE_NOOP("messages", "“{name}”不适用告知承诺")
NO_E_LICENCE = QT_TRANSLATE_NOOP("messages", "“{name}”不能以电子证照替代")
REQUIRED_MUST_BE_CHECKED = QT_TRANSLATE_NOOP(
    "messages", "“{name}”是必要材料，请核验为已收取、缺少或不符合要求"
)
DEFERRABLE_NOT_OPTIONAL = QT_TRANSLATE_NOOP(
    "messages", "“{name}”是容缺后补材料，不能标为未提供；缺少时请选择容缺后补"
)
E_LICENCE_BY_LOOKUP = QT_TRANSLATE_NOOP(
    "messages", "“{name}”要以电子证照替代，须先从电子证照库调取到有效的证照（按 6 调取）"
)
NOT_CHECKED = QT_TRANSLATE_NOOP("messages", "“{name}”尚未核验")
BLOCKS_ACCEPTANCE = QT_TRANSLATE_NOOP("messages", "“{name}”{state}，不能受理，请出具一次性告知书")
OPTIONAL_BLOCKS_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "messages", "“{name}”{state}，不能受理，请出具一次性告知书（本次申请无需此材料的，请标为未提供）"
)


class MaterialRuleError(MessageError, ValueError):
    """A material state the matter does not allow."""


@dataclass(frozen=True)
class MaterialCheck:
    """The clerk's verdict on one material of a case."""

    material: Material
    state: MaterialState = MaterialState.PENDING
    note: str = ""  # for missing/invalid: what to bring and why
    due_date: date | None = None  # for deferred: by when
    supplied_on: date | None = None  # for deferred: when it finally came
    licence: Licence | None = None  # for e_licence: the licence taken from the library

    @property
    def code(self) -> str:
        return self.material.code

    def with_state(self, state: MaterialState, note: str = "") -> MaterialCheck:
        allowed_problem = state_problem(self.material, state)
        if allowed_problem:
            raise MaterialRuleError(allowed_problem)
        if state is MaterialState.INVALID and not note.strip():
            raise MaterialRuleError(Message(INVALID_NEEDS_REASON, name=self.material.name))
        if state is MaterialState.E_LICENCE:
            # an 电子证照 with no licence behind it would be a paper the applicant never gave: the
            # receipt and the platform name the licence's number and issuer
            raise MaterialRuleError(Message(E_LICENCE_BY_LOOKUP, name=self.material.name))
        return replace(self, state=state, note=note.strip(), due_date=None, supplied_on=None, licence=None)

    def with_licence(self, licence: Licence) -> MaterialCheck:
        """Satisfied by the licence the library holds (checked by licences.licence_problem)."""
        allowed_problem = state_problem(self.material, MaterialState.E_LICENCE)
        if allowed_problem:
            raise MaterialRuleError(allowed_problem)
        return replace(
            self, state=MaterialState.E_LICENCE, note="", due_date=None, supplied_on=None, licence=licence
        )


def state_problem(material: Material, state: MaterialState) -> Message | None:
    """Why this material may not take this state, or None."""
    if state is MaterialState.DEFERRED and material.necessity is not Necessity.DEFERRABLE:
        return Message(NOT_DEFERRABLE, name=material.name)
    if state is MaterialState.COMMITMENT and not material.commitment_allowed:
        return Message(NO_COMMITMENT, name=material.name)
    if state is MaterialState.E_LICENCE and not material.e_licence_allowed:
        return Message(NO_E_LICENCE, name=material.name)
    if state is MaterialState.NOT_PROVIDED and material.necessity is Necessity.REQUIRED:
        return Message(REQUIRED_MUST_BE_CHECKED, name=material.name)
    if state is MaterialState.NOT_PROVIDED and material.necessity is Necessity.DEFERRABLE:
        return Message(DEFERRABLE_NOT_OPTIONAL, name=material.name)
    return None


def allowed_states(material: Material) -> tuple[MaterialState, ...]:
    """The states the clerk may give this material, in the order of MaterialState (the checklist
    offers exactly these; 未核验 is always among them, so a mark can be taken back)."""
    return tuple(s for s in MaterialState if state_problem(material, s) is None)


def material_field(check: MaterialCheck) -> str:
    """The field name a problem with this material carries, so a screen can mark the row."""
    return f"material:{check.code}"


def unchecked(checks: list[MaterialCheck] | tuple[MaterialCheck, ...]) -> list[MaterialCheck]:
    """Materials the clerk has not looked at; optional ones may stay unchecked."""
    return [
        c
        for c in checks
        if c.state is MaterialState.PENDING and c.material.necessity is not Necessity.OPTIONAL
    ]


def deficient(checks: list[MaterialCheck] | tuple[MaterialCheck, ...]) -> list[MaterialCheck]:
    """What a deficiency notice lists and the supplement_requested event records, in list order:
    every material the clerk marked 缺少 or 不符合要求, whatever its necessity.

    An optional (非必要) material marked 缺少 is on the notice too. In a guide 非必要 mostly means
    "only in some cases" (父母结婚证: 婚生子女提交); the checklist tells the two cases apart: 未提供
    says this applicant does not need it, 缺少 says this applicant needs it and lacks it. Art. 32
    wants everything missing told at once, so what the clerk judged missing is demanded, and a
    notice that left it out would be followed by a second demand. For the same reason it blocks
    acceptance (acceptance_problems) until it is received or re-marked 未提供.
    """
    return [c for c in checks if c.state.is_deficient]


def supplement_problems(checks: list[MaterialCheck] | tuple[MaterialCheck, ...]) -> list[FieldProblem]:
    """Why a deficiency notice cannot be given yet: it must tell everything, so nothing unchecked."""
    return [
        FieldProblem(material_field(c), Message(NOT_CHECKED, name=c.material.name)) for c in unchecked(checks)
    ]


def acceptance_problems(checks: list[MaterialCheck] | tuple[MaterialCheck, ...]) -> list[FieldProblem]:
    """Everything about the materials that stops acceptance, each naming its row."""
    problems = supplement_problems(checks)
    for c in deficient(checks):
        optional = c.material.necessity is Necessity.OPTIONAL
        template = OPTIONAL_BLOCKS_ACCEPTANCE if optional else BLOCKS_ACCEPTANCE
        problems.append(
            FieldProblem(material_field(c), Message(template, name=c.material.name, state=c.state.label))
        )
    return problems
