"""The blob store: scanned pages by SHA-256 on a file system several server processes share.

An upload grows in ``<blob_dir>/partial/<sha>`` chunk by chunk (each fsynced before the
database counts it as received); once all bytes are there the SHA-256 is checked and the file
moves to ``<blob_dir>/<sha[:2]>/<sha>``, where it never changes again. The attachment row is
locked while a chunk is written, so two processes never write one partial file at a time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

_READ_BLOCK = 1024 * 1024
_HASHERS_KEPT = 64


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._partial_dir = self.root / "partial"
        # (sha, bytes hashed) → the running hash, so a process that received the earlier chunks
        # does not read the file again to check the whole; any other process re-reads it
        self._hashers: OrderedDict[str, tuple[int, hashlib._Hash]] = OrderedDict()
        self._lock = threading.Lock()

    def partial_path(self, sha256: str) -> Path:
        return self._partial_dir / sha256

    def final_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def write_chunk(self, sha256: str, offset: int, data: bytes | bytearray) -> None:
        """Put `data` at `offset` of the partial file and make it durable.

        Written at the offset and cut there, not appended: a chunk whose bytes reached the disk
        but whose transaction did not commit (a crash between the two) is simply written again.
        """
        self._partial_dir.mkdir(parents=True, exist_ok=True)
        path = self.partial_path(sha256)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o640)
        try:
            os.lseek(fd, offset, os.SEEK_SET)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.ftruncate(fd, offset + len(data))
            os.fdatasync(fd)  # the data and the file's size: enough to count the bytes received
        finally:
            os.close(fd)
        self._hash_forward(sha256, offset, data)

    def _hash_forward(self, sha256: str, offset: int, data: bytes | bytearray) -> None:
        with self._lock:
            known = self._hashers.pop(sha256, None)
            if known is not None and known[0] == offset:
                hasher = known[1]
            elif offset == 0:
                hasher = hashlib.sha256()
            else:
                return  # earlier chunks came through another process: finish() reads the file
            hasher.update(data)
            self._hashers[sha256] = (offset + len(data), hasher)
            while len(self._hashers) > _HASHERS_KEPT:
                self._hashers.popitem(last=False)

    def _digest(self, sha256: str, size: int) -> str:
        with self._lock:
            known = self._hashers.pop(sha256, None)
        if known is not None and known[0] == size:
            return known[1].hexdigest()
        hasher = hashlib.sha256()
        with open(self.partial_path(sha256), "rb") as f:
            while block := f.read(_READ_BLOCK):
                hasher.update(block)
        return hasher.hexdigest()

    def finish(self, sha256: str, size: int) -> bool:
        """Check the whole file; True: it is in place for good. False: it was thrown away."""
        if self._digest(sha256, size) != sha256:
            self.discard(sha256)
            return False
        final = self.final_path(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.partial_path(sha256), final)
        _fsync_dir(final.parent)
        return True

    def discard(self, sha256: str) -> None:
        with self._lock:
            self._hashers.pop(sha256, None)
        self.partial_path(sha256).unlink(missing_ok=True)

    def has(self, sha256: str) -> bool:
        return self.final_path(sha256).is_file()


def _fsync_dir(path: Path) -> None:
    # the rename is durable only once the directory entry is on disk
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
