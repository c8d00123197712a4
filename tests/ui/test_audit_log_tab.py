"""审计日志 over a real server (SQLite): an auditor signs in to `onewindow manager` on the hall's
back-office terminal, gets the audit log alone, and finds who read a citizen's record by typing the
ID number and Enter; the table names the reads in words and holds no ID number (issue 14, item 3)."""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from followup_hall import APPLICANT, followup_hall  # (tests/server) a hall with a case
from sync_helpers import mutation, push

from app.services.manager.session import ConsoleSession
from app.services.sync.terminal_identity import TerminalIdentity
from app.sync.protocol import Role
from server.app import create_app
from server.auth.passwords import hash_password
from server.config import ServerConfig
from server.store.models import UserRow
from tests.ui.conftest import type_text
from ui.manager.app import ManagerApp
from ui.manager.audit.tab import AuditLogTab

PASSWORD = "Shenji-2026!"


@pytest.fixture
def hall(tmp_path):
    config = ServerConfig(
        database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "blobs"
    )
    app = create_app(config)
    with TestClient(app) as client:
        hall = followup_hall(client, app.state.ctx)
        with hall.ctx.transaction() as s:
            s.add(
                UserRow(
                    username="shenji",
                    display_name="孙审计",
                    role=Role.AUDITOR.value,
                    hall_code=hall.hall_code,
                    password_hash=hash_password(PASSWORD),
                    active=True,
                    updated_at=datetime.now(UTC),
                )
            )
        yield hall


def test_an_auditor_finds_who_read_a_persons_record(qtbot, hall):
    case_id = str(uuid.uuid4())
    hall.rate(level=5, case_id=case_id)
    hall.seq += 1
    read = {"case_id": case_id, "event": "case_opened", "at": datetime.now(UTC).isoformat(), "detail": ""}
    assert push(hall.client, hall.window, mutation(hall.seq, "access.recorded", read)).status_code == 200
    identity = TerminalIdentity(
        "http://testserver", hall.console.id, hall.console.secret, hall.hall_code, "某县政务服务中心", "B01"
    )
    app = ManagerApp(lambda: ConsoleSession(identity, client=hall.client), stream_factory=None)
    app.start()
    qtbot.waitUntil(app.dialog.sign_in_button.isEnabled)
    app.dialog.username.setText("shenji")
    app.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(app.dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.console is not None)
    try:
        console = app.console
        assert list(console.tab_keys) == [1] and "审计日志" in console.windowTitle()
        tab = console.tab_keys[1]
        assert isinstance(tab, AuditLogTab)
        qtbot.waitUntil(lambda: tab.worker.is_idle() and tab.table.rowCount() > 0)
        tab.person.setFocus()
        type_text(qtbot, tab.person, APPLICANT["cert_number"])
        qtbot.keyClick(tab.person, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.worker.is_idle() and "共" in tab.said.text())
        events = [tab.table.item(r, 2).text() for r in range(tab.table.rowCount())]
        assert events == ["窗口打开办件"]
        shown = " ".join(tab.table.item(r, c).text() for r in range(tab.table.rowCount()) for c in range(7))
        assert APPLICANT["cert_number"] not in shown and case_id[:8] in shown
    finally:
        app.console.close()


def test_a_password_set_by_the_admin_is_replaced_at_the_consoles_sign_in(qtbot, hall):
    with hall.ctx.transaction() as s:
        s.get(UserRow, "shenji").must_change_password = True
    identity = TerminalIdentity(
        "http://testserver", hall.console.id, hall.console.secret, hall.hall_code, "某县政务服务中心", "B01"
    )
    app = ManagerApp(lambda: ConsoleSession(identity, client=hall.client), stream_factory=None)
    app.start()
    qtbot.waitUntil(app.dialog.sign_in_button.isEnabled)
    dialog = app.dialog
    dialog.username.setText("shenji")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.new_password.isVisible())
    assert app.console is None and "初始密码" in dialog.problem.text()
    dialog.new_password.setText("Own-choice-42")
    dialog.repeat_password.setText("Own-choice-43")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "不一致" in dialog.problem.text() and app.console is None
    for field in (dialog.new_password, dialog.repeat_password):
        field.setText("shenji-Own-42")  # contains the user name: the server's reason is shown
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "不能包含用户名" in dialog.problem.text())
    for field in (dialog.new_password, dialog.repeat_password):
        field.setText("Own-choice-42")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.console is not None)
    try:
        with hall.ctx.sessions() as s:
            assert s.get(UserRow, "shenji").must_change_password is False
        tab = app.console.tab_keys[1]
        qtbot.waitUntil(lambda: tab.worker.is_idle() and "共" in tab.said.text())  # the session works
    finally:
        app.console.close()
