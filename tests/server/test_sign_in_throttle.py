"""The sign-in throttle counts before it checks, bounds argon2 per process, and stays in its hall."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from seeded_server import seed, terminal_header
from server_process import run_cli, serving
from sqlalchemy import func, select

from app.sync.protocol import LoginRequest
from server.app import create_app
from server.auth import sign_in as sign_in_module
from server.auth.enrolment import issue_code
from server.auth.sign_in import sign_in
from server.refusals import NotAuthenticated, Throttled
from server.seed import DEMO_PASSWORD
from server.store.models import AuditRow, HallRow, TerminalRow


@pytest.fixture
def server(server_config):
    # room for more checks at once than the failure limit, so the limit is what stops them
    with TestClient(create_app(replace(server_config, password_checks_at_once=8))) as client:
        yield seed(client)


def _login(server, username, password, terminal=None):
    return server.client.post(
        "/v1/sessions", json={"username": username, "password": password}, headers=terminal or server.terminal
    )


def _terminal_of_hall(server, hall: str, terminal_code: str) -> dict:
    with server.ctx.transaction() as s:
        if s.get(HallRow, hall) is None:
            s.add(HallRow(code=hall, name="嘉禾市民中心", created_at=server.ctx.now()))
        s.flush()
        code, _ = issue_code(s, hall, terminal_code, "test", server.ctx.now(), timedelta(days=1))
    return terminal_header(server.enrol(code))


def test_a_terminal_of_another_hall_cannot_lock_a_clerk_out_of_her_own_hall(server):
    limit = server.ctx.config.max_login_failures
    hall_b = _terminal_of_hall(server, "330401", "W01")
    hall_b_again = _terminal_of_hall(server, "330401", "W02")
    for terminal in (hall_b, hall_b_again):  # more guesses at lixm than the limit, from hall B
        for _ in range(limit):
            assert _login(server, "lixm", "wrong-password", terminal).status_code in (401, 429)
    assert _login(server, "lixm", DEMO_PASSWORD, hall_b_again).status_code == 429  # hall B: locked
    # in her own hall she still signs in, on the terminal she uses and on any other
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 200
    hall_a_other = _terminal_of_hall(server, "330429", "W07")
    assert _login(server, "lixm", DEMO_PASSWORD, hall_a_other).status_code == 200


def test_guesses_within_a_hall_add_up_across_its_terminals(server):
    limit = server.ctx.config.max_login_failures
    others = [_terminal_of_hall(server, "330429", f"W{10 + i}") for i in range(limit)]
    for terminal in others:  # one guess from each: no terminal reaches the limit on its own
        assert _login(server, "lixm", "wrong-password", terminal).status_code == 401
    assert _login(server, "lixm", DEMO_PASSWORD).status_code == 429  # but the name is locked in the hall


def _terminal_row(server) -> TerminalRow:
    with server.ctx.sessions() as s:
        return s.get(TerminalRow, server.terminal_id)


def test_attempts_are_counted_before_the_password_is_checked(server, monkeypatch):
    """While `limit` checks are still running, the next attempt is already refused."""
    limit = server.ctx.config.max_login_failures
    started, release = threading.Semaphore(0), threading.Event()

    def slow_wrong(_hash, _password):
        started.release()
        release.wait(60)
        return False, None

    monkeypatch.setattr(sign_in_module, "verify_password", slow_wrong)
    terminal = _terminal_row(server)
    wrong = LoginRequest(username="lixm", password="wrong-password")
    with ThreadPoolExecutor(limit) as pool:
        running = [pool.submit(sign_in, server.ctx, terminal, wrong) for _ in range(limit)]
        for _ in range(limit):
            assert started.acquire(timeout=60)  # all of them are inside the check now
        with pytest.raises(Throttled):
            sign_in(server.ctx, terminal, LoginRequest(username="lixm", password=DEMO_PASSWORD))
        release.set()
        for attempt in running:
            with pytest.raises(NotAuthenticated):
                attempt.result(60)


def test_password_checks_are_bounded_per_process(server_config, monkeypatch):
    with TestClient(create_app(replace(server_config, password_checks_at_once=1))) as client:
        seeded = seed(client)
        started, release = threading.Event(), threading.Event()

        def blocking(_hash, _password):
            started.set()
            release.wait(60)
            return False, None

        monkeypatch.setattr(sign_in_module, "verify_password", blocking)
        terminal = _terminal_row(seeded)
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(sign_in, seeded.ctx, terminal, LoginRequest(username="lixm", password="x"))
            assert started.wait(60)
            r = _login(seeded, "zhangjl", DEMO_PASSWORD)  # another user: answered at once, not queued
            assert r.status_code == 503 and r.json()["code"] == "busy" and "服务器正忙" in r.json()["detail"]
            release.set()
            with pytest.raises(NotAuthenticated):
                first.result(60)
        monkeypatch.undo()
        assert _login(seeded, "zhangjl", DEMO_PASSWORD).status_code == 200  # the slot came back


def test_parallel_wrong_passwords_against_a_real_server_get_at_most_the_limit(server_config, tmp_path):
    blobs = str(tmp_path / "blobs")
    code = run_cli("seed-demo", "--database", server_config.database_url, "--blob-dir", blobs).stdout.strip()
    with serving(server_config.database_url, tmp_path / "blobs") as url:
        enrolled = httpx.post(f"{url}/v1/terminals/enrol", json={"code": code, "terminal_name": "W03"})
        assert enrolled.status_code == 200, enrolled.text
        headers = terminal_header(enrolled.json())
        barrier = threading.Barrier(40)

        def attempt(_i: int) -> int:
            barrier.wait(60)
            body = {"username": "lixm", "password": "wrong-password"}
            return httpx.post(f"{url}/v1/sessions", json=body, headers=headers, timeout=120).status_code

        with ThreadPoolExecutor(40) as pool:
            statuses = list(pool.map(attempt, range(40)))
    limit = server_config.max_login_failures
    assert statuses.count(401) <= limit, statuses  # real answers: no more than the limit
    assert set(statuses) <= {401, 429, 503}
    app = create_app(server_config)  # count the password checks the server recorded
    with app.state.ctx.sessions() as s:
        failed = s.scalar(
            select(func.count()).where(AuditRow.event == "sign_in", AuditRow.outcome == "failed")
        )
    assert failed == statuses.count(401) <= limit
