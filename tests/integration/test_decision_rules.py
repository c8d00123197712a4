"""Intake decisions against a real SQLite file: the printed 一次性告知书, the event that goes to the
server and the intake's refusals all come from the domain's one answer (materials_check)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from app.domain.matters import Necessity
from app.services.errors import RuleViolation, ValidationFailed
from app.services.views import PartyInput
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="安和县民主路1号"
)


def _pdf_text(path: str) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    out = subprocess.run([tool, "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())


def _marriage_case(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    optional = next(m for m in case.materials if m.necessity == Necessity.OPTIONAL)
    required = [m for m in case.materials if m.necessity == Necessity.REQUIRED]
    return case, optional, required


def test_an_optional_material_marked_missing_is_on_the_notice_and_in_the_event_sent(services):
    case, optional, (first, *rest) = _marriage_case(services)
    services.intake.set_material(case.id, first.code, "missing", "请携带原件")
    services.intake.set_material(case.id, optional.code, "missing")
    for m in rest:
        services.intake.set_material(case.id, m.code, "received")
    result = services.intake.request_supplement(case.id)

    text = _pdf_text(result.document.path)
    assert first.name in text and optional.name in text
    assert "共2项" in text
    con = sqlite3.connect(services.settings.database_path)
    (payload,) = [r[0] for r in con.execute("select payload from outbox where kind = 'supplement_requested'")]
    assert f'"missing": ["{first.code}", "{optional.code}"]' in payload
    due = result.case.supplement_deadline.isoformat()
    assert result.case.events[-1].summary == f"一次性告知补正2项：{first.name}、{optional.name}，{due}前补正"


def test_acceptance_refused_in_the_domains_words_naming_the_row(services):
    case, optional, required = _marriage_case(services)
    for m in required:
        services.intake.set_material(case.id, m.code, "received")
    services.intake.set_material(case.id, optional.code, "missing")
    with pytest.raises(ValidationFailed) as err:
        services.intake.accept(case.id)
    expected = f"“{optional.name}”缺少，不能受理，请出具一次性告知书（本次申请无需此材料的，请标为未提供）"
    assert [(p.field, p.message) for p in err.value.problems] == [(f"material:{optional.code}", expected)]
    assert str(err.value) == f"不能受理：{expected}"
    services.intake.set_material(case.id, optional.code, "not_provided")
    assert services.intake.accept(case.id).case.status == "accepted"


def test_a_supplement_with_unchecked_materials_names_each_row(services):
    case, _optional, (first, *rest) = _marriage_case(services)
    services.intake.set_material(case.id, first.code, "missing")
    with pytest.raises(ValidationFailed) as err:
        services.intake.request_supplement(case.id)
    assert [p.field for p in err.value.problems] == [f"material:{m.code}" for m in rest]
    assert str(err.value).startswith("一次性告知须列明全部问题，请先核验：")


def test_a_state_the_material_does_not_take_is_refused_in_the_domains_words(services):
    case, _optional, (first, *_rest) = _marriage_case(services)
    with pytest.raises(RuleViolation) as err:
        services.intake.set_material(case.id, first.code, "not_provided")
    stored = services.cases.detail(case.id).materials[0]
    assert stored.code == first.code and stored.state == "pending"
    choice = stored.choice("not_provided")
    assert choice is not None and not choice.allowed and str(err.value) == choice.refusal
    assert choice.refusal.startswith(f"“{first.name}”是必要材料")
