"""查找办件 at the server (issue 12 item 11): any window of a hall finds and opens the hall's
cases — masked in the list, never another hall's, never for a kiosk, always bounded
(sqlite and postgresql)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import T0, make_terminal, signed_in

from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.store.models import AuditRow, ServerCaseEventRow, ServerCaseRow

WANG_ID = "341021199003074518"
LI_ID = "34102119560812002X"
SEARCH = "/v1/cases/search"


def _case(
    s, hall: str, number: str, name: str, cert: str, phone: str, day: datetime, status="accepted", second=None
):
    case_id = str(uuid.uuid4())
    snapshot = {
        "number": number,
        "matter_codes": ["M1"],
        "matter_names": ["内地居民结婚登记"],
        "bundle_name": "",
        "window": "3号综合窗口",
        "created_at": day.replace(tzinfo=None).isoformat(),
        "applicant": {"name": name, "cert_number": cert, "phone": phone, "agent": None},
        "second_party": second,
        "materials": [],
    }
    s.add(
        ServerCaseRow(
            id=case_id,
            number=number,
            hall_code=hall,
            terminal_id="t",
            status=status,
            version=1,
            promised_date=None,
            snapshot=snapshot,
            created_at=day,
            updated_at=day,
        )
    )
    s.flush()
    s.add(
        ServerCaseEventRow(
            case_id=case_id,
            position=0,
            kind="accepted",
            at=day,
            actor="lixm",
            summary="受理",
            detail={},
            source="window",
            mutation_id=None,
            recorded_at=day,
        )
    )
    return case_id


@pytest.fixture
def hall(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        ctx = app.state.ctx
        w01 = make_terminal(ctx, "330429", "W01")
        other_hall = make_terminal(ctx, "330100", "W09")
        ids = {}
        with ctx.transaction() as s:
            for i in range(60):  # two months of one applicant's neighbours, one a day
                day = T0 - timedelta(days=i)
                _case(
                    s, "330429", f"330429W02-{day:%Y%m%d}-{i:04d}", "赵六", f"3410211990030{i:05d}", "", day
                )
            ids["wang"] = _case(
                s,
                "330429",
                "330429W02-20261120-0007",
                "王小明",
                WANG_ID,
                "138-0013-8000",
                T0 - timedelta(days=3),
            )
            ids["elsewhere"] = _case(
                s,
                "330100",
                "330100W09-20261120-0001",
                "王小明",
                WANG_ID,
                "13800138000",
                T0 - timedelta(days=3),
            )
            li = {"name": "李秀英", "cert_number": LI_ID.lower(), "phone": "", "agent": None}
            ids["married"] = _case(
                s, "330429", "330429W02-20261119-0003", "张伟", "110105198001010010", "", T0, second=li
            )
        yield client, ctx, w01, other_hall, ids


def test_a_window_finds_its_hall_s_case_by_id_number_masked_and_opens_it(hall):
    client, ctx, w01, _, ids = hall
    clerk = signed_in(ctx, w01)
    r = client.get(SEARCH, params={"cert_number": WANG_ID.lower()}, headers=clerk)
    assert r.status_code == 200, r.text
    hits = r.json()["hits"]
    assert [h["id"] for h in hits] == [ids["wang"]]  # not the other hall's case of the same person
    assert hits[0]["cert_number"] == "341021********4518"
    assert hits[0]["phone"] == "138****8000"
    assert hits[0]["applicant_name"] == "王**"
    assert WANG_ID not in r.text and "王小明" not in r.text
    # by the phone's last digits, by part of the name, by part of the number: the same case
    for params in ({"phone": "00138000"}, {"name": "小明"}, {"number": "20261120-0007"}):
        found = client.get(SEARCH, params=params, headers=clerk).json()["hits"]
        assert [h["id"] for h in found] == [ids["wang"]], params
    opened = client.get(f"/v1/cases/{ids['wang']}", headers=clerk)
    assert opened.status_code == 200, opened.text
    assert opened.json()["snapshot"]["applicant"]["cert_number"] == WANG_ID
    assert opened.json()["events"][0]["kind"] == "accepted"
    with ctx.sessions() as s:
        audited = s.scalars(select(AuditRow).where(AuditRow.event == "case_opened")).all()
    assert [(a.username, a.terminal_id, a.detail) for a in audited] == [
        ("clerk-w01", w01.id, "330429W02-20261120-0007")
    ]
    with ctx.sessions() as s:
        searches = s.scalars(
            select(AuditRow).where(AuditRow.event == "cases_searched").order_by(AuditRow.seq)
        ).all()
    # every search is on record, who looked for whom, masked like the hits
    assert [(a.username, a.terminal_id) for a in searches] == [("clerk-w01", w01.id)] * 4
    assert searches[0].detail == "证件号码341021********4518；1件"
    assert searches[1].detail == "电话****8000；1件" and searches[2].detail == "姓名小*；1件"
    assert not any(WANG_ID in a.detail or "王小明" in a.detail or "00138000" in a.detail for a in searches)


def test_another_hall_s_case_is_never_found_nor_opened(hall):
    client, ctx, w01, other_hall, ids = hall
    theirs = signed_in(ctx, other_hall)
    hits = client.get(SEARCH, params={"name": "赵六"}, headers=theirs).json()["hits"]
    assert hits == []
    r = client.get(f"/v1/cases/{ids['wang']}", headers=theirs)
    assert r.status_code == 404 and "王小明" not in r.text
    mine = signed_in(ctx, w01)
    assert client.get(f"/v1/cases/{ids['elsewhere']}", headers=mine).status_code == 404


def test_dates_bound_the_search_and_a_page_says_there_is_more(hall):
    client, ctx, w01, _, _ = hall
    clerk = signed_in(ctx, w01)
    day = (T0 - timedelta(days=10)).date()
    one_day = client.get(SEARCH, params={"date_from": day, "date_to": day}, headers=clerk).json()
    assert [h["number"][10:18] for h in one_day["hits"]] == [f"{day:%Y%m%d}"] and not one_day["more"]
    many = client.get(SEARCH, params={"name": "赵六"}, headers=clerk).json()  # found by its keyed hashes
    assert len(many["hits"]) == 50 and many["more"]
    created = [h["created_at"] for h in many["hits"]]
    assert created == sorted(created, reverse=True)  # newest first


@pytest.mark.parametrize(
    "params, says",
    [
        ({}, "至少输入一项"),
        ({"cert_number": "34102"}, "完整号码"),
        ({"phone": "8000"}, "至少输入7位"),
        ({"date_from": "2026-11-20", "date_to": "2026-11-01"}, "晚于截止日期"),
        ({"date_from": "2024-01-01", "date_to": "2026-11-01"}, "缩小日期范围"),
        ({"name": "王" * 51}, "最多50个字符"),
        ({"name": "赵"}, "至少输入2个字"),  # a surname alone would list half the hall
        ({"number": "%"}, "不在其中"),
    ],
)
def test_a_bad_search_is_refused_with_the_reason(hall, params, says):
    client, ctx, w01, _, _ = hall
    r = client.get(SEARCH, params=params, headers=signed_in(ctx, w01))
    assert r.status_code in (400, 422), r.text
    assert says in r.json()["detail"] or r.status_code == 422


def test_overlong_text_never_reaches_the_query(hall):
    client, ctx, w01, _, _ = hall
    r = client.get(SEARCH, params={"name": "王" * 500}, headers=signed_in(ctx, w01))
    assert r.status_code == 422


def test_a_kiosk_a_display_or_a_window_without_its_clerk_is_refused(hall):
    client, ctx, w01, _, ids = hall
    for kind in (TerminalKind.KIOSK, TerminalKind.DISPLAY):
        public = make_terminal(ctx, "330429", f"{kind.value[0].upper()}01", kind)
        for path in (SEARCH, f"/v1/cases/{ids['wang']}"):
            r = client.get(path, params={"cert_number": WANG_ID}, headers=public.headers)
            assert r.status_code == 403, r.text
            assert set(r.json()) == {"detail", "code"}
    for path in (SEARCH, f"/v1/cases/{ids['wang']}"):
        r = client.get(path, params={"cert_number": WANG_ID}, headers=w01.headers)  # nobody signed in
        assert r.status_code == 401 and r.json()["code"] == "sign_in_required"
    # a back-office terminal with its account finds the hall's cases too
    backoffice = make_terminal(ctx, "330429", "B01", TerminalKind.BACKOFFICE)
    account = signed_in(ctx, backoffice, Role.BACKOFFICE)
    hits = client.get(SEARCH, params={"cert_number": WANG_ID}, headers=account).json()["hits"]
    assert [h["id"] for h in hits] == [ids["wang"]]


def test_a_two_party_case_is_found_by_the_second_party_s_id_number(hall):
    client, ctx, w01, _, ids = hall
    hits = client.get(SEARCH, params={"cert_number": LI_ID}, headers=signed_in(ctx, w01)).json()["hits"]
    assert [h["id"] for h in hits] == [ids["married"]]
