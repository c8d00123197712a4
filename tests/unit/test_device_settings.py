"""Device URLs chosen in the settings dialog survive a restart; a damaged file never stops work."""

from __future__ import annotations

import json

from app.settings import demo_settings, load_device_urls, save_device_urls, with_device_urls


def test_saved_urls_come_back_on_the_next_start(tmp_path):
    settings = with_device_urls(
        demo_settings(tmp_path), {"card_reader_url": "sam:///dev/ttyUSB0", "scanner_url": "folder:///srv/in"}
    )
    save_device_urls(settings)
    again = demo_settings(tmp_path)
    assert again.card_reader_url == "sam:///dev/ttyUSB0"
    assert again.scanner_url == "folder:///srv/in"
    assert again.evaluator_url == "sim://"  # untouched ones keep their defaults


def test_a_damaged_file_means_the_defaults(tmp_path):
    (tmp_path / "devices.json").write_text("{not json", encoding="utf-8")
    assert demo_settings(tmp_path).card_reader_url == "sim://"
    (tmp_path / "devices.json").write_text("[1, 2]", encoding="utf-8")
    assert load_device_urls(tmp_path) == {}


def test_unknown_keys_and_non_strings_are_ignored(tmp_path):
    (tmp_path / "devices.json").write_text(
        json.dumps({"card_reader_url": 7, "data_dir": "/etc", "scanner_url": " sane:// "}), encoding="utf-8"
    )
    assert load_device_urls(tmp_path) == {"scanner_url": "sane://"}
    assert demo_settings(tmp_path).data_dir == tmp_path
