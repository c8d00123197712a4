"""The window PC's data key, kept only wrapped (app/store/keyslots.py)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from app.store.keyslots import KEYSLOTS_FILE, WINDOW_SLOT, Keyslots, KeyslotsDamaged, new_data_key

WINDOW_KEY = bytes(range(32))


@pytest.fixture
def slots(tmp_path):
    key = new_data_key()
    made = Keyslots.new(tmp_path, key, WINDOW_KEY)
    made.remember_password("lixm", "onewindow", key)
    return made, key


def test_the_window_key_and_a_clerks_password_open_the_same_data_key(slots, tmp_path):
    _made, key = slots
    again = Keyslots.load(tmp_path)
    assert again.with_window_key(WINDOW_KEY) == key
    assert again.with_password("lixm", "onewindow") == key


def test_nothing_else_opens_it(slots, tmp_path):
    again = Keyslots.load(tmp_path)
    assert again.with_window_key(bytes(32)) is None
    assert again.with_password("lixm", "Onewindow") is None
    assert again.with_password("wangf", "onewindow") is None  # no slot of hers
    assert not again.has_password_slot("wangf") and again.has_password_slot("lixm")


def test_a_slot_moved_to_another_name_or_store_does_not_open(slots, tmp_path):
    made, _key = slots
    made.slots["user:wangf"] = made.slots["user:lixm"]  # her entry, his wrapped key
    assert made.with_password("wangf", "onewindow") is None
    other = Keyslots.new(tmp_path / "other", new_data_key(), WINDOW_KEY)
    other.slots[WINDOW_SLOT] = made.slots[WINDOW_SLOT]  # another PC's slot, the same window key
    assert other.with_window_key(WINDOW_KEY) is None


def test_a_new_password_replaces_the_old_slot(slots, tmp_path):
    made, key = slots
    made.remember_password("lixm", "A-new-pass-9", key)
    again = Keyslots.load(tmp_path)
    assert again.with_password("lixm", "onewindow") is None
    assert again.with_password("lixm", "A-new-pass-9") == key
    again.forget("lixm")
    assert Keyslots.load(tmp_path).with_password("lixm", "A-new-pass-9") is None


def test_the_file_holds_no_key_in_clear_and_is_private(slots, tmp_path):
    _made, key = slots
    path = tmp_path / KEYSLOTS_FILE
    raw = path.read_bytes()
    assert key not in raw and key.hex().encode() not in raw and WINDOW_KEY not in raw
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_no_file_means_never_sealed_and_a_damaged_one_says_so(tmp_path):
    assert Keyslots.load(tmp_path) is None
    (tmp_path / KEYSLOTS_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyslotsDamaged):
        Keyslots.load(tmp_path)
    (tmp_path / KEYSLOTS_FILE).write_text(json.dumps({"format": 1, "store_id": "x", "slots": {"window": {}}}))
    with pytest.raises(KeyslotsDamaged):
        Keyslots.load(tmp_path)
    (tmp_path / KEYSLOTS_FILE).write_text(json.dumps({"format": 99, "store_id": "x", "slots": {}}))
    with pytest.raises(KeyslotsDamaged):
        Keyslots.load(tmp_path)
