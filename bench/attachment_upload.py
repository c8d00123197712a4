"""Attachment upload over loopback HTTP beside a raw loopback TCP copy of the same bytes.

On a fresh PostgreSQL database and blob folder: ~200 MB of scanned-page-sized attachments
(random bytes, 2 MB each) are offered and uploaded in chunks (1 MB by default) (PUT at an offset; the server
fsyncs each chunk and checks the SHA-256 at the end) to a uvicorn server in its own process;
beside the same bytes sent over a plain TCP socket to a process that writes them to one file
(fsynced at the end). Target: upload ≥ 0.5 × raw.

    .venv/bin/python bench/attachment_upload.py [--megabytes 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "server")]

from pg_cluster import admin_dsn, create_database, drop_database  # noqa: E402
from sync_ingest import _free_port, _terminal, serve  # noqa: E402

from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402

ATTACHMENT = 2 * 1024 * 1024

RECEIVE = """
import os, socket, sys
listener = socket.create_server(("127.0.0.1", int(sys.argv[2])))
print("ready", flush=True)
conn, _ = listener.accept()
with open(sys.argv[1], "wb") as f:
    while block := conn.recv(1 << 20):
        f.write(block)
    f.flush(); os.fsync(f.fileno())
conn.sendall(b"ok"); conn.close()
"""


def bench_raw(pages: list[bytes], folder: Path) -> float:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", RECEIVE, str(folder / "raw.bin"), str(port)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "ready"
    total = sum(len(p) for p in pages)
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as conn:
        for page in pages:
            conn.sendall(page)
        conn.shutdown(socket.SHUT_WR)
        assert conn.recv(2) == b"ok"
    seconds = time.perf_counter() - start
    proc.wait()
    return total / seconds / 1e6


def bench_http(url: str, ctx, pages: list[bytes], folder: Path, chunk_size: int) -> float:
    terminal_id, secret = _terminal(ctx, "W01")
    headers = {"Authorization": f"Terminal {terminal_id}:{secret}"}
    hashes = [hashlib.sha256(p).hexdigest() for p in pages]
    proc, base = serve(url, str(folder / "blobs"))
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
            start = time.perf_counter()
            for page, sha in zip(pages, hashes, strict=True):
                offer = {"sha256": sha, "size": len(page), "media_type": "image/jpeg"}
                client.post("/v1/attachments", json=offer).raise_for_status()
                for offset in range(0, len(page), chunk_size):
                    r = client.put(
                        f"/v1/attachments/{sha}",
                        params={"offset": offset},
                        content=page[offset : offset + chunk_size],
                    )
                    r.raise_for_status()
                assert r.json()["complete"], r.text
            seconds = time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait()
    return sum(len(p) for p in pages) / seconds / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--chunk-kib", type=int, default=1024)
    args = parser.parse_args()
    pages = [os.urandom(ATTACHMENT) for _ in range(max(1, args.megabytes * 1024 * 1024 // ATTACHMENT))]
    admin, cluster = admin_dsn()
    url = create_database(admin)
    try:
        with tempfile.TemporaryDirectory(prefix="ow-bench-") as tmp:
            folder = Path(tmp)
            ctx = create_app(ServerConfig(database_url=url, blob_dir=folder / "blobs")).state.ctx
            raw = bench_raw(pages, folder)
            http = bench_http(url, ctx, pages, folder, args.chunk_kib * 1024)
            ctx.engine.dispose()
    finally:
        drop_database(admin, url)
        if cluster is not None:
            cluster.destroy()
    total = sum(len(p) for p in pages) / 1e6
    print(f"{len(pages)} attachments of {ATTACHMENT // 1024} KiB = {total:.0f} MB")
    print(f"chunks of {args.chunk_kib} KiB, each fsynced; the SHA-256 checked per attachment")
    print(f"raw loopback TCP copy to a file : {raw:8.1f} MB/s")
    print(f"upload over HTTP (offer + PUTs)  : {http:8.1f} MB/s  = {http / raw:.2f} × raw")
    print(f"target ≥ 0.5 × raw: {'met' if http >= 0.5 * raw else 'NOT met'}")


if __name__ == "__main__":
    main()
