"""Attachments: offered once, uploaded in resumable chunks, checked by SHA-256, fetched whole."""

from __future__ import annotations

import hashlib
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import MAX_CHUNK_BYTES
from server.app import create_app
from server.store.models import AuditRow


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx, make_terminal(app.state.ctx)


def _offer(client, t, data: bytes, size: int | None = None):
    sha = hashlib.sha256(data).hexdigest()
    body = {"sha256": sha, "size": size or len(data), "media_type": "image/jpeg"}
    return sha, client.post("/v1/attachments", json=body, headers=t.headers)


def _put(client, t, sha: str, offset: int, data: bytes):
    return client.put(f"/v1/attachments/{sha}?offset={offset}", content=data, headers=t.headers)


def test_upload_in_chunks_resumes_and_fetches_whole(server):
    client, ctx, t = server
    data = os.urandom(300_000)
    sha, r = _offer(client, t, data)
    assert r.status_code == 200
    assert r.json() == {"sha256": sha, "size": len(data), "received": 0, "complete": False}
    assert _offer(client, t, data)[1].json()["received"] == 0  # offering again is harmless
    assert _put(client, t, sha, 0, data[:100_000]).json()["received"] == 100_000
    # the client lost the answer and asks where to resume
    state = client.get(f"/v1/attachments/{sha}", headers=t.headers).json()
    assert state == {"sha256": sha, "size": len(data), "received": 100_000, "complete": False}
    wrong = _put(client, t, sha, 0, data[:100_000])
    assert wrong.status_code == 409 and wrong.json()["code"] == "offset_mismatch"
    assert "100000" in wrong.json()["detail"]
    assert _put(client, t, sha, 100_000, data[100_000:200_000]).json()["complete"] is False
    done = _put(client, t, sha, 200_000, data[200_000:])
    assert done.status_code == 200 and done.json() == {**state, "received": len(data), "complete": True}
    # a resend of the last chunk after its answer was lost
    assert _put(client, t, sha, 200_000, data[200_000:]).json()["complete"] is True
    got = client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, t))
    assert got.status_code == 200 and got.content == data
    with ctx.sessions() as s:
        [viewed] = s.scalars(select(AuditRow).where(AuditRow.event == "scan_viewed")).all()
    assert viewed.terminal_id == t.id and viewed.username and viewed.detail.endswith(f"附件{sha[:16]}")
    stored = (ctx.config.blob_dir / sha[:2] / sha).read_bytes()
    assert stored.startswith(b"OWBLOB1") and data[:4096] not in stored  # sealed (test_blob_sealing.py)
    assert not (ctx.config.blob_dir / "partial" / f"{t.hall_code}-{sha}").exists()
    assert _offer(client, t, data)[1].json()["complete"] is True


def test_a_resume_in_another_process_still_checks_the_whole(server):
    client, ctx, t = server
    data = os.urandom(50_000)
    sha, _ = _offer(client, t, data)
    _put(client, t, sha, 0, data[:20_000])
    # a second server process on the same database and blob store takes the rest
    with TestClient(create_app(ctx.config)) as other:
        r = _put(other, t, sha, 20_000, data[20_000:])
    assert r.status_code == 200 and r.json()["complete"] is True


def test_content_that_does_not_match_its_hash_is_thrown_away(server):
    client, ctx, t = server
    data = os.urandom(10_000)
    sha, _ = _offer(client, t, data)
    r = _put(client, t, sha, 0, b"x" * 10_000)
    assert r.status_code == 422 and r.json()["code"] == "hash_mismatch"
    assert r.json()["detail"] == "附件校验失败：内容与SHA-256不符，请重新上传"
    state = client.get(f"/v1/attachments/{sha}", headers=t.headers).json()
    assert (state["received"], state["complete"]) == (0, False)
    assert not (ctx.config.blob_dir / "partial" / f"{t.hall_code}-{sha}").exists()
    assert client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, t)).status_code == 404
    assert _put(client, t, sha, 0, data).json()["complete"] is True


def test_a_known_hash_with_another_size_is_a_conflict(server):
    client, _ctx, t = server
    data = os.urandom(1000)
    _offer(client, t, data)
    _sha, r = _offer(client, t, data, size=999)
    assert r.status_code == 409 and r.json()["code"] == "size_mismatch"


def test_more_than_the_offered_size_or_one_chunk_is_refused(server):
    client, _ctx, t = server
    data = os.urandom(1000)
    sha, _ = _offer(client, t, data)
    assert _put(client, t, sha, 0, data + b"extra").status_code == 400
    big_sha, _ = _offer(client, t, b"b" * (MAX_CHUNK_BYTES + 1))
    r = _put(client, t, big_sha, 0, b"b" * (MAX_CHUNK_BYTES + 1))
    assert r.status_code == 413 and r.json()["code"] == "too_large"


@pytest.mark.parametrize(
    "method, path, kwargs",
    [
        ("post", "/v1/attachments", {"json": {"sha256": "ABC", "size": 1, "media_type": "x"}}),
        ("post", "/v1/attachments", {"json": {"sha256": "a" * 64, "size": 0, "media_type": "x"}}),
        ("post", "/v1/attachments", {"json": {"sha256": "a" * 64, "size": 10**12, "media_type": "x"}}),
        ("post", "/v1/attachments", {"content": b"not json"}),
        ("get", "/v1/attachments/nothex", {}),
        ("get", "/v1/attachments/" + "a" * 64, {}),
        ("put", "/v1/attachments/" + "a" * 64 + "?offset=0", {"content": b"x"}),
        ("put", "/v1/attachments/" + "a" * 64 + "?offset=-1", {"content": b"x"}),
        ("put", "/v1/attachments/" + "a" * 64, {"content": b"x"}),
        ("put", "/v1/attachments/" + "a" * 64 + "?offset=zero", {"content": b"x"}),
        ("get", "/v1/attachments/" + "a" * 64 + "/content", {}),
    ],
)
def test_malformed_requests_are_4xx_with_a_sentence(server, method, path, kwargs):
    client, _ctx, t = server
    r = getattr(client, method)(path, headers=t.headers, **kwargs)
    assert 400 <= r.status_code < 500 and r.json()["detail"], r.text


def test_attachments_need_a_terminal(server):
    client, _ctx, _t = server
    assert client.get("/v1/attachments/" + "a" * 64).status_code == 401
    assert client.put("/v1/attachments/" + "a" * 64 + "?offset=0", content=b"x").status_code == 401
