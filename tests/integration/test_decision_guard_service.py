"""The window's decisions against a real SQLite file: no notice for nobody, a matter's required
phone, what the confirmation shows, and a draft's matter changed without spending a number."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from app.services.errors import ValidationFailed, WouldLoseChecks
from app.services.views import PartyInput

VALID_ID = "11010519491231002X"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210")
DIBAO = "113304290025001058000500901000"  # 最低生活保障审核确认: a phone is required
TEMP_AID = "113304290025001058000500902000"  # 临时救助: shares the ID card with 低保
ELDERLY = "113304290025001058000500903000"  # 高龄津贴申领: shares the ID card and 户口簿


def _rows(services, sql: str) -> list:
    con = sqlite3.connect(services.settings.database_path)
    try:
        return list(con.execute(sql))
    finally:
        con.close()


@pytest.mark.parametrize("decide", ["refuse", "supplement"])
def test_a_notice_for_nobody_is_refused_and_nothing_is_kept_or_printed(services, decide) -> None:
    case = services.intake.start_case(DIBAO)
    services.intake.set_material(case.id, "id_card", "missing")
    services.intake.receive_remaining(case.id)
    with pytest.raises(ValidationFailed) as refused:
        if decide == "refuse":
            services.intake.refuse(case.id, "不属于本机关职权范围")
        else:
            services.intake.request_supplement(case.id)
    assert {"applicant.name", "applicant.cert_number"} <= {p.field for p in refused.value.problems}
    assert _rows(services, "select count(*) from outbox") == [(0,)]
    assert _rows(services, "select count(*) from case_documents") == [(0,)]
    assert _rows(services, "select status from cases") == [("draft",)]


def test_a_required_phone_is_asked_at_acceptance(services) -> None:
    case = services.intake.start_case(DIBAO)
    services.intake.save_applicant(case.id, replace(APPLICANT, phone=""))
    services.intake.receive_remaining(case.id)
    with pytest.raises(ValidationFailed) as refused:
        services.intake.accept(case.id)
    assert [p.field for p in refused.value.problems] == ["applicant.phone"]
    services.intake.save_applicant(case.id, APPLICANT)
    assert services.intake.accept(case.id).case.status == "accepted"


def test_the_preview_shows_the_notice_and_its_new_year_deadline_and_keeps_nothing(services, clock) -> None:
    clock.advance(days=11)  # Friday 2026-12-04: 30 days on is Sunday 2027-01-03
    case = services.intake.start_case(DIBAO)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.set_material(case.id, "dibao_app", "missing", "须本人签字")
    services.intake.receive_remaining(case.id)
    preview = services.intake.preview(case.id, "supplement")
    assert str(preview.document_title) == "一次性告知书"
    assert preview.applicant.startswith("王建国 ") and VALID_ID not in preview.applicant
    assert preview.matter == "最低生活保障审核确认"
    assert preview.materials == ("最低生活保障申请书（缺少：须本人签字）",)
    assert (preview.deadline, preview.deadline_estimated) == (date(2027, 1, 4), True)
    assert _rows(services, "select status from cases") == [("draft",)]
    assert _rows(services, "select count(*) from outbox") == [(0,)]
    done = services.intake.request_supplement(case.id)
    assert done.case.supplement_deadline == date(2027, 1, 4) and done.case.supplement_deadline_estimated


def test_changing_the_matter_keeps_the_draft_its_number_and_applicant(services) -> None:
    case = services.intake.start_case(DIBAO)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.set_material(case.id, "id_card", "received")
    changed = services.intake.change_matter(case.id, TEMP_AID)
    assert (changed.id, changed.number) == (case.id, case.number)
    assert changed.applicant.name == "王建国" and changed.title == "临时救助"
    assert (changed.materials[0].code, changed.materials[0].state) == ("id_card", "received")
    assert _rows(services, "select count(*) from cases") == [(1,)]
    assert _rows(services, "select count(*) from outbox") == [(0,)]  # a draft is not on the server
    # a number is taken only by the next applicant's case
    assert services.intake.start_case(DIBAO).number.endswith("-0002")
    # the server first hears of the draft at its decision, which names the new matter
    services.intake.receive_remaining(case.id)
    services.intake.accept(case.id)
    [(kind, payload)] = _rows(services, "select kind, payload from outbox")
    sent = json.loads(payload)
    assert kind == "accepted" and sent["from_status"] == "draft"
    assert sent["matter_codes"] == [TEMP_AID] and sent["snapshot"]["matter_names"] == ["临时救助"]


def test_a_change_that_drops_checked_materials_asks_first(services) -> None:
    case = services.intake.start_case(DIBAO)
    services.intake.set_material(case.id, "dibao_auth", "invalid", "未签字")
    with pytest.raises(WouldLoseChecks, match="家庭经济状况核对授权书"):
        services.intake.change_matter(case.id, ELDERLY)
    assert services.intake.change_matter(case.id, ELDERLY, confirmed=True).title == "高龄津贴申领"
