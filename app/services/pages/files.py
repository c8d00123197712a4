"""The page store on disk: each image a file named by the SHA-256 of its bytes (`ab/cdef….jpg`).

A file is written to a temporary name, flushed to the disk, renamed into place and its folder
flushed, all before the database row that refers to it commits: after a power cut there may be
a file nobody refers to (harmless, and reused if the same page comes again), never a row whose
file is missing. The same bytes are stored once, however many pages refer to them.

Thumbnails live beside, in `.缩略图/`, keyed by hash, size and rotation: a cache that may be
deleted at any time and is rebuilt on demand.

Once the store is sealed, every file (thumbnails too: they are the citizen's pages, smaller) is
written and read through the store's FileSeal (app/store/sealed_files.py); the name stays the
hash of the page's clear bytes, which the server knows it by.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.store.sealed_files import FileSeal, SealedFileLocked, SealedFileUnreadable, write_durably

THUMBS_DIR = ".缩略图"


class PageFiles:
    def __init__(self, root: Path, seal: FileSeal | None = None) -> None:
        self.root = Path(root)
        self.seal = seal or FileSeal()

    def path_for(self, sha256: str, extension: str) -> Path:
        return self.root / sha256[:2] / f"{sha256[2:]}{extension}"

    def put(self, data: bytes, extension: str) -> tuple[str, Path]:
        """Store the bytes durably; returns their SHA-256 and where they are."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.path_for(sha, extension)
        if self._holds(path, sha):
            return sha, path  # already here: a name is its content's hash, written atomically
        write_durably(path, self.seal.seal(data))
        return sha, path

    def _holds(self, path: Path, sha: str) -> bool:
        """The page is stored already, whole (a damaged or another key's copy is replaced)."""
        try:
            return hashlib.sha256(self.seal.read(path)).hexdigest() == sha
        except (FileNotFoundError, SealedFileUnreadable, SealedFileLocked):
            return False

    def read(self, sha256: str, extension: str) -> bytes:
        """The page's bytes; FileNotFoundError, or SealedFileUnreadable for a damaged file."""
        return self.seal.read(self.path_for(sha256, extension))

    # -- thumbnail cache ------------------------------------------------------------------------
    def thumb_path(self, sha256: str, max_side: int, rotation: int) -> Path:
        return self.root / THUMBS_DIR / sha256[:2] / f"{sha256[2:]}-{max_side}-{rotation}.jpg"

    def read_thumb(self, sha256: str, max_side: int, rotation: int) -> bytes | None:
        try:
            return self.seal.read(self.thumb_path(sha256, max_side, rotation))
        except (FileNotFoundError, SealedFileUnreadable, SealedFileLocked):
            return None  # a cache: made again from the page

    def forget_thumbs(self, sha256: str) -> None:
        """Every cached thumbnail of an image (its file is being deleted)."""
        folder = self.root / THUMBS_DIR / sha256[:2]
        if folder.is_dir():
            for thumb in folder.glob(f"{sha256[2:]}-*.jpg"):
                thumb.unlink(missing_ok=True)

    def write_thumb(self, sha256: str, max_side: int, rotation: int, data: bytes) -> None:
        # atomic (a reader never sees half a file) but not flushed: a cache lost in a power cut
        # is simply made again
        write_durably(self.thumb_path(sha256, max_side, rotation), self.seal.seal(data), durable=False)
