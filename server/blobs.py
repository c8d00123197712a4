"""The blob store: scanned pages by SHA-256 on a file system several server processes share.

An upload grows in ``<blob_dir>/partial/<hall>-<sha>`` chunk by chunk (each fsynced before the
database counts it as received); once all bytes are there the SHA-256 is checked and the file
moves to ``<blob_dir>/<sha[:2]>/<sha>``, where it never changes again. Each hall uploads its own
copy (attachments are the hall's: server/api/attachments.py), so one hall's upload can neither
block nor complete another's; identical content lands on the same final file, which is fine
since the hash was checked. The hall's attachment row is locked while a chunk is written, so two
processes never write one partial file at a time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_READ_BLOCK = 1024 * 1024
_HASHERS_KEPT = 64
_SYNCING = ThreadPoolExecutor(max_workers=4, thread_name_prefix="blob-fsync")


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._partial_dir = self.root / "partial"
        # upload → (bytes hashed, the running hash, the file's identity then), so a process that
        # received the earlier chunks does not read the file again to check the whole
        self._hashers: OrderedDict[str, tuple[int, hashlib._Hash, tuple]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def upload_name(hall_code: str, sha256: str) -> str:
        """The partial file of one hall's upload of `sha256` (hall codes are [0-9A-Za-z])."""
        return f"{hall_code}-{sha256}"

    def partial_path(self, upload: str) -> Path:
        return self._partial_dir / upload

    def final_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def write_chunk(self, upload: str, offset: int, data: bytes | bytearray, last: bool = False) -> None:
        """Put `data` at `offset` of the partial file and make it durable.

        Written at the offset and cut there, not appended: a chunk whose bytes reached the disk
        but whose transaction did not commit (a crash between the two) is simply written again.
        The caller counts the bytes as received (in the database) only after this returned, so
        `received` never claims a byte that a crash could take back.
        """
        self._partial_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.partial_path(upload), os.O_RDWR | os.O_CREAT, 0o640)
        try:
            hasher = self._running_hash(upload, offset, _identity(fd))
            os.lseek(fd, offset, os.SEEK_SET)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.ftruncate(fd, offset + len(data))
            # the data and the file's size are made durable while this thread hashes the chunk
            # (both let go of the GIL): the fsync, not the hash, is what a chunk costs
            synced = _SYNCING.submit(os.fdatasync, fd)
            try:
                if hasher is not None:
                    hasher.update(data)
            finally:
                synced.result()  # an OSError of the fsync fails the chunk: nothing is counted
            if hasher is not None:
                with self._lock:
                    self._hashers[upload] = (offset + len(data), hasher, _identity(fd))
                    while len(self._hashers) > _HASHERS_KEPT:
                        self._hashers.popitem(last=False)
        finally:
            os.close(fd)
        if offset == 0 and not last:
            # a new file that stays partial: its name must survive a crash as well (the last
            # chunk's file is renamed at once, and finish() makes the new name durable)
            _fsync_dir(self._partial_dir)

    def _running_hash(self, upload: str, offset: int, identity: tuple) -> hashlib._Hash | None:
        """The hash of the file's first `offset` bytes, if this process has it; None: read later.

        Kept only while the file is exactly as this process left it (same inode, size and
        times): a chunk written or a file replaced by another process makes finish() read it.
        """
        with self._lock:
            known = self._hashers.pop(upload, None)
        if known is not None and known[0] == offset and known[2] == identity:
            return known[1]
        return hashlib.sha256() if offset == 0 else None

    def _digest(self, upload: str, size: int) -> str:
        path = self.partial_path(upload)
        with self._lock:
            known = self._hashers.pop(upload, None)
        with open(path, "rb") as f:
            if known is not None and known[0] == size and known[2] == _identity(f.fileno()):
                return known[1].hexdigest()
            hasher = hashlib.sha256()
            while block := f.read(_READ_BLOCK):
                hasher.update(block)
        return hasher.hexdigest()

    def finish(self, upload: str, sha256: str, size: int) -> bool:
        """Check the whole file; True: it is in place for good. False: it was thrown away."""
        if self._digest(upload, size) != sha256:
            self.discard(upload)
            return False
        final = self.final_path(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.partial_path(upload), final)
        _fsync_dir(final.parent)
        return True

    def forget_hash(self, upload: str) -> None:
        with self._lock:
            self._hashers.pop(upload, None)

    def discard(self, upload: str) -> None:
        self.forget_hash(upload)
        self.partial_path(upload).unlink(missing_ok=True)

    def has(self, sha256: str) -> bool:
        return self.final_path(sha256).is_file()


def _identity(fd: int) -> tuple[int, int, int, int]:
    found = os.fstat(fd)
    return (found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def _fsync_dir(path: Path) -> None:
    # the rename is durable only once the directory entry is on disk
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
