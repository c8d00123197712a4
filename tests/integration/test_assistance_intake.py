"""帮办代办 at the window against a real SQLite file: 代办 brings the 委托书 into the checklist and
needs the agent, 帮办 names its helper, both go to the server with the case; the 委托书 template
prints with the case's matter and people."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from dataclasses import replace

import pytest

from app.domain.assistance import PROXY_MATERIAL_CODE
from app.services.errors import ValidationFailed
from app.services.views import AssistanceInput, PartyInput

VALID_ID = "11010519491231002X"
AGENT_ID = "110105194912310038"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")


def _case(services):
    case = services.intake.start_case(services.catalog.search("城乡居民基本养老保险参保登记")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    return case


def _snapshot(services) -> dict:
    con = sqlite3.connect(services.settings.database_path)
    return json.loads(con.execute("select payload from outbox order by seq desc").fetchone()[0])["snapshot"]


def test_a_proxy_case_asks_for_the_authorisation_and_the_agent(services):
    case = _case(services)
    view = services.intake.set_assistance(case.id, AssistanceInput(kind="proxy"))
    assert view.assistance.kind == "proxy"
    assert view.materials[-1].code == PROXY_MATERIAL_CODE and view.materials[-1].name == "授权委托书"
    with pytest.raises(ValidationFailed) as refused:
        services.intake.accept(case.id)
    fields = [p.field for p in refused.value.problems]
    assert fields == ["agent.name", f"material:{PROXY_MATERIAL_CODE}"]
    services.intake.save_applicant(
        case.id, replace(APPLICANT, agent_name="李四", agent_cert_number=AGENT_ID, agent_phone="13900001111")
    )
    services.intake.set_material(case.id, PROXY_MATERIAL_CODE, "received")
    assert services.intake.accept(case.id).case.status == "accepted"
    assert _snapshot(services)["assistance"] == {"kind": "proxy", "helper": "", "reason": None, "note": ""}
    # back from the store as it was kept
    assert services.cases.detail(case.id).assistance.kind == "proxy"


def test_a_helped_case_names_its_helper_and_reason(services):
    case = _case(services)
    services.intake.set_assistance(case.id, AssistanceInput(kind="helped"))
    with pytest.raises(ValidationFailed, match="帮办须写明帮办人员的姓名"):
        services.intake.accept(case.id)
    services.intake.set_assistance(case.id, AssistanceInput("helped", "周帮办", "elderly"))
    assert services.intake.accept(case.id).case.status == "accepted"
    assert _snapshot(services)["assistance"]["helper"] == "周帮办"


def test_the_authorisation_template_prints_the_matter_and_the_people(services):
    case = _case(services)
    services.intake.save_applicant(case.id, replace(APPLICANT, agent_name="李四", agent_cert_number=AGENT_ID))
    services.intake.set_assistance(case.id, AssistanceInput(kind="proxy"))
    doc = services.intake.print_authorisation_form(case.id)
    assert doc.printed
    text = subprocess.run(["pdftotext", doc.path, "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace("\n", "").replace(" ", "")
    for expected in (
        "授权委托书",
        "王建国",
        "李四",
        "城乡居民基本养老保险参保登记",
        case.number,
        "委托人签章",
        "受托人签名",
    ):
        assert expected in flat
    assert VALID_ID not in flat and AGENT_ID not in flat  # the numbers are written by hand
    assert [d.kind for d in services.cases.detail(case.id).documents] == ["authorisation_form"]
