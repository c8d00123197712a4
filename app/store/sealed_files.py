"""The window PC's files of citizens' data, sealed under the store's data key (AES-256-GCM).

Scanned pages and their thumbnails, archived documents, the slip spool and the queue's offline
journal are written through one ``FileSeal``: once the store is sealed (app/store/keyslots.py)
each file is ``OWSEALED1`` + a random 96-bit nonce + the ciphertext with its tag, so a copied
disk shows neither the bytes nor whether two files hold the same page. Reading checks the tag:
a flipped bit, a truncated file or another PC's file is refused with ``SealedFileUnreadable``,
never shown as garbage. A file written before the store was sealed (no header) is still read
as it is, until ``seal_folder`` at sealing time has rewritten it.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a key is given (_aead): a store in clear never needs them
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"OWSEALED1\n"
NONCE_BYTES = 12


class SealedFileUnreadable(Exception):
    """A sealed file that does not open: damaged, cut short, or sealed under another key."""


class SealedFileLocked(Exception):
    """A sealed file read before any clerk signed in: the key is not released yet."""


class FileSeal:
    """Seals and opens file contents under the data key, once one is released (``use``)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._lock = threading.Lock()
        self._aead = _aead(key) if key is not None else None

    @property
    def sealing(self) -> bool:
        return self._aead is not None

    def use(self, key: bytes) -> None:
        with self._lock:
            self._aead = _aead(key)

    def seal(self, data: bytes) -> bytes:
        aead = self._aead
        if aead is None:  # a store not sealed (yet): written as before
            return data
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + aead.encrypt(nonce, data, MAGIC)

    def open(self, data: bytes, what: str = "") -> bytes:
        if not is_sealed(data):
            return data
        aead = self._aead
        if aead is None:
            raise SealedFileLocked(what)
        nonce = data[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        from cryptography.exceptions import InvalidTag

        try:
            return aead.decrypt(nonce, data[len(MAGIC) + NONCE_BYTES :], MAGIC)
        except InvalidTag as exc:
            raise SealedFileUnreadable(what) from exc

    def read(self, path: Path) -> bytes:
        return self.open(Path(path).read_bytes(), str(path))

    # -- sealing what was written in clear -------------------------------------------------------
    def seal_folder(self, folder: Path, skip: Iterable[str] = ()) -> int:
        """Rewrite every plain file under ``folder`` sealed (atomically, each durable before its
        clear copy goes); returns how many. Files whose name ends in one of ``skip`` stay."""
        if self._aead is None or not Path(folder).is_dir():
            return 0
        ends = tuple(skip)
        count = 0
        for path in sorted(Path(folder).rglob("*")):
            if not path.is_file() or path.is_symlink() or (ends and path.name.endswith(ends)):
                continue
            data = path.read_bytes()
            if is_sealed(data):
                continue
            write_durably(path, self.seal(data))
            count += 1
        return count


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def is_sealed(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def write_durably(path: Path, data: bytes, durable: bool = True) -> None:
    """Write to a temporary name beside ``path``, fsync, rename over it, fsync the folder: a
    power cut leaves the old file or the new one. ``durable`` False: atomic only (a reader never
    sees half a file), for a cache that is simply made again after a power cut."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable and hasattr(os, "O_DIRECTORY"):  # the rename itself must survive a power cut too
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
