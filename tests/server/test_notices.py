"""SMS notices: written with the event (once), sent by the dispatcher (once), retried, worded per hall,
and the applicant's phone never whole in a log line or a listing."""

from __future__ import annotations

import json
import logging
import threading
import uuid
from dataclasses import replace
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import T0, case_mutation, make_hall, make_terminal, push, signed_in

from app.sync.protocol import BackofficeAction, BackofficeStep, Role
from server.app import create_app
from server.backoffice import apply_step
from server.cli import main as server_cli
from server.notices.dispatch import dispatch_due
from server.notices.outbox import CaseEventFacts, enqueue, list_notices
from server.notices.senders import SimSender
from server.store.models import NoticeRow, NoticeWordingRow, ServerCaseRow

PHONE = "13812345678"
MASKED = "138****5678"


@pytest.fixture
def server(server_config):
    # the dispatcher thread is off: each test sends with dispatch_due at the moment it picks
    app = create_app(replace(server_config, notice_interval=0))
    app.state.ctx.now = lambda: T0  # the notices are due from T0
    with TestClient(app) as client:
        yield client, app.state.ctx


@pytest.fixture
def gateway():
    sender = SimSender(f"sim://test-{uuid.uuid4()}")
    yield sender


def accepted(seq: int, case_id: str, phone: str = PHONE, number: str | None = None) -> dict:
    m = case_mutation(seq, case_id, number=number)
    snapshot = m["payload"]["snapshot"]
    snapshot["applicant"] = {"name": "张三", "phone": phone, "agent": None}
    snapshot["matter_names"] = ["个体工商户设立登记"]
    return m


def notices(ctx) -> list[NoticeRow]:
    with ctx.sessions() as s:
        return list(s.scalars(select(NoticeRow).order_by(NoticeRow.id)))


def test_an_accepted_case_sends_one_notice_even_when_the_push_is_resent(server, gateway):
    client, ctx = server
    t = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    first = accepted(1, case_id, number="330429-W01-0001")
    assert push(client, t, first).status_code == 200
    assert push(client, t, first).status_code == 200  # the answer was lost: the window sends again
    [notice] = notices(ctx)
    assert (notice.event, notice.status, notice.phone) == ("accepted", "pending", PHONE)
    assert dispatch_due(ctx, gateway, T0).sent == 1
    assert dispatch_due(ctx, gateway, T0 + timedelta(hours=1)).sent == 0  # nothing twice
    [sms] = gateway.sent
    assert sms.phone == PHONE and sms.ref == f"{case_id}:accepted"
    assert sms.text == (
        "【某县政务服务中心】张三您好，您申请的个体工商户设立登记已于2026年11月23日受理，"
        "办件编号330429-W01-0001，可凭此编号查询办理进度。"
    )
    [notice] = notices(ctx)
    assert notice.status == "sent" and notice.phone == MASKED  # the full number is not kept


def test_no_phone_or_a_landline_sends_nothing(server):
    client, ctx = server
    t = make_terminal(ctx)
    assert push(client, t, accepted(1, str(uuid.uuid4()), phone="")).status_code == 200
    assert push(client, t, accepted(2, str(uuid.uuid4()), phone="0571-87654321")).status_code == 200
    assert notices(ctx) == []


def test_a_gateway_that_is_down_is_tried_again_later(server, gateway):
    client, ctx = server
    push(client, make_terminal(ctx), accepted(1, str(uuid.uuid4())))
    gateway.down = True
    report = dispatch_due(ctx, gateway, T0)
    assert (report.sent, report.retrying) == (0, 1)
    [notice] = notices(ctx)
    assert notice.status == "pending" and notice.attempts == 1 and "不可用" in notice.last_error
    gateway.down = False
    assert dispatch_due(ctx, gateway, T0 + timedelta(seconds=30)).sent == 0  # not before its backoff
    assert dispatch_due(ctx, gateway, T0 + timedelta(minutes=1)).sent == 1
    assert len(gateway.sent) == 1 and notices(ctx)[0].attempts == 2


