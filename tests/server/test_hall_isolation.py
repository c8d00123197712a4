"""Each hall's data behind its hall: a terminal of another hall (one with a real credential)
can neither change nor read a hall's pages, ratings, case numbers or attachments, and its
refusals tell it nothing of them (issue 11, items 1 and 2)."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import (
    case_mutation,
    make_terminal,
    mutation,
    page_payload,
    push,
    rating_payload,
    signed_in,
    upload,
)

from server.app import create_app
from server.store.models import CasePageRow, RatingRow, ServerCaseRow

JPEG = b"\xff\xd8\xff\xe0" + b"scan of a marriage certificate" * 50


@pytest.fixture
def halls(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        ctx = app.state.ctx
        yield client, ctx, make_terminal(ctx, "330429", "W01"), make_terminal(ctx, "330100", "W09")


def _results(answer) -> list[dict]:
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def _page(ctx, page_id: str) -> CasePageRow:
    with ctx.sessions() as s:
        return s.get(CasePageRow, page_id)


def _a_case_with_a_page(client, here) -> tuple[str, dict]:
    case_id = str(uuid.uuid4())
    upload(client, here, JPEG)
    page = page_payload(case_id, JPEG)
    assert [r["status"] for r in _results(push(client, here, mutation(1, "page.attached", page)))] == [
        "applied"
    ]
    assert _results(push(client, here, case_mutation(2, case_id)))[0]["status"] == "applied"
    return case_id, page


def test_another_hall_cannot_delete_rotate_or_take_a_page(halls):
    client, ctx, here, there = halls
    case_id, page = _a_case_with_a_page(client, here)
    upload(client, there, JPEG)  # the intruder has the same file: still not the same page
    own_case = str(uuid.uuid4())
    attempts = [
        mutation(1, "page.deleted", {**page, "order": []}),
        mutation(2, "page.deleted", {**page, "case_id": str(uuid.uuid4()), "order": []}),
        mutation(3, "page.rotated", {**page, "rotation": 90}),
        mutation(4, "page.attached", {**page, "case_id": own_case}),
    ]
    results = _results(push(client, there, *attempts))
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert all(case_id not in r["reason"] and page["page_id"] not in r["reason"] for r in results)
    stored = _page(ctx, page["page_id"])
    assert (stored.case_id, stored.deleted, stored.rotation, stored.hall_code) == (
        case_id,
        False,
        0,
        "330429",
    )


def test_another_halls_page_order_moves_only_its_own_pages(halls):
    client, ctx, here, there = halls
    _case_id, page = _a_case_with_a_page(client, here)
    upload(client, there, JPEG)
    own = page_payload(str(uuid.uuid4()), JPEG)
    push(client, there, mutation(1, "page.attached", own))
    r = push(client, there, mutation(2, "page.moved", {**own, "order": [own["page_id"], page["page_id"]]}))
    assert _results(r)[0]["status"] == "applied"
    assert _page(ctx, page["page_id"]).position == 0  # hall A's page was passed over


def test_another_hall_cannot_rate_a_case_first(halls):
    client, ctx, here, there = halls
    case_id, _page_data = _a_case_with_a_page(client, here)
    refused = _results(push(client, there, mutation(1, "rating.recorded", rating_payload(case_id, level=1))))
    assert refused[0]["status"] == "rejected" and case_id not in refused[0]["reason"]
    nobody = _results(push(client, there, mutation(2, "rating.recorded", rating_payload(str(uuid.uuid4())))))
    assert nobody[0]["status"] == "rejected"
    real = _results(push(client, here, mutation(3, "rating.recorded", rating_payload(case_id, level=5))))
    assert real[0]["status"] == "applied"
    with ctx.sessions() as s:
        assert [(r.hall_code, r.level) for r in s.scalars(select(RatingRow))] == [("330429", 5)]


def test_another_hall_cannot_take_a_case_number_first(halls):
    client, ctx, here, there = halls
    number = "330429-20261204-W01-0001"
    squat = _results(push(client, there, case_mutation(1, str(uuid.uuid4()), number=number)))
    real_id = str(uuid.uuid4())
    real = _results(push(client, here, case_mutation(1, real_id, number=number)))
    assert squat[0]["status"] == "applied" and real[0]["status"] == "applied"
    with ctx.sessions() as s:
        mine = s.scalars(select(ServerCaseRow).where(ServerCaseRow.hall_code == "330429")).one()
    assert (mine.id, mine.number) == (real_id, number)
    # within one hall a number still names one case
    again = _results(push(client, here, case_mutation(2, str(uuid.uuid4()), number=number)))
    assert again[0]["status"] == "rejected"


def test_a_case_id_of_another_hall_is_refused_without_a_server_error(halls):
    client, _ctx, here, there = halls
    case_id, _page_data = _a_case_with_a_page(client, here)
    results = _results(push(client, there, case_mutation(1, case_id, number="330100-X-1")))
    assert results[0]["status"] == "rejected" and "330429" not in results[0]["reason"]


# --- attachments -----------------------------------------------------------------------------
def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_another_hall_can_neither_read_nor_probe_an_attachment(halls):
    client, ctx, here, there = halls
    sha = upload(client, here, JPEG)
    own = client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, here))
    assert own.status_code == 200 and own.content == JPEG
    intruder = signed_in(ctx, there)  # a clerk signed in on the other hall's window
    for path in (f"/v1/attachments/{sha}", f"/v1/attachments/{sha}/content"):
        theirs = client.get(path, headers=intruder)
        nobodys = client.get(path.replace(sha, _sha(b"nothing")), headers=intruder)
        assert theirs.status_code == nobodys.status_code == 404
        assert theirs.json() == nobodys.json()


def test_a_hash_offered_with_a_wrong_size_by_another_hall_does_not_block_the_real_upload(halls):
    client, ctx, here, there = halls
    sha = _sha(JPEG)
    squat = client.post(
        "/v1/attachments", json={"sha256": sha, "size": 3, "media_type": "image/jpeg"}, headers=there.headers
    )
    assert squat.status_code == 200
    assert upload(client, here, JPEG) == sha
    assert client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, there)).status_code == 404


def test_content_is_served_as_its_allowlisted_type_never_sniffed(halls):
    client, ctx, here, _there = halls
    sha = upload(client, here, JPEG)
    r = client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, here))
    assert r.headers["content-type"] == "image/jpeg"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-disposition"].startswith("attachment")
    html = b"<html><script>alert(1)</script></html>"
    r = client.post(
        "/v1/attachments",
        json={"sha256": _sha(html), "size": len(html), "media_type": "text/html"},
        headers=here.headers,
    )
    assert r.status_code == 422 and "附件类型只能是" in r.json()["detail"]
