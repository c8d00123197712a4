"""A kiosk's or display's enrolment is kept in one private JSON file, written atomically."""

from __future__ import annotations

import stat

from app.services.sync.terminal_identity import IDENTITY_FILE, TerminalIdentity, load_identity, save_identity


def test_identity_round_trip_and_private_file(tmp_path):
    identity = TerminalIdentity("http://127.0.0.1:9", "t-1", "s3cret", "330429", "安和县政务服务中心", "K01")
    save_identity(tmp_path, identity)
    assert load_identity(tmp_path) == identity
    mode = stat.S_IMODE((tmp_path / IDENTITY_FILE).stat().st_mode)
    assert mode == 0o600
    assert not (tmp_path / f"{IDENTITY_FILE}.tmp").exists()


def test_a_missing_or_broken_identity_means_not_enrolled(tmp_path):
    assert load_identity(tmp_path) is None
    (tmp_path / IDENTITY_FILE).write_text('{"server_url": "x"', encoding="utf-8")
    assert load_identity(tmp_path) is None
