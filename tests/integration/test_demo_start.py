"""A new demo database starts with a day's sample cases, once, made through the real use cases."""

from __future__ import annotations

from app.bootstrap import build_services
from app.settings import demo_settings


def test_a_new_demo_shows_a_day_at_the_window_and_only_once(tmp_path, clock):
    s = build_services(demo_settings(tmp_path / "demo"), clock=clock)
    statuses = sorted(c.status for c in s.cases.today())
    assert statuses == ["accepted", "issued", "result_ready", "supplement_requested"]
    waiting = next(c for c in s.cases.today() if c.status == "result_ready")
    # the case waiting to be collected can be found the way the issuance window finds it
    assert s.cases.find_by_number(waiting.number).id == waiting.id
    # nothing was sent to the demo's printer folder
    assert not s.settings.print_dir.exists() or not any(s.settings.print_dir.iterdir())
    s.close()
    again = build_services(demo_settings(tmp_path / "demo"), clock=clock)
    assert len(again.cases.today()) == 4
    again.close()
