"""我的整改 over a real server (SQLite): the person a 差评's follow-up is assigned to signs in to
`onewindow manager` on the hall's back-office terminal and gets only their work — the list (overdue
in red, the deadline shown), the detail with who rated (an audited reading), and the 回访 and 整改
recorded from the keyboard; a stale version is refused with what was typed kept; a back-office
account holding nothing gets an empty list and a sentence saying so."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from followup_hall import APPLICANT, followup_hall  # (tests/server) a hall with a 差评

from app.services.manager.session import ConsoleSession
from app.services.sync.terminal_identity import TerminalIdentity
from app.sync.protocol import Role
from server.app import create_app
from server.auth.passwords import hash_password
from server.config import ServerConfig
from server.store.models import AuditRow, UserRow
from server.store.models_followups import FollowupRow
from ui.manager.app import ManagerApp
from ui.manager.followups.detail import OVERDUE
from ui.manager.followups.mine import MyFollowupsTab

PASSWORD = "Zhenggai-2026!"
HOLDER, IDLE = "bo-zhaozg", "bo-idle"


@pytest.fixture
def hall(tmp_path):
    config = ServerConfig(
        database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "blobs"
    )
    app = create_app(config)
    with TestClient(app) as client:
        hall = followup_hall(client, app.state.ctx)
        with hall.ctx.transaction() as s:
            for username, name in ((HOLDER, "赵整改"), (IDLE, "钱后台")):
                s.add(
                    UserRow(
                        username=username,
                        display_name=name,
                        role=Role.BACKOFFICE.value,
                        hall_code=hall.hall_code,
                        password_hash=hash_password(PASSWORD),
                        active=True,
                        updated_at=datetime.now(UTC),
                    )
                )
        yield hall


def _assign(hall, fid: int, username: str, version: int = 1) -> None:
    body = {"assignee": username, "version": version}
    r = hall.client.post(f"/v1/manager/followups/{fid}/assign", json=body, headers=hall.manager)
    assert r.status_code == 200, r.text


def _followups(hall) -> list[FollowupRow]:
    with hall.ctx.sessions() as s:
        return list(s.scalars(select(FollowupRow).order_by(FollowupRow.id)))


def _signed_in(qtbot, hall, username: str) -> ManagerApp:
    """`onewindow manager` on the hall's console terminal, `username` signed in through its dialog."""
    identity = TerminalIdentity(
        "http://testserver", hall.console.id, hall.console.secret, hall.hall_code, "某县政务服务中心", "B01"
    )
    app = ManagerApp(lambda: ConsoleSession(identity, client=hall.client), stream_factory=None)
    app.start()
    qtbot.waitUntil(app.dialog.sign_in_button.isEnabled)
    app.dialog.username.setText(username)
    app.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(app.dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.console is not None)
    app.console.activateWindow()
    qtbot.waitUntil(app.console.isActiveWindow)
    return app


def _tab(qtbot, app: ManagerApp) -> MyFollowupsTab:
    tab = app.console.tab_keys[4]
    assert isinstance(tab, MyFollowupsTab)
    qtbot.waitUntil(lambda: tab.page is not None and tab.worker.is_idle())
    return tab


def _open(qtbot, tab: MyFollowupsTab, row: int, version: int | None = None) -> None:
    tab.table.setFocus()
    tab.table.selectRow(row)
    fid = tab.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(
        lambda: (
            tab.view is not None
            and tab.view.line.id == fid
            and (version is None or tab.view.version == version)
            and tab.worker.is_idle()
        )
    )


def _type(qtbot, tab: MyFollowupsTab, said: str, remedy: str) -> None:
    """Chinese as a pinyin input method hands it over: one commit per field (QTest's keyClicks
    types ASCII only)."""
    for edit, text in ((tab.form.said, said), (tab.form.remedy, remedy)):
        edit.setFocus()
        typed = QInputMethodEvent()
        typed.setCommitString(text)
        QApplication.sendEvent(edit, typed)
        assert edit.toPlainText().endswith(text)


