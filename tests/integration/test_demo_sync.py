"""`onewindow demo` with its embedded server: the whole loop on one machine, through the window.

The demo opens the workbench while the server starts, enrols the terminal, signs in 李晓梅 and
syncs; a step the back office records on the server shows in the clerk's timeline after the
next sync, and a decision the clerk saves reaches the server. A second start keeps the same
enrolment (both databases live in the demo folder).
"""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.bootstrap import Services
from app.settings import demo_settings
from server.config import default_data_key_path
from server.sealing.columns import attach_keyring
from server.sealing.keyring import DataKeyring
from server.store.models import ServerCaseRow, TerminalRow
from tests.ui.conftest import close_window, wait_idle
from ui.demo_server import PORT_FILE
from ui.main_window import MainWindow
from ui.sync.startup import DemoSync

TIMEOUT = 30000  # ms; the runner is poked, so this is only an upper bound on a slow machine


class Demo:
    def __init__(self, qtbot, data_dir) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.services = Services(demo_settings(data_dir))
        self.demo = DemoSync(data_dir)
        # closed by the fixture (close_window), not by qtbot
        self.window = MainWindow(self.services)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.open_services(self.demo.start)

    def wait_signed_in(self) -> None:
        self.qtbot.waitUntil(lambda: self.window.user is not None, timeout=TIMEOUT)
        wait_idle(self.qtbot, self.window)

    def wait_slot(self, words: str) -> None:
        self.qtbot.waitUntil(lambda: words in self.window.status.slot_text("sync"), timeout=TIMEOUT)

    def close(self) -> None:
        close_window(self.qtbot, self.window)
        self.services.close()
        self.demo.stop()


@pytest.fixture
def demo(qtbot, tmp_path):
    running = []

    def start() -> Demo:
        d = Demo(qtbot, tmp_path / "demo")
        running.append(d)
        return d

    yield start
    for d in running:
        if d.demo.server is not None:
            d.close()


def server_engine(data_dir):
    """The embedded server's database, with its data keys (a case's people are sealed there)."""
    home = data_dir / "server"
    engine = create_engine(f"sqlite:///{home / 'server.sqlite3'}")
    attach_keyring(engine, DataKeyring(default_data_key_path()))
    return engine


def server_case(data_dir, number: str) -> ServerCaseRow | None:
    engine = server_engine(data_dir)
    try:
        with Session(engine) as s:
            return s.scalars(select(ServerCaseRow).where(ServerCaseRow.number == number)).first()
    finally:
        engine.dispose()


def back_office_step(demo: DemoSync, services, number: str) -> None:
    """The department's system records 审核 on the server: a back-office terminal (enrolled with
    a code of that kind; a window may not sign a back-office account in) and its account."""
    url = services.sync.server_url
    with httpx.Client(base_url=url, timeout=10) as http:
        code = demo.server.issue_code("B01", kind="backoffice")
        enrolled = http.post("/v1/terminals/enrol", json={"code": code, "terminal_name": "后台审批系统"})
        assert enrolled.status_code == 200, enrolled.text
        terminal_id, secret = enrolled.json()["terminal_id"], enrolled.json()["secret"]
        login = http.post(
            "/v1/sessions",
            json={"username": "backoffice", "password": "onewindow"},
            headers={"Authorization": f"Terminal {terminal_id}:{secret}"},
        )
        assert login.status_code == 200, login.text
        step = http.post(
            f"/v1/backoffice/cases/{number}/events",
            json={"action": "step", "actor": "王审核员", "step": "审核", "opinion": "材料齐全，同意"},
            headers={"Authorization": f"Bearer {login.json()['token']}"},
        )
        assert step.status_code == 200, step.text


def test_a_decision_in_the_demo_reaches_the_embedded_server_and_back_office_steps_come_back(demo, qtbot):
    d = demo()
    d.wait_signed_in()
    w, services = d.window, d.services
    assert w.user.username == "lixm" and not w.user.offline
    assert "李晓梅" in w.windowTitle()
    d.wait_slot("已全部同步")  # the day's sample cases were pushed
    assert "在线" in w.status.slot_text("sync")
    qtbot.waitUntil(lambda: w.today.unsynced_numbers() == [], timeout=TIMEOUT)  # refreshed after the round

    accepted = next(c for c in services.cases.today() if c.status == "accepted")
    assert server_case(d.data_dir, accepted.number).status == "accepted"

    # the back office works on the case; 立即同步 in the sync panel brings it to the window
    back_office_step(d.demo, services, accepted.number)
    w.open_case(accepted.id)
    wait_idle(qtbot, w)
    qtbot.keyClick(
        QApplication.focusWidget() or w,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, w)
    qtbot.mouseClick(w.sync_panel.sync_button, Qt.MouseButton.LeftButton)
    w.sync_panel.close()
    qtbot.waitUntil(
        lambda: any(
            "王审核员" in line and "审核：材料齐全，同意" in line for line in w.detail.timeline_lines()
        ),
        timeout=TIMEOUT,
    )

    # the clerk registers the result at the window: saved locally, pushed by the runner
    w.detail.result_button.click()
    wait_idle(qtbot, w)
    assert w.detail.case.status == "result_ready"
    qtbot.waitUntil(
        lambda: server_case(d.data_dir, accepted.number).status == "result_ready", timeout=TIMEOUT
    )
    d.wait_slot("已全部同步")
    assert w.status.slots["sync"].toolTip().startswith(f"服务器：{services.sync.server_url}")


def test_a_second_demo_start_keeps_its_enrolment_and_port(demo, qtbot):
    first = demo()
    first.wait_signed_in()
    first.wait_slot("已全部同步")
    url = first.services.sync.server_url
    first.close()
    assert (first.data_dir / PORT_FILE).exists()

    again = demo()
    again.wait_signed_in()
    again.wait_slot("已全部同步")
    assert again.services.sync.server_url == url
    assert again.demo.server.url == url
    engine = server_engine(again.data_dir)
    with Session(engine) as s:
        assert len(s.scalars(select(TerminalRow)).all()) == 1  # enrolled once, not twice
    engine.dispose()