def test_a_send_whose_process_died_is_not_sent_again(server, gateway):
    client, ctx = server
    push(client, make_terminal(ctx), accepted(1, str(uuid.uuid4())))
    with ctx.transaction() as s:  # claimed by a process that then died before writing the outcome
        s.execute(NoticeRow.__table__.update().values(status="sending", claimed_at=T0, attempts=1))
    assert dispatch_due(ctx, gateway, T0 + timedelta(hours=1)).sent == 0
    [notice] = notices(ctx)
    assert notice.status == "failed" and "无法确定是否已送达" in notice.last_error and gateway.sent == []


def test_each_hall_s_own_wording_is_used_for_its_cases_only(server, gateway, capsys, server_config):
    client, ctx = server
    make_hall(ctx, "330421", "另一县政务服务中心")
    db = ["--database", server_config.database_url, "--blob-dir", str(server_config.blob_dir)]
    setting = ["notices", "wording", *db, "--hall", "330421",
               "--event", "accepted", "--text", "{申请人}：{办件编号}已受理（{大厅}）"]  # fmt: skip
    assert server_cli(setting) == 0
    with ctx.sessions() as s:
        assert s.get(NoticeWordingRow, ("330421", "accepted")) is not None
    push(client, make_terminal(ctx, "330429", "W01"), accepted(1, str(uuid.uuid4()), number="A-1"))
    push(client, make_terminal(ctx, "330421", "W02"), accepted(1, str(uuid.uuid4()), number="B-1"))
    dispatch_due(ctx, gateway, T0)
    own = "张三：B-1已受理（另一县政务服务中心）"
    texts = {sms.text for sms in gateway.sent}
    assert own in texts and len(texts) == 2
    [default] = texts - {own}
    assert default.startswith("【某县政务服务中心】张三您好") and "办件编号A-1，" in default
    bad = ["notices", "wording", *db, "--hall", "330421",
           "--event", "accepted", "--text", "{姓名}您好"]  # fmt: skip
    assert server_cli(bad) == 1 and "“{姓名}”不是可用的占位符" in capsys.readouterr().err


def test_result_ready_from_the_back_office_sends_its_notice(server, gateway):
    _client, ctx = server
    make_hall(ctx)
    case_id = str(uuid.uuid4())
    snapshot = {"applicant": {"name": "李四", "phone": PHONE}, "matter_names": ["食品经营许可"]}
    with ctx.transaction() as s:
        s.add(ServerCaseRow(id=case_id, number="330429-W01-0009", hall_code="330429", terminal_id="t",
                            status="decided", version=1, promised_date=None, snapshot=snapshot,
                            created_at=T0, updated_at=T0))  # fmt: skip
    step = BackofficeStep(action=BackofficeAction.RESULT_READY, actor="赵科长", certificate_number="JY1")
    with ctx.transaction() as s:
        apply_step(s, s.get(ServerCaseRow, case_id), step, T0, None)
    dispatch_due(ctx, gateway, T0)
    [sms] = gateway.sent
    assert "食品经营许可（办件编号330429-W01-0009）已办结" in sms.text
    assert sms.ref == f"{case_id}:result_ready"


def test_no_log_line_and_no_listing_holds_the_whole_phone(server, gateway, caplog, capsys, server_config):
    client, ctx = server
    caplog.set_level(logging.DEBUG)
    push(client, make_terminal(ctx), accepted(1, str(uuid.uuid4()), number="330429-W01-0002"))
    gateway.down = True
    dispatch_due(ctx, gateway, T0)
    gateway.down = False
    dispatch_due(ctx, gateway, T0 + timedelta(minutes=5))
    assert len(gateway.sent) == 1
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert MASKED in logged and "已发送" in logged and "未发出" in logged
    assert PHONE not in logged and PHONE not in caplog.text
    with ctx.sessions() as s:
        [line] = list_notices(s, "330429")
    assert line.phone == MASKED
    listing = [
        "notices",
        "list",
        "--database",
        server_config.database_url,
        "--blob-dir",
        str(server_config.blob_dir),
        "--hall",
        "330429",
        "--text",
    ]
    code = server_cli(listing)
    out = capsys.readouterr().out
    assert code == 0 and "330429-W01-0002" in out and MASKED in out and "已发送（2次）" in out
    assert PHONE not in out


