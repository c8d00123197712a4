"""Scanned pages sealed at rest: the blob store's final files, under the data keys, chunk by chunk.

A final blob, ``<blob_dir>/<sha[:2]>/<sha>`` (server/blobs.py), is

    MAGIC                b"OWBLOB1\\n" (8 bytes)
    key id               its length (1 byte), then the id (ASCII) of the data key that sealed it
                         (server/sealing/keyring.py: DataKeyring.aead)
    chunks               each a random 12-byte nonce, then AES-256-GCM of CHUNK (1 MiB) clear
                         bytes (the last chunk fewer) with its 16-byte tag

Each chunk's associated data is the blob's sha256, the chunk's index and whether it is the last
one: a chunk moved within the file or copied from another blob does not open, nor does a file
cut at a chunk boundary (its new last chunk was not sealed as the last). There is always at least
one chunk (an empty blob is one empty last chunk), so a header alone does not open either. Every
chunk is OVERHEAD bytes longer than its clear bytes, so the clear size follows from the file's
size, and reading or writing holds a chunk or two in memory whatever the blob's size.

A final file without MAGIC was stored before sealing (older installations): it is read as it is,
its SHA-256 checked, until `keys rewrap` (rewrap_blobs) seals it. The partial file of an upload
under way stays in clear: it exists only until the upload completes, when BlobStore.finish seals
it into place and removes it. A page uploaded whole is sealed as it arrives, into the same format
(server/blob_stream.py: SealingUpload).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag

from server.sealing.keyring import NONCE_BYTES, DataKeyError, DataKeyring

if TYPE_CHECKING:
    from server.blobs import BlobStore

MAGIC = b"OWBLOB1\n"
CHUNK = 1024 * 1024
OVERHEAD = NONCE_BYTES + 16  # the nonce and the GCM tag of each chunk
SEALED_CHUNK = CHUNK + OVERHEAD
CLEAR = "clear"  # the "key id" of a file from before sealing (blob_key_ids)
DAMAGED = "damaged"  # a file whose header does not parse (blob_key_ids)


def damaged(sha256: str) -> DataKeyError:
    return DataKeyError(f"扫描件{sha256[:12]}的存储文件已损坏或被改动，无法读出：请从备份恢复该文件")


class SealedBlob:
    """One final blob opened for reading: its key id and clear size known, its bytes streamed.

    Opened once and read through that one file handle, so a rewrap replacing the file meanwhile
    (a rename) does not change what this reader sees: verify() and then chunks() read the same."""

    def __init__(self, path: Path, sha256: str, keyring: DataKeyring) -> None:
        self.sha256 = sha256
        self._file = open(path, "rb")  # noqa: SIM115 (closed by close(), the reader outlives this call)
        try:
            self.key_id, self._body_at = _header(self._file, sha256)
            body = os.fstat(self._file.fileno()).st_size - self._body_at
            self.size = body if self.key_id == CLEAR else _clear_size(body, sha256)
            # a key missing from the key file: the keyring's own message says what to do
            self._aead = None if self.key_id == CLEAR else keyring.aead(self.key_id)
        except BaseException:
            self._file.close()
            raise

    def chunks(self) -> Iterator[bytes]:
        """The clear bytes from the start, a chunk at a time, each checked before it is given:
        DataKeyError (damaged) instead of a byte that is not the blob's."""
        self._file.seek(self._body_at)
        if self._aead is None:
            yield from self._clear_chunks()
            return
        record, index = self._file.read(SEALED_CHUNK), 0
        while True:
            # only the chunk after it tells whether this one is the last (a blob of whole chunks)
            following = self._file.read(SEALED_CHUNK) if len(record) == SEALED_CHUNK else b""
            last = not following
            nonce, sealed = record[:NONCE_BYTES], record[NONCE_BYTES:]
            try:
                clear = self._aead.decrypt(nonce, sealed, bound(self.sha256, index, last))
            except (InvalidTag, ValueError) as exc:
                raise damaged(self.sha256) from exc
            yield clear
            if last:
                return
            record, index = following, index + 1

    def _clear_chunks(self) -> Iterator[bytes]:
        # the hash is all that vouches for a clear file; checked at its end, which is why an
        # answer verifies first (an error cannot follow bytes already sent)
        hasher = hashlib.sha256()
        while block := self._file.read(CHUNK):
            hasher.update(block)
            yield block
        if hasher.hexdigest() != self.sha256:
            raise damaged(self.sha256)

    def verify(self) -> None:
        """Read it all once: DataKeyError if any chunk does not open (or a clear file's hash)."""
        for _ in self.chunks():
            pass

    def is_at(self, path: Path) -> bool:
        """Is `path` still the very file this reader opened (not deleted nor replaced since)?"""
        try:
            there, here = os.stat(path), os.fstat(self._file.fileno())
        except FileNotFoundError:
            return False
        return (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> SealedBlob:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def write_sealed(
    final: Path,
    sha256: str,
    keyring: DataKeyring,
    blocks: Iterable[bytes],
    keep: Callable[[], bool] = lambda: True,
) -> bool:
    """Seal `blocks` (the clear bytes in CHUNK-sized blocks, the last one shorter or empty) under
    the current key as the final file `final`, atomically and durably: a temporary file in the
    same folder, fsynced, renamed over `final`, the folder fsynced. `keep()` is asked just
    before the rename; False drops the new file (a rewrap whose blob was deleted meanwhile).
    True: `final` is the new file."""
    key_id = keyring.current_id
    aead = keyring.aead(key_id)
    final.parent.mkdir(parents=True, exist_ok=True)
    # a name the blob listing skips (it starts with a dot), so a crash leaves no false blob
    fd, temp = tempfile.mkstemp(prefix=f".{sha256}.", suffix=".tmp", dir=final.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), 0o640)  # as the partial files are
            out.write(MAGIC + bytes([len(key_id)]) + key_id.encode("ascii"))
            for index, (block, last) in enumerate(_with_last(blocks)):
                if len(block) != CHUNK and not last:
                    raise ValueError("a blob is sealed in whole chunks but for the last")
                nonce = secrets.token_bytes(NONCE_BYTES)
                out.write(nonce + aead.encrypt(nonce, bytes(block), bound(sha256, index, last)))
            out.flush()
            os.fsync(out.fileno())
        if not keep():
            os.unlink(temp)
            return False
        os.replace(temp, final)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    fsync_dir(final.parent)
    return True


