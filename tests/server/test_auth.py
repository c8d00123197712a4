"""Terminal enrolment, sign-in, throttling and the audit trail (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from seeded_server import seed, terminal_header
from sqlalchemy import select, update

from server.app import create_app
from server.auth.enrolment import issue_code
from server.auth.passwords import current_parameters
from server.seed import DEMO_PASSWORD
from server.store.models import AuditRow, EnrolmentCodeRow, HallRow, UserRow


@pytest.fixture
def server(server_config):
    with TestClient(create_app(server_config)) as client:
        yield seed(client)


def _code(server, hall="330429", terminal_code="W05") -> str:
    with server.ctx.transaction() as s:
        code, _ = issue_code(s, hall, terminal_code, "test", server.ctx.now(), timedelta(days=1))
    return code


def _login(server, username, password, terminal=None):
    return server.client.post(
        "/v1/sessions", json={"username": username, "password": password}, headers=terminal or server.terminal
    )


def _audit(server) -> list[AuditRow]:
    with server.ctx.sessions() as s:
        return list(s.scalars(select(AuditRow).order_by(AuditRow.id)))


def test_enrolment_code_works_once_and_is_stored_only_as_a_hash(server):
    code = _code(server)
    answer = server.enrol(code.lower(), "5号窗口")  # typed in lower case: still the same code
    assert answer["hall_code"] == "330429" and answer["terminal_code"] == "W05"
    assert answer["hall_name"] == "安和县政务服务中心" and len(answer["secret"]) >= 43
    with server.ctx.sessions() as s:
        stored = [r.code_hash for r in s.scalars(select(EnrolmentCodeRow))]
    assert code not in stored and code.replace("-", "") not in stored
    again = server.client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": "x"})
    assert again.status_code == 400 and "只能使用一次" in again.json()["detail"]
    # the new terminal's credential works; a wrong secret does not
    ok = server.client.get(
        "/v1/hall", headers={"Authorization": f"Terminal {answer['terminal_id']}:{answer['secret']}"}
    )
    assert ok.status_code == 200
    bad = server.client.get("/v1/hall", headers={"Authorization": f"Terminal {answer['terminal_id']}:nope"})
    assert bad.status_code == 401 and bad.json()["code"] == "unauthorised"


def test_unknown_and_expired_codes_are_refused_in_chinese(server):
    r = server.client.post("/v1/terminals/enrol", json={"code": "AAAA-BBBB-CCCC", "terminal_name": "x"})
    assert r.status_code == 401 and "登记码不正确" in r.json()["detail"]
    code = _code(server)
    with server.ctx.transaction() as s:
        s.execute(update(EnrolmentCodeRow).values(expires_at=server.ctx.now() - timedelta(seconds=1)))
    r = server.client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": "x"})
    assert r.status_code == 400 and "已过期" in r.json()["detail"]
    events = [(a.event, a.outcome) for a in _audit(server)]
    assert events.count(("terminal_enrolled", "refused")) == 2


def test_sign_in_and_out(server):
    r = _login(server, "lixm", DEMO_PASSWORD)
    assert r.status_code == 200
    body = r.json()
    assert body["user"] == {
        "username": "lixm",
        "display_name": "李晓梅",
        "role": "clerk",
        "hall_code": "330429",
        "window_name": "3号综合窗口",
    }
    bearer = {"Authorization": f"Bearer {body['token']}"}
    assert server.client.delete("/v1/sessions", headers=bearer).status_code == 204
    assert server.client.delete("/v1/sessions", headers=bearer).status_code == 401


def test_sign_in_needs_a_terminal(server):
    r = server.client.post("/v1/sessions", json={"username": "lixm", "password": DEMO_PASSWORD})
    assert r.status_code == 401 and "终端" in r.json()["detail"]


def test_wrong_password_and_unknown_user_get_the_same_answer(server):
    wrong = _login(server, "lixm", "not-the-password")
    unknown = _login(server, "nobody", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "用户名或密码不正确", "code": "unauthorised"}


def test_clerks_sign_in_only_in_their_own_hall_admins_anywhere(server):
    with server.ctx.transaction() as s:
        s.add(HallRow(code="330401", name="嘉禾市民中心", created_at=server.ctx.now()))
    other = server.enrol(_code(server, hall="330401", terminal_code="W01"))
    elsewhere = terminal_header(other)
    for username in ("lixm", "zhangjl"):
        r = _login(server, username, DEMO_PASSWORD, elsewhere)
        assert r.status_code == 403 and "不属于本终端所在的大厅" in r.json()["detail"]
    assert _login(server, "admin", DEMO_PASSWORD, elsewhere).status_code == 200


def test_a_deactivated_account_cannot_sign_in(server):
    with server.ctx.transaction() as s:
        s.get(UserRow, "lixm").active = False
    r = _login(server, "lixm", DEMO_PASSWORD)
    assert r.status_code == 403 and "停用" in r.json()["detail"]


def test_repeated_failures_lock_the_user_name_until_the_lock_ends(server):
    limit = server.ctx.config.max_login_failures
    for _ in range(limit):
        assert _login(server, "lixm", "wrong-password").status_code == 401
    locked = _login(server, "lixm", DEMO_PASSWORD)  # even the right password waits
    assert locked.status_code == 429
    assert locked.json() == {"detail": "登录失败次数过多，请15分钟后再试", "code": "throttled"}
    # the lock is in the database: a second process on the same database refuses too
    with TestClient(create_app(server.ctx.config)) as other:
        r = other.post(
            "/v1/sessions", json={"username": "lixm", "password": DEMO_PASSWORD}, headers=server.terminal
        )
        assert r.status_code == 429
    later = server.ctx.now() + server.ctx.config.login_lockout + timedelta(seconds=1)
    server.ctx.now = lambda: later  # the lock has run out
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 200


def test_failures_on_one_terminal_lock_it_for_every_user_name(server):
    for i in range(server.ctx.config.max_login_failures):
        assert _login(server, f"guess{i}", "wrong-password").status_code == 401
    assert _login(server, "zhangjl", DEMO_PASSWORD).status_code == 429
    # another terminal is not locked, and the user names tried once each are not either
    other = server.enrol(_code(server))
    r = _login(
        server,
        "zhangjl",
        DEMO_PASSWORD,
        {"Authorization": f"Terminal {other['terminal_id']}:{other['secret']}"},
    )
    assert r.status_code == 200


def test_a_success_resets_the_count(server):
    limit = server.ctx.config.max_login_failures
    for _ in range(limit - 1):
        assert _login(server, "lixm", "wrong-password").status_code == 401
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 200
    for _ in range(limit - 1):
        assert _login(server, "lixm", "wrong-password").status_code == 401
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 200


def test_a_hash_made_with_weaker_parameters_is_upgraded_at_sign_in(server):
    weak = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1).hash(DEMO_PASSWORD)
    with server.ctx.transaction() as s:
        s.get(UserRow, "lixm").password_hash = weak
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 200
    with server.ctx.sessions() as s:
        upgraded = s.get(UserRow, "lixm").password_hash
    t, m, p = current_parameters()
    assert upgraded != weak and upgraded.startswith(f"$argon2id$v=19$m={m},t={t},p={p}$")
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 200


def test_every_sign_in_is_audited_without_the_password(server):
    _login(server, "lixm", "secret-guess-123")
    _login(server, "lixm", DEMO_PASSWORD)
    rows = _audit(server)
    sign_ins = [(a.event, a.outcome, a.username) for a in rows if a.event == "sign_in"]
    assert sign_ins == [("sign_in", "failed", "lixm"), ("sign_in", "ok", "lixm")]
    assert ("terminal_enrolled", "ok") in [(a.event, a.outcome) for a in rows]
    text = " ".join(f"{a.detail} {a.username}" for a in rows)
    assert "secret-guess-123" not in text and DEMO_PASSWORD not in text
