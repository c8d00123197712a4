"""Passwords at the window (等保 level 3): an initial password is replaced at the first sign-in,
never used offline, and the lock-out after wrong passwords survives a restart of the workbench.

Real workbenches against the server (SQLite) through the Network stand-in; the screen's flow is
driven from the keyboard on the real main window.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.sign_in import SignInRefused
from app.settings import demo_settings
from server.auth.passwords import hash_password
from server.store.models import UserRow
from tests.ui.conftest import close_window, open_window, type_text
from ui.sign_in.session import SIGN_IN_PAGE, WORKBENCH_PAGE

INITIAL = "Initial-2026"


def _new_clerk(server, username: str = "qianduo") -> None:
    """An account a hall manager just made: its password set by another's hand."""
    with server.ctx.transaction() as s:
        s.add(
            UserRow(
                username=username,
                display_name="钱多多",
                role="clerk",
                hall_code=HALL,
                window_name="",
                password_hash=hash_password(INITIAL),
                active=True,
                updated_at=datetime.now(UTC),
                must_change_password=True,
            )
        )


@pytest.fixture
def network(server):
    return Network(server.client)


@pytest.fixture
def workbench(server, network, tmp_path, clock):
    services = build_services(
        demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=network
    )
    services.enrol(SERVER_URL, server.code)
    yield services
    services.close()


def test_an_initial_password_is_replaced_online_and_never_used_offline(server, network, workbench):
    _new_clerk(server)
    network.down = True
    workbench.sign_in.sign_out()
    with pytest.raises(SignInRefused, match=r"还没有|没有账号"):  # not cached before the next pull
        workbench.sign_in.sign_in("qianduo", INITIAL)
    network.down = False
    assert workbench.sync.sync_once().last_error == ""  # the pull caches the new account, marked
    network.down = True
    with pytest.raises(SignInRefused, match="初始密码须先修改"):
        workbench.sign_in.sign_in("qianduo", INITIAL)
    network.down = False
    user = workbench.sign_in.sign_in("qianduo", INITIAL)
    assert user.must_change_password and not user.offline
    with pytest.raises(SignInRefused, match="至少三种"):
        workbench.sign_in.change_password(INITIAL, "weakpassword")
    changed = workbench.sign_in.change_password(INITIAL, "Own-choice-42")
    assert not changed.must_change_password and workbench.sign_in.current == changed
    # the cached hash is the new one at once: offline, the new password works, the old one not
    workbench.sign_in.sign_out()
    network.down = True
    with pytest.raises(SignInRefused, match="密码不正确"):
        workbench.sign_in.sign_in("qianduo", INITIAL)
    assert workbench.sign_in.sign_in("qianduo", "Own-choice-42").offline


def test_the_lock_out_after_wrong_passwords_survives_a_restart(server, network, workbench, tmp_path, clock):
    assert workbench.sync.sync_once().last_error == ""  # lixm cached
    network.down = True
    for _ in range(5):
        with pytest.raises(SignInRefused):
            workbench.sign_in.sign_in("lixm", "wrong")
    workbench.close()
    again = build_services(
        demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=network
    )
    try:
        with pytest.raises(SignInRefused, match="已暂时锁定"):
            again.sign_in.sign_in("lixm", "onewindow")
        clock.advance(minutes=2)
        assert again.sign_in.sign_in("lixm", "onewindow").offline
    finally:
        again.close()


def test_the_screen_asks_for_a_new_password_twice_before_the_workbench_opens(qtbot, qapp, server, workbench):
    _new_clerk(server)
    w = open_window(qtbot, qapp, workbench)
    try:
        screen = w.sign_in
        screen.username.setFocus()
        type_text(qtbot, screen.username, "qianduo")
        qtbot.keyClick(screen.username, Qt.Key.Key_Return)
        type_text(qtbot, screen.password, INITIAL)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.changing)
        assert w.pages.currentIndex() == SIGN_IN_PAGE
        assert "请设置您自己的密码" in screen.title.text()
        assert QApplication.focusWidget() is screen.new_password
        # two different entries: said, both emptied
        type_text(qtbot, screen.new_password, "Own-choice-42")
        qtbot.keyClick(screen.new_password, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is screen.repeat_password
        type_text(qtbot, screen.repeat_password, "Own-choice-43")
        qtbot.keyClick(screen.repeat_password, Qt.Key.Key_Return)
        assert "不一致" in screen.error.text() and screen.new_password.text() == ""
        # a weak one: the server's reason shown
        for field in (screen.new_password, screen.repeat_password):
            type_text(qtbot, field, "weakpassword")
        qtbot.keyClick(screen.repeat_password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "至少三种" in screen.error.text())
        for field in (screen.new_password, screen.repeat_password):
            type_text(qtbot, field, "Own-choice-42")
        qtbot.keyClick(screen.repeat_password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.pages.currentIndex() == WORKBENCH_PAGE)
        assert "钱多多" in w.windowTitle() and not screen.changing
        with server.ctx.sessions() as s:
            assert s.get(UserRow, "qianduo").must_change_password is False
    finally:
        close_window(qtbot, w)
