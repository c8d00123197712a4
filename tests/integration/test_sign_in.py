"""Signing a clerk in: online through the server, offline against cached argon2 hashes, throttled."""

from __future__ import annotations

from datetime import datetime

import pytest
from argon2 import PasswordHasher

from app.services.sign_in import SignInRefused
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork

HASHER = PasswordHasher(time_cost=1, memory_cost=8192)  # fast in tests; verify reads the parameters


def _offline_terminal(services, users: list[tuple[str, str, bool]]) -> None:
    """An enrolled terminal whose server does not answer (port 9 refuses), with cached users."""
    with UnitOfWork(services.sync._sessions) as uow:
        repo = SyncRepository(uow.session)
        repo.set("server_url", "http://127.0.0.1:9")
        repo.set("terminal_id", "t-1")
        repo.set("terminal_secret", "s")
        repo.set("hall_code", "330429")
        repo.replace_users(
            [
                {
                    "username": name,
                    "display_name": "李晓梅" if name == "lixm" else "王停用",
                    "role": "clerk",
                    "hall_code": "330429",
                    "window_name": "5号综合窗口",
                    "password_hash": HASHER.hash(password),
                    "active": active,
                    "updated_at": datetime(2026, 11, 22, 8, 0),
                }
                for name, password, active in users
            ]
        )
        uow.commit()


def test_offline_sign_in_checks_the_cached_hash(services):
    _offline_terminal(services, [("lixm", "onewindow", True)])
    user = services.sign_in.sign_in("lixm", "onewindow")
    assert (user.display_name, user.window_name, user.offline) == ("李晓梅", "5号综合窗口", True)
    assert services.sign_in.current == user
    assert services.sync.status().online is False  # the attempt showed the server is away
    services.sign_in.sign_out()
    assert services.sign_in.current is None


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("lixm", "wrong", "密码不正确"),
        ("nobody", "onewindow", "没有账号“nobody”"),
        ("wangty", "onewindow", "已停用"),
        ("lixm", "", "请输入用户名和密码"),
    ],
)
def test_offline_refusals_say_why(services, username, password, message):
    _offline_terminal(services, [("lixm", "onewindow", True), ("wangty", "onewindow", False)])
    with pytest.raises(SignInRefused) as info:
        services.sign_in.sign_in(username, password)
    assert message in str(info.value)
    assert services.sign_in.current is None


def test_five_failures_lock_the_name_for_a_minute(services, clock):
    _offline_terminal(services, [("lixm", "onewindow", True)])
    for _ in range(5):
        with pytest.raises(SignInRefused):
            services.sign_in.sign_in("lixm", "wrong")
    with pytest.raises(SignInRefused) as info:
        services.sign_in.sign_in("lixm", "onewindow")  # right password, but locked
    assert "1 分钟后再试" in str(info.value)
    clock.advance(seconds=61)
    assert services.sign_in.sign_in("lixm", "onewindow").offline


def test_a_standalone_workbench_without_cached_users_says_so(services):
    assert services.sync.status().configured is False
    assert services.sync_runner is None
    with pytest.raises(SignInRefused) as info:
        services.sign_in.sign_in("lixm", "onewindow")
    assert "离线登录的账号" in str(info.value)


def test_use_clerk_makes_the_signed_in_user_the_clerk_of_every_use_case(services):
    _offline_terminal(services, [("lixm", "onewindow", True)])
    services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
    code = services.catalog.search("jhdj")[0].code
    case = services.intake.start_case(code)
    with UnitOfWork(services.sync._sessions) as uow:
        stored = uow.cases.get(case.id)
    assert (stored.clerk, stored.window) == ("李晓梅", "5号综合窗口")
