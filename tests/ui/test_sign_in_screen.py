"""The sign-in screen of `onewindow clerk`, driven by the keyboard on the real workbench.

The terminal here has no server it can reach, so sign-in checks the accounts cached on this
terminal (as after a day with the network down): the real SignInService against the real local
database, seeded the way a sync leaves it (GET /v1/users answered with argon2 hashes).
"""

from __future__ import annotations

from datetime import UTC, datetime

from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.protocol import CachedUser, Role, UserInfo, UsersAnswer
from tests.ui.conftest import type_text, wait_idle
from ui.main_window import MainWindow
from ui.sign_in.session import SIGN_IN_PAGE, WORKBENCH_PAGE

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, the connection is refused


def cache_users(services, *users: tuple[str, str, str]) -> None:
    """What a sync leaves on the terminal: the hall's users with their argon2 hashes."""
    hasher = PasswordHasher(time_cost=1, memory_cost=8192)
    now = datetime.now(UTC)
    answer = UsersAnswer(
        users=[
            CachedUser(
                user=UserInfo(
                    username=name, display_name=display, role=Role.CLERK, hall_code="330429", window_name=""
                ),
                password_hash=hasher.hash(password),
                active=True,
                updated_at=now,
            )
            for name, display, password in users
        ]
    )
    services.sync.save_users(answer)


def enrolled_long_ago(services, url: str = UNREACHABLE) -> None:
    """The terminal was enrolled with a server that cannot be reached today."""
    with UnitOfWork(services.sync._sessions) as uow:
        repo = SyncRepository(uow.session)
        for key, value in {
            "server_url": url,
            "terminal_id": "t-1",
            "terminal_secret": "s",
            "hall_code": "330429",
        }.items():
            repo.set(key, value)
        uow.commit()


def sign_in_by_keyboard(qtbot, w, username: str, password: str) -> None:
    screen = w.sign_in
    if username:
        screen.username.setFocus()
        screen.username.clear()
        type_text(qtbot, screen.username, username)
        qtbot.keyClick(screen.username, Qt.Key.Key_Return)  # Enter moves on to the password
    assert QApplication.focusWidget() is screen.password
    type_text(qtbot, screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    wait_idle(qtbot, w)


def test_the_clerk_signs_in_with_the_keyboard_and_becomes_the_clerk(qtbot, make_window, clerk_services):
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"))
    w = make_window(clerk_services)
    assert w.pages.currentIndex() == SIGN_IN_PAGE
    assert QApplication.focusWidget() is w.sign_in.username  # the first key goes into the name
    assert "使用本机缓存的账号" in w.sign_in.reach.text()

    sign_in_by_keyboard(qtbot, w, "wangf", "secret-1")

    assert w.pages.currentIndex() == WORKBENCH_PAGE
    assert w.user.display_name == "王芳" and w.user.offline
    assert "王芳" in w.windowTitle()
    assert "窗口人员：王芳" in w.who_label.text()
    assert clerk_services.window.config.clerk_name == "王芳"  # documents and events name her now
    assert w.intake.search.edit.hasFocus()  # straight on to the first case


def test_a_wrong_password_keeps_the_name_and_clears_and_focuses_the_password(
    qtbot, make_window, clerk_services
):
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"))
    w = make_window(clerk_services)
    sign_in_by_keyboard(qtbot, w, "wangf", "wrong")
    screen = w.sign_in
    assert w.pages.currentIndex() == SIGN_IN_PAGE
    assert "密码不正确" in screen.error.text()
    assert screen.username.text() == "wangf"
    assert screen.password.text() == ""
    assert QApplication.focusWidget() is screen.password
    # the next try needs only the password and Enter
    sign_in_by_keyboard(qtbot, w, "", "secret-1")
    assert w.pages.currentIndex() == WORKBENCH_PAGE
    assert screen.error.text() == ""


def test_repeated_failures_are_throttled_with_the_wait_said(qtbot, make_window, clerk_services):
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"))
    w = make_window(clerk_services)
    sign_in_by_keyboard(qtbot, w, "wangf", "wrong")
    for _ in range(4):
        sign_in_by_keyboard(qtbot, w, "", "wrong")  # the name stays; only the password again
    sign_in_by_keyboard(qtbot, w, "", "secret-1")  # even the right password waits now
    assert w.pages.currentIndex() == SIGN_IN_PAGE
    assert "分钟后再试" in w.sign_in.error.text()


def test_an_unknown_user_and_a_terminal_that_never_signed_anyone_in(qtbot, make_window, clerk_services):
    w = make_window(clerk_services)
    sign_in_by_keyboard(qtbot, w, "lixm", "onewindow")
    assert "还没有可用于离线登录的账号" in w.sign_in.error.text()
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"))
    sign_in_by_keyboard(qtbot, w, "nobody", "x")
    assert "没有账号“nobody”" in w.sign_in.error.text()
    assert w.sign_in.username.text() == "nobody"


def test_an_empty_name_is_asked_for_and_workbench_keys_do_nothing_while_signed_out(
    qtbot, make_window, clerk_services
):
    w = make_window(clerk_services)
    qtbot.keyClick(w.sign_in.username, Qt.Key.Key_Return)
    assert w.sign_in.error.text() == "请输入用户名。"
    qtbot.keyClick(w.sign_in.username, Qt.Key.Key_F2)  # the intake's key: not while signed out
    assert w.pages.currentIndex() == SIGN_IN_PAGE
    assert QApplication.focusWidget() is w.sign_in.username


def test_offline_terminal_says_so_and_signs_in_from_the_cache(qtbot, make_window, clerk_services):
    enrolled_long_ago(clerk_services)
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"))
    w = make_window(clerk_services)
    qtbot.waitUntil(lambda: w.sign_in.reach.text() == "离线登录：使用本机缓存的账号")
    sign_in_by_keyboard(qtbot, w, "wangf", "secret-1")
    assert w.pages.currentIndex() == WORKBENCH_PAGE
    assert w.user.offline
    assert "离线登录" in w.status.currentMessage()


def test_switching_user_brings_the_screen_back_and_the_next_clerk_takes_over(
    qtbot, make_window, clerk_services
):
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"), ("zhaol", "赵磊", "secret-2"))
    w = make_window(clerk_services)
    sign_in_by_keyboard(qtbot, w, "wangf", "secret-1")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    w.rating.status.emit("申请人已完成评价，评价已记录。", "ok")  # the last applicant rated
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ctrl_shift)
    confirm_sign_out(qtbot, w)
    wait_idle(qtbot, w)
    assert w.pages.currentIndex() == SIGN_IN_PAGE
    assert "评价已记录" not in w.status.slot_text("rating")
    assert clerk_services.sign_in.current is None
    assert w.sign_in.username.text() == "" and QApplication.focusWidget() is w.sign_in.username
    sign_in_by_keyboard(qtbot, w, "zhaol", "secret-2")
    assert "赵磊" in w.windowTitle()
    assert clerk_services.window.config.clerk_name == "赵磊"


