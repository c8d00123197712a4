"""A back-office step resent with its request_id is recorded once and answers its first answer,
also after the case has moved on; an id reused for another step is refused (sqlite and
postgresql)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from seeded_server import seed, terminal_header
from sqlalchemy import func, select
from test_backoffice import MONDAY, WEEKDAYS, _case, _post

from app.sync.protocol import TerminalKind
from server.app import create_app
from server.auth.enrolment import issue_code
from server.store.models import ChangeLogRow, ServerCaseEventRow


@pytest.fixture
def server(server_config):
    with TestClient(create_app(server_config)) as client:
        seeded = seed(client)
        seeded.ctx.extras["calendar"] = WEEKDAYS
        seeded.ctx.now = lambda: MONDAY
        yield seeded


def _back_office(server) -> dict[str, str]:
    """The back-office account signed in on a back-office terminal of the hall."""
    with server.ctx.transaction() as s:
        code, _ = issue_code(
            s, "330429", "B01", "test", MONDAY, timedelta(days=1), kind=TerminalKind.BACKOFFICE
        )
    return server.sign_in("backoffice", terminal=terminal_header(server.enrol(code, "后台审批系统")))


def _events(server) -> list[str]:
    with server.ctx.sessions() as s:
        return list(s.scalars(select(ServerCaseEventRow.kind).order_by(ServerCaseEventRow.position)))


def test_a_resent_step_is_recorded_once_and_answers_its_first_answer(server):
    bo = _back_office(server)
    number = _case(server)
    step_id, decide_id = str(uuid.uuid4()), str(uuid.uuid4())
    first = _post(server, number, bo, request_id=step_id, action="step", actor="王审核", step="审核")
    assert first.status_code == 200, first.text
    again = _post(server, number, bo, request_id=step_id, action="step", actor="王审核", step="审核")
    assert again.status_code == 200 and again.json() == first.json()
    assert _events(server) == ["accepted", "step"]
    # the case moves on; the decision's answer was lost and it is sent again, twice
    decided = _post(server, number, bo, request_id=decide_id, action="decide", actor="赵科长", result_code=0)
    assert decided.status_code == 200 and decided.json()["status"] == "decided"
    ready = _post(server, number, bo, action="result_ready", actor="赵科长", certificate_number="N1")
    assert ready.status_code == 200
    for _ in range(2):
        r = _post(server, number, bo, request_id=decide_id, action="decide", actor="赵科长", result_code=0)
        assert r.status_code == 200 and r.json() == decided.json()  # not 409 "待出件"
    r = _post(server, number, bo, request_id=step_id, action="step", actor="王审核", step="审核")
    assert r.status_code == 200 and r.json() == first.json()
    assert _events(server) == ["accepted", "step", "decided", "result_ready"]
    with server.ctx.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(ChangeLogRow).where(ChangeLogRow.kind == "case")) == 3
        )


def test_a_request_id_used_for_another_step_is_refused(server):
    bo = _back_office(server)
    number = _case(server)
    other = _case(server, number="330429W03-2026-0002")
    request_id = str(uuid.uuid4())
    assert (
        _post(server, number, bo, request_id=request_id, action="step", actor="王", step="审核").status_code
        == 200
    )
    r = _post(server, number, bo, request_id=request_id, action="suspend", actor="王", procedure="鉴定")
    assert r.status_code == 409 and r.json()["code"] == "request_reused"
    r = _post(server, other, bo, request_id=request_id, action="step", actor="王", step="审核")
    assert r.status_code == 409 and r.json()["code"] == "request_reused"
    assert sorted(_events(server)) == ["accepted", "accepted", "step"]  # one step, on the first case


def test_a_refused_step_records_nothing_and_may_be_sent_again(server):
    bo = _back_office(server)
    number = _case(server)
    request_id = str(uuid.uuid4())
    r = _post(server, number, bo, request_id=request_id, action="decide", actor="赵科长", result_code=1)
    assert r.status_code == 409 and r.json()["code"] == "rule"
    r = _post(
        server,
        number,
        bo,
        request_id=request_id,
        action="decide",
        actor="赵科长",
        result_code=1,
        reason="不符",
    )
    assert r.status_code == 200 and r.json()["status"] == "decided"
