"""内地居民结婚登记 on a real SQLite file: both parties kept with the case (one a foreign permanent
resident with an English name), through a restart, into the outbox and onto the receipt."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest

from app.services.errors import ValidationFailed
from app.services.views import PartyInput

HUSBAND = PartyInput(name="王小明", cert_number="341021199003074518", phone="13800138000")
WIFE = PartyInput(
    name="穆安娜", cert_type="553", cert_number="DEU110089061501", english_name="MUELLER ANNA MARIA"
)


def _marriage(services):
    return next(h for h in services.catalog.search("jhdj") if h.name == "内地居民结婚登记").code


def test_both_parties_are_kept_checked_synced_and_printed(services, tmp_path):
    case = services.intake.start_case(_marriage(services))
    assert case.parties == ("男方", "女方")
    services.intake.save_applicant(case.id, HUSBAND)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    with pytest.raises(ValidationFailed) as refused:
        services.intake.accept(case.id)
    assert {p.field for p in refused.value.problems} >= {"second.name", "second.cert_number"}

    services.intake.save_second_party(case.id, WIFE)
    stored = services.cases.detail(case.id)
    assert stored.second_party == WIFE
    assert stored.applicant.name == "王小明"

    result = services.intake.accept(case.id)
    assert result.case.status == "accepted"
    con = sqlite3.connect(services.settings.database_path)
    kind, payload = con.execute("select kind, payload from outbox order by seq desc").fetchone()
    snapshot = json.loads(payload)["snapshot"]
    assert kind == "accepted"
    assert snapshot["parties"] == ["男方", "女方"]
    assert snapshot["second_party"]["name"] == "穆安娜"
    assert snapshot["second_party"]["english_name"] == "MUELLER ANNA MARIA"

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([tool, "-enc", "UTF-8", result.document.path, "-"], capture_output=True, check=True)
    text = "".join(out.stdout.decode("utf-8").split())
    assert "王小明、穆安娜（MUELLERANNAMARIA）：" in text


def test_the_english_name_of_one_applicant_survives_a_restart(tmp_path, clock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    settings = demo_settings(tmp_path / "d", sample_cases=False)
    first = build_services(settings, clock=clock)
    code = first.catalog.search("社会保障卡申领")[0].code
    case = first.intake.start_case(code)
    first.intake.save_applicant(case.id, WIFE)
    first.close()
    again = build_services(settings, clock=clock)
    try:
        assert again.cases.detail(case.id).applicant.english_name == "MUELLER ANNA MARIA"
        assert again.cases.detail(case.id).parties == ()
    finally:
        again.close()


def test_the_demo_s_sample_marriage_has_both_parties(tmp_path, clock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    services = build_services(demo_settings(tmp_path / "demo", sample_cases=True), clock=clock)
    try:
        marriage = next(c for c in services.cases.today() if c.title == "内地居民结婚登记")
        view = services.cases.detail(marriage.id)
        assert view.status == "issued"
        assert (view.applicant.name, view.second_party.english_name) == ("周明远", "MUELLER ANNA MARIA")
    finally:
        services.close()
