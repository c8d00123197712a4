"""Scanned pages sealed at rest: what lands on disk, what a download gives back, what a damaged
file answers, and a key rotation's rewrap (server/blob_sealing.py)."""

from __future__ import annotations

import hashlib
import os
from collections import Counter

import pytest
from fastapi.testclient import TestClient
from sync_helpers import make_terminal, signed_in, upload

from server.api.attachments import blob_store
from server.app import create_app
from server.blob_sealing import CHUNK, MAGIC, OVERHEAD, SEALED_CHUNK, blob_key_ids, rewrap_blobs
from server.sealing.keyring import DataKeyError

MARKER = b"OW-CLEAR-MARKER-330429-"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx, make_terminal(app.state.ctx)


def _scan(size: int, tag: bytes = b"") -> bytes:
    """Recognisable clear content: the marker all through it, so a leak shows in any chunk."""
    data = (MARKER + tag) * (size // len(MARKER + tag) + 1)
    return data[:size]


def _download(client, ctx, t, sha: str):
    return client.get(f"/v1/attachments/{sha}/content", headers=signed_in(ctx, t))


def _header_length(raw: bytes) -> int:
    return len(MAGIC) + 1 + raw[len(MAGIC)]


def test_an_uploaded_page_is_sealed_on_disk_and_downloads_whole(server):
    client, ctx, t = server
    data = _scan(300_000)
    sha = upload(client, t, data)
    store = blob_store(ctx)
    raw = store.final_path(sha).read_bytes()
    key_id = ctx.keyring.current_id
    assert raw.startswith(MAGIC + bytes([len(key_id)]) + key_id.encode())
    assert MARKER not in raw and len(raw) == _header_length(raw) + len(data) + OVERHEAD
    assert not store.partial_path(store.upload_name(t.hall_code, sha)).exists()
    got = _download(client, ctx, t, sha)
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-length"] == str(len(data))
    assert got.headers["content-type"] == "image/jpeg"
    assert got.headers["content-disposition"] == f'attachment; filename="{sha}"'
    assert got.headers["x-content-type-options"] == "nosniff"
    assert b"".join(store.read(sha)) == data
    assert blob_key_ids(store) == Counter({key_id: 1})


@pytest.mark.parametrize("size", [3 * CHUNK + 12_345, 2 * CHUNK])
def test_a_blob_of_several_chunks_round_trips(server, size):
    client, ctx, t = server
    data = _scan(size, os.urandom(8))
    sha = upload(client, t, data)
    store = blob_store(ctx)
    raw = store.final_path(sha).read_bytes()
    chunks = -(-size // CHUNK)
    assert MARKER not in raw and len(raw) == _header_length(raw) + size + chunks * OVERHEAD
    assert [len(c) for c in store.read(sha)] == [CHUNK] * (size // CHUNK) + (
        [size % CHUNK] if size % CHUNK else []
    )
    got = _download(client, ctx, t, sha)
    assert got.status_code == 200 and got.headers["content-length"] == str(size)
    assert hashlib.sha256(got.content).hexdigest() == sha


def _flip_a_byte(raw: bytes, at: int) -> bytes:
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]


DAMAGES = {
    # a bit of the middle chunk's ciphertext
    "flipped byte": lambda raw, h: _flip_a_byte(raw, h + SEALED_CHUNK + 5000),
    # the last chunk dropped whole: the one before it was not sealed as the last
    "cut at a chunk": lambda raw, h: raw[: h + 2 * SEALED_CHUNK],
    "cut within a chunk": lambda raw, h: raw[:-100],
    "chunks swapped": lambda raw, h: (
        raw[:h]
        + raw[h + SEALED_CHUNK : h + 2 * SEALED_CHUNK]
        + raw[h : h + SEALED_CHUNK]
        + raw[h + 2 * SEALED_CHUNK :]
    ),
    "header only": lambda raw, h: raw[:h],
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_file_does_not_open_and_is_not_served(server, damage):
    client, ctx, t = server
    data = _scan(2 * CHUNK + 500_000, damage.encode())
    sha = upload(client, t, data)
    store = blob_store(ctx)
    path = store.final_path(sha)
    raw = path.read_bytes()
    path.write_bytes(DAMAGES[damage](raw, _header_length(raw)))
    with pytest.raises(DataKeyError) as caught:
        b"".join(store.read(sha))
    assert sha[:12] in str(caught.value) and "从备份恢复" in str(caught.value)
    got = _download(client, ctx, t, sha)
    assert got.status_code == 500, got.status_code
    assert got.json() == {"code": "blob_damaged", "detail": str(caught.value)}


def test_a_chunk_from_another_blob_does_not_open(server):
    client, ctx, t = server
    store = blob_store(ctx)
    first, second = (upload(client, t, _scan(CHUNK + 1000, tag)) for tag in (b"a", b"b"))
    raw_first, raw_second = (store.final_path(sha).read_bytes() for sha in (first, second))
    h = _header_length(raw_first)
    # the same key, the same place in the file: only the blob's sha256 in the chunk tells
    store.final_path(first).write_bytes(raw_first[: h + SEALED_CHUNK] + raw_second[h + SEALED_CHUNK :])
    with pytest.raises(DataKeyError, match=first[:12]):
        b"".join(store.read(first))
    assert _download(client, ctx, t, first).status_code == 500
    assert _download(client, ctx, t, second).status_code == 200


def test_a_clear_file_from_before_sealing_is_still_served(server):
    client, ctx, t = server
    data = _scan(CHUNK + 70_000)
    sha = upload(client, t, data)
    store = blob_store(ctx)
    store.final_path(sha).write_bytes(data)  # as an installation from before sealing kept it
    assert blob_key_ids(store) == Counter({"clear": 1})
    got = _download(client, ctx, t, sha)
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-length"] == str(len(data))
    # nothing vouches for a clear file but its hash: changed, it is damaged like a sealed one
    store.final_path(sha).write_bytes(_flip_a_byte(data, 10))
    with pytest.raises(DataKeyError, match=sha[:12]):
        b"".join(store.read(sha))
    assert _download(client, ctx, t, sha).json()["code"] == "blob_damaged"


def test_rewrap_seals_everything_under_the_new_key_and_it_still_downloads(server):
    client, ctx, t = server
    store, keyring = blob_store(ctx), ctx.keyring
    scans = [_scan(size, tag) for size, tag in ((1000, b"x"), (CHUNK + 1, b"y"), (20_000, b"z"))]
    shas = [upload(client, t, data) for data in scans]
    store.final_path(shas[2]).write_bytes(scans[2])  # one from before sealing
    old = keyring.current_id
    # what the blob listing must not count: an upload under way, a rewrap's leftover, the key file
    client.post(
        "/v1/attachments",
        json={"sha256": hashlib.sha256(b"half").hexdigest(), "size": 8, "media_type": "image/jpeg"},
        headers=t.headers,
    )
    assert (
        client.put(
            f"/v1/attachments/{hashlib.sha256(b'half').hexdigest()}?offset=0",
            content=b"half",
            headers=t.headers,
        ).status_code
        == 200
    )
    (store.final_path(shas[0]).parent / f".{shas[0]}.x.tmp").write_bytes(b"leftover")
    assert (store.root / "audit-chain.key").exists()  # a file of another kind shares the folder
    assert blob_key_ids(store) == Counter({old: 2, "clear": 1})

    new = keyring.rotate()
    assert rewrap_blobs(store, keyring, stop=lambda: True) == 0
    assert blob_key_ids(store) == Counter({old: 2, "clear": 1})  # old keys still open theirs
    assert [_download(client, ctx, t, sha).content for sha in shas] == scans
    assert rewrap_blobs(store, keyring) == 3
    assert blob_key_ids(store) == Counter({new: 3})
    assert all(MARKER not in store.final_path(sha).read_bytes() for sha in shas)
    assert [_download(client, ctx, t, sha).content for sha in shas] == scans
    assert rewrap_blobs(store, keyring) == 0  # once is enough
    # nothing needs the old key any more: forgotten, everything still opens
    keyring.retire(old)
    assert [b"".join(store.read(sha)) for sha in shas] == scans


def test_a_blob_under_a_key_that_is_gone_is_an_error_answer(server):
    client, ctx, t = server
    data = _scan(5000)
    sha = upload(client, t, data)
    old = ctx.keyring.current_id
    ctx.keyring.rotate()
    ctx.keyring.retire(old)  # wrongly, before a rewrap
    got = _download(client, ctx, t, sha)
    assert got.status_code == 500 and old in got.json()["detail"]
    with pytest.raises(DataKeyError):
        rewrap_blobs(blob_store(ctx), ctx.keyring)
