"""The server's data keys (server/sealing/keyring.py): what they seal opens only where it was
sealed, a tampered value or key file is refused with what to do, keys rotate and retire, and
another process sees a rotation."""

from __future__ import annotations

import json
import stat

import pytest

from server.config import DATA_KEY_FILE_ENV, ServerConfig
from server.sealing.keyring import DataKeyError, DataKeyring, is_sealed, key_id_of
from server.sealing.lookups import lookup_texts, name_parts


def test_a_value_opens_only_in_the_column_it_was_sealed_for(tmp_path):
    keys = DataKeyring.create_or_open(tmp_path / "keys.json")
    token = keys.seal(b"110105198001010010", "cases.snapshot.applicant")
    assert is_sealed(token) and key_id_of(token) == keys.current_id and "1101051980" not in token
    assert keys.open(token, "cases.snapshot.applicant") == b"110105198001010010"
    assert keys.seal(b"same", "c") != keys.seal(b"same", "c")  # a fresh nonce each time
    with pytest.raises(DataKeyError, match="无法解密"):
        keys.open(token, "notices.phone")  # moved to another column
    flipped = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    with pytest.raises(DataKeyError, match="已损坏或被改动"):
        keys.open(flipped, "cases.snapshot.applicant")


def test_the_key_file_is_private_and_its_damage_is_named(tmp_path):
    path = tmp_path / "keys.json"
    DataKeyring.create_or_open(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text(json.dumps({"current": "k1", "keys": {"k1": "c2hvcnQ="}}))
    with pytest.raises(DataKeyError, match="已损坏"):
        DataKeyring(path)
    path.unlink()
    with pytest.raises(DataKeyError, match="不存在"):
        DataKeyring(path)


def test_rotation_keeps_old_values_open_and_another_process_sees_the_new_key(tmp_path):
    path = tmp_path / "keys.json"
    ours, theirs = DataKeyring.create_or_open(path), DataKeyring(path)
    old = ours.current_id
    before = ours.seal(b"wang", "t")
    assert ours.lookups("x") == [ours.lookup("x")]
    new = ours.rotate()
    assert ours.current_id == new and ours.key_ids == [new, old]
    assert ours.open(before, "t") == b"wang"
    assert len(set(ours.lookups("x"))) == 2 and ours.lookups("x")[0] == ours.lookup("x", new)
    after = ours.seal(b"li", "t")
    assert theirs.open(after, "t") == b"li"  # an unknown key id: the other process reads the file again
    with pytest.raises(DataKeyError, match="当前密钥"):
        ours.retire(new)
    ours.retire(old)
    with pytest.raises(DataKeyError, match=f"数据密钥{old}不在密钥文件"):
        DataKeyring(path).open(before, "t")


def test_a_case_is_found_by_whole_ids_phones_and_two_characters_of_a_name():
    snapshot = {
        "applicant": {
            "name": "王小明",
            "cert_number": "341021199003074518",
            "phone": "138-0013-8000",
            "agent": {"name": "John Smith", "cert_number": "e12345678", "phone": ""},
        },
        "second_party": {"name": "穆安娜", "english_name": "MUELLER ANNA MARIA", "phone": "12"},
    }
    texts = lookup_texts(snapshot)
    assert {"cert:341021199003074518", "cert:E12345678", "phone:0138000", "name:小明", "name:王小明"} <= texts
    assert {"name:john smith", "name:hn sm", "name:mueller", "name:anna maria"} <= texts
    assert not {t for t in texts if t.startswith("name:") and len(t) == len("name:") + 1}  # no 1-char part
    assert "name:muell" not in texts  # a long Latin name: whole words only
    assert not [t for t in texts if t.startswith("phone:1")]  # too short a phone is not hashed
    assert name_parts("王") == set() and name_parts(" 王  小明 ") >= {"王 小明", "小明"}


def test_the_keys_are_kept_apart_from_the_data_they_seal(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(DATA_KEY_FILE_ENV)  # (set per test by tests/conftest.py)
    config = ServerConfig(
        database_url=f"sqlite:///{tmp_path / 'data' / 's.sqlite3'}", blob_dir=tmp_path / "data"
    )
    assert config.data_key_path == tmp_path / "config" / "onewindow-server" / "data-keys.json"
    assert (
        ServerConfig("sqlite://", tmp_path, data_key_file=tmp_path / "k.json").data_key_path
        == tmp_path / "k.json"
    )
    DataKeyring.create_or_open(config.data_key_path)
    assert stat.S_IMODE(config.data_key_path.parent.stat().st_mode) == 0o700
    assert [p.name for p in config.data_key_path.parent.iterdir()] == [
        "data-keys.json"
    ]  # no staged copy left
