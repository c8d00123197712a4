"""The licence library by URL: the simulator holds the demo's people with every status a window
meets and refuses as a library does; its PDFs are the same bytes every time; an https library's
answers are read right (taken, refused, away) and bounded; an address that is no address is said
at once, by `open_library` and by `serve --licences`."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import uuid
from datetime import date

import httpx
import pytest

from app.domain.id_numbers import compute_check_digit, validate_credit_code
from app.domain.licences import Holder, Licence, LicenceStatus, licence_problem
from server.licences import remote
from server.licences.demo_holdings import HENGTONG_CODE, LI_ID, WANG_ID, XINDA_CODE
from server.licences.library import FoundLicence, LibraryAway, LibraryRefused
from server.licences.links import open_library
from server.licences.pdf import licence_pdf
from server.licences.remote import RemoteLibrary
from server.licences.sim import SimLibrary

TODAY = date(2026, 12, 7)
CHEN_ID = "810000198805120032"  # a 港澳台居民居住证's number
OTHER = "110105200501010004"  # a valid number the demo has no person for
PDF = b"%PDF-1.4\n" + b"x" * 100


def demo(kind: str, holder: str) -> list[Licence]:
    return [found.licence for found in SimLibrary.named("demo").find(kind, holder)]


def test_the_demo_library_holds_the_sample_cards_people():
    [card] = demo("居民身份证", WANG_ID)
    assert (card.number, card.holder_name, card.issuer) == (WANG_ID, "王小明", "安和县公安局")
    assert (card.issued_on, card.valid_until, card.pdf_sha256) == (date(2016, 5, 4), date(2036, 5, 4), "")
    assert [lic.issuer for lic in demo("结婚证", WANG_ID)] == ["安和县民政局"]
    assert len(demo("不动产权证书", WANG_ID)) == 1
    [li_card] = demo("居民身份证", LI_ID)
    assert li_card.valid_until is None  # 长期
    assert len(demo("居民户口簿", LI_ID)) == 1
    assert demo("机动车驾驶证", WANG_ID) == []


def test_expired_cancelled_and_revoked_licences_come_through_as_the_library_holds_them():
    li = Holder("李秀英", LI_ID)
    [disability] = demo("中华人民共和国残疾人证", LI_ID)
    assert disability.status is LicenceStatus.VALID and disability.valid_until < TODAY
    assert "过期" in licence_problem(disability, li, TODAY)
    [marriage] = demo("结婚证", LI_ID)
    assert marriage.status is LicenceStatus.CANCELLED
    [divorce] = demo("离婚证", LI_ID)
    assert divorce.status is LicenceStatus.VALID and licence_problem(divorce, li, TODAY) is None
    [xinda] = demo("营业执照", XINDA_CODE)
    assert validate_credit_code(XINDA_CODE) == XINDA_CODE and XINDA_CODE[2:8] == "341021"
    assert xinda.status is LicenceStatus.VALID
    [hengtong] = demo("营业执照", HENGTONG_CODE)
    assert hengtong.status is LicenceStatus.REVOKED


def test_every_mainland_resident_holds_an_id_card_and_nothing_else():
    [card] = demo("居民身份证", OTHER)
    assert card.holder_id == card.number == OTHER
    assert card.issuer == "公安机关（110105）" and card.issued_on <= TODAY
    assert demo("居民身份证", OTHER) == [card]  # the same licence on every lookup
    assert demo("结婚证", OTHER) == []
    assert demo("居民身份证", CHEN_ID) == []  # a residence permit is no 居民身份证
    child = "110105" + "20200101" + "002"
    [young] = demo("居民身份证", child + compute_check_digit(child))
    assert young.valid_until is not None  # five years at most for a child's card


def test_the_simulator_refuses_what_a_library_refuses():
    library = SimLibrary.named("demo")
    with pytest.raises(LibraryRefused, match="不提供“护照”"):
        library.find("护照", WANG_ID)
    with pytest.raises(LibraryRefused, match="持证主体代码不正确"):
        library.find("居民身份证", WANG_ID[:-1] + "0")
    with pytest.raises(LibraryRefused, match="持证主体代码不正确"):
        library.find("营业执照", WANG_ID)  # a company is found by its credit code


def test_another_name_is_an_empty_library_a_test_fills_and_can_take_down():
    library = open_library(f"sim://test-{uuid.uuid4()}")
    assert isinstance(library, SimLibrary) and library.find("居民身份证", WANG_ID) == []
    marriage = Licence("结婚证", "J1", "王小明", WANG_ID, "民政局", date(2018, 1, 2), None, pdf_sha256="x")
    library.add(marriage)
    [found] = library.find("结婚证", WANG_ID)
    assert found.licence.pdf_sha256 == "" and found.licence.number == "J1"
    library.down = True
    with pytest.raises(LibraryAway):
        library.find("结婚证", WANG_ID)
    library.down, library.refusal = False, "维护中"
    with pytest.raises(LibraryRefused, match="维护中"):
        library.find("结婚证", WANG_ID)
    assert library.asked[-1] == ("结婚证", WANG_ID)


def test_a_licence_pdf_is_the_same_bytes_every_time():
    [found] = SimLibrary.named("demo").find("结婚证", WANG_ID)
    assert found.pdf.startswith(b"%PDF-") and found.pdf.rstrip().endswith(b"%%EOF")
    licence_pdf.cache_clear()
    assert licence_pdf(found.licence) == found.pdf
    # another process (another start of the server) archives it under the same hash
    code = (
        "import hashlib; from server.licences.sim import SimLibrary;"
        f"print(hashlib.sha256(SimLibrary.named('demo').find('结婚证', '{WANG_ID}')[0].pdf).hexdigest())"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert other.stdout.strip() == hashlib.sha256(found.pdf).hexdigest()
    [card] = SimLibrary.named("demo").find("居民身份证", WANG_ID)
    assert card.pdf != found.pdf


# -- an https library ----------------------------------------------------------------------------
def item(**changed) -> dict:
    wire = {
        "kind": "结婚证",
        "number": "J341021-2018-001207",
        "holder_name": "王小明",
        "holder_id": WANG_ID,
        "issuer": "安和县民政局",
        "issuer_code": "11341021MB0000000X",
        "issued_on": "2018-10-01",
        "valid_until": None,
        "status": "valid",
        "pdf_base64": base64.b64encode(PDF).decode(),
    }
    return {**wire, **changed}


def answering(handler) -> RemoteLibrary:
    return RemoteLibrary("https://dzzz.example/api/?token=secret", transport=httpx.MockTransport(handler))


def answer(*items: dict, status: int = 200):
    return answering(lambda request: httpx.Response(status, json={"licences": list(items)}))


def test_an_https_library_is_asked_once_and_its_licences_taken():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, str(request.url), json.loads(request.content)))
        return httpx.Response(
            200, json={"licences": [item(), item(status="cancelled", valid_until="2030-01-01")]}
        )

    first, second = answering(handler).find("结婚证", WANG_ID)
    assert seen == [
        ("POST", "https://dzzz.example/api/query?token=secret", {"kind": "结婚证", "holder_id": WANG_ID})
    ]
    assert first == FoundLicence(
        Licence(
            "结婚证", "J341021-2018-001207", "王小明", WANG_ID, "安和县民政局", date(2018, 10, 1), None,
            issuer_code="11341021MB0000000X",
        ),
        PDF,
    )  # fmt: skip
    assert second.licence.status is LicenceStatus.CANCELLED and second.licence.valid_until == date(2030, 1, 1)
    assert answer().find("结婚证", WANG_ID) == []


def test_a_4xx_is_the_librarys_refusal_with_its_reason():
    said = answering(lambda r: httpx.Response(403, json={"message": "本机构未获授权调取结婚证"}))
    with pytest.raises(LibraryRefused, match="本机构未获授权调取结婚证"):
        said.find("结婚证", WANG_ID)
    with pytest.raises(LibraryRefused, match="HTTP 404"):
        answering(lambda r: httpx.Response(404, text="<html>not found</html>")).find("结婚证", WANG_ID)


@pytest.mark.parametrize(
    "failure",
    [
        lambda r: httpx.Response(503, text="maintenance"),
        lambda r: httpx.Response(500, json={"message": "内部错误"}),
        lambda r: httpx.Response(429),
        lambda r: httpx.Response(302, headers={"Location": "https://login.example/"}),
        lambda r: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=r)),
        lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)),
    ],
    ids=["503", "500", "429", "redirect", "timeout", "no connection"],
)
def test_a_5xx_a_timeout_or_no_answer_is_the_library_away(failure):
    with pytest.raises(LibraryAway) as away:
        answering(failure).find("结婚证", WANG_ID)
    assert "secret" not in str(away.value) and "dzzz.example" not in str(away.value)


@pytest.mark.parametrize(
    ("items", "said"),
    [
        ([item(issued_on="去年")], "第1件证照的字段“issued_on”"),
        ([item(), item(status="lost")], "第2件证照的字段“status”"),
        ([item(number="")], "字段“number”"),
        ([item(holder_id="9" * 19)], "字段“holder_id”"),
        ([{k: v for k, v in item().items() if k != "kind"}], "字段“kind”"),
        ([item(pdf_base64="不是base64")], "“pdf_base64”不是Base64"),
        ([item(pdf_base64=base64.b64encode(b"<html>").decode())], "不是PDF文件"),
        ([item(pdf_base64=base64.b64encode(b"%PDF-" + bytes(5 * 1024 * 1024)).decode())], "PDF超过5MB"),
        ([item()] * 21, "21件证照，超过上限20件"),
        (["a licence"], "第1件证照的字段"),
    ],
    ids=[
        "date",
        "status",
        "empty",
        "too long",
        "missing",
        "base64",
        "not pdf",
        "oversized",
        "too many",
        "str",
    ],
)
def test_a_bad_item_refuses_the_answer_naming_it(items, said):
    with pytest.raises(LibraryRefused, match="电子证照库的答复不合规范") as refused:
        answer(*items).find("结婚证", WANG_ID)
    assert said in str(refused.value)


def test_an_answer_that_is_no_answer_or_too_long_is_refused(monkeypatch):
    with pytest.raises(LibraryRefused, match="不是含 licences 列表的JSON"):
        answering(lambda r: httpx.Response(200, text="<html>登录</html>")).find("结婚证", WANG_ID)
    monkeypatch.setattr(remote, "MAX_ANSWER_BYTES", 1000)
    with pytest.raises(LibraryRefused, match="答复超过"):
        answer(item(pdf_base64=base64.b64encode(PDF * 10).decode())).find("结婚证", WANG_ID)


# -- addresses -----------------------------------------------------------------------------------
def test_open_library_by_address():
    assert open_library("sim://demo") is SimLibrary.named("demo")
    https = open_library("https://dzzz.example/api?token=secret")
    assert (
        isinstance(https, RemoteLibrary) and https.query_url == "https://dzzz.example/api/query?token=secret"
    )
    assert isinstance(open_library("http://10.0.0.5:8080"), RemoteLibrary)
    for bad in ("", "dzzz.example", "ftp://dzzz.example/?token=secret", "file:///srv/licences", "https:///x"):
        with pytest.raises(ValueError, match="电子证照库地址") as said:
            open_library(bad)
        assert "secret" not in str(said.value)
        if bad.startswith(("ftp", "file")):
            assert "sim://" in str(said.value) and "https://" in str(said.value)


def test_serve_refuses_an_address_that_is_no_library_before_it_starts(tmp_path, capsys):
    from server.cli import main

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["serve", "--database", url, "--licences", "ftp://dzzz.example"]) == 2
    assert "--licences：电子证照库地址" in capsys.readouterr().err
    assert not (tmp_path / "server.sqlite3").exists()  # nothing was started


def test_the_serve_workers_read_the_library_from_the_environment(tmp_path, monkeypatch):
    import server.app
    import server.collector
    from server.cli import app_from_environment

    monkeypatch.setenv("ONEWINDOW_DATABASE_URL", f"sqlite:///{tmp_path / 'server.sqlite3'}")
    monkeypatch.setenv("ONEWINDOW_BLOB_DIR", str(tmp_path / "blobs"))
    monkeypatch.setenv("ONEWINDOW_LICENCE_URL", "https://dzzz.example/api")
    monkeypatch.setattr(server.app, "create_app", lambda config, migrate: config)
    monkeypatch.setattr(server.collector, "settle_for_serving", lambda: None)
    assert app_from_environment().licence_url == "https://dzzz.example/api"
    monkeypatch.delenv("ONEWINDOW_LICENCE_URL")
    assert app_from_environment().licence_url == ""
