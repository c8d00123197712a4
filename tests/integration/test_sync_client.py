"""The workbench's sync against the real central server, in-process (SQLite, and PostgreSQL once).

Decisions made offline arrive when the server appears; a lost answer and a resend change nothing;
a poisoned change is shown as refused and the ones after it still apply; the back office's steps
reach the clerk's timeline; the case list marks what has not reached the server.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reliability.workload import Clerk
from sync_server import SERVER_URL, Network, pg_server_fixture, server_fixture  # noqa: F401

import app.services.sync.push as sync_push
from app.bootstrap import build_services
from app.domain.case_events import CASE_EVENT_KINDS
from app.settings import demo_settings
from app.store.unit_of_work import UnitOfWork
from server.store.models import (
    AppliedMutationRow,
    AttachmentRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TerminalRow,
)


@pytest.fixture
def workbench(server, tmp_path, clock):
    yield from _workbench(server, tmp_path, clock)


def _workbench(server, tmp_path, clock):
    net = Network(server.client)
    s = build_services(demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=net)
    s.sync.enrol(SERVER_URL, server.code, "3号综合窗口")
    s.net = net
    yield s
    s.close()


def _outbox(s) -> list[tuple[int, str, str]]:
    with UnitOfWork(s.sync._sessions) as uow:
        return [(r.seq, r.kind, r.state) for r in uow.session.scalars(select(_outbox_row()).order_by("seq"))]


def _outbox_row():
    from app.store.models import OutboxRow

    return OutboxRow


def _server_mutations(server) -> list[tuple[int, str]]:
    with server.ctx.sessions() as s:
        rows = s.scalars(select(AppliedMutationRow).order_by(AppliedMutationRow.seq))
        return [(r.seq, r.status) for r in rows]


def _offline_then_online(server, s):
    clerk = Clerk(s, random.Random(7))
    s.net.down = True
    ids = [clerk.one_case(pages=2) for _ in range(3)]
    offline = s.sync.sync_once()
    assert offline.configured and not offline.online
    assert offline.waiting == len(_outbox(s)) > 0 and offline.oldest_waiting_at is not None
    assert "无法连接中心服务器" in offline.last_error
    assert {c.id for c in s.cases.today() if not c.synced} == set(ids)

    s.net.down = False
    online = s.sync.sync_once()
    assert (online.online, online.waiting, online.last_error, online.rejected) == (True, 0, "", 0)
    assert online.last_sync_at is not None
    assert all(c.synced for c in s.cases.today())
    local = _outbox(s)
    assert [state for _, _, state in local] == ["applied"] * len(local)
    # the server has every change exactly once, in order, and every page's image checked whole
    assert _server_mutations(server) == [(seq, "applied") for seq, _, _ in local]
    with server.ctx.sessions() as db:
        assert {r.id for r in db.scalars(select(ServerCaseRow))} == set(ids)
        assert db.scalar(select(func.count()).select_from(AttachmentRow).where(AttachmentRow.complete)) == 6
    return ids


def test_decisions_made_offline_sync_when_the_server_appears(server, workbench):
    _offline_then_online(server, workbench)


def test_the_same_on_postgresql(pg_server, tmp_path, clock):
    for s in _workbench(pg_server, tmp_path, clock):
        _offline_then_online(pg_server, s)


def test_a_lost_answer_and_the_resend_change_nothing(server, workbench, monkeypatch):
    monkeypatch.setattr(sync_push, "UPLOAD_CHUNK", 4096)  # several chunks per page: resume matters
    clerk = Clerk(workbench, random.Random(3))
    clerk.one_case(pages=1)
    clerk.one_case(pages=1)
    workbench.net.lose_answer_of = "PUT /v1/attachments/"  # a chunk stored, its answer lost
    assert "无法连接" in workbench.sync.sync_once().last_error
    workbench.net.lose_answer_of = "POST /v1/sync/push"  # the push applied, its answer lost
    lost = workbench.sync.sync_once()
    assert lost.waiting > 0 and lost.last_error
    done = workbench.sync.sync_once()
    assert (done.waiting, done.last_error) == (0, "")
    local = _outbox(workbench)
    assert _server_mutations(server) == [(seq, "applied") for seq, _, _ in local]
    with server.ctx.sessions() as db:
        for case_id in {c.id for c in workbench.cases.today()}:
            events = db.scalar(
                select(func.count())
                .select_from(ServerCaseEventRow)
                .where(ServerCaseEventRow.case_id == case_id)
            )
            # once each: a resent event is not recorded twice ("created" stays on the terminal)
            local = [e for e in workbench.cases.detail(case_id).events if e.kind in CASE_EVENT_KINDS]
            assert events == len(local)


def test_a_poison_change_is_shown_refused_and_the_ones_after_it_apply(server, workbench):
    clerk = Clerk(workbench, random.Random(5))
    first = clerk.one_case(pages=0, rate=False)
    # a change the server's rules must refuse: "issued" straight after "accepted"
    with UnitOfWork(workbench.sync._sessions) as uow:
        accepted = uow.session.scalars(select(_outbox_row()).where(_outbox_row().kind == "accepted")).one()
        payload = dict(accepted.payload)
        payload["event"] = {**payload["event"], "kind": "issued", "summary": "出件：当场领取", "position": 99}
        payload.update(from_status="accepted", to_status="issued", status="issued")
        poison_seq = uow.outbox.add("issued", payload, accepted.created_at)
        uow.commit()
    second = clerk.one_case(pages=0, rate=False)

    status = workbench.sync.sync_once()
    assert (status.waiting, status.rejected, status.last_error) == (0, 1, "")
    [refused] = workbench.sync.rejected_changes()
    assert (refused.seq, refused.case_id, refused.summary, refused.seen) == (
        poison_seq,
        first,
        "出件：当场领取",
        False,
    )
    assert refused.reason  # the server's sentence, shown as it is
    assert workbench.cases.detail(second).status == "accepted"
    with server.ctx.sessions() as db:
        assert db.get(ServerCaseRow, second) is not None
        assert db.get(ServerCaseRow, first).status == "accepted"
    workbench.sync.mark_seen(poison_seq)
    assert workbench.sync.status().rejected == 0
    assert workbench.sync.rejected_changes()[0].seen


def test_back_office_steps_reach_the_clerks_timeline(server, workbench):
    case_id = Clerk(workbench, random.Random(9)).one_case(pages=0, rate=False)
    workbench.sync.sync_once()
    number = workbench.cases.detail(case_id).number
    token = server.backoffice_token()
    for body in (
        {"action": "step", "actor": "审批科 张三", "step": "审核", "opinion": "材料齐全"},
        {"action": "decide", "actor": "审批科 张三", "result_code": 0},
    ):
        answer = server.client.post(
            f"/v1/backoffice/cases/{number}/events", json=body, headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 200, answer.text
    assert workbench.sync.sync_once().last_error == ""
    view = workbench.cases.detail(case_id)
    assert view.status == "decided"
    assert [e.actor for e in view.events[-2:]] == ["审批科 张三", "审批科 张三"]


def test_a_server_whose_history_disagrees_stops_the_push_and_says_so(server, workbench):
    clerk = Clerk(workbench, random.Random(11))
    clerk.one_case(pages=0, rate=False)
    assert workbench.sync.sync_once().last_error == ""
    terminal_id, _ = workbench.sync.credentials()
    with server.ctx.transaction() as db:
        db.get(TerminalRow, terminal_id).last_applied_seq = 100  # as if another database were restored
    clerk.one_case(pages=0, rate=False)
    status = workbench.sync.sync_once()
    assert status.last_error.startswith("中心服务器拒绝了同步请求：")
    assert status.waiting == 1  # kept, not dropped: it goes once an administrator has sorted it out
    assert _outbox(workbench)[-1][2] == "pending"


def test_sign_in_online_caches_users_for_offline_sign_in(server, workbench):
    user = workbench.sign_in.sign_in("lixm", "onewindow")
    assert (user.display_name, user.role, user.offline) == ("李晓梅", "clerk", False)
    workbench.net.down = True
    again = workbench.sign_in.sign_in("lixm", "onewindow")
    assert again.offline and again.display_name == "李晓梅"


def test_the_servers_catalog_is_kept_and_preferred_at_the_next_start(server, workbench, tmp_path, clock):
    assert workbench.sync.sync_once().last_error == ""
    from app.services.sync.service import cached_catalog_path

    path = cached_catalog_path(workbench.settings.data_dir)
    assert path.exists()
    workbench.close()
    again = build_services(workbench.settings, clock=clock)
    try:
        assert again.catalog.search("jhdj")  # loaded from the server's copy
        assert again.sync.status().configured and again.sync_runner is not None
    finally:
        again.close()


def test_the_runner_catches_up_by_itself_when_the_network_returns(server, workbench):
    import threading

    from app.services.sync.runner import SyncRunner

    Clerk(workbench, random.Random(13)).one_case(pages=1, rate=False)
    workbench.net.down = True
    seen, caught_up = [], threading.Event()

    def on_status(status):
        seen.append(status)
        if len(seen) == 2:
            workbench.net.down = False  # the network comes back after two failed rounds
        if status.waiting == 0 and not status.last_error:
            caught_up.set()

    runner = SyncRunner(
        workbench.sync, on_status, min_backoff=0.001, max_backoff=0.01, interval=3600, listen=False
    )
    runner.start()
    try:
        assert caught_up.wait(30)
    finally:
        runner.stop()
    assert [s.online for s in seen[:2]] == [False, False] and seen[-1].online
