"""A pushed rating is kept only if the domain's 好差评 rules keep it (app/domain/ratings.py): the
server refuses what the window would (sqlite and postgresql)."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import case_mutation, make_terminal, mutation, push, rating_payload

from server.app import create_app
from server.store.models import RatingRow


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def test_a_rating_the_domain_refuses_is_rejected_with_its_reason(server):
    client, ctx = server
    t = make_terminal(ctx)
    case_ids = [str(uuid.uuid4()) for _ in range(5)]
    refused = [
        {**rating_payload(case_ids[0], level=1)},  # 差评 without a reason
        {**rating_payload(case_ids[1], level=2), "reasons": ["X42"]},  # not a published code
        {**rating_payload(case_ids[2], level=5), "reasons": ["R07"]},  # reasons on a good rating
        {**rating_payload(case_ids[3], level=2), "reasons": ["R04", "R04"]},
    ]
    kept = {**rating_payload(case_ids[4], level=2), "reasons": ["R04", "I2"], "comment": "等了一小时"}
    cases = [case_mutation(i + 1, case_id) for i, case_id in enumerate(case_ids)]
    ratings = [mutation(6 + i, "rating.recorded", payload) for i, payload in enumerate([*refused, kept])]
    r = push(client, t, *cases, *ratings)
    assert r.status_code == 200, r.text
    results = r.json()["results"][5:]
    assert [x["status"] for x in results] == ["rejected"] * 4 + ["applied"]
    reasons = [x["reason"] for x in results[:4]]
    assert "须至少选择一项原因" in reasons[0]
    assert "代码表" in reasons[1]
    assert "不是差评" in reasons[2]
    assert "重复" in reasons[3]
    with ctx.sessions() as s:
        rows = s.scalars(select(RatingRow)).all()
    assert [(row.case_id, row.level, list(row.reasons)) for row in rows] == [(case_ids[4], 2, ["R04", "I2"])]
