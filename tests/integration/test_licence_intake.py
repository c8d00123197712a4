"""电子证照 at the window against a real SQLite file: looked up through the server, taken, kept,
printed on the receipt and pushed with the case; and every way it cannot be taken leaves the case
as it was, saying to take the paper."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from app.domain.licences import Licence, LicenceStatus
from app.services.errors import RuleViolation
from app.services.views import PartyInput
from app.sync.errors import Refused, ServerUnreachable, Unauthorised
from tests.licence_fakes import FakeLicenceServer, use_licence_server

VALID_ID = "11010519491231002X"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")
PROPERTY = Licence(
    "不动产权证书", "皖(2021)安和县不动产权第0012345号", "王建国", VALID_ID, "安和县自然资源和规划局",
    date(2021, 6, 1), None, pdf_sha256="a1" * 32,
)  # fmt: skip


def _case_with(services, *received: str):
    """购房户口迁入登记 with its applicant typed, every material but the property certificate received."""
    code = services.catalog.search("购房户口迁入登记")[0].code
    case = services.intake.start_case(code)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        if m.code != "property_certificate":
            services.intake.set_material(case.id, m.code, "received")
    return services.cases.detail(case.id)


def _material(view, code):
    return next(m for m in view.materials if m.code == code)


def test_a_licence_found_is_taken_kept_printed_and_pushed(services):
    server = FakeLicenceServer([PROPERTY])
    use_licence_server(services, server)
    case = _case_with(services)
    view = services.intake.take_e_licence(case.id, "property_certificate")
    taken = _material(view, "property_certificate")
    assert taken.state == "e_licence"
    assert (
        taken.licence_line
        == "电子证照 编号皖(2021)安和县不动产权第0012345号，安和县自然资源和规划局签发，有效期至长期"
    )
    assert [(q.kind, q.holder_id, q.material_code, q.case_id) for q in server.asked] == [
        ("不动产权证书", VALID_ID, "property_certificate", case.id)
    ]
    # kept in the store: read again from the file
    again = services.cases.detail(case.id)
    assert _material(again, "property_certificate").licence_line == taken.licence_line
    # the receipt names the licence; the case's snapshot carries it to the server (and the platform)
    result = services.intake.accept(case.id)
    assert result.case.status == "accepted"
    con = sqlite3.connect(services.settings.database_path)
    payloads = [json.loads(r[0]) for r in con.execute("select payload from outbox order by seq")]
    materials = payloads[-1]["snapshot"]["materials"]
    licence = next(m for m in materials if m["code"] == "property_certificate")["licence"]
    assert licence["number"] == PROPERTY.number and licence["issuer"] == "安和县自然资源和规划局"
    assert licence["pdf_sha256"] == "a1" * 32
    text = _pdf_text(result.document.path)
    assert "皖(2021)安和县不动产权第0012345号" in text and "安和县自然资源和规划局签发" in text


def _pdf_text(path: str) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", path, "-"], capture_output=True, text=True, check=True
    ).stdout.replace("\n", "")


@pytest.mark.parametrize(
    ("server", "said"),
    [
        (None, "本机未连接大厅服务器，不能调取电子证照：请收取纸质材料（按 1 已收取）"),
        (
            FakeLicenceServer(fails=ServerUnreachable("电子证照库暂时无法访问（连接超时）：请收取纸质材料")),
            "电子证照现在查不了（电子证照库暂时无法访问（连接超时））：请收取纸质材料（按 1 已收取）",
        ),
        (FakeLicenceServer(fails=Unauthorised("请登录")), "未在服务器上登录（离线登录），不能调取电子证照"),
        (
            FakeLicenceServer(fails=Refused("电子证照库不提供“不动产权证书”")),
            "电子证照库未能查询：电子证照库不提供",
        ),
        (FakeLicenceServer([]), "电子证照库中没有王建国的“不动产权证书”：请收取纸质材料"),
        (
            FakeLicenceServer([replace(PROPERTY, status=LicenceStatus.CANCELLED)]),
            "已被注销，不能作为申请材料：请收取纸质材料",
        ),
        (
            FakeLicenceServer([replace(PROPERTY, holder_id="110105194912310038")]),
            "不是王建国的，未予采用",
        ),
    ],
    ids=["offline", "library-away", "signed-in-offline", "refused", "none-held", "cancelled", "other-holder"],
)
def test_a_licence_that_cannot_be_taken_leaves_the_case_as_it_was(services, server, said):
    use_licence_server(services, server)
    case = _case_with(services)
    services.intake.set_material(case.id, "property_certificate", "missing")
    with pytest.raises(RuleViolation) as err:
        services.intake.take_e_licence(case.id, "property_certificate")
    assert said in str(err.value)
    after = services.cases.detail(case.id)
    assert _material(after, "property_certificate").state == "missing"
    assert after.applicant.cert_number == VALID_ID
    # nothing new to push beyond what the clerk did
    services.intake.set_material(case.id, "property_certificate", "received")  # the paper, and on


def test_no_lookup_for_a_material_the_matter_does_not_let_a_licence_replace(services):
    server = FakeLicenceServer([PROPERTY])
    use_licence_server(services, server)
    case = _case_with(services)
    with pytest.raises(RuleViolation, match="不能以电子证照替代"):
        services.intake.take_e_licence(case.id, "household_register")
    assert server.asked == []  # refused before the library was asked


def test_no_lookup_before_the_applicant_is_typed(services):
    server = FakeLicenceServer([PROPERTY])
    use_licence_server(services, server)
    code = services.catalog.search("购房户口迁入登记")[0].code
    case = services.intake.start_case(code)
    with pytest.raises(RuleViolation, match="请先填写申请人的证件号码"):
        services.intake.take_e_licence(case.id, "property_certificate")
    assert server.asked == []
