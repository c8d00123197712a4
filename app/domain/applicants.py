"""Applicants (申请人) and their agents (代理人/联系人), and the checks made before a decision.

A draft may hold whatever the clerk typed, valid or not, so that nothing typed is lost; the
checks here run when the clerk decides, and each failure names its field and says what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from app.domain.id_numbers import (
    IdNumberError,
    validate_credit_code,
    validate_foreign_permanent_id,
    validate_resident_id,
)
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, text


class ApplicantType(IntEnum):
    """申请人类型 as the national platform codes it."""

    NATURAL_PERSON = 1  # 自然人
    ENTERPRISE = 2  # 企业法人
    INSTITUTION = 3  # 事业法人
    SOCIAL_ORGANISATION = 4  # 社会组织法人
    UNINCORPORATED_ENTERPRISE = 5  # 非法人企业
    GOVERNMENT = 6  # 行政机关
    OTHER_ORGANISATION = 9  # 其他组织

    @property
    def label(self) -> Message:
        return Message(_APPLICANT_TYPE_LABELS[self])

    @property
    def is_person(self) -> bool:
        return self is ApplicantType.NATURAL_PERSON


_APPLICANT_TYPE_LABELS = {
    ApplicantType.NATURAL_PERSON: QT_TRANSLATE_NOOP("messages", "自然人"),
    ApplicantType.ENTERPRISE: QT_TRANSLATE_NOOP("messages", "企业法人"),
    ApplicantType.INSTITUTION: QT_TRANSLATE_NOOP("messages", "事业法人"),
    ApplicantType.SOCIAL_ORGANISATION: QT_TRANSLATE_NOOP("messages", "社会组织法人"),
    ApplicantType.UNINCORPORATED_ENTERPRISE: QT_TRANSLATE_NOOP("messages", "非法人企业"),
    ApplicantType.GOVERNMENT: QT_TRANSLATE_NOOP("messages", "行政机关"),
    ApplicantType.OTHER_ORGANISATION: QT_TRANSLATE_NOOP("messages", "其他组织"),
}


class CertificateType(StrEnum):
    """证件类型 codes used by the national platform."""

    RESIDENT_ID = "111"  # 居民身份证
    PASSPORT = "414"  # 普通护照
    HK_MACAO_PERMIT = "516"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "511"  # 台湾居民来往大陆通行证
    FOREIGN_PERMANENT_RESIDENT = "553"  # 外国人永久居留身份证
    # 港澳台居民居住证: the code list we follow has no entry for it yet, so this is a local code
    # in the 9xx range; its number is a 公民身份号码 with region 810000/820000/830000
    HMT_RESIDENCE_PERMIT = "990"
    CREDIT_CODE = "001"  # 统一社会信用代码
    OTHER = "999"

    @property
    def label(self) -> Message:
        return Message(_CERT_LABELS[self])


_CERT_LABELS = {
    CertificateType.RESIDENT_ID: QT_TRANSLATE_NOOP("messages", "居民身份证"),
    CertificateType.PASSPORT: QT_TRANSLATE_NOOP("messages", "普通护照"),
    CertificateType.HK_MACAO_PERMIT: QT_TRANSLATE_NOOP("messages", "港澳居民来往内地通行证"),
    CertificateType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("messages", "台湾居民来往大陆通行证"),
    CertificateType.FOREIGN_PERMANENT_RESIDENT: QT_TRANSLATE_NOOP("messages", "外国人永久居留身份证"),
    CertificateType.HMT_RESIDENCE_PERMIT: QT_TRANSLATE_NOOP("messages", "港澳台居民居住证"),
    CertificateType.CREDIT_CODE: QT_TRANSLATE_NOOP("messages", "统一社会信用代码"),
    CertificateType.OTHER: QT_TRANSLATE_NOOP("messages", "其他证件"),
}

CERT_NUMBER_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写证件号码")
HMT_PERMIT_REGION = QT_TRANSLATE_NOOP(
    "messages", "港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头"
)
CERT_LENGTH = QT_TRANSLATE_NOOP("messages", "{cert}号码长度不正确（应为5–30位，现为{length}位）")
PERSON_NAME = QT_TRANSLATE_NOOP("messages", "申请人姓名")
ORGANISATION_NAME = QT_TRANSLATE_NOOP("messages", "申请单位名称")
FILL_IN = QT_TRANSLATE_NOOP("messages", "请填写{what}")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("messages", "{what}过长（最多100个字）")
ENGLISH_NAME_TOO_LONG = QT_TRANSLATE_NOOP("messages", "英文姓名过长（最多120个字符）")
PERSON_NO_CREDIT_CODE = QT_TRANSLATE_NOOP("messages", "自然人应使用个人证件，不能使用统一社会信用代码")
ORGANISATION_CREDIT_CODE = QT_TRANSLATE_NOOP("messages", "单位申请人应填写统一社会信用代码")
PHONE_FORMAT = QT_TRANSLATE_NOOP("messages", "联系电话格式不正确（手机11位，或区号-座机号）")
CONTACT_NEEDED = QT_TRANSLATE_NOOP("messages", "单位申请须填写经办人")
AGENT_NAME = QT_TRANSLATE_NOOP("messages", "请填写代理人姓名")
AGENT_PROBLEM = QT_TRANSLATE_NOOP("messages", "代理人{problem}")
AGENT_PHONE = QT_TRANSLATE_NOOP("messages", "代理人联系电话格式不正确")


@dataclass(frozen=True)
class Person:
    """An agent or contact person acting for the applicant."""

    name: str = ""
    cert_type: CertificateType = CertificateType.RESIDENT_ID
    cert_number: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.cert_number.strip() or self.phone.strip())


@dataclass(frozen=True)
class Applicant:
    type: ApplicantType = ApplicantType.NATURAL_PERSON
    name: str = ""
    cert_type: CertificateType = CertificateType.RESIDENT_ID
    cert_number: str = ""
    phone: str = ""
    address: str = ""
    agent: Person | None = None  # 代理人 (natural person) or 经办人/联系人 (organisation)
    # 外国人永久居留身份证: the card's English name, printed beside the Chinese one on documents
    english_name: str = ""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with what was typed: the field (for focusing it) and the message."""

    field: str  # applicant.name, applicant.cert_number, agent.cert_number, …
    message: Message  # (a plain str is accepted and shown as it is)


