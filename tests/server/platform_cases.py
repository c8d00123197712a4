"""Cases for the 办件 export tests, taken through their life by the workbench's own domain and
recorded as its outbox records them (app/services/cases/mutations.py), so the records the export
builds are those of what a window really sends.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.domain.applicants import Applicant, ApplicantType, CertificateType, Person
from app.domain.case_factory import open_case
from app.domain.case_status import CaseStatus, IssuanceMethod, ResultCode
from app.domain.cases import Case, Issuance
from app.domain.licences import Licence
from app.domain.materials_check import MaterialState
from app.domain.matters import CaseKind, Department, Material, Matter, Necessity, TimeLimit
from app.domain.working_days import WorkCalendar
from app.services.cases.mutations import record_mutations
from server.store.models import CatalogVersionRow

HALL = "330429"
CAL = WorkCalendar()
DEPARTMENT = Department("113304290025001116", "安和县市场监督管理局")
MATTER = Matter(
    catalog_code="000104002000",
    implementation_code="113304290025001116000104002000",
    handling_item_code="113304290025001116000104002000001",
    name="食品经营许可",
    matter_type="行政许可",
    department=DEPARTMENT,
    case_kind=CaseKind.PROMISED,
    statutory_limit=TimeLimit(20),
    promised_limit=TimeLimit(5),
    materials=(
        Material("M01", "食品经营许可申请书", necessity=Necessity.REQUIRED),
        Material("M02", "场地使用证明", necessity=Necessity.OPTIONAL),
        Material("M03", "消防安全承诺书", necessity=Necessity.DEFERRABLE, defer_days=5),
        Material("M04", "住所证明", necessity=Necessity.REQUIRED, commitment_allowed=True),
        Material("M05", "法定代表人身份证", necessity=Necessity.REQUIRED, e_licence_allowed=True),
    ),
    result_name="食品经营许可证",
    version=3,
)
APPLICANT = Applicant(
    type=ApplicantType.NATURAL_PERSON,
    name="张三",
    cert_type=CertificateType.RESIDENT_ID,
    cert_number="11010519491231002X",
    phone="13812343210",
    address="安和县城关镇人民路1号",
    agent=Person("李四", CertificateType.RESIDENT_ID, "110105194912310038", "13900001111"),
)
CLERK, WINDOW = "王窗口", "3号窗口"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A window's wall clock (no offset), as the workbench's clock gives it."""
    return datetime(2026, 12, day, hour, minute)


@dataclass
class Recorder:
    """Stands in for the unit of work: record_mutations adds to `outbox`."""

    entries: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def outbox(self):
        return self

    def add(self, kind: str, payload: dict, now: datetime) -> None:
        self.entries.append((kind, payload))


@dataclass
class WindowCase:
    """A case at a window and the mutations its steps recorded so far (each sent once)."""

    case: Case
    recorder: Recorder = field(default_factory=Recorder)
    sent: int = 0

    def step(self, action, now: datetime) -> None:
        before, first = self.case.status, len(self.case.events)
        action(self.case)
        record_mutations(self.recorder, self.case, first, now, before)

    def new_mutations(self, first_seq: int) -> list[dict]:
        out = []
        for seq, (kind, payload) in enumerate(self.recorder.entries[self.sent :], start=first_seq):
            out.append(
                {
                    "seq": seq,
                    "mutation_id": str(uuid.uuid4()),
                    "kind": kind,
                    "created_at": payload["event"]["at"],
                    "payload": payload,
                }
            )
        self.sent = len(self.recorder.entries)
        return out


def window_case(number: str, opened: datetime | None = None, applicant: Applicant = APPLICANT) -> WindowCase:
    opened = opened or at(1, 9, 10)
    case = open_case(MATTER, str(uuid.uuid4()), number, opened, CLERK, WINDOW)
    case.update_applicant(applicant)
    return WindowCase(case)


def accepted(number: str, applicant: Applicant = APPLICANT, licence: Licence | None = None) -> WindowCase:
    """Taken in on Tuesday 1 December: paper, 容缺, 告知承诺 and 电子证照 materials; accepted.

    Without `licence` the 电子证照 material names none, as a workbench from before the licence
    lookup recorded it (its record is held back for the manager to complete)."""
    w = window_case(number, applicant=applicant)
    c = w.case
    c.check_material("M01", MaterialState.RECEIVED)
    c.check_material("M03", MaterialState.DEFERRED)
    c.check_material("M04", MaterialState.COMMITMENT)
    if licence is not None:
        c.take_licence("M05", licence, date(2026, 12, 1))
    else:
        c.materials[-1] = replace(c.material("M05"), state=MaterialState.E_LICENCE)
    w.step(lambda c: c.accept(at(1, 9, 30), CLERK, CAL), at(1, 9, 30))
    return w


def whole_life(number: str) -> WindowCase:
    """Accepted, examined, through an expert review, approved, decided, handed out by post."""
    w = accepted(number)
    w.step(lambda c: c.record_step(at(2, 10), "科员甲", "审查", "材料齐全"), at(2, 10))
    w.step(lambda c: c.suspend(at(2, 15), "科员甲", "专家评审"), at(2, 15))
    w.step(lambda c: c.resume(at(4, 11), "科员甲", CAL), at(4, 11))
    w.step(lambda c: c.record_step(at(7, 9), "科长乙", "批准", "同意"), at(7, 9))
    w.step(lambda c: c.supply_deferred(at(7, 9, 30), CLERK, "M03"), at(7, 9, 30))
    w.step(lambda c: c.decide(at(7, 10), "科长乙", ResultCode.CERTIFICATE), at(7, 10))
    w.step(lambda c: c.result_arrived(at(7, 14), CLERK, "JY13304290012345"), at(7, 14))
    post = Issuance(
        IssuanceMethod.POST,
        "张三",
        "11010519491231002X",
        at(8, 9),
        tracking_number="SF1234567890",
        post_address="安和县城关镇人民路1号",
        identity="card",
    )
    w.step(lambda c: c.issue(at(8, 9), CLERK, post), at(8, 9))
    assert w.case.status is CaseStatus.ISSUED
    return w


def publish_matter(ctx) -> None:
    """The catalog the server knows the matter's codes and department from."""
    m = MATTER
    matter = {
        "implementation_code": m.implementation_code,
        "catalog_code": m.catalog_code,
        "handling_item_code": m.handling_item_code,
        "name": m.name,
        "department": {"code": m.department.code, "name": m.department.name},
    }
    catalog = {"format_version": 1, "version": "test", "matters": [matter], "bundles": []}
    with ctx.transaction() as s:
        s.add(CatalogVersionRow(catalog=catalog, published_at=datetime(2026, 11, 30), published_by="admin"))


def promised(w: WindowCase) -> date:
    assert w.case.promised_date is not None
    return w.case.promised_date
