"""Handing a result out (出件) on a real SQLite file: the collector's ID read or typed with a
reason, matched against the applicant, and a 代领's 委托书 scanned as a page of the case."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess

import pytest
from PIL import Image

from app.domain.collectors import AUTHORISATION_CODE
from app.services.errors import RuleViolation, ValidationFailed
from app.services.views import PartyInput

VALID_ID = "11010519491231002X"
OTHER_ID = "110105194912310038"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")


def _letter() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (620, 877), (250, 250, 245)).save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def ready(services, clock):
    """A 居民身份证换领 case whose result waits at the window."""
    hit = services.catalog.search("居民身份证换领")[0]
    case = services.intake.start_case(hit.code)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    services.intake.accept(case.id)
    clock.advance(days=1)
    return services.issuance.register_result(case.id, "J330429-2026-001234")


def _text(path: str) -> str:
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True)
    return "".join(out.stdout.decode("utf-8").split())


def _last_mutation(services) -> dict:
    con = sqlite3.connect(services.settings.database_path)
    row = con.execute("select kind, payload from outbox order by seq desc").fetchone()
    return {"kind": row[0], **json.loads(row[1])}


def test_in_person_with_the_card_read(services, ready):
    done = services.issuance.issue(ready.id, "in_person", "王建国", "111", VALID_ID, identity="card")
    assert done.case.status == "issued"
    assert done.case.events[-1].summary == "出件（本人领取）：王建国，证件经读卡核验"
    sent = _last_mutation(services)
    assert sent["kind"] == "issued"
    assert sent["event"]["detail"] == {
        "method": "in_person",
        "identity": "card",
        "typed_reason": "",
        "authorisation_pages": [],
    }
    assert sent["snapshot"]["issuance"]["identity"] == "card"


def test_without_the_card_a_reason_is_asked_and_kept_in_the_timeline(services, ready):
    with pytest.raises(ValidationFailed) as refused:
        services.issuance.issue(ready.id, "in_person", "王建国", "111", VALID_ID)
    assert [p.field for p in refused.value.problems] == ["collector.reason"]
    assert services.cases.detail(ready.id).status == "result_ready"
    done = services.issuance.issue(
        ready.id, "in_person", "王建国", "111", VALID_ID, typed_reason="身份证芯片损坏，核对了临时身份证"
    )
    timeline = services.cases.detail(ready.id).events
    assert timeline[-1].summary == (
        "出件（本人领取）：王建国，证件手工录入（原因：身份证芯片损坏，核对了临时身份证）"
    )
    if shutil.which("pdftotext"):
        text = _text(done.document.path)
        assert "手工录入（原因：身份证芯片损坏，核对了临时身份证）" in text


def test_a_card_that_is_not_the_applicants_is_refused(services, ready):
    with pytest.raises(ValidationFailed) as refused:
        services.issuance.issue(ready.id, "in_person", "李四", "111", OTHER_ID, identity="card")
    assert str(refused.value) == (
        "领取人证件（110105********0038）不是申请人王建国的证件（110105********002X）："
        "本人领取须由申请人本人持证领取；他人领取请选择“代领”并扫描授权委托书"
    )
    assert [p.field for p in refused.value.problems] == ["collector.cert_number"]
    assert services.cases.detail(ready.id).status == "result_ready"


def test_an_agent_needs_the_letter_scanned_first(services, ready):
    with pytest.raises(ValidationFailed) as refused:
        services.issuance.issue(ready.id, "agent", "李四", "111", OTHER_ID, identity="card")
    assert [p.field for p in refused.value.problems] == ["authorisation"]
    page = services.pages.attach(ready.id, AUTHORISATION_CODE, _letter(), "sim://scanner")
    done = services.issuance.issue(ready.id, "agent", "李四", "111", OTHER_ID, identity="card")
    assert done.case.status == "issued"
    assert done.case.events[-1].summary == "出件（代领）：李四，证件经读卡核验，授权委托书1页"
    sent = _last_mutation(services)
    assert sent["event"]["detail"]["authorisation_pages"] == [page.id]
    if shutil.which("pdftotext"):
        text = _text(done.document.path)
        assert "授权委托书" in text and page.id[:8] in text
    # the case is a closed record now: its letter cannot change any more
    with pytest.raises(RuleViolation):
        services.pages.attach(ready.id, AUTHORISATION_CODE, _letter(), "sim://scanner")
