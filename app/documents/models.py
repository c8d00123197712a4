"""What a printed document needs to know, as plain immutable data.

The services build these from a case; the renderers never see the store or the domain's
mutable state, so a document can be re-rendered identically from what was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class HallInfo:
    name: str  # 某某县政务服务中心
    address: str
    phone: str  # 咨询电话
    progress_query: str  # how to ask about progress (12345, the hall's site, …)
    collection: str  # where and how results are collected (统一出件窗口, 邮寄)


@dataclass(frozen=True)
class PartyInfo:
    """The applicant or the agent, as printed (ID number already masked by the caller)."""

    name: str
    id_type: str  # 居民身份证, 统一社会信用代码, …
    id_number_masked: str
    phone_masked: str = ""
    address: str = ""


@dataclass(frozen=True)
class MaterialLine:
    name: str
    copies: int
    status: str  # 已收取 / 容缺后补 / 告知承诺 / 电子证照 / 缺少 / 不符合要求
    detail: str = ""  # due date of a deferred one; what to bring and why for a missing one


@dataclass(frozen=True)
class CaseDocumentData:
    """Everything the four window documents print about a case."""

    hall: HallInfo
    case_number: str
    document_number: str  # 受理文书编号 / 告知书编号
    matter_names: tuple[str, ...]  # one, or the matters of a bundle
    bundle_name: str  # "" unless a bundle (一件事)
    department: str  # 实施主体
    applicant: PartyInfo
    agent: PartyInfo | None
    clerk: str  # accepting clerk's name
    window: str  # 3号窗口
    issued_at: datetime  # when this document was made
    materials: tuple[MaterialLine, ...]
    case_kind: str = "承诺件"  # 即办件 / 承诺件
    promised_date: date | None = None  # receipts: promised completion date
    promised_estimated: bool = False  # counted weekends only: the year's holidays were unknown
    promised_limit: str = ""  # "5个工作日"
    supplement_deadline: date | None = None  # deficiency notice: bring the rest by
    refusal_reason: str = ""  # refusal notice
    legal_basis: str = ""  # refusal notice: the rule the refusal rests on
    review_body: str = ""  # refusal notice: 行政复议机关
    court: str = ""  # refusal notice: 人民法院


@dataclass(frozen=True)
class IssuanceData:
    """The result / issuance record (出件登记): who collected what, with which ID."""

    case: CaseDocumentData
    result_name: str  # 结果名称 (营业执照, 结婚证, …)
    result_number: str  # certificate number
    decided_on: date | None
    method: str  # 本人领取 / 代领 / 邮寄
    collector: PartyInfo | None  # None when posted
    post_tracking: str = ""  # 邮寄: waybill number
    post_address: str = ""
    issued_at: datetime | None = None
    record_number: str = ""  # 出件登记编号; "" prints CJ-<case number>
