"""A two-party case (内地居民结婚登记) and a foreign card's English name reach the server whole
with the window's snapshot, come back to any window of the hall, and the second party is found
by name (sqlite and postgresql)."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from sync_helpers import MATTER, case_mutation, make_terminal, push, signed_in

from app.domain.applicants import Applicant, CertificateType
from app.domain.case_factory import open_case
from app.domain.matters import CaseKind, Department, Material, Matter, TimeLimit
from app.services.cases.hall_cases import case_from_state
from app.services.cases.mutations import case_snapshot
from app.sync.protocol import CaseState
from server.app import create_app

WIFE = Applicant(
    name="穆安娜",
    english_name="MUELLER ANNA MARIA",
    cert_type=CertificateType.FOREIGN_PERMANENT_RESIDENT,
    cert_number="DEU110089061501",
    phone="13900139000",
)


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _marriage_snapshot(case_id: str, number: str) -> dict:
    matter = Matter(
        catalog_code="000700601000",
        implementation_code=MATTER,
        name="内地居民结婚登记",
        matter_type="行政确认",
        department=Department("113304290025001058", "安和县民政局"),
        case_kind=CaseKind.IMMEDIATE,
        statutory_limit=TimeLimit(0),
        promised_limit=TimeLimit(0),
        materials=(Material("id_card", "男女双方居民身份证"),),
        parties=("男方", "女方"),
    )
    case = open_case(matter, case_id, number, datetime(2026, 12, 4, 9), "李晓梅", "3号综合窗口")
    case.update_applicant(Applicant(name="王小明", cert_number="341021199003074518"))
    case.update_second_party(WIFE)
    return case_snapshot(case)


def test_the_server_keeps_both_parties_and_gives_them_back(server):
    client, ctx = server
    terminal = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    mutation = case_mutation(1, case_id)
    payload = mutation["payload"]
    payload["snapshot"] = _marriage_snapshot(case_id, payload["case_number"])
    r = push(client, terminal, mutation)
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["applied"], r.text

    clerk = signed_in(ctx, terminal)
    opened = client.get(f"/v1/cases/{case_id}", headers=clerk)
    assert opened.status_code == 200, opened.text
    snapshot = opened.json()["snapshot"]
    assert snapshot["parties"] == ["男方", "女方"]
    assert snapshot["applicant"]["name"] == "王小明"
    assert snapshot["second_party"]["english_name"] == "MUELLER ANNA MARIA"

    # another window of the hall opens it as its own Case: both parties, the English name
    case = case_from_state(CaseState.model_validate(opened.json()))
    assert case.parties == ("男方", "女方")
    assert case.second_party == WIFE

    # the second party who comes back to ask is found like the first
    for params in ({"name": "安娜"}, {"name": "mueller"}, {"phone": "00139000"}):
        hits = client.get("/v1/cases/search", params=params, headers=clerk).json()["hits"]
        assert [h["id"] for h in hits] == [case_id], params
