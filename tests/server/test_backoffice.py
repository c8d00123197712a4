"""The back office records steps and decisions; the rules are the window's; cases near due are flagged."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from seeded_server import seed
from sqlalchemy import select

from app.domain.working_days import HallOverrides, WorkCalendar, YearSchedule
from server.app import create_app
from server.store.models import AuditRow, ChangeLogRow, HallRow, ServerCaseEventRow, ServerCaseRow, UserRow

# weekdays only: the tests' dates then do not depend on the holiday data installed
# (a known year — one holiday, far from March — so the dates are not marked 暂按周末计算)
WEEKDAYS = WorkCalendar(
    HallOverrides(years={2026: YearSchedule(2026, holidays=frozenset({date(2026, 10, 1)}))})
)
MONDAY = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 in the hall


@pytest.fixture
def server(server_config):
    with TestClient(create_app(server_config)) as client:
        seeded = seed(client)
        seeded.ctx.extras["calendar"] = WEEKDAYS
        seeded.ctx.now = lambda: MONDAY
        yield seeded


def _at(server, moment: datetime) -> None:
    server.ctx.now = lambda: moment


def _case(server, number="330429W03-2026-0001", status="accepted", promised=date(2026, 3, 10), hall="330429"):
    case_id = str(uuid.uuid4())
    with server.ctx.transaction() as s:
        s.add(
            ServerCaseRow(
                id=case_id,
                number=number,
                hall_code=hall,
                terminal_id=server.terminal_id,
                status=status,
                version=1,
                promised_date=promised,
                snapshot={"result_name": "营业执照", "matter_names": ["个体工商户设立登记"]},
                created_at=MONDAY,
                updated_at=MONDAY,
            )
        )
        s.flush()
        s.add(
            ServerCaseEventRow(
                case_id=case_id,
                position=0,
                kind="accepted",
                at=MONDAY,
                actor="李晓梅",
                summary="受理",
                detail={},
                source="window",
                recorded_at=MONDAY,
            )
        )
    return number


def _post(server, number, headers, **body):
    return server.client.post(f"/v1/backoffice/cases/{number}/events", json=body, headers=headers)


def test_steps_and_decision_read_like_the_window_s(server):
    bo = server.sign_in("backoffice")
    number = _case(server)
    r = _post(server, number, bo, action="step", actor="王审核", step="审核", opinion="同意")
    assert r.status_code == 200, r.text
    state = r.json()
    assert state["status"] == "in_progress" and state["version"] == 2
    last = state["events"][-1]
    assert (last["kind"], last["summary"], last["detail"], last["source"]) == (
        "step",
        "审核：同意",
        {"step": "审核", "opinion": "同意"},
        "backoffice",
    )
    assert last["actor"] == "王审核" and last["position"] == 1
    r = _post(server, number, bo, action="decide", actor="赵科长", result_code=1)
    assert r.status_code == 409 and r.json() == {"detail": "“不予许可/退回”须写明理由", "code": "rule"}
    r = _post(server, number, bo, action="decide", actor="赵科长", result_code=0)
    assert r.status_code == 200 and r.json()["status"] == "decided"
    assert r.json()["events"][-1]["summary"] == "出证办结" and r.json()["events"][-1]["detail"] == {
        "result_code": 0
    }
    r = _post(server, number, bo, action="result_ready", actor="赵科长", certificate_number="330429600012345")
    assert r.status_code == 200 and r.json()["status"] == "result_ready"
    assert r.json()["events"][-1]["summary"] == "结果到件：营业执照（330429600012345）"
    r = _post(server, number, bo, action="decide", actor="赵科长", result_code=0)
    assert r.status_code == 409 and r.json()["detail"] == "办件当前为“待出件”，不能作出“出证办结”决定"
    # each step went to the change log as the whole case, for the window to pull
    with server.ctx.sessions() as s:
        logged = s.scalars(
            select(ChangeLogRow).where(ChangeLogRow.kind == "case").order_by(ChangeLogRow.id)
        ).all()
        audits = s.scalars(select(AuditRow).where(AuditRow.event == "backoffice_step")).all()
    assert [c.data["status"] for c in logged] == ["in_progress", "decided", "result_ready"]
    assert all(c.hall_code == "330429" for c in logged)
    assert [a.outcome for a in audits] == ["ok", "refused", "ok", "ok", "refused"]


def test_voiding_closes_the_case_and_window_only_codes_are_refused(server):
    bo = server.sign_in("backoffice")
    number = _case(server)
    r = _post(server, number, bo, action="decide", actor="赵科长", result_code=6)
    assert r.status_code == 409 and "只能在窗口受理环节" in r.json()["detail"]
    r = _post(server, number, bo, action="decide", actor="赵科长", result_code=2, reason="申请人撤回")
    assert r.status_code == 200 and r.json()["status"] == "closed"
    assert r.json()["events"][-1]["summary"] == "作废：申请人撤回"


def test_a_special_procedure_stops_the_clock_and_moves_the_promised_date(server):
    bo = server.sign_in("backoffice")
    number = _case(server, promised=date(2026, 3, 10))
    r = _post(server, number, bo, action="suspend", actor="王审核", procedure="")
    assert r.status_code == 409 and "请写明特别程序" in r.json()["detail"]
    r = _post(server, number, bo, action="suspend", actor="王审核", procedure="专家评审")
    assert r.status_code == 200 and r.json()["events"][-1]["summary"] == "特别程序开始：专家评审，暂停计时"
    r = _post(server, number, bo, action="step", actor="王审核", step="审核")
    assert r.status_code == 409 and "请先结束特别程序" in r.json()["detail"]
    _at(server, datetime(2026, 3, 6, 3, 0, tzinfo=UTC))  # Friday: Tue–Fri stopped = 4 working days
    assert _post(server, number, bo, action="resume", actor="王审核").status_code == 401  # session ran out
    bo = server.sign_in("backoffice")
    r = _post(server, number, bo, action="resume", actor="王审核")
    assert r.status_code == 200, r.text
    state = r.json()
    assert state["status"] == "in_progress" and state["promised_date"] == "2026-03-16"
    assert state["events"][-1]["summary"] == "特别程序结束，暂停4个工作日，承诺办结日顺延至2026-03-16"
    r = _post(server, number, bo, action="resume", actor="王审核")
    assert r.status_code == 409 and r.json()["detail"] == "办件当前为“审查中”，不能结束特别程序"


def test_no_holiday_data_counts_weekends_only_instead_of_refusing(server):
    # a 409 "no_schedule" before: a missing calendar must never block anyone
    bo = server.sign_in("backoffice")
    number = _case(server)
    assert _post(server, number, bo, action="suspend", actor="王审核", procedure="鉴定").status_code == 200

    def unknown(day):
        raise NotImplementedError

    server.ctx.extras["calendar"] = WorkCalendar(official=unknown)
    _at(server, datetime(2026, 3, 2, 17, 0, tzinfo=UTC))  # already Tuesday 01:00 in the hall
    bo = server.sign_in("backoffice")
    r = _post(server, number, bo, action="resume", actor="王审核")
    assert r.status_code == 200, r.text
    assert r.json()["promised_date"] == "2026-03-11"  # Tuesday counted: one working day stopped


def test_only_back_office_accounts_of_the_case_s_hall(server):
    number = _case(server)
    clerk = server.sign_in("lixm")
    assert _post(server, number, clerk, action="step", actor="x", step="审核").status_code == 403
    with server.ctx.transaction() as s:
        s.add(HallRow(code="330401", name="嘉禾市民中心", created_at=MONDAY))
        s.flush()
        s.get(UserRow, "backoffice").hall_code = "330401"
    bo = server.sign_in("backoffice")
    # another hall's case is answered like a case nobody has: its existence is not told either
    r = _post(server, number, bo, action="step", actor="x", step="审核")
    assert r.status_code == 404 and "没有办件" in r.json()["detail"]
    r = _post(server, "NO-SUCH-CASE", bo, action="step", actor="x", step="审核")
    assert r.status_code == 404 and "没有办件" in r.json()["detail"]
    admin = server.sign_in("admin")
    assert _post(server, number, admin, action="step", actor="x", step="审核").status_code == 200


def test_cases_near_or_past_their_promised_date(server):
    bo = server.sign_in("backoffice")
    _case(server, "N-late", promised=date(2026, 2, 27))  # Friday before: overdue
    _case(server, "N-soon", promised=date(2026, 3, 4))  # Wednesday: 2 working days left
    _case(server, "N-far", promised=date(2026, 3, 20))
    _case(server, "N-done", status="result_ready", promised=date(2026, 2, 20))  # clock stopped
    listed = server.client.get("/v1/backoffice/cases", headers=bo)
    assert listed.status_code == 200, listed.text
    assert [(c["number"], c["flag"]) for c in listed.json()] == [
        ("N-late", "overdue"),
        ("N-soon", "due_soon"),
    ]
    assert listed.json()[0]["matter_names"] == ["个体工商户设立登记"]
    only = server.client.get("/v1/backoffice/cases", params={"flag": "due_soon"}, headers=bo).json()
    assert [c["number"] for c in only] == ["N-soon"]
    admin = server.sign_in("admin")
    r = server.client.get("/v1/backoffice/cases", headers=admin)
    assert r.status_code == 400 and "hall_code" in r.json()["detail"]
    r = server.client.get(
        "/v1/backoffice/cases", params={"hall_code": "330429", "flag": "overdue"}, headers=admin
    )
    assert [c["number"] for c in r.json()] == ["N-late"]
