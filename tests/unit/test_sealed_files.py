"""Files sealed under the store's data key (app/store/sealed_files.py)."""

from __future__ import annotations

import os

import pytest

from app.store.sealed_files import MAGIC, FileSeal, SealedFileLocked, SealedFileUnreadable, is_sealed

KEY = os.urandom(32)
PAGE = b"\xff\xd8\xff\xe0" + "欧阳娜娜 11010519491231002X".encode() * 20


def test_a_sealed_file_opens_only_with_its_key():
    sealed = FileSeal(KEY).seal(PAGE)
    assert is_sealed(sealed) and PAGE[:32] not in sealed and "欧阳娜娜".encode() not in sealed
    assert FileSeal(KEY).open(sealed) == PAGE
    with pytest.raises(SealedFileUnreadable):
        FileSeal(os.urandom(32)).open(sealed, "another PC's")
    with pytest.raises(SealedFileLocked):
        FileSeal().open(sealed)  # no clerk signed in yet


def test_the_same_page_sealed_twice_looks_different():
    seal = FileSeal(KEY)
    assert seal.seal(PAGE) != seal.seal(PAGE)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-1],  # cut short
        lambda b: b[: len(MAGIC) + 20],  # cut to its header
        lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:],  # one bit flipped
        lambda b: b + b"\x00",  # something appended
    ],
)
def test_a_damaged_sealed_file_is_refused_not_shown(damage):
    sealed = FileSeal(KEY).seal(PAGE)
    with pytest.raises(SealedFileUnreadable):
        FileSeal(KEY).open(damage(sealed))


def test_a_file_from_before_sealing_is_read_as_it_is_until_sealed(tmp_path):
    seal = FileSeal()
    assert not seal.sealing and seal.seal(PAGE) == PAGE  # a store not sealed writes as before
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / "page.jpg").write_bytes(PAGE)
    (tmp_path / "job.part").write_bytes(b"half a job")
    assert seal.seal_folder(tmp_path) == 0  # nothing to seal with yet
    seal.use(KEY)
    assert seal.read(tmp_path / "ab" / "page.jpg") == PAGE
    assert seal.seal_folder(tmp_path, skip=(".part",)) == 1
    assert is_sealed((tmp_path / "ab" / "page.jpg").read_bytes())
    assert (tmp_path / "job.part").read_bytes() == b"half a job"
    assert seal.seal_folder(tmp_path, skip=(".part",)) == 0  # once
    assert seal.read(tmp_path / "ab" / "page.jpg") == PAGE
