"""Small, explicit matters and cases for the case-lifecycle tests.

Working days come from the real 2026 schedule (chinese_calendar); 2027 has no data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.applicants import Applicant, ApplicantType, CertificateType
from app.domain.case_factory import open_case
from app.domain.case_status import (
    CaseStatus,
    IssuanceMethod,
)
from app.domain.cases import (
    Case,
    Issuance,
)
from app.domain.licences import Licence
from app.domain.materials_check import MaterialState
from app.domain.matters import (
    Bundle,
    CaseKind,
    Department,
    Material,
    Matter,
    Necessity,
    TimeLimit,
)
from app.domain.working_days import WorkCalendar

CAL = WorkCalendar()
S = CaseStatus
VALID_ID = "11010519491231002X"
OTHER_ID = "110105194912310038"  # someone collecting for the applicant (代领)
CREDIT_CODE = "91350100M000100Y43"

# Explicit labels, written out here rather than read from the code under test.
LABELS = {
    S.DRAFT: "收件中",
    S.SUPPLEMENT_REQUESTED: "待补正",
    S.REFUSED: "不予受理",
    S.ACCEPTED: "已受理",
    S.IN_PROGRESS: "审查中",
    S.SUSPENDED: "特别程序中",
    S.DECIDED: "已办结",
    S.RESULT_READY: "待出件",
    S.ISSUED: "已出件",
    S.CLOSED: "已终止",
}

# --- fixtures: a promised matter with every kind of material, an immediate matter -----------

APP_FORM = Material("M01", "营业执照申请书", necessity=Necessity.REQUIRED)
LEASE = Material("M02", "场地使用证明", necessity=Necessity.OPTIONAL)
FIRE_CERT = Material("M03", "消防安全承诺书", necessity=Necessity.DEFERRABLE, defer_days=5)
RESIDENCE = Material("M04", "住所证明", necessity=Necessity.REQUIRED, commitment_allowed=True)
ID_CARD = Material("M05", "法定代表人身份证", necessity=Necessity.REQUIRED, e_licence_allowed=True)

MARKET = Department("11350100MB0000001X", "市场监督管理局")
CIVIL = Department("11350100MB0000002X", "民政局")


FIVE_DAYS = TimeLimit(5)


def promised_matter(limit: TimeLimit = FIVE_DAYS, *materials: Material) -> Matter:
    return Matter(
        catalog_code="000104002000",
        implementation_code="11350100MB0000001X000104002000",
        name="食品经营许可",
        matter_type="行政许可",
        department=MARKET,
        case_kind=CaseKind.PROMISED,
        statutory_limit=TimeLimit(20),
        promised_limit=limit,
        materials=materials or (APP_FORM, LEASE, FIRE_CERT, RESIDENCE, ID_CARD),
        result_name="食品经营许可证",
        version=3,
    )


def immediate_matter(*materials: Material) -> Matter:
    return Matter(
        catalog_code="000111001000",
        implementation_code="11350100MB0000002X000111001000",
        name="结婚登记",
        matter_type="行政确认",
        department=CIVIL,
        case_kind=CaseKind.IMMEDIATE,
        statutory_limit=TimeLimit(0),
        promised_limit=TimeLimit(0),
        materials=materials or (ID_CARD, LEASE),
        result_name="结婚证",
    )


def person() -> Applicant:
    return Applicant(
        type=ApplicantType.NATURAL_PERSON,
        name="张三",
        cert_type=CertificateType.RESIDENT_ID,
        cert_number=VALID_ID,
        phone="13812343210",
    )


def licence_for(case: Case, code: str = "M05", **changes) -> Licence:
    """A licence in force of the kind and holder the material asks for (changes: what differs)."""
    kind, holder = case.licence_to_find(code)
    licence = Licence(
        kind, "D330429-0001", holder.name, holder.id_number, "安和县公安局", date(2016, 5, 4), None
    )
    return replace(licence, **changes)


def take_licence(case: Case, code: str = "M05", day: date = date(2026, 11, 20)) -> None:
    case.take_licence(code, licence_for(case, code), day)


def at(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, 0)


OPENED = at(2026, 11, 20, 9)  # a Friday


def new_case(matter: Matter | Bundle | None = None, when: datetime = OPENED) -> Case:
    return open_case(matter or promised_matter(), "c1", "3501002026112001001", when, "李窗口", "3号窗口")


def ready_case(matter: Matter | None = None, when: datetime = OPENED, *, defer: bool = True) -> Case:
    """A draft whose applicant and materials are all fine: accept() will pass."""
    case = new_case(matter, when)
    case.update_applicant(person())
    for c in list(case.materials):
        m = c.material
        if m.necessity is Necessity.OPTIONAL:
            continue
        if m.necessity is Necessity.DEFERRABLE and defer:
            case.check_material(m.code, MaterialState.DEFERRED)
        else:
            case.check_material(m.code, MaterialState.RECEIVED)
    return case


ACCEPT_DAY = datetime(2026, 11, 20, 10)  # a Friday


def accepted_case(matter: Matter | None = None, when: datetime = ACCEPT_DAY, *, defer: bool = False) -> Case:
    case = ready_case(matter, when, defer=defer)
    case.accept(when, "李窗口", CAL)
    return case


def in_window(case: Case) -> Issuance:
    return Issuance(IssuanceMethod.IN_PERSON, "张三", VALID_ID, at(2026, 12, 10), identity="card")
