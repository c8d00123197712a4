"""What the use cases hand to the screens: plain, immutable, complete.

Widgets never see a session, a repository or a mutable domain object; they get these and call
the use cases again to change anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.messages import Message


@dataclass(frozen=True)
class PartyInput:
    """An applicant (or collector) as typed; may be incomplete or wrong while it is a draft."""

    type: int = 1  # ApplicantType: 1 自然人, 2 企业法人, …
    name: str = ""
    cert_type: str = "111"  # CertificateType code
    cert_number: str = ""
    phone: str = ""
    address: str = ""
    agent_name: str = ""
    agent_cert_type: str = "111"
    agent_cert_number: str = ""
    agent_phone: str = ""
    english_name: str = ""  # 外国人永久居留身份证: the card's English name


@dataclass(frozen=True)
class StateChoice:
    """One state a material could be given, as the domain rules it for this material."""

    state: str  # MaterialState value
    label: str
    refusal: str  # the domain's reason this material may not take it; "" when allowed

    @property
    def allowed(self) -> bool:
        return not self.refusal


@dataclass(frozen=True)
class MaterialView:
    code: str
    name: str
    necessity: int  # 1 必要, 2 非必要, 3 容缺后补
    necessity_label: str
    copies: int
    guide_note: str  # what the catalog says to bring
    state: str  # MaterialState value
    state_label: str
    clerk_note: str  # why it is missing or invalid
    due_date: date | None
    supplied_on: date | None
    commitment_allowed: bool
    e_licence_allowed: bool
    licence_line: str = ""  # 电子证照: the licence taken (number, issuer, validity)
    # every MaterialState, allowed or refused with the reason (materials_check.allowed_states):
    # the checklist offers and refuses exactly these
    choices: tuple[StateChoice, ...] = ()

    def choice(self, state: str) -> StateChoice | None:
        return next((c for c in self.choices if c.state == state), None)


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor: str
    kind: str
    summary: str


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str  # receipt, deficiency_notice, refusal_notice, issuance_record
    title: str
    path: str  # where the PDF was written
    created_at: datetime
    printed: bool
    print_error: str = ""
    case_id: str = ""  # the case it was made for: the preview and Ctrl+P belong to that case
    case_number: str = ""


@dataclass(frozen=True)
class AssistanceInput:
    """帮办代办 as the clerk sets it (app/domain/assistance.py): kind none | helped | proxy."""

    kind: str = "none"
    helper: str = ""
    reason: str = ""  # elderly | disabled | unlettered | other ("" while not chosen)
    note: str = ""


@dataclass(frozen=True)
class CaseView:
    id: str
    number: str
    status: str  # CaseStatus value
    status_label: str
    title: str  # the bundle's name or the matter's
    matter_codes: tuple[str, ...]
    matter_names: tuple[str, ...]
    department: str
    kind_label: str  # 即办件 / 承诺件
    promised_limit_label: Message | str
    result_name: str
    applicant: PartyInput
    materials: tuple[MaterialView, ...]
    events: tuple[EventView, ...]
    documents: tuple[DocumentView, ...]
    created_at: datetime
    accepted_at: datetime | None
    promised_date: date | None
    supplement_deadline: date | None
    refusal_reason: str
    certificate_number: str
    deadline_flag: str  # '', 'due_soon', 'overdue', 'immediate' (cases.deadline_flag)
    editable: bool  # materials and applicant may still change
    is_immediate: bool
    awaits_issuance: bool  # CaseStatus.awaits_issuance: a pickup slip exists, 容缺 may follow
    awaits_result: bool  # CaseStatus.awaits_result: the window may register the result
    outstanding_deferred: tuple[str, ...]  # names of deferred materials not yet supplied
    issuance_summary: str = ""
    version: int = 0
    promised_estimated: bool = False  # 暂按周末计算: counted before the year's holidays were known
    parties: tuple[str, ...] = ()  # a two-party matter's party names (男方, 女方); () for one applicant
    second_party: PartyInput = PartyInput()  # the second of two parties (empty for one applicant)
    discardable: bool = False  # 放弃草稿 allowed (Case.discardable): the key is greyed otherwise
    supplement_deadline_estimated: bool = False  # the 补正 deadline moved over an unknown year
    assistance: AssistanceInput = AssistanceInput()  # 本人办理 / 帮办 / 代办


@dataclass(frozen=True)
class CaseSummary:
    id: str
    number: str
    title: str
    applicant_masked: str
    status: str
    status_label: str
    created_at: datetime
    promised_date: date | None
    deadline_flag: str
    is_final: bool = False  # CaseStatus.is_final: nothing more will happen to it
    synced: bool = True  # False while a change of this case waits for the central server
    promised_estimated: bool = False  # 暂按周末计算


@dataclass(frozen=True)
class DecisionResult:
    """A decision recorded, its document written to disk, and whether printing went through."""

    case: CaseView
    document: DocumentView
    warnings: tuple[str, ...] = field(default_factory=tuple)
