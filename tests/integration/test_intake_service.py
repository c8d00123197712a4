"""Intake use cases against a real SQLite file: open, fill, decide, and the records they leave."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.services.errors import NotFound, RuleViolation, ValidationFailed
from app.services.views import PartyInput
from tests.second_party import SECOND_PARTY

VALID_ID = "11010519491231002X"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")


def _matter(services, query: str) -> str:
    return services.catalog.search(query)[0].code


def _tick_all(services, case):
    for m in case.materials:
        case = services.intake.set_material(case.id, m.code, "received")
    return case


def test_accepting_a_case_stores_it_writes_the_receipt_and_an_outbox_entry(services):
    case = services.intake.start_case(_matter(services, "jhdj"))
    assert case.number.startswith("330429-20261123-W03-")
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    _tick_all(services, case)
    result = services.intake.accept(case.id)
    assert result.case.status == "accepted"
    assert result.case.promised_date is not None
    assert result.document.kind == "receipt" and result.document.printed
    pdf = Path(result.document.path).read_bytes()
    assert pdf.startswith(b"%PDF")
    # the decision and its mutation were committed together
    con = sqlite3.connect(services.settings.database_path)
    kinds = [r[0] for r in con.execute("select kind from outbox order by seq")]
    assert kinds == ["accepted"]
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_case_numbers_continue_after_a_restart(tmp_path, clock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    settings = demo_settings(tmp_path / "d", sample_cases=False)
    first = build_services(settings, clock=clock)
    code = _matter(first, "jhdj")
    n1 = first.intake.start_case(code).number
    first.close()
    second = build_services(settings, clock=clock)
    n2 = second.intake.start_case(code).number
    second.close()
    assert n1.endswith("-0001") and n2.endswith("-0002")


def test_an_invalid_applicant_blocks_acceptance_but_keeps_what_was_typed(services):
    case = services.intake.start_case(_matter(services, "jhdj"))
    typed = replace(APPLICANT, cert_number="110105194912310021")  # wrong check digit
    services.intake.save_applicant(case.id, typed)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    _tick_all(services, case)
    with pytest.raises(ValidationFailed) as err:
        services.intake.accept(case.id)
    assert [p.field for p in err.value.problems] == ["applicant.cert_number"]
    assert "校验位" in str(err.value)
    again = services.cases.detail(case.id)
    assert again.status == "draft" and again.applicant.cert_number == "110105194912310021"
    assert again.documents == ()


def test_deficiency_notice_lists_exactly_the_missing_materials(services):
    case = services.intake.start_case(_matter(services, "jhdj"))
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    first, second, *rest = case.materials
    services.intake.set_material(case.id, first.code, "missing", "请携带户口簿原件")
    with pytest.raises(ValidationFailed):  # Art. 32: everything at once, so nothing unchecked
        services.intake.request_supplement(case.id)
    services.intake.set_material(case.id, second.code, "invalid", "照片非近期，请重拍")
    for m in rest:
        services.intake.set_material(case.id, m.code, "received")
    result = services.intake.request_supplement(case.id)
    assert result.case.status == "supplement_requested"
    assert result.case.supplement_deadline is not None
    # the applicant comes back with both: the same case is completed and accepted
    services.intake.set_material(case.id, first.code, "received")
    services.intake.set_material(case.id, second.code, "received")
    assert services.intake.accept(case.id).case.status == "accepted"


def test_refusal_needs_a_reason(services):
    case = services.intake.start_case(_matter(services, "临时救助"))
    services.intake.save_applicant(case.id, APPLICANT)  # the notice is addressed to the applicant
    with pytest.raises(RuleViolation, match="理由"):
        services.intake.refuse(case.id, "  ")
    result = services.intake.refuse(case.id, "申请事项不属于本机关职权范围")
    assert result.case.status == "refused" and result.document.kind == "refusal_notice"
    with pytest.raises(RuleViolation, match="不予受理"):
        services.intake.accept(case.id)


def test_unknown_matter_code_is_a_clear_error(services):
    with pytest.raises(NotFound, match="不在本厅的事项清单"):
        services.intake.start_case("000000000000")


def test_a_state_the_matter_does_not_allow_is_refused(services):
    case = services.intake.start_case(_matter(services, "jhdj"))
    required = next(m for m in case.materials if m.necessity == 1 and not m.commitment_allowed)
    with pytest.raises(RuleViolation, match="告知承诺"):
        services.intake.set_material(case.id, required.code, "commitment")
    with pytest.raises(RuleViolation, match="容缺"):
        services.intake.set_material(case.id, required.code, "deferred")


def test_a_bundle_asks_for_shared_materials_once_and_is_accepted(services):
    hit = next(h for h in services.catalog.search("一件事", limit=50) if h.kind == "bundle")
    case = services.intake.start_case(hit.code)
    names = [m.name for m in case.materials]
    assert len(names) == len(set(names))
    assert len(case.matter_names) >= 2
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "deferred" if m.necessity == 3 else "received")
    result = services.intake.accept(case.id)
    assert result.case.status == "accepted"
    assert result.case.title == hit.name


def test_issuance_after_the_result_arrives(services, clock):
    case = services.intake.start_case(_matter(services, "jhdj"))
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    _tick_all(services, case)
    services.intake.accept(case.id)
    with pytest.raises(RuleViolation):
        services.issuance.issue(case.id, "in_person", "王建国", "111", VALID_ID)
    clock.advance(days=2)
    ready = services.issuance.register_result(case.id, "J330429-2026-001234")
    assert ready.status == "result_ready"
    found = services.cases.find_by_number(f"  {case.number.lower()} ")
    assert found.id == case.id
    with pytest.raises(ValidationFailed, match="代领"):
        services.issuance.issue(case.id, "in_person", "李四", "111", "110105194912310038", identity="card")
    done = services.issuance.issue(case.id, "in_person", "王建国", "111", VALID_ID, identity="card")
    assert done.case.status == "issued" and done.document.kind == "issuance_record"
    assert [e.kind for e in done.case.events][-2:] == ["result_ready", "issued"]


def test_printer_failure_keeps_the_decision_and_the_document(tmp_path, clock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    settings = replace(demo_settings(tmp_path / "d", sample_cases=False), printer_url="sim://?fail=paper")
    s = build_services(settings, clock=clock)
    case = s.intake.start_case(_matter(s, "jhdj"))
    s.intake.save_applicant(case.id, APPLICANT)
    s.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    _tick_all(s, case)
    result = s.intake.accept(case.id)
    assert result.case.status == "accepted"
    assert not result.document.printed and "缺纸" in result.document.print_error
    assert s.printing.pdf_bytes(result.document.id).startswith(b"%PDF")
    s.close()


def test_a_year_without_holiday_data_is_accepted_and_marked_estimated(services, clock, tmp_path):
    """A window is never blocked by a missing calendar (it was refused before): weekends only,
    and the case, its timeline, its snapshot for the server and the receipt say so."""
    import json
    import shutil
    import subprocess
    from datetime import datetime

    from app.domain.matters import CaseKind

    clock.now = datetime(2026, 12, 30, 10, 0)
    promised = next(m for m in services.catalog.catalog.matters if m.case_kind is CaseKind.PROMISED)
    case = services.intake.start_case(promised.code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "deferred" if m.necessity == 3 else "received")
    result = services.intake.accept(case.id)
    view = services.cases.detail(case.id)
    assert view.status == "accepted" and view.promised_estimated
    assert view.promised_date.year == 2027
    assert "（暂按周末计算）" in view.events[-1].summary
    con = sqlite3.connect(services.settings.database_path)
    assert con.execute("select promised_estimated from cases where id = ?", (case.id,)).fetchone() == (1,)
    payload = json.loads(con.execute("select payload from outbox order by seq desc").fetchone()[0])
    assert payload["snapshot"]["promised_estimated"] is True
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", result.document.path, "-"], capture_output=True, check=True)
        text = "".join(out.stdout.decode("utf-8").split())
        day = view.promised_date
        assert f"承诺于{day.year}年{day.month}月{day.day}日前办结（暂按周末计算）" in text


def test_today_list_shows_todays_and_waiting_cases(services, clock):
    code = _matter(services, "jhdj")
    a = services.intake.start_case(code)
    clock.advance(days=1)
    b = services.intake.start_case(code)
    ids = [c.id for c in services.cases.today()]
    assert ids[0] == b.id
    assert a.id not in ids  # an abandoned draft of yesterday does not clutter today
    assert services.cases.today()[0].promised_date is None
    assert date(2026, 11, 24) == services.cases.detail(b.id).created_at.date()


def test_receive_remaining_marks_only_the_unchecked_in_one_step(services):
    case = services.intake.start_case(_matter(services, "jhdj"))
    first = case.materials[0]
    services.intake.set_material(case.id, first.code, "missing", "请携带原件")
    view = services.intake.receive_remaining(case.id)
    states = {m.code: m.state for m in view.materials}
    assert states.pop(first.code) == "missing"
    assert set(states.values()) == {"received"}
