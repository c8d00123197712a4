"""电子证照: a licence the state already holds, taken at the window instead of the paper (减材料).

This module is the one answer to
- which licence kind a catalog material stands for (licence_kind_of): the catalog may name it
  (``licence_kind``); otherwise the material's name says it (申请人居民身份证 → 居民身份证);
- whose licence to look for (holder_of): a person's kinds by a person's ID number, an
  organisation's by its 统一社会信用代码; a person's kind asked for an organisation applicant is
  looked up for its 经办人 (法定代表人居民身份证 of a company's application);
- whether a licence found may stand in for the paper (licence_problem): it must be in force
  (not 注销/吊销, not past its validity) and held by the person asked for.

The licence library's own codes for its kinds are a province's business and not known here;
the kinds are named as the library and the guides name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.applicants import Applicant, CertificateType
from app.domain.id_numbers import CreditCodeError, IdNumberError, validate_credit_code, validate_resident_id
from app.domain.masking import mask_id_number
from app.domain.messages import QT_TRANSLATE_NOOP, Message


class HolderKind(StrEnum):
    PERSON = "person"  # held by a natural person, found by their 公民身份号码
    ORGANISATION = "organisation"  # held by an organisation, found by its 统一社会信用代码


# the kinds a licence library holds, as the library and the guides name them; longer names first
# so that 不动产权证书 is not read as some shorter kind inside it
LICENCE_KINDS: dict[str, HolderKind] = {
    "中华人民共和国残疾人证": HolderKind.PERSON,
    "不动产权证书": HolderKind.PERSON,
    "出生医学证明": HolderKind.PERSON,
    "居民身份证": HolderKind.PERSON,
    "居民户口簿": HolderKind.PERSON,
    "社会保障卡": HolderKind.PERSON,
    "契税完税凭证": HolderKind.PERSON,
    "机动车驾驶证": HolderKind.PERSON,
    "离婚证": HolderKind.PERSON,
    "结婚证": HolderKind.PERSON,
    "营业执照": HolderKind.ORGANISATION,
    "建设工程规划许可证": HolderKind.ORGANISATION,
    "建设工程规划核实意见": HolderKind.ORGANISATION,
    "退休证明": HolderKind.PERSON,
}
# what else a material's name may call a kind
_ALIASES = {
    "身份证": "居民身份证",
    "户口簿": "居民户口簿",
    "残疾人证": "中华人民共和国残疾人证",
    "驾驶证": "机动车驾驶证",
}


class LicenceStatus(StrEnum):
    VALID = "valid"  # 有效
    CANCELLED = "cancelled"  # 注销
    REVOKED = "revoked"  # 吊销


@dataclass(frozen=True)
class Licence:
    """A licence as the library answered it (its PDF is archived by the server, by its hash)."""

    kind: str
    number: str  # 证照编号
    holder_name: str
    holder_id: str  # 持证主体代码: ID number or credit code
    issuer: str  # 发证机关
    issued_on: date
    valid_until: date | None  # None: 长期
    status: LicenceStatus = LicenceStatus.VALID
    pdf_sha256: str = ""  # the archived PDF
    issuer_code: str = ""


@dataclass(frozen=True)
class Holder:
    """Whose licence the window asks for."""

    name: str
    id_number: str


NO_KIND = QT_TRANSLATE_NOOP("messages", "目录没有写明“{name}”对应哪种电子证照，请收取纸质材料")
NO_HOLDER = QT_TRANSLATE_NOOP("messages", "请先填写{who}的证件号码，再调取“{kind}”电子证照")
HOLDER_NOT_ID = QT_TRANSLATE_NOOP(
    "messages", "“{kind}”电子证照按居民身份证号码查询，{who}的证件不是居民身份证，请收取纸质材料"
)
HOLDER_NOT_CODE = QT_TRANSLATE_NOOP(
    "messages", "“{kind}”电子证照按统一社会信用代码查询，申请人不是组织机构，请收取纸质材料"
)
CANCELLED = QT_TRANSLATE_NOOP("messages", "“{kind}”（编号{number}）已被注销，不能作为申请材料")
REVOKED = QT_TRANSLATE_NOOP("messages", "“{kind}”（编号{number}）已被吊销，不能作为申请材料")
EXPIRED = QT_TRANSLATE_NOOP(
    "messages", "“{kind}”（编号{number}）已于{day}过期，请申请人先办理换证或提供有效证件"
)
WRONG_KIND = QT_TRANSLATE_NOOP("messages", "电子证照库返回的是“{kind}”，不是所需的“{wanted}”，未予采用")
NOT_YET = QT_TRANSLATE_NOOP("messages", "“{kind}”（编号{number}）的签发日期{day}在今天之后，请核实")
OTHER_HOLDER = QT_TRANSLATE_NOOP("messages", "电子证照库返回的“{kind}”不是{name}的，未予采用")
TAKEN = QT_TRANSLATE_NOOP("messages", "电子证照 编号{number}，{issuer}签发，有效期至{until}")
FOR_LIFE = QT_TRANSLATE_NOOP("messages", "长期")
APPLICANT = QT_TRANSLATE_NOOP("messages", "申请人")
AGENT = QT_TRANSLATE_NOOP("messages", "经办人")


def licence_kind_of(material_name: str, catalog_kind: str = "") -> str:
    """The licence kind a material stands for: the catalog's word, else the kind its name says,
    else "" (the material cannot be looked up)."""
    if catalog_kind:
        return catalog_kind
    for kind in sorted(LICENCE_KINDS, key=len, reverse=True):
        if kind in material_name:
            return kind
    for alias, kind in _ALIASES.items():
        if alias in material_name:
            return kind
    return ""


def holder_of(kind: str, applicant: Applicant) -> Holder | Message:
    """Whom to look the licence up for, or why it cannot be looked up."""
    holder_kind = LICENCE_KINDS.get(kind, HolderKind.PERSON)
    organisation = applicant.cert_type is CertificateType.CREDIT_CODE
    if holder_kind is HolderKind.ORGANISATION:
        if not organisation:
            return Message(HOLDER_NOT_CODE, kind=kind)
        return _holder(applicant.name, applicant.cert_number, kind, Message(APPLICANT))
    if organisation:  # a person's licence in a company's application: its 经办人's
        agent = applicant.agent
        if agent is None or not agent.cert_number:
            return Message(NO_HOLDER, who=Message(AGENT), kind=kind)
        if agent.cert_type is not CertificateType.RESIDENT_ID:
            return Message(HOLDER_NOT_ID, kind=kind, who=Message(AGENT))
        return _holder(agent.name, agent.cert_number, kind, Message(AGENT))
    if applicant.cert_type is not CertificateType.RESIDENT_ID:
        return Message(HOLDER_NOT_ID, kind=kind, who=Message(APPLICANT))
    return _holder(applicant.name, applicant.cert_number, kind, Message(APPLICANT))


def _holder(name: str, number: str, kind: str, who: Message) -> Holder | Message:
    number = number.strip().upper()
    if not number:
        return Message(NO_HOLDER, who=who, kind=kind)
    return Holder(name.strip(), number)


def holder_id_problem(kind: str, holder_id: str, today: date) -> Message | None:
    """Why this is no holder's number for this kind (a 公民身份号码 or a 统一社会信用代码 that
    fails its check), or None: the server bounds a lookup with it before asking the library."""
    try:
        if LICENCE_KINDS.get(kind) is HolderKind.ORGANISATION:
            validate_credit_code(holder_id)
        else:
            validate_resident_id(holder_id, today)
    except (IdNumberError, CreditCodeError) as exc:
        return exc.message
    return None


def licence_problem(licence: Licence, holder: Holder, today: date) -> Message | None:
    """Why this licence may not stand in for the paper today, or None."""
    kind, number = licence.kind, licence.number
    if licence.holder_id.strip().upper() != holder.id_number:
        return Message(OTHER_HOLDER, kind=kind, name=holder.name or holder.id_number)
    if licence.status is LicenceStatus.CANCELLED:
        return Message(CANCELLED, kind=kind, number=number)
    if licence.status is LicenceStatus.REVOKED:
        return Message(REVOKED, kind=kind, number=number)
    if licence.valid_until is not None and licence.valid_until < today:
        return Message(EXPIRED, kind=kind, number=number, day=f"{licence.valid_until:%Y年%m月%d日}")
    if licence.issued_on > today:
        return Message(NOT_YET, kind=kind, number=number, day=f"{licence.issued_on:%Y年%m月%d日}")
    return None


def usable_licence(licences: list[Licence], holder: Holder, today: date) -> Licence | Message | None:
    """The licence to take among those the library holds for the holder (the one in force that
    was issued last), else the reason the newest cannot be taken; None when there is none."""
    if not licences:
        return None
    usable = [lic for lic in licences if licence_problem(lic, holder, today) is None]
    if usable:
        return max(usable, key=lambda lic: lic.issued_on)
    newest = max(licences, key=lambda lic: lic.issued_on)
    problem = licence_problem(newest, holder, today)
    assert problem is not None
    return problem


def printed_number(licence: Licence) -> str:
    """The licence number as a screen or a receipt shows it: a 居民身份证's number is its holder's
    ID number, masked like every printed ID number (a lost receipt must not give it away)."""
    if licence.number.strip().upper() == licence.holder_id.strip().upper():
        return mask_id_number(licence.number)
    return licence.number


def taken_line(licence: Licence) -> Message:
    """What the checklist and the receipt say of a material taken as 电子证照."""
    until = Message(FOR_LIFE) if licence.valid_until is None else f"{licence.valid_until:%Y年%m月%d日}"
    return Message(TAKEN, number=printed_number(licence), issuer=licence.issuer, until=until)


def licence_to_json(licence: Licence) -> dict:
    return {
        "kind": licence.kind,
        "number": licence.number,
        "holder_name": licence.holder_name,
        "holder_id": licence.holder_id,
        "issuer": licence.issuer,
        "issuer_code": licence.issuer_code,
        "issued_on": licence.issued_on.isoformat(),
        "valid_until": None if licence.valid_until is None else licence.valid_until.isoformat(),
        "status": licence.status.value,
        "pdf_sha256": licence.pdf_sha256,
    }


def licence_from_json(data: dict) -> Licence:
    until = data.get("valid_until")
    return Licence(
        kind=str(data["kind"]),
        number=str(data["number"]),
        holder_name=str(data.get("holder_name", "")),
        holder_id=str(data.get("holder_id", "")),
        issuer=str(data.get("issuer", "")),
        issuer_code=str(data.get("issuer_code", "")),
        issued_on=date.fromisoformat(str(data["issued_on"])),
        valid_until=None if not until else date.fromisoformat(str(until)),
        status=LicenceStatus(data.get("status", "valid")),
        pdf_sha256=str(data.get("pdf_sha256", "")),
    )