def blob_key_ids(store: BlobStore) -> Counter:
    """How many final blobs each key id seals; CLEAR counts those from before sealing (and
    DAMAGED those whose header is unreadable). Reads only each file's header."""
    counted: Counter = Counter()
    for sha256 in store.final_blobs():
        try:
            with open(store.final_path(sha256), "rb") as f:
                counted[_header(f, sha256)[0]] += 1
        except FileNotFoundError:
            continue  # deleted meanwhile (retention)
        except DataKeyError:
            counted[DAMAGED] += 1
    return counted


def rewrap_blobs(store: BlobStore, keyring: DataKeyring, stop: Callable[[], bool] = lambda: False) -> int:
    """Seal every final blob not under the current key again under it (those in clear too),
    each atomically, while the server runs; how many were rewritten. Stops early when `stop()`
    says so (a second run goes on where it ended). A blob that does not open raises DataKeyError
    naming it: restore it from backup and run again."""
    rewritten = 0
    for sha256 in store.final_blobs():
        if stop():
            break
        path = store.final_path(sha256)
        try:
            reader = SealedBlob(path, sha256, keyring)
        except FileNotFoundError:
            continue
        with reader:
            if reader.key_id == keyring.current_id:
                continue
            # not put back if retention deleted the blob meanwhile (nor if an upload of the same
            # content replaced it, sealed under the current key already)
            if write_sealed(path, sha256, keyring, reader.chunks(), keep=partial(reader.is_at, path)):
                rewritten += 1
    return rewritten


def fsync_dir(path: Path) -> None:
    # a rename is durable only once the directory entry is on disk
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _header(f, sha256: str) -> tuple[str, int]:
    """(key id, where the chunks begin) of an open final file; (CLEAR, 0) without MAGIC."""
    if f.read(len(MAGIC)) != MAGIC:
        return CLEAR, 0
    length = f.read(1)
    key_id = f.read(length[0]) if length else b""
    if not key_id or len(key_id) != length[0] or not key_id.isascii() or not key_id.isalnum():
        raise damaged(sha256)
    return key_id.decode("ascii"), len(MAGIC) + 1 + len(key_id)


def _clear_size(body: int, sha256: str) -> int:
    whole, rest = divmod(body, SEALED_CHUNK)
    chunks = whole + (1 if rest else 0)
    if chunks == 0 or 0 < rest < OVERHEAD:
        raise damaged(sha256)  # no chunk at all, or a last one shorter than its nonce and tag
    return body - chunks * OVERHEAD


def bound(sha256: str, index: int, last: bool) -> bytes:
    """A chunk's associated data: which blob, where in it, and whether it ends it."""
    return f"onewindow blob:{sha256}:{index}:{'last' if last else 'more'}".encode()


def _with_last(blocks: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Each block with whether it is the last; one empty last block when there are none."""
    it = iter(blocks)
    current = next(it, None)
    if current is None:
        yield b"", True
        return
    for following in it:
        yield current, False
        current = following
    yield current, True
