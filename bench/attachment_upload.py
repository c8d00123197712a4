"""Attachment upload over loopback HTTP beside a raw loopback TCP copy of the same bytes.

On a fresh PostgreSQL database and blob folder: ~200 MB of scanned-page-sized attachments
(random bytes, 2 MB each) are uploaded as the client does it (app/services/sync/push.py) to
`onewindow-server serve` in its own process: UPLOADS_AT_ONCE pages side by side, a page that
fits UPLOAD_CHUNK (4 MiB) in one PUT that offers it too, a longer one offered, then put in chunks
(--offer-first: every page so, as clients from before one-request uploads do). The server checks
the SHA-256 of each attachment, seals it at rest and makes it durable (fsync) before counting it.
Beside it the same bytes are sent over one plain TCP connection to a process that writes each
attachment to a file of its own and fsyncs it: the same durability per attachment as the server
gives, so the comparison is fair (a single file fsynced once at the end would promise far less).
The raw sender never waits for a file's fsync (the bytes queue in the socket meanwhile); the
client's side-by-side uploads are what keeps the wire busy while the server's disk works.
Target: upload ≥ 0.5 × raw.

    .venv/bin/python bench/attachment_upload.py [--megabytes 200] [--offer-first] [--at-once N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "server")]

from pg_cluster import admin_dsn, create_database, drop_database  # noqa: E402
from server_process import free_port  # noqa: E402
from sync_ingest import _terminal, serve  # noqa: E402

from app.services.sync.push import UPLOAD_CHUNK, UPLOADS_AT_ONCE  # noqa: E402
from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402

ATTACHMENT = 2 * 1024 * 1024

RECEIVE = """
import os, socket, sys
folder, port, size, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
listener = socket.create_server(("127.0.0.1", port))
print("ready", flush=True)
conn, _ = listener.accept()
block = bytearray(1 << 20)
for n in range(count):
    with open(os.path.join(folder, f"raw-{n}.bin"), "wb") as f:
        left = size
        while left:
            got = conn.recv_into(block, min(left, len(block)))
            if not got:
                raise SystemExit("the sender stopped early")
            f.write(memoryview(block)[:got])
            left -= got
        f.flush(); os.fsync(f.fileno())  # each attachment durable, as the server makes it
conn.sendall(b"ok"); conn.close()
"""


def bench_raw(pages: list[bytes], folder: Path) -> float:
    port = free_port()
    args = [str(folder), str(port), str(len(pages[0])), str(len(pages))]
    proc = subprocess.Popen([sys.executable, "-c", RECEIVE, *args], stdout=subprocess.PIPE, text=True)
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


def bench_http(
    url: str,
    ctx,
    pages: list[bytes],
    folder: Path,
    chunk_size: int,
    code: str,
    offer_first: bool,
    at_once: int,
) -> float:
    terminal_id, secret = _terminal(ctx, code)
    headers = {"Authorization": f"Terminal {terminal_id}:{secret}"}
    hashes = [hashlib.sha256(p).hexdigest() for p in pages]
    proc, base = serve(url, str(folder / "blobs"))
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as client:

            def one(page: bytes, sha: str) -> None:
                offer = {"sha256": sha, "size": len(page), "media_type": "image/jpeg"}
                if len(page) <= chunk_size and not offer_first:
                    # the client's one request for a page that fits a chunk: offered as it goes
                    r = client.put(f"/v1/attachments/{sha}", params={"offset": 0, **offer}, content=page)
                    r.raise_for_status()
                    assert r.json()["complete"], r.text
                    return
                client.post("/v1/attachments", json=offer).raise_for_status()
                for offset in range(0, len(page), chunk_size):
                    r = client.put(
                        f"/v1/attachments/{sha}",
                        params={"offset": offset},
                        content=page[offset : offset + chunk_size],
                    )
                    r.raise_for_status()
                assert r.json()["complete"], r.text

            start = time.perf_counter()
            # as the client's push does: the pages of a batch UPLOADS_AT_ONCE at a time
            with ThreadPoolExecutor(at_once) as pool:
                list(pool.map(one, pages, hashes))
            seconds = time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait()
    return sum(len(p) for p in pages) / seconds / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--chunk-kib", type=int, default=UPLOAD_CHUNK // 1024)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--offer-first", action="store_true", help="offer each page, then PUT it")
    parser.add_argument("--at-once", type=int, default=UPLOADS_AT_ONCE, help="pages uploaded side by side")
    args = parser.parse_args()
    count = max(1, args.megabytes * 1024 * 1024 // ATTACHMENT)
    admin, cluster = admin_dsn()
    url = create_database(admin)
    raw, http = [], []
    try:
        with tempfile.TemporaryDirectory(prefix="ow-bench-") as tmp:
            folder = Path(tmp)
            ctx = create_app(ServerConfig(database_url=url, blob_dir=folder / "blobs")).state.ctx
            # interleaved rounds, new bytes each (the server keeps what it has): a busy neighbour
            # on a shared machine slows both alike; the medians are reported
            for r in range(args.rounds):
                pages = [os.urandom(ATTACHMENT) for _ in range(count)]
                raw.append(bench_raw(pages, folder))
                for f in folder.glob("raw-*.bin"):
                    f.unlink()
                chunk = args.chunk_kib * 1024
                code = f"W{r + 1:02d}"
                http.append(bench_http(url, ctx, pages, folder, chunk, code, args.offer_first, args.at_once))
            ctx.engine.dispose()
    finally:
        drop_database(admin, url)
        if cluster is not None:
            cluster.destroy()
    total = count * ATTACHMENT / 1e6
    raw_mbs, http_mbs = statistics.median(raw), statistics.median(http)
    print(f"{count} attachments of {ATTACHMENT // 1024} KiB = {total:.0f} MB, {args.rounds} rounds (medians)")
    how = "offer + PUTs" if args.offer_first or args.chunk_kib * 1024 < ATTACHMENT else "one PUT each"
    print(f"HTTP: {args.at_once} pages at a time, as the client's push; at most {args.chunk_kib} KiB a PUT,")
    print("each made durable (fsync) before it is counted,")
    print("the SHA-256 checked and the page sealed (AES-GCM) per attachment; raw: each attachment")
    print("its own file, fsynced")
    print(f"raw loopback TCP copy to files  : {raw_mbs:8.1f} MB/s  {_rounds(raw)}")
    ratio = http_mbs / raw_mbs
    print(f"upload over HTTP ({how}) : {http_mbs:8.1f} MB/s  {_rounds(http)} = {ratio:.2f} × raw")
    print(f"target ≥ 0.5 × raw: {'met' if http_mbs >= 0.5 * raw_mbs else 'NOT met'}")


def _rounds(values: list[float]) -> str:
    return "(" + ", ".join(f"{v:.0f}" for v in values) + ")"


if __name__ == "__main__":
    main()
