"""The console's frame: its tabs by key (Ctrl+1…6), the hall and the manager in the title and the
status bar, 退出登录 (Ctrl+Shift+L) — over a real server (the demo hall, a back-office terminal,
the hall manager zhangjl signed in on it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import open_hall  # (tests/server) the demo hall behind a TestClient

from app.sync.protocol import LoginRequest
from app.sync.transport import HttpTransport
from server.config import ServerConfig
from server.seed import DEMO_PASSWORD
from tests.ui.conftest import shown_title
from ui.app import setup_application
from ui.manager.console import ManagerConsole
from ui.manager.services import ManagerServices


class FirstArea(QLabel):
    def __init__(self, services: ManagerServices, parent: QWidget | None = None) -> None:
        super().__init__(f"first {services.hall_code}", parent)
        self.stopped = 0

    def stop(self) -> None:
        self.stopped += 1


class ThirdArea(QLabel):
    def __init__(self, services: ManagerServices, parent: QWidget | None = None) -> None:
        super().__init__("third", parent)


AREAS = ((3, "调度建议", f"{__name__}:ThirdArea"), (1, "实时大厅", f"{__name__}:FirstArea"))


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    yield from open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))


def manager_services(hall, username: str = "zhangjl") -> ManagerServices:
    """`username` signed in on a back-office terminal of the demo hall, as the console does."""
    terminal_id, _, secret = hall.seeded.backoffice_terminal["Authorization"].split(" ")[1].partition(":")
    http = HttpTransport("http://testserver", client=hall.client, terminal_id=terminal_id, secret=secret)
    login = http.login(LoginRequest(username=username, password=DEMO_PASSWORD))
    return ManagerServices.signed_in(http, login, hall_name="安和县政务服务中心")


def shown(qtbot, console: ManagerConsole) -> ManagerConsole:
    qtbot.addWidget(console)
    console.show()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    return console


def press(qtbot, console, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    """A window shortcut, sent to whatever has the focus (as the keyboard would)."""
    qtbot.keyClick(QApplication.focusWidget() or console, key, modifier)


def test_tabs_follow_their_keys_and_the_manager_is_named(qtbot, hall):
    console = shown(qtbot, ManagerConsole(manager_services(hall), tabs=AREAS))
    assert [console.tabs.tabText(i) for i in range(console.tabs.count())] == [
        "实时大厅 (Ctrl+1)",
        "调度建议 (Ctrl+3)",
    ]
    setup_application("zh_CN")
    assert "安和县政务服务中心" in console.windowTitle()
    assert shown_title(console).count("一窗通办") == 1
    assert "张建霖" in console.who.text() and "大厅管理员" in console.who.text()
    press(qtbot, console, Qt.Key.Key_3)
    assert console.tabs.currentWidget().text() == "third"
    press(qtbot, console, Qt.Key.Key_2)  # no such area yet
    assert console.tabs.currentWidget().text() == "third"
    press(qtbot, console, Qt.Key.Key_1)
    assert console.tabs.currentWidget().text() == "first 330429"


def test_sign_out_key_asks_the_application_and_close_stops_the_tabs(qtbot, hall):
    console = shown(qtbot, ManagerConsole(manager_services(hall), tabs=AREAS))
    with qtbot.waitSignal(console.sign_out_requested):
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        press(qtbot, console, Qt.Key.Key_L, shift_ctrl)
    first = console.tab_keys[1]
    console.close()
    assert first.stopped == 1
