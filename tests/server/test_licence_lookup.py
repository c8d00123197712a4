"""POST /v1/licences/lookup (电子证照): a window's clerk gets the library's licences with the hash of
each PDF, which the hall now holds; every lookup is one audit entry of the caller's hall under the
holder, never with a whole ID number in its text; bad questions are answered 400 before the
library is asked, a library not connected or away 503, a refusing one 502; nobody but a window's
clerk or hall manager may ask (sqlite and postgresql)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import make_terminal, signed_in

from app.domain.licences import holder_id_problem
from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.auth.audit import person_key
from server.licences.demo_holdings import HENGTONG_CODE, LI_ID, WANG_ID, XINDA_CODE
from server.licences.sim import SimLibrary
from server.store.models import AttachmentRow, AuditRow

LOOKUP = "/v1/licences/lookup"
HALL, OTHER_HALL = "330429", "330100"
CASE_ID = "6f1c1e0e-2f64-4c43-9a51-0c1f3a1f0a01"
EMPTY_HOLDER = "110105200501010004"  # a resident the demo library holds no 结婚证 of


@pytest.fixture
def hall(server_config):
    app = create_app(replace(server_config, licence_url="sim://demo"))
    with TestClient(app) as client:
        ctx = app.state.ctx
        window = make_terminal(ctx, HALL, "W01")
        yield client, ctx, window, signed_in(ctx, window, Role.CLERK, "lixm")


def ask(client, headers, kind="结婚证", holder=WANG_ID, material="M0042"):
    body = {"case_id": CASE_ID, "material_code": material, "kind": kind, "holder_id": holder}
    return client.post(LOOKUP, json=body, headers=headers)


def lookups(ctx) -> list[AuditRow]:
    with ctx.sessions() as s:
        return list(
            s.scalars(select(AuditRow).where(AuditRow.event == "licence_looked_up").order_by(AuditRow.id))
        )


def attachments(ctx) -> list[tuple[str, str, int, str, bool]]:
    with ctx.sessions() as s:
        rows = s.scalars(select(AttachmentRow).order_by(AttachmentRow.hall_code, AttachmentRow.sha256))
        return [(r.hall_code, r.sha256, r.size, r.media_type, r.complete) for r in rows]


def test_a_licence_found_is_answered_with_its_pdf_archived_as_the_halls_attachment(hall):
    client, ctx, _window, clerk = hall
    r = ask(client, clerk)
    assert r.status_code == 200, r.text
    [licence] = r.json()["licences"]
    [held] = SimLibrary.named("demo").find("结婚证", WANG_ID)
    sha = hashlib.sha256(held.pdf).hexdigest()
    assert licence == {
        "kind": "结婚证",
        "number": "J341021-2018-001207",
        "holder_name": "王小明",
        "holder_id": WANG_ID,
        "issuer": "安和县民政局",
        "issuer_code": "",
        "issued_on": "2018-10-01",
        "valid_until": None,
        "status": "valid",
        "pdf_sha256": sha,
    }
    assert attachments(ctx) == [(HALL, sha, len(held.pdf), "application/pdf", True)]
    assert b"".join(ctx.blob_store.read(sha)) == held.pdf
    [entry] = lookups(ctx)
    assert (entry.hall_code, entry.username, entry.outcome) == (HALL, "lixm", "ok")
    assert entry.person_key == person_key(ctx.audit_key, WANG_ID)
    assert entry.detail == f"结婚证（341021********4518）；办件{CASE_ID}；材料M0042；找到1件"
    assert WANG_ID not in entry.detail


def test_a_licence_looked_up_again_or_by_another_hall_is_archived_once_per_hall(hall):
    client, ctx, _window, clerk = hall
    first = ask(client, clerk).json()["licences"][0]["pdf_sha256"]
    # typed with full-width digits: the library is asked for the number as it knows it
    assert (
        ask(client, clerk, holder="３４１０２１１９９００３０７４５１８").json()["licences"][0]["pdf_sha256"]
        == first
    )
    elsewhere = signed_in(ctx, make_terminal(ctx, OTHER_HALL, "W09"), Role.HALL_MANAGER, "zhou")
    assert ask(client, elsewhere).json()["licences"][0]["pdf_sha256"] == first
    assert [(hall_code, sha) for hall_code, sha, *_ in attachments(ctx)] == [
        (OTHER_HALL, first),
        (HALL, first),
    ]
    entries = lookups(ctx)
    assert [(e.hall_code, e.username) for e in entries] == [
        (HALL, "lixm"),
        (HALL, "lixm"),
        (OTHER_HALL, "zhou"),
    ]
    assert {e.person_key for e in entries} == {person_key(ctx.audit_key, WANG_ID)}


def test_statuses_come_through_and_an_organisations_licence_is_found_by_its_code(hall):
    client, ctx, _window, clerk = hall
    statuses = {
        kind: [x["status"] for x in ask(client, clerk, kind, LI_ID).json()["licences"]]
        for kind in ("结婚证", "离婚证", "中华人民共和国残疾人证", "居民身份证")
    }
    assert statuses == {
        "结婚证": ["cancelled"],
        "离婚证": ["valid"],
        "中华人民共和国残疾人证": ["valid"],
        "居民身份证": ["valid"],
    }
    [disability] = ask(client, clerk, "中华人民共和国残疾人证", LI_ID).json()["licences"]
    assert disability["valid_until"] == "2025-09-09"  # expired: the window's rule says so
    [revoked] = ask(client, clerk, "营业执照", HENGTONG_CODE).json()["licences"]
    assert revoked["status"] == "revoked"
    [company] = ask(client, clerk, "营业执照", XINDA_CODE).json()["licences"]
    assert company["holder_name"] == "安和县鑫达商贸有限公司"
    entry = lookups(ctx)[-1]
    assert entry.person_key is None and XINDA_CODE in entry.detail  # a company is no person


def test_a_holder_without_such_a_licence_gets_none_and_the_lookup_is_still_audited(hall):
    client, ctx, _window, clerk = hall
    r = ask(client, clerk, holder=EMPTY_HOLDER)
    assert r.status_code == 200 and r.json() == {"licences": []}
    assert attachments(ctx) == []
    [entry] = lookups(ctx)
    assert entry.detail.endswith("找到0件") and EMPTY_HOLDER not in entry.detail


def test_a_bad_number_or_a_kind_the_library_lacks_is_400_and_the_library_is_not_asked(hall):
    client, ctx, _window, clerk = hall
    library = SimLibrary.named("demo")
    asked = len(library.asked)
    wrong = WANG_ID[:-1] + "0"
    r = ask(client, clerk, holder=wrong)
    assert r.status_code == 400 and r.json()["detail"] == str(
        holder_id_problem("结婚证", wrong, ctx.now().date())
    )
    r = ask(client, clerk, kind="护照")
    assert r.status_code == 400 and r.json()["detail"] == "电子证照库不提供“护照”"
    r = ask(client, clerk, kind="营业执照", holder=WANG_ID)  # a company's kind by a person's number
    assert r.status_code == 400 and "信用代码" in r.json()["detail"]
    assert len(library.asked) == asked and lookups(ctx) == []


def test_no_library_or_a_library_away_is_503_and_a_refusal_502(hall):
    client, ctx, _window, clerk = hall
    ctx.config = replace(ctx.config, licence_url="")
    r = ask(client, clerk)
    assert (r.status_code, r.json()["detail"]) == (503, "本大厅未接入电子证照库：请收取纸质材料")
    library = SimLibrary.named(f"test-{uuid.uuid4()}")
    ctx.config = replace(ctx.config, licence_url=library.url)
    library.down = True
    r = ask(client, clerk)
    assert r.status_code == 503
    assert r.json()["detail"] == "电子证照库暂时无法访问（模拟电子证照库暂停服务）：请收取纸质材料"
    library.down, library.refusal = False, "本机构未获授权调取结婚证"
    r = ask(client, clerk)
    assert r.status_code == 502 and "本机构未获授权调取结婚证" in r.json()["detail"]
    assert lookups(ctx) == [] and attachments(ctx) == []  # nothing was read, nothing kept


@pytest.mark.parametrize(
    ("kind", "role"),
    [
        (TerminalKind.KIOSK, Role.CLERK),
        (TerminalKind.DISPLAY, Role.HALL_MANAGER),
        (TerminalKind.BACKOFFICE, Role.HALL_MANAGER),
        (TerminalKind.BACKOFFICE, Role.BACKOFFICE),
        (TerminalKind.WINDOW, Role.BACKOFFICE),
        (TerminalKind.WINDOW, Role.ADMIN),
    ],
)
def test_only_a_windows_clerk_or_hall_manager_may_look_up(hall, kind, role):
    client, ctx, _window, _clerk = hall
    terminal = make_terminal(ctx, HALL, f"{kind.value[:1].upper()}5", kind)
    r = ask(client, signed_in(ctx, terminal, role))
    assert r.status_code == 403, r.text
    assert set(r.json()) == {"detail", "code"} and "王小明" not in r.text
    assert lookups(ctx) == [] and attachments(ctx) == []


def test_a_window_without_its_clerk_signed_in_is_refused(hall):
    client, ctx, window, _clerk = hall
    r = ask(client, window.headers)
    assert r.status_code == 401 and r.json()["code"] == "sign_in_required"
    assert lookups(ctx) == []
