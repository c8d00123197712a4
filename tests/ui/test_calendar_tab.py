"""The 节假日与营业时间 tab over a real server (the demo hall, the hall manager zhangjl signed in on a
back-office terminal): 2027 shown as 暂按周末计算, a pasted notice read onto the grid, the
preview before saving, the year stored; the hall's hours and closures saved by the keyboard."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import open_hall  # (tests/server) the demo hall behind a TestClient

from app.services.manager.calendar import HallCalendar
from app.sync.manager_calendar_transport import CalendarTransport
from app.sync.manager_transport import ManagerTransport
from app.sync.protocol import LoginRequest
from app.sync.transport import HttpTransport
from server.config import ServerConfig
from server.seed import DEMO_PASSWORD
from server.store.models import CalendarYearRow
from ui.manager.calendar.tab import CalendarTab
from ui.manager.console import TABS, ManagerConsole
from ui.manager.services import ManagerServices

NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知（测试用，虚构）
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历除夕、周六）至14日（周日）放假调休，共9天。2月20日（周六）上班。
"""


class Pokes(QObject):
    poked = Signal(str)


class Services:
    """What the tab takes from the console's ManagerServices: `.calendar` and `.pokes`."""

    def __init__(self, hall) -> None:
        terminal_id, _, secret = hall.seeded.backoffice_terminal["Authorization"].split(" ")[1].partition(":")
        http = HttpTransport("http://testserver", client=hall.client, terminal_id=terminal_id, secret=secret)
        token = http.login(LoginRequest(username="zhangjl", password=DEMO_PASSWORD)).token
        self.calendar = HallCalendar(CalendarTransport(ManagerTransport(http, lambda: token)))
        self.pokes = Pokes()


def year_labels(tab: CalendarTab) -> list[str]:
    return [tab.years.item(i).text() for i in range(tab.years.count())]


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    yield from open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))


@pytest.fixture
def tab(qtbot, hall):
    widget = CalendarTab(Services(hall))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.page is not None)
    yield widget
    widget.stop()


