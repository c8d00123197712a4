"""The kiosk's screen when the hall is closed: a touch on a category shows why and when the hall
opens next, from the hours it cached, with the server away; nothing is printed."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.kiosk.printing import TicketPrinter
from app.services.kiosk.service import KioskService
from app.sync.manager_calendar import HallHoursModel
from ui.kiosk.window import KioskWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_kiosk_service import SHANGHAI, FakeQueue, demo_hall


def test_a_touch_outside_the_hours_says_when_the_hall_opens(qtbot, tmp_path):
    server = FakeQueue(demo_hall().model_copy(update={"hours": HallHoursModel(workday=["09:00-12:00"])}))
    now = datetime(2026, 12, 7, 18, 0, tzinfo=SHANGHAI)  # a Monday evening
    service = KioskService(
        tmp_path / "kiosk",
        server,
        printer=TicketPrinter(f"pdf://{tmp_path / 'tickets'}"),
        clock=lambda: now,
        retry_pause=0,
    )
    service.refresh()  # the hours are cached; then the server goes away
    server.down = True
    window = KioskWindow(service, None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.state is not None and not window.state.online, timeout=30_000)
    qtbot.mouseClick(window.start_page.buttons["general"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.message_page, timeout=30_000)
    assert window.message_page.title.text() == "大厅暂停取号"
    assert "下次开放：2026-12-08（周二）09:00" in window.message_page.text.text()
    assert not (tmp_path / "tickets").exists() or not list((tmp_path / "tickets").iterdir())
    window.grab().save(str(tmp_path / "kiosk_closed.png"))
    window.stop()