def test_the_admin_route_lists_a_hall_s_notices_masked_to_its_own_managers_only(server, gateway):
    client, ctx = server
    window = make_terminal(ctx, "330429", "W01")
    push(client, window, accepted(1, str(uuid.uuid4()), number="330429-W01-0003"))
    dispatch_due(ctx, gateway, T0)
    url = "/v1/admin/halls/330429/notices"
    for role in (Role.HALL_MANAGER, Role.BACKOFFICE):
        r = client.get(url, headers=signed_in(ctx, window, role))
        assert r.status_code == 200, r.text
        [line] = r.json()
        assert (line["case_number"], line["phone"], line["status"]) == ("330429-W01-0003", MASKED, "sent")
        assert PHONE not in r.text
    assert client.get(url, headers=signed_in(ctx, window, Role.CLERK)).status_code == 403
    other = signed_in(ctx, make_terminal(ctx, "330421", "W09"), Role.HALL_MANAGER)
    assert client.get(url, headers=other).status_code == 403
    assert client.get(url + "?limit=100000", headers=signed_in(ctx, window, Role.ADMIN)).status_code == 422


def test_a_hall_manager_sets_the_wording_and_a_bad_placeholder_is_refused(server):
    client, ctx = server
    manager = signed_in(ctx, make_terminal(ctx), Role.HALL_MANAGER)
    url = "/v1/admin/halls/330429/notice-wordings"
    r = client.put(url + "/result_ready", json={"text": "{申请人}，{事项}结果已到"}, headers=manager)
    assert r.status_code == 200 and r.json()["result_ready"] == "{申请人}，{事项}结果已到"
    assert r.json()["accepted"].startswith("【{大厅}】")
    r = client.put(url + "/accepted", json={"text": "{手机号}您好"}, headers=manager)
    assert r.status_code == 400 and "“{手机号}”不是可用的占位符" in r.json()["detail"]
    assert client.put(url + "/issued", json={"text": "您好"}, headers=manager).status_code == 422
    other = signed_in(ctx, make_terminal(ctx, "330421", "W09"), Role.HALL_MANAGER)
    assert client.get(url, headers=other).status_code == 403


def test_the_serving_process_sends_by_itself_to_the_sim_file(server_config, tmp_path):
    # what the demo does: the dispatcher thread of the serving process, sim:// into a file
    file = tmp_path / "sms.jsonl"
    config = replace(server_config, sms_url=f"sim://?file={file}", notice_interval=0.05)
    app = create_app(config)
    with TestClient(app) as client:
        push(client, make_terminal(app.state.ctx), accepted(1, str(uuid.uuid4()), number="330429-W01-0004"))
        for _ in range(400):  # the thread looks every 0.05 s: wait for its send, up to 20 s
            if file.exists() and file.read_text(encoding="utf-8").strip():
                break
            threading.Event().wait(0.05)
    [line] = [json.loads(x) for x in file.read_text(encoding="utf-8").splitlines()]
    assert line["phone"] == MASKED and "330429-W01-0004" in line["text"]
    assert PHONE not in file.read_text(encoding="utf-8")


def test_a_result_handed_over_in_the_same_step_sends_no_collect_notice(server):
    _client, ctx = server
    make_hall(ctx)
    snapshot = {"applicant": {"name": "张三", "phone": PHONE}, "matter_names": ["即办事项"]}
    facts = [
        CaseEventFacts("c-1", "N-1", kind, T0, snapshot) for kind in ("accepted", "result_ready", "issued")
    ]
    with ctx.transaction() as s:
        assert enqueue(s, "330429", facts, T0) == 1
    assert [n.event for n in notices(ctx)] == ["accepted"]


def test_serve_refuses_a_gateway_url_it_cannot_use(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    assert server_cli(["serve", "--database", url, "--sms", "smtp://sms.hall"]) == 2
    assert "应以 sim:// 或 http(s):// 开头" in capsys.readouterr().err
    assert not (tmp_path / "never.sqlite3").exists()  # refused before anything was touched