def test_2027_is_marked_weekends_only_and_entered_from_the_pasted_notice(qtbot, hall, tab, tmp_path):
    labels = year_labels(tab)
    assert "2026年（程序自带）" in labels and "2027年（暂按周末计算）" in labels
    assert tab.grid.year == 2027 and tab.grid.editable  # the year to enter comes first
    assert "暂按周末计算" in tab.year_note.text()

    tab.paste.setPlainText(NOTICE_2027)
    qtbot.keyClick(tab.paste, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert date(2027, 2, 10) in tab.grid.holidays and tab.grid.workdays == {date(2027, 2, 20)}
    assert len(tab.grid.holidays) == 12 and "读出放假12天、调休上班1天" in tab.outcome.text()
    assert tab.source.text() == "国务院办公厅关于2027年部分节假日安排的通知"
    # a correction on the grid by the keyboard: 2月15日 off too, then back
    tab.grid.go_to(date(2027, 2, 15))
    qtbot.keyClick(tab.grid, Qt.Key.Key_H)
    assert date(2027, 2, 15) in tab.grid.holidays
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert date(2027, 2, 15) not in tab.grid.holidays
    tab.grab().save(str(tmp_path / "calendar_tab.png"))

    # the first Ctrl+S previews; nothing is stored before the manager has seen it
    qtbot.keyClick(tab.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.preview is not None)
    assert "其中0件将改变" in tab.outcome.text() and "按 Ctrl+S 保存" in tab.outcome.text()
    with hall.ctx.sessions() as s:
        assert s.get(CalendarYearRow, 2027) is None
    qtbot.keyClick(tab.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "已保存" in tab.outcome.text())
    with hall.ctx.sessions() as s:
        assert s.get(CalendarYearRow, 2027).schedule["workdays"] == ["2027-02-20"]
    qtbot.waitUntil(lambda: "2027年（已录入）" in year_labels(tab))
    assert not tab.grid.editable  # entered now: a hall manager no longer changes it
    assert "只能由系统管理员修改" in tab.year_note.text()


def test_a_bad_notice_says_which_sentence_and_keeps_the_grid(qtbot, tab):
    tab.paste.setPlainText("二、春节：放假调休，共9天。")
    qtbot.keyClick(tab.paste, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "未能从“放假调休，共9天”中读出日期" in tab.outcome.text()
    assert tab.grid.holidays == set()


def test_hours_and_a_closure_are_saved_by_the_keyboard_and_refused_when_wrong(qtbot, hall, tab):
    panel = tab.hours
    panel.hours_set.setChecked(True)
    panel.workday.setText("09:00-12:00、13:30-19:00")
    panel.saturday.setText("09:00-12:00")
    panel.first.setDate(date(2026, 12, 1))
    panel.last.setDate(date(2026, 12, 2))
    panel.reason.setFocus()  # where the manager types the reason
    qtbot.keyClick(panel.reason, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "请填写2026-12-01起闭厅的原因" in panel.message.text() and panel.closures == []
    panel.reason.setText("大厅装修")
    qtbot.keyClick(panel.reason, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.closures == [(date(2026, 12, 1), date(2026, 12, 2), "大厅装修")]
    qtbot.keyClick(
        panel.reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: "已保存" in panel.message.text())
    config = hall.client.get("/v1/hall", headers=hall.kiosk).json()
    assert config["hours"]["workday"] == ["09:00-12:00", "13:30-19:00"]
    assert config["hours"]["closures"] == [
        {"first": "2026-12-01", "last": "2026-12-02", "reason": "大厅装修"}
    ]

    panel.sunday.setText("18:00-09:00")
    panel.sunday.setFocus()
    qtbot.keyClick(
        panel.sunday, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: "不是有效的时段" in panel.message.text())
    assert hall.client.get("/v1/hall", headers=hall.kiosk).json()["hours"]["sunday"] == []


def test_ctrl_6_in_the_console_lands_on_the_years_grid(qtbot, hall):
    calendar_area = next(t for t in TABS if t[0] == 6)
    assert calendar_area[2] == "ui.manager.calendar.tab:CalendarTab"
    terminal_id, _, secret = hall.seeded.backoffice_terminal["Authorization"].split(" ")[1].partition(":")
    http = HttpTransport("http://testserver", client=hall.client, terminal_id=terminal_id, secret=secret)
    login = http.login(LoginRequest(username="zhangjl", password=DEMO_PASSWORD))
    console = ManagerConsole(ManagerServices.signed_in(http, login), tabs=(calendar_area,))
    qtbot.addWidget(console)
    console.show()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    tab = console.tab_keys[6]
    qtbot.waitUntil(lambda: tab.page is not None)
    qtbot.keyClick(console, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert console.tabs.tabText(console.tabs.currentIndex()) == "节假日与营业时间 (Ctrl+6)"
    qtbot.waitUntil(lambda: tab.grid.hasFocus())
    console.grab().save(str(hall.seeded.ctx.config.blob_dir.parent / "console_calendar.png"))
    console.stop()


def test_a_poke_reloads_what_is_not_being_edited_and_keeps_what_is(qtbot, hall, tab):
    # another console saves hours: a "change" poke brings them to this tab
    body = {"workday": ["08:30-12:00"], "saturday": [], "sunday": [], "closures": []}
    assert hall.client.put("/v1/manager/calendar/hours", json=body, headers=hall.manager).status_code == 200
    tab.pokes.poked.emit("change")
    qtbot.waitUntil(lambda: tab.hours.workday.text() == "08:30-12:00")
    # while the manager types, a poke changes nothing under their hands
    tab.hours.workday.setFocus()
    qtbot.keyClicks(tab.hours.workday, ",13:30-17:00")  # ASCII: QTest types no CJK
    body["workday"] = ["09:00-11:00"]
    assert hall.client.put("/v1/manager/calendar/hours", json=body, headers=hall.manager).status_code == 200
    tab.pokes.poked.emit("change")
    qtbot.waitUntil(tab.worker.is_idle)
    assert tab.hours.workday.text() == "08:30-12:00,13:30-17:00"
