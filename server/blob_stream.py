"""A whole scanned page sealed into the blob store while its upload body arrives.

The chunked path (server/blobs.py: write_chunk, then finish) writes a page twice: in clear into
its partial file, fdatasync'd, then read back, sealed into a second file, fsynced again, and the
partial file unlinked. The profile of bench/attachment_upload.py showed those trips to the disk
as most of an upload's time. A page sent whole in one request (what the client does with every
page that fits UPLOAD_CHUNK) needs none of it: its bytes are hashed and sealed chunk by chunk
into a temporary file beside their final place as they come in, that file is made durable once,
and renamed into place only if the SHA-256 matched.

The file is byte for byte what blob_sealing.write_sealed makes (same header, same chunks, same
associated data): the last chunk is known from the size announced before the first byte.
Durability is unchanged: make_durable() returns only once the sealed bytes and their final name
are on disk, so the caller counts the page as received only after it.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from server.blob_sealing import CHUNK, MAGIC, OVERHEAD, SEALED_CHUNK, bound, fsync_dir
from server.sealing.keyring import NONCE_BYTES

if TYPE_CHECKING:
    from server.blobs import BlobStore


class TooMuch(ValueError):
    """More bytes than the size announced: the body is not the page it claims to be."""


class SealingUpload:
    """One page's body on its way to ``<blob_dir>/<sha[:2]>/<sha>``, sealed as it arrives.

    write() may be called from any one thread at a time (the route hands each block to a worker
    thread while it receives the next); matches(), make_durable() and discard() end it. Made on
    the event loop, it touches nothing: the key and the temporary file are taken by the first
    write, in a worker thread like every other disk step."""

    def __init__(self, store: BlobStore, sha256: str, size: int) -> None:
        self.sha256, self.size = sha256, size
        self.final = store.final_path(sha256)
        self._keyring = store.keyring  # the key is taken by _open (it may read the key file)
        self._key_id = ""
        self._aead = None
        self._hash = hashlib.sha256()
        self._pending = bytearray()  # received, not yet sealed: less than one CHUNK
        self._sealed = bytearray(SEALED_CHUNK)  # each chunk's nonce, ciphertext and tag
        self._index = 0  # the next chunk's index
        self._taken = 0
        self._fd = -1
        self._temp: Path | None = None
        self._placed = False

    def write(self, data: bytes | bytearray) -> None:
        """Hash and seal the next bytes of the page (whole chunks now, the rest when more comes).

        Sealed straight from `data` where a whole chunk lies in it: only the bytes of a chunk
        cut by a block's end are copied (into _pending), and the output goes through one buffer
        (_sealed) — fresh megabyte buffers cost more in page faults than the cipher does."""
        if self._taken + len(data) > self.size:
            raise TooMuch(f"more than the announced {self.size} bytes")
        self._open()
        self._taken += len(data)
        self._hash.update(data)
        view = memoryview(data)
        if self._pending:
            room = CHUNK - len(self._pending)
            self._pending += view[:room]
            view = view[room:]
            if len(self._pending) < CHUNK:
                return
            self._seal(self._pending)
            self._pending.clear()
        while len(view) >= CHUNK:
            self._seal(view[:CHUNK])
            view = view[CHUNK:]
        self._pending += view

    def matches(self) -> bool:
        """True: every announced byte came and the SHA-256 is the page's (the last chunk is then
        sealed). False: it is not the page (the temporary file is gone, nothing else touched)."""
        if self._taken != self.size or self._hash.hexdigest() != self.sha256:
            self.discard()
            return False
        self._open()
        if self._pending or self._index == 0:  # the last chunk (an empty page: one empty chunk)
            self._seal(self._pending)
            self._pending.clear()
        return True

    def make_durable(self) -> None:
        """After matches(): the sealed bytes on disk, then renamed over the final name (identical
        content if one is there: the hash was checked), and the name made durable too."""
        os.fsync(self._fd)
        os.close(self._fd)
        self._fd = -1
        os.replace(self._temp, self.final)
        self._placed = True
        fsync_dir(self.final.parent)

    def discard(self) -> None:
        """Throw the temporary file away (a refused, cut or superfluous upload); nothing once it
        was put in place (its old name may belong to another upload's temporary file by now)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._temp is not None and not self._placed:
            self._temp.unlink(missing_ok=True)

    def _open(self) -> None:
        if self._fd >= 0:
            return
        self._key_id = self._keyring.current_id
        self._aead = self._keyring.aead(self._key_id)
        self.final.parent.mkdir(parents=True, exist_ok=True)
        # a name the blob listing skips (it starts with a dot), as write_sealed's, so a crash
        # leaves no false blob; a process's own name, so two uploads of one page never share it
        self._fd, name = tempfile.mkstemp(prefix=f".{self.sha256}.", suffix=".tmp", dir=self.final.parent)
        self._temp = Path(name)
        os.fchmod(self._fd, 0o640)  # as the partial files are
        self._write(MAGIC + bytes([len(self._key_id)]) + self._key_id.encode("ascii"))

    def _seal(self, block: memoryview | bytearray) -> None:
        # chunk i is the last when it reaches the announced size, as _with_last decides it
        last = (self._index + 1) * CHUNK >= self.size
        nonce = secrets.token_bytes(NONCE_BYTES)
        record = memoryview(self._sealed)[: len(block) + OVERHEAD]
        record[:NONCE_BYTES] = nonce
        self._aead.encrypt_into(nonce, block, bound(self.sha256, self._index, last), record[NONCE_BYTES:])
        self._write(record)
        self._index += 1

    def _write(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]
