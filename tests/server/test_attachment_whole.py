"""A page uploaded whole in one PUT that offers it too (server/api/attachment_whole.py): sealed as
it arrives, counted once durable, refused whole when it does not match, and answered as the
chunked path would when the page is done, under way elsewhere, or of another size."""

from __future__ import annotations

import hashlib
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sync_helpers import make_terminal, signed_in

from app.sync.protocol import MAX_ATTACHMENT_BYTES, TerminalKind
from server.api.attachments import blob_store
from server.app import create_app
from server.blob_sealing import CHUNK, MAGIC, OVERHEAD, SealedBlob
from server.blob_stream import SealingUpload, TooMuch
from server.blobs import BlobStore
from server.store.models import AttachmentRow

HASH_FAILED = "附件校验失败：内容与SHA-256不符，请重新上传"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx, make_terminal(app.state.ctx)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _put(client, t, data: bytes, offset: int = 0, sha: str = "", size: int | None = None, **extra):
    params = {"offset": offset, "size": len(data) if size is None else size, "media_type": "image/jpeg"}
    params.update(extra)
    params = {k: v for k, v in params.items() if v is not None}
    return client.put(f"/v1/attachments/{sha or _sha(data)}", params=params, content=data, headers=t.headers)


def _leftovers(ctx) -> list[str]:
    """Temporary files of uploads in the blob folders, and partial files."""
    root = blob_store(ctx).root
    return sorted(
        p.name for p in root.rglob("*") if p.is_file() and (p.name.startswith(".") or "partial" in p.parts)
    )


def _row(ctx, t, sha: str) -> AttachmentRow | None:
    with ctx.sessions() as s:
        return s.get(AttachmentRow, (t.hall_code, sha))


def test_one_put_offers_uploads_and_completes_a_page(server, monkeypatch):
    client, ctx, t = server

    def no_partial_file(*_args, **_kwargs):
        raise AssertionError("a page sent whole never goes through a partial file")

    monkeypatch.setattr(BlobStore, "write_chunk", no_partial_file)
    data = os.urandom(300_000)
    r = _put(client, t, data)
    sha = _sha(data)
    assert r.status_code == 200, r.text
    assert r.json() == {"sha256": sha, "size": len(data), "received": len(data), "complete": True}
    row = _row(ctx, t, sha)
    assert (row.size, row.media_type, row.received, row.complete) == (
        len(data),
        "image/jpeg",
        len(data),
        True,
    )
    assert row.completed_at is not None
    raw = blob_store(ctx).final_path(sha).read_bytes()
    assert raw.startswith(MAGIC) and data[:4096] not in raw  # sealed, never in clear
    assert _leftovers(ctx) == []
    got = client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, t))
    assert got.status_code == 200 and got.content == data
    # the answer was lost and the terminal sends the page again: the same answer, nothing new
    again = _put(client, t, data)
    assert again.status_code == 200 and again.json() == r.json()
    assert _leftovers(ctx) == []