def confirm_sign_out(qtbot, w: MainWindow, key=Qt.Key.Key_Return) -> None:
    """Ctrl+Shift+L asked: one key answers (Enter signs out, Esc stays)."""
    qtbot.waitUntil(lambda: getattr(w, "sign_out_box", None) is not None and w.sign_out_box.isVisible())
    qtbot.keyClick(w.sign_out_box, key)
    qtbot.waitUntil(lambda: not w.sign_out_box.isVisible())


def test_sign_out_asks_naming_the_draft_and_leaves_nothing_of_the_clerk_on_screen(
    qtbot, make_window, clerk_services
):
    from tests.ui.conftest import pick_matter

    cache_users(clerk_services, ("wangf", "王芳", "secret-1"))
    w = make_window(clerk_services)
    sign_in_by_keyboard(qtbot, w, "wangf", "secret-1")
    assert "王芳" in w.windowTitle()
    pick_matter(qtbot, w, "jhdj", "内地居民结婚登记")
    draft = w.intake.case.number
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ctrl_shift)
    qtbot.waitUntil(lambda: getattr(w, "sign_out_box", None) is not None and w.sign_out_box.isVisible())
    assert draft in w.sign_out_box.informativeText()
    confirm_sign_out(qtbot, w, Qt.Key.Key_Escape)  # Esc: still signed in, the draft on screen
    assert w.pages.currentIndex() == WORKBENCH_PAGE and w.intake.case.number == draft
    w.rating.status.emit("申请人已完成评价，评价已记录。", "ok")  # the last applicant rated
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ctrl_shift)
    confirm_sign_out(qtbot, w)
    wait_idle(qtbot, w)
    assert w.pages.currentIndex() == SIGN_IN_PAGE
    assert "评价已记录" not in w.status.slot_text("rating")
    assert "王芳" not in w.windowTitle() and "王芳" not in w.who_label.text()
    assert "未登录" in w.status.slot_text("queue")