MAX_ENGLISH_NAME = 120  # the 2017 foreign card's English name field: 120 characters
_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")


def check_certificate(cert_type: CertificateType, number: str, today: date) -> Message | None:
    """The problem with a certificate number, or None when it is acceptable."""
    number = number.strip()
    if not number:
        return Message(CERT_NUMBER_NEEDED)
    try:
        if cert_type is CertificateType.RESIDENT_ID:
            validate_resident_id(number, today)
        elif cert_type is CertificateType.CREDIT_CODE:
            validate_credit_code(number)
        elif cert_type is CertificateType.HMT_RESIDENCE_PERMIT:
            if not validate_resident_id(number, today).is_hmt_residence_permit:
                return Message(HMT_PERMIT_REGION)
        elif cert_type is CertificateType.FOREIGN_PERMANENT_RESIDENT:
            validate_foreign_permanent_id(number)
        elif len(number) < 5 or len(number) > 30:
            return Message(CERT_LENGTH, cert=cert_type.label, length=len(number))
    except (IdNumberError, ValueError) as exc:
        return exc.message if isinstance(exc, MessageError) else text(str(exc))
    return None


def check_applicant(applicant: Applicant, today: date) -> list[FieldProblem]:
    """Everything wrong with the applicant block, in the order the fields appear on screen."""
    problems: list[FieldProblem] = []
    a = applicant
    who = Message(PERSON_NAME if a.type.is_person else ORGANISATION_NAME)
    if not a.name.strip():
        problems.append(FieldProblem("applicant.name", Message(FILL_IN, what=who)))
    elif len(a.name.strip()) > 100:
        problems.append(FieldProblem("applicant.name", Message(NAME_TOO_LONG, what=who)))
    if len(a.english_name.strip()) > MAX_ENGLISH_NAME:
        problems.append(FieldProblem("applicant.english_name", Message(ENGLISH_NAME_TOO_LONG)))
    if a.type.is_person and a.cert_type is CertificateType.CREDIT_CODE:
        problems.append(FieldProblem("applicant.cert_type", Message(PERSON_NO_CREDIT_CODE)))
    elif not a.type.is_person and a.cert_type is not CertificateType.CREDIT_CODE:
        problems.append(FieldProblem("applicant.cert_type", Message(ORGANISATION_CREDIT_CODE)))
    else:
        problem = check_certificate(a.cert_type, a.cert_number, today)
        if problem:
            problems.append(FieldProblem("applicant.cert_number", problem))
    if a.phone.strip() and not _PHONE.match(a.phone.strip()):
        problems.append(FieldProblem("applicant.phone", Message(PHONE_FORMAT)))
    agent = a.agent
    if not a.type.is_person and (agent is None or agent.is_empty):
        problems.append(FieldProblem("agent.name", Message(CONTACT_NEEDED)))
    if agent is not None and not agent.is_empty:
        if not agent.name.strip():
            problems.append(FieldProblem("agent.name", Message(AGENT_NAME)))
        problem = check_certificate(agent.cert_type, agent.cert_number, today)
        if problem:
            problems.append(FieldProblem("agent.cert_number", Message(AGENT_PROBLEM, problem=problem)))
        if agent.phone.strip() and not _PHONE.match(agent.phone.strip()):
            problems.append(FieldProblem("agent.phone", Message(AGENT_PHONE)))
    return problems
