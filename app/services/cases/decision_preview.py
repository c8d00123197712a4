"""What a decision will print, shown to the clerk before it is made (the one-key confirmation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.case_factory import case_title
from app.domain.cases import Case
from app.domain.masking import mask_id_number
from app.domain.materials_check import deficient
from app.domain.messages import Message
from app.domain.parties import printed_name
from app.services.cases.case_views import DOCUMENT_TITLES

# the decision → the document it prints
DOCUMENTS = {"accept": "receipt", "supplement": "deficiency_notice", "refuse": "refusal_notice"}


@dataclass(frozen=True)
class DecisionPreview:
    decision: str  # accept | supplement | refuse
    document_title: Message
    applicant: str  # the name and the masked certificate number, as the notice addresses them
    matter: str
    materials: tuple[str, ...] = ()  # 一次性告知: each material to supplement, with its problem
    deadline: date | None = None  # 一次性告知: the 补正 deadline; 受理: the promised date
    deadline_estimated: bool = False  # 暂按周末计算


def decision_preview(decision: str, case: Case) -> DecisionPreview:
    """`case` as the decision left it in memory (nothing kept): what its document will say."""
    # a two-party case's notice is addressed to both parties: the confirmation names both
    people = [case.applicant, case.second_party] if case.parties and case.second_party else [case.applicant]
    applicant = "、".join(
        f"{printed_name(a.name, a.english_name)} {mask_id_number(a.cert_number)}".strip() for a in people
    )
    materials: tuple[str, ...] = ()
    deadline, estimated = None, False
    if decision == "supplement":
        materials = tuple(
            f"{c.material.name}（{c.state.label!s}{'：' + c.note if c.note else ''}）"
            for c in deficient(case.materials)
        )
        deadline, estimated = case.supplement_deadline, case.supplement_deadline_estimated
    elif decision == "accept":
        deadline, estimated = case.promised_date, case.promised_estimated
    return DecisionPreview(
        decision,
        Message(DOCUMENT_TITLES[DOCUMENTS[decision]]),
        applicant,
        case_title(case),
        materials,
        deadline,
        estimated,
    )
