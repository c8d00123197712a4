"""write_json_atomically: the new file whole, or the old one untouched."""

from __future__ import annotations

import json
import stat

import pytest

from app.json_files import write_json_atomically


def test_writes_replaces_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "sub" / "a.json"
    write_json_atomically(path, {"名称": "安和县"})
    write_json_atomically(path, {"名称": "新值"}, indent=2)
    assert json.loads(path.read_text(encoding="utf-8")) == {"名称": "新值"}
    assert "新值" in path.read_text(encoding="utf-8")  # not \\u-escaped
    assert [p.name for p in path.parent.iterdir()] == ["a.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "a.json"
    write_json_atomically(path, {"n": 1})
    with pytest.raises(TypeError):
        write_json_atomically(path, {"n": object()})
    assert json.loads(path.read_text()) == {"n": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_private_file_is_readable_by_its_owner_alone(tmp_path):
    path = tmp_path / "terminal.json"
    write_json_atomically(path, {"secret": "s"}, private=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
