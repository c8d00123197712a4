"""The blob store: scanned pages by SHA-256 on a file system several server processes share.

An upload grows in ``<blob_dir>/partial/<hall>-<sha>`` chunk by chunk (each fsynced before the
database counts it as received); once all bytes are there the SHA-256 is checked and the file
is sealed into ``<blob_dir>/<sha[:2]>/<sha>``, whose content never changes again (a key rotation
only seals the same bytes anew, server/blob_sealing.py: rewrap_blobs). Each hall uploads its own
copy (attachments are the hall's: server/api/attachments.py), so one hall's upload can neither
block nor complete another's; identical content lands on the same final file, which is fine
since the hash was checked. The hall's attachment row is locked while a chunk is written, so two
processes never write one partial file at a time.

The final file is sealed under the data keys (its format: server/blob_sealing.py) and read back
through `read` / `open`, never as a file; the partial file of an upload under way is in clear, and
exists only until the upload completes (finish() removes it once the sealed file is durable).
A page sent whole in one request never has a partial file: it is sealed into place as it arrives
(server/blob_stream.py).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from server.blob_sealing import CHUNK, SealedBlob, fsync_dir, write_sealed
from server.sealing.keyring import DataKeyring

_READ_BLOCK = CHUNK
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HASHERS_KEPT = 64
_SYNCING = ThreadPoolExecutor(max_workers=4, thread_name_prefix="blob-fsync")


class BlobStore:
    def __init__(self, root: Path, keyring: DataKeyring) -> None:
        self.root = Path(root)
        self.keyring = keyring  # seals the final files (server/sealing/keyring.py)
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
            # chunk's file is sealed into place at once by finish(), which fsyncs the final one)
            fsync_dir(self._partial_dir)

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
        """Check the whole file; True: it is in place for good, sealed. False: it was thrown away."""
        if self._digest(upload, size) != sha256:
            self.discard(upload)
            return False
        partial = self.partial_path(upload)
        with open(partial, "rb") as clear:
            write_sealed(self.final_path(sha256), sha256, self.keyring, iter(lambda: clear.read(CHUNK), b""))
        # only once the sealed file is durable: a crash before leaves the upload to finish again
        partial.unlink()
        return True

    def forget_hash(self, upload: str) -> None:
        with self._lock:
            self._hashers.pop(upload, None)

    def discard(self, upload: str) -> None:
        self.forget_hash(upload)
        self.partial_path(upload).unlink(missing_ok=True)

    def has(self, sha256: str) -> bool:
        return self.final_path(sha256).is_file()

    def open(self, sha256: str) -> SealedBlob:
        """A final blob to read (FileNotFoundError when there is none): its clear size, and its
        clear bytes checked chunk by chunk (server/blob_sealing.py)."""
        return SealedBlob(self.final_path(sha256), sha256, self.keyring)

    def read(self, sha256: str) -> Iterator[bytes]:
        """The clear bytes of a final blob, a chunk at a time; DataKeyError where one is damaged."""
        with self.open(sha256) as blob:
            yield from blob.chunks()

    def final_blobs(self) -> Iterator[str]:
        """The sha256 of every final blob (not the partial files, a temporary file of a rewrap or
        the key files that may share the folder)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if _SHA256.fullmatch(path.name) and path.name[:2] == folder.name:
                    yield path.name


def _identity(fd: int) -> tuple[int, int, int, int]:
    found = os.fstat(fd)
    return (found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