@pytest.mark.parametrize("size", [1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7])
def test_pages_of_every_chunk_shape_round_trip(server, size):
    client, ctx, t = server
    data = os.urandom(size)
    assert _put(client, t, data).json()["complete"] is True
    path = blob_store(ctx).final_path(_sha(data))
    chunks = -(-size // CHUNK)
    header = len(MAGIC) + 1 + len(ctx.keyring.current_id)
    assert path.stat().st_size == header + size + chunks * OVERHEAD
    assert b"".join(blob_store(ctx).read(_sha(data))) == data


def test_a_body_that_does_not_match_its_hash_is_refused_and_nothing_is_kept(server):
    client, ctx, t = server
    data = os.urandom(CHUNK + 10_000)
    bad = _put(client, t, b"x" * len(data), sha=_sha(data))
    assert bad.status_code == 422 and bad.json() == {"code": "hash_mismatch", "detail": HASH_FAILED}
    assert _row(ctx, t, _sha(data)) is None  # the failed PUT offered nothing
    assert not blob_store(ctx).final_path(_sha(data)).exists() and _leftovers(ctx) == []
    assert _put(client, t, data).json()["complete"] is True  # the right bytes go through after


def test_an_offered_page_sent_whole_without_size_is_sealed_the_same_way(server):
    # a client from before one-request uploads: POST the offer, then PUT the page at offset 0
    client, ctx, t = server
    data = os.urandom(50_000)
    sha = _sha(data)
    offer = {"sha256": sha, "size": len(data), "media_type": "image/png"}
    assert client.post("/v1/attachments", json=offer, headers=t.headers).status_code == 200
    r = client.put(f"/v1/attachments/{sha}?offset=0", content=data, headers=t.headers)
    assert r.status_code == 200 and r.json()["complete"] is True
    assert _row(ctx, t, sha).media_type == "image/png" and _leftovers(ctx) == []
    # the same page PUT whole without an offer by a hall that has none: 404, as before
    other = make_terminal(ctx, hall_code="330100", code="W09")
    lost = client.put(f"/v1/attachments/{_sha(b'never')}?offset=0", content=b"never", headers=other.headers)
    assert lost.status_code == 404 and "先登记" in lost.json()["detail"]


def test_a_page_known_with_another_size_is_a_conflict(server):
    client, ctx, t = server
    data = os.urandom(5000)
    sha = _sha(data)
    body = {"sha256": sha, "size": 4000, "media_type": "image/jpeg"}
    client.post("/v1/attachments", json=body, headers=t.headers)
    r = _put(client, t, data)
    assert r.status_code == 409 and r.json()["code"] == "size_mismatch" and "4000" in r.json()["detail"]
    assert _row(ctx, t, sha).received == 0 and _leftovers(ctx) == []


def test_a_chunked_upload_under_way_is_not_overtaken_and_still_completes(server):
    client, ctx, t = server
    data = os.urandom(30_000)
    sha = _sha(data)
    first = _put(client, t, data[:10_000], sha=sha, size=len(data))  # offers and sends a first chunk
    assert first.status_code == 200 and first.json()["received"] == 10_000
    whole = _put(client, t, data)
    assert whole.status_code == 409 and whole.json()["code"] == "offset_mismatch"
    assert "10000" in whole.json()["detail"]
    rest = client.put(f"/v1/attachments/{sha}?offset=10000", content=data[10_000:], headers=t.headers)
    assert rest.json()["complete"] is True
    assert b"".join(blob_store(ctx).read(sha)) == data and _leftovers(ctx) == []


@pytest.mark.parametrize(
    "params",
    [
        {"size": 10},  # a size without its media type
        {"media_type": "image/jpeg"},  # a media type without a size
        {"size": 10, "media_type": "text/html"},
        {"size": 0, "media_type": "image/jpeg"},
        {"size": MAX_ATTACHMENT_BYTES + 1, "media_type": "image/jpeg"},
    ],
)
def test_an_offer_in_a_put_is_bounded_like_an_offer(server, params):
    client, ctx, t = server
    r = client.put(
        f"/v1/attachments/{_sha(b'0123456789')}",
        params={"offset": 0, **params},
        content=b"0123456789",
        headers=t.headers,
    )
    assert r.status_code == 422 and r.json()["detail"].startswith("请求格式不正确"), r.text
    assert _row(ctx, t, _sha(b"0123456789")) is None


def test_only_a_window_uploads(server):
    client, ctx, _t = server
    kiosk = make_terminal(ctx, code="K01", kind=TerminalKind.KIOSK)
    r = _put(client, kiosk, b"a page")
    assert r.status_code == 403
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentRow)) == 0


def test_the_streamed_file_is_what_write_sealed_makes(server_config, tmp_path):
    """SealingUpload fed in uneven blocks opens like any sealed blob, and refuses more bytes than
    it was told to expect."""
    ctx = create_app(server_config).state.ctx
    store = blob_store(ctx)
    data = os.urandom(2 * CHUNK + 333)
    upload = SealingUpload(store, _sha(data), len(data))
    for at, step in ((0, 100), (100, CHUNK), (CHUNK + 100, 7), (CHUNK + 107, len(data))):
        upload.write(data[at : at + step])
    assert upload.matches()
    upload.make_durable()
    with SealedBlob(store.final_path(_sha(data)), _sha(data), ctx.keyring) as blob:
        assert blob.size == len(data) and b"".join(blob.chunks()) == data
    short = SealingUpload(store, _sha(b"abc"), 3)
    with pytest.raises(TooMuch):
        short.write(b"abcd")
    short.write(b"abd")
    assert not short.matches()  # not the page its hash names: the temporary file is gone
    assert not any(p.name.startswith(".") for p in store.final_path(_sha(b"abc")).parent.iterdir())
    ctx.engine.dispose()


def test_another_halls_put_makes_its_own_row_and_reads_nothing_of_this_one(server):
    client, ctx, here = server
    data = os.urandom(4000)
    assert _put(client, here, data).json()["complete"] is True
    there = make_terminal(ctx, hall_code="330100", code="W07")
    squat = _put(client, there, data[:2], sha=_sha(data), size=3)  # a wrong size, a first chunk
    assert squat.status_code == 200 and squat.json()["received"] == 2
    assert _row(ctx, there, _sha(data)).size == 3
    assert _row(ctx, here, _sha(data)).complete is True
    theirs = client.get(f"/v1/attachments/{_sha(data)}/content", headers=signed_in(ctx, there))
    assert theirs.status_code == 404
    mine = client.get(f"/v1/attachments/{_sha(data)}/content", headers=signed_in(ctx, here))
    assert mine.status_code == 200 and mine.content == data