def _report(qtbot) -> None:
    """Ctrl+Enter from where the typing ended, as the keyboard sends it."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_assignee_gets_only_their_followups_and_records_from_the_keyboard(qtbot, hall):
    hall.rate(level=1)
    hall.rate(level=2)
    hall.rate(level=2)  # not theirs: stays with the manager's list
    first, second, _third = (row.id for row in _followups(hall))
    _assign(hall, first, HOLDER)
    _assign(hall, second, HOLDER)
    app = _signed_in(qtbot, hall, HOLDER)
    try:
        console = app.console
        assert [console.tabs.tabText(i) for i in range(console.tabs.count())] == ["我的整改 (Ctrl+4)"]
        assert "我的整改" in console.windowTitle() and "赵整改" in console.who.text()
        tab = _tab(qtbot, app)
        # the hall's ratings are of 2026-11-23, due 11-30: long past, so both red
        assert tab.table.rowCount() == 2
        assert "2条" in tab.summary.text() and "已超期：2条" in tab.summary.text()
        due = tab.table.item(0, 1)
        assert "2026-11-30" in due.text() and "已超期" in due.text() and due.foreground().color() == OVERDUE
        _open(qtbot, tab, 0)
        html = tab.detail.toPlainText()
        for seen in (
            APPLICANT["name"],
            APPLICANT["cert_number"],
            APPLICANT["phone"],
            "结婚登记",
            "1号综合窗口",
        ):
            assert seen in html, seen
        assert "等了一个小时也没人管" in html
        # typed for the first, then the second opened: each keeps its own text
        _type(qtbot, tab, "电话联系，申请人说等候太久", "午间增开一个综合窗口")
        _open(qtbot, tab, 1)
        assert tab.form.said.toPlainText() == "" and tab.form.submit.isEnabled()
        _open(qtbot, tab, 0)
        assert tab.form.remedy.toPlainText() == "午间增开一个综合窗口"
        tab.form.remedy.setFocus()
        _report(qtbot)
        qtbot.waitUntil(lambda: "已报送大厅管理员审核" in tab.message.text() and tab.worker.is_idle())
        assert _followups(hall)[0].state == "reported"
        assert tab.view.line.id == first and tab.view.line.state.value == "reported"
        assert not tab.form.submit.isEnabled() and "等待大厅管理员审核" in tab.form.state_note.text()
        assert tab.form.said.toPlainText() == ""  # sent: the form is empty again
        record = hall.client.get(f"/v1/manager/followups/{first}", headers=hall.manager).json()["events"][-1]
        assert (record["kind"], record["actor"], record["detail"]["said"]) == (
            "record",
            HOLDER,
            "电话联系，申请人说等候太久",
        )
        with hall.ctx.sessions() as s:
            reads = s.scalars(select(AuditRow.username).where(AuditRow.event == "rating_identity_read")).all()
        assert set(reads) == {HOLDER, "manager-330429"}  # theirs, and the manager's check just now
    finally:
        app.stop()


def test_a_stale_version_is_refused_and_nothing_typed_is_lost(qtbot, hall):
    hall.rate()
    [row] = _followups(hall)
    _assign(hall, row.id, HOLDER)
    app = _signed_in(qtbot, hall, HOLDER)
    try:
        tab = _tab(qtbot, app)
        _open(qtbot, tab, 0, version=2)
        _assign(hall, row.id, HOLDER, version=2)  # the manager assigns it again meanwhile: version 3
        _type(qtbot, tab, "短信告知，申请人回复已知悉", "叫号屏增加等候人数提示")
        _report(qtbot)
        qtbot.waitUntil(lambda: "没有报送" in tab.message.text())
        assert "已重新读取" in tab.message.text()
        assert tab.form.said.toPlainText() == "短信告知，申请人回复已知悉"
        assert tab.form.remedy.toPlainText() == "叫号屏增加等候人数提示"
        assert _followups(hall)[0].state == "assigned"
        qtbot.waitUntil(lambda: tab.view.version == 3 and tab.worker.is_idle())  # read again by itself
        assert tab.form.remedy.toPlainText() == "叫号屏增加等候人数提示" and tab.form.submit.isEnabled()
        tab.form.remedy.setFocus()
        _report(qtbot)
        qtbot.waitUntil(lambda: _followups(hall)[0].state == "reported")
    finally:
        app.stop()


def test_a_back_office_account_holding_nothing_is_told_so_not_refused(qtbot, hall):
    hall.rate()
    [row] = _followups(hall)
    _assign(hall, row.id, HOLDER)
    app = _signed_in(qtbot, hall, IDLE)
    try:
        tab = _tab(qtbot, app)
        assert tab.table.rowCount() == 0
        assert "目前没有分派给您的差评回访" in tab.summary.text()
        assert tab.message.text() == "" and not tab.form.submit.isEnabled()
        tab.scope.setCurrentIndex(1)  # 已办结
        qtbot.waitUntil(lambda: tab.page.closed and tab.worker.is_idle())
        assert "还没有已办结" in tab.summary.text()
    finally:
        app.stop()
