"""What a printed document needs to know, as plain immutable data.

The services build these from a case; the renderers never see the store or the domain's
mutable state, so a document can be re-rendered identically from what was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.parties import printed_name


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
    english_name: str = ""  # 外国人永久居留身份证: printed beside the Chinese name

    @property
    def printed_name(self) -> str:
        """The name as a notice prints it: the Chinese name with the card's English name beside
        it (a 2017 foreign card without a Chinese name has only the English one)."""
        return printed_name(self.name, self.english_name)


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
    supplement_deadline_estimated: bool = False  # moved to a working day of an unknown year
    refusal_reason: str = ""  # refusal notice
    # a two-party matter (内地居民结婚登记): the parties' names (男方, 女方) and the second party
    parties: tuple[str, ...] = ()
    second_party: PartyInfo | None = None
    legal_basis: str = ""  # refusal notice: the rule the refusal rests on
    review_body: str = ""  # refusal notice: 行政复议机关
    court: str = ""  # refusal notice: 人民法院


def addressees(data: CaseDocumentData) -> str:
    """Whom a notice is addressed to: the applicant, or both parties of a two-party matter."""
    names = [data.applicant.printed_name]
    if data.second_party is not None:
        names.append(data.second_party.printed_name)
    return "、".join(n for n in names if n)


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
    identity: str = ""  # how the collector's ID was seen: 读卡核验, or 手工录入 with the reason
    authorisation: str = ""  # 代领: the scanned 委托书, as pages kept with the case
