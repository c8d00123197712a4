"""The window's queue in the name of the clerk signed in on it, and signing out ending the
server session — the workbench's use cases against the real central server (SQLite here; the
server's own tests run both engines)."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from test_window_queue_service import hall_workbench, open_hall, take

from app.services.queue.views import QueueRefused
from server.store.models import QueueEventRow, UserSessionRow


@pytest.fixture
def hall(tmp_path):
    with open_hall(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path) as h:
        yield h


@pytest.fixture
def window(hall, tmp_path):
    services = hall_workbench(hall, tmp_path / "wb")
    yield services
    services.close()


def _session_open(hall, token: str) -> bool:
    with hall.app.state.ctx.sessions() as s:
        return s.get(UserSessionRow, hashlib.sha256(token.encode()).hexdigest()) is not None


def _clerks(hall) -> list[tuple[str, str]]:
    with hall.app.state.ctx.sessions() as s:
        return list(s.execute(select(QueueEventRow.kind, QueueEventRow.clerk).order_by(QueueEventRow.id)))


def test_the_window_calls_in_the_name_of_whoever_is_signed_in(hall, window):
    number = take(window)
    window.sign_in.sign_out()
    window.sign_in.sign_in("zhangjl", "onewindow")  # the hall manager takes over the window
    assert window.queue.call_next().current.number == number
    assert ("called", "zhangjl") in _clerks(hall)


def test_sign_out_ends_the_server_session(hall, window):
    token = window.sign_in.token
    assert token and _session_open(hall, token)
    window.sign_in.sign_out()
    assert window.sign_in.token == "" and window.sign_in.current is None
    assert not _session_open(hall, token)
    assert "DELETE /v1/sessions" in window.net.requests
    # nothing more goes in that clerk's name: the server asks for a sign-in
    with pytest.raises(QueueRefused) as refused:
        window.queue.call_next()
    assert refused.value.code == "sign_in_required" and "重新登录" in str(refused.value)


def test_a_sign_out_while_offline_ends_the_session_once_the_server_answers(hall, window):
    token = window.sign_in.token
    window.net.down = True
    window.sign_in.sign_out()
    assert window.sign_in.token == "" and window.sign_in.unended_sessions == 1
    assert _session_open(hall, token)  # the server could not be told yet
    window.sign_in.after_sync(window.sync.sync_once())  # still down: kept
    assert window.sign_in.unended_sessions == 1
    window.net.down = False
    window.sign_in.after_sync(window.sync.sync_once())
    assert window.sign_in.unended_sessions == 0 and not _session_open(hall, token)


def test_a_clerk_signed_in_offline_is_asked_to_sign_in_again_once_the_server_answers(hall, window):
    take(window)
    window.sign_in.sign_out()
    window.net.down = True
    assert window.sign_in.sign_in("lixm", "onewindow").offline  # from the hashes the server sent
    window.net.down = False
    view = window.queue.state()
    assert "重新登录" in view.message
    with pytest.raises(QueueRefused) as refused:
        window.queue.call_next()
    assert "重新登录" in str(refused.value)
    assert not [kind for kind, _clerk in _clerks(hall) if kind == "called"]
    window.sign_in.sign_out()
    window.sign_in.sign_in("lixm", "onewindow")  # online now
    assert window.queue.call_next().current is not None
    assert ("called", "lixm") in _clerks(hall)
