"""预约号源 in the console over a real server (the demo hall, the hall manager zhangjl signed in on a
back-office terminal): Ctrl+Y on the 节假日与营业时间 tab opens every category's plan with what it
makes of a workday under the hall's hours; a value the rules refuse is said and focused before
anything is sent; digits typed in the table and the rules are saved with Ctrl+S."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import open_hall

from app.sync.protocol import LoginRequest
from app.sync.transport import HttpTransport
from server.config import ServerConfig
from server.seed import DEMO_PASSWORD
from ui.manager.calendar.plans_dialog import PlansDialog
from ui.manager.calendar.tab import CalendarTab
from ui.manager.services import ManagerServices

CTRL = Qt.KeyboardModifier.ControlModifier
PLANS = "/v1/manager/appointment-plans"


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    yield from open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))


@pytest.fixture
def tab(qtbot, hall):
    hours = {
        "workday": ["09:00-12:00", "13:30-17:00"],
        "saturday": ["09:00-12:00"],
        "sunday": [],
        "closures": [],
    }
    assert hall.client.put("/v1/manager/calendar/hours", json=hours, headers=hall.manager).status_code == 200
    terminal_id, _, secret = hall.seeded.backoffice_terminal["Authorization"].split(" ")[1].partition(":")
    http = HttpTransport("http://testserver", client=hall.client, terminal_id=terminal_id, secret=secret)
    services = ManagerServices.signed_in(
        http, http.login(LoginRequest(username="zhangjl", password=DEMO_PASSWORD))
    )
    widget = CalendarTab(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.page is not None)
    yield widget
    widget.stop()


def focused():
    return QApplication.focusWidget()


def server_plans(hall) -> dict:
    r = hall.client.get(PLANS, headers=hall.manager)
    assert r.status_code == 200, r.text
    return r.json()


def cells(dialog: PlansDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def type_cell(qtbot, dialog: PlansDialog, row: int, column: int, digits: str) -> None:
    """The cell chosen by the keyboard, its value typed over (a digit starts editing), Enter."""
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, column)
    qtbot.keyClicks(dialog.table, digits[0])
    qtbot.keyClicks(focused(), digits[1:])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # the delegate keeps what was typed on the next turn of the event loop
    qtbot.waitUntil(lambda: dialog.table.item(row, column).text() == digits)


def test_plans_load_a_bad_value_is_refused_before_sending_and_the_rest_is_saved(qtbot, hall, tab):
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Y, CTRL)
    dialog = tab.plans.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.page is not None)
    rows = {cells(dialog, r)[0]: cells(dialog, r) for r in range(dialog.table.rowCount())}
    assert set(rows) == {"综合受理", "企业开办", "不动产登记", "社保医保"}
    assert rows["综合受理"][1:] == ["30", "4", "7", "13个时段，共52人"]  # 3 hours and 3½: 6 + 7 slots
    assert "工作日 09:00-12:00、13:30-17:00" in dialog.note.text()
    assert dialog.rules["no_show_limit"].text() == "3"
    sent = []
    save = dialog._plans.transport.save
    dialog._plans.transport.save = lambda body: sent.append(body) or save(body)

    general = next(r for r in range(dialog.table.rowCount()) if cells(dialog, r)[0] == "综合受理")
    type_cell(qtbot, dialog, general, 1, "5")
    assert cells(dialog, general)[4] == "不接受预约"  # 5 minutes makes no slot the rules allow
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "每个时段应为10至240分钟，现为5" in dialog.message.text())
    assert dialog.message.text().startswith("综合受理：") and sent == []
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (general, 1)
    assert server_plans(hall)["plans"][0]["slot_minutes"] == 30

    type_cell(qtbot, dialog, general, 1, "20")
    type_cell(qtbot, dialog, general, 2, "2")
    assert cells(dialog, general)[4] == "19个时段，共38人"
    realty = next(r for r in range(dialog.table.rowCount()) if cells(dialog, r)[0] == "不动产登记")
    type_cell(qtbot, dialog, realty, 2, "0")  # 不动产登记 takes no bookings any more
    rule = dialog.rules["no_show_limit"]
    rule.setFocus()
    rule.selectAll()
    qtbot.keyClicks(rule, "0")
    qtbot.keyClick(rule, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "爽约次数应为1至20，现为0" in dialog.message.text())
    assert focused() is rule and sent == []
    rule.selectAll()
    qtbot.keyClicks(rule, "2")
    qtbot.keyClick(rule, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "号源已保存" in dialog.message.text())
    stored = {p["category"]: p for p in server_plans(hall)["plans"]}
    assert (stored["general"]["slot_minutes"], stored["general"]["capacity"]) == (20, 2)
    assert stored["realty"]["capacity"] == 0 and server_plans(hall)["rules"]["no_show_limit"] == 2
    assert "3个业务类别接受预约" in dialog.message.text() and len(sent) == 1
    assert not dialog.dirty

    # Esc puts it aside; Ctrl+Y brings it back as saved
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(tab.isActiveWindow)  # the tab's keys work again
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Y, CTRL)
    qtbot.waitUntil(lambda: dialog.isVisible() and tab.worker.is_idle())
    assert cells(dialog, general)[1:3] == ["20", "2"]
