"""On 2026-12-04 the packaged holiday data ends with the year: a 20-working-day matter is accepted
anyway (it was refused before), and the screen, the receipt and the case say 暂按周末计算."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import build_services, demo_settings
from tests.conftest import FakeClock
from tests.ui.conftest import fill_applicant, pdf_text, pick_matter, press, press_material_keys, wait_idle

K = Qt.Key
LONG = "最低生活保障审核确认"  # 20 working days, five required materials


@pytest.fixture
def services(tmp_path, confirm_decisions):
    # the app's clock, not the machine's: the test holds whatever today really is
    settings = demo_settings(tmp_path / "data", sample_cases=False)
    settings = replace(settings, window=replace(settings.window, confirm_decisions=confirm_decisions))
    services = build_services(settings, clock=FakeClock(datetime(2026, 12, 4, 10, 0)))
    yield services
    services.close()


def test_a_long_matter_is_accepted_today_with_its_date_marked_estimated(qtbot, window, services):
    pick_matter(qtbot, window, "最低生活保障", LONG)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_1] * 5)
    number = window.intake.case.number

    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: window.intake.case is None and "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    assert (
        f"已受理，办件编号 {number}，承诺 2027-01-01（暂按周末计算） 前办结。" in window.intake.banner.text()
    )
    assert "承诺于2027年1月1日前办结（暂按周末计算）" in pdf_text(window.preview.document.path)

    stored = services.cases.find_by_number(number)
    window.open_case(stored.id)
    qtbot.waitUntil(lambda: window.detail.case is not None and window.detail.case.id == stored.id)
    assert "承诺办结 2027-01-01（暂按周末计算）" in window.detail.header.text()
    assert "受理，承诺2027-01-01前办结（暂按周末计算）" in "\n".join(window.detail.timeline_lines())
