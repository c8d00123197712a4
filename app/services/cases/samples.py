"""A few cases for a new demo database, made through the real use cases.

So that a first look at the demo shows what a day at the window looks like: a case waiting to
be collected (出件), one waiting for a supplement (the applicant comes back), an accepted bundle
with a deferred material, and an immediate case already handed out.
"""

from __future__ import annotations

from app.domain.catalog_search import SearchHit
from app.domain.matters import Necessity
from app.services.cases.intake import IntakeService
from app.services.cases.issuance import IssuanceService
from app.services.catalog.lookup import CatalogService
from app.services.views import CaseView, PartyInput

# fictional people; the ID numbers carry valid check digits so the demo accepts them
_PEOPLE = {
    "zhou": PartyInput(
        name="周明远", cert_number="330429198703150038", phone="13905731234", address="安和县城关镇解放路12号"
    ),
    "chen": PartyInput(
        name="陈佳怡",
        cert_number="330429199208220048",
        phone="15857305678",
        address="安和县花溪街道翠苑小区5幢",
    ),
    "wu": PartyInput(
        name="吴海峰", cert_number="330429197911300016", phone="13705739876", address="安和县临溪镇西街8号"
    ),
    "lin": PartyInput(
        name="林小雨", cert_number="330429199506180021", phone="18857301122", address="安和县城关镇人民路66号"
    ),
    # a foreign permanent resident (the simulator's 2017 sample card): the English name on the notices
    "mueller": PartyInput(
        name="穆安娜", cert_type="553", cert_number="DEU110089061501", english_name="MUELLER ANNA MARIA"
    ),
}


def _first(catalog: CatalogService, name: str) -> SearchHit:
    return next(h for h in catalog.search(name, limit=5) if h.name == name)


def _open(intake: IntakeService, catalog: CatalogService, name: str, who: str) -> CaseView:
    case = intake.start_case(_first(catalog, name).code)
    intake.save_applicant(case.id, _PEOPLE[who])
    return case


def _check(intake: IntakeService, case: CaseView, missing: dict[str, str] | None = None) -> None:
    missing = missing or {}
    for m in case.materials:
        if m.name in missing:
            intake.set_material(case.id, m.code, "missing", missing[m.name])
        elif m.necessity == Necessity.DEFERRABLE:
            intake.set_material(case.id, m.code, "deferred")
        elif m.necessity == Necessity.REQUIRED:
            intake.set_material(case.id, m.code, "received")
        else:
            intake.set_material(case.id, m.code, "not_provided")


def seed_sample_cases(catalog: CatalogService, intake: IntakeService, issuance: IssuanceService) -> None:
    married = _open(intake, catalog, "内地居民结婚登记", "zhou")
    intake.save_second_party(married.id, _PEOPLE["mueller"])  # 男方 and 女方 apply together
    _check(intake, married)
    intake.accept(married.id)
    issuance.complete_immediately(married.id, "J330429-2026-000318")
    p = _PEOPLE["zhou"]
    issuance.issue(married.id, "in_person", p.name, p.cert_type, p.cert_number, identity="card")

    shop = _open(intake, catalog, "食品经营许可", "chen")
    _check(intake, shop)
    intake.accept(shop.id)
    issuance.register_result(shop.id, "JY23304290012345")

    company = _open(intake, catalog, "有限责任公司设立登记", "wu")
    _check(intake, company, {"公司章程": "章程未经全体股东签字，请补充签字后提交"})
    intake.request_supplement(company.id)

    baby = _open(intake, catalog, "新生儿出生一件事", "lin")
    _check(intake, baby)
    intake.accept(baby.id)
