"""Every change a window pushes to a citizen's record names the account signed in there (sqlite
and postgresql): the server keeps only an account that could have been signed in at a window of
the hall and records its own display name as the actor, not the terminal's text; a window from
before accounts were recorded is still accepted. A result handed out on a typed ID is audited."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sync_helpers import T0, case_mutation, make_hall, make_terminal, mutation, page_payload, push, upload

from app.sync.protocol import Role
from server.app import create_app
from server.store.models import AuditRow, CasePageRow, ServerCaseEventRow, ServerCaseRow, TerminalRow, UserRow

HALL, OTHER_HALL = "330429", "330501"
COLLECTOR_ID = "11010519491231002X"
NOT_SERVING = "不是本大厅在岗的窗口人员"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def account(ctx, username: str, display_name: str = "王芳", hall_code: str | None = HALL, **fields) -> None:
    """An account straight in the database (a clerk of the hall unless `fields` say otherwise)."""
    make_hall(ctx, hall_code or HALL)
    row = {"role": Role.CLERK.value, "active": True, "updated_at": T0 - timedelta(days=30), **fields}
    with ctx.transaction() as s:
        s.add(
            UserRow(
                username=username, display_name=display_name, hall_code=hall_code, password_hash="-", **row
            )
        )


def by(username: str | None, sent: dict) -> dict:
    """`sent` (a mutation) as a window where `username` signed in records it; None: a window from
    before accounts were recorded, which sends no such field."""
    if username is not None:
        sent["payload"]["actor_username"] = username
    return sent


def opened(seq: int, username: str | None, case_id: str | None = None) -> dict:
    """受理 of a new case, its actor typed as 李四 by the window."""
    return by(username, case_mutation(seq, case_id or str(uuid.uuid4())))


def statuses(r) -> list[str]:
    assert r.status_code == 200, r.text
    return [x["status"] for x in r.json()["results"]]


def events(ctx) -> list[tuple[str, str, str | None]]:
    with ctx.sessions() as s:
        rows = s.scalars(select(ServerCaseEventRow).order_by(ServerCaseEventRow.id))
        return [(e.kind, e.actor, e.actor_username) for e in rows]


def test_the_actor_recorded_is_the_accounts_own_display_name_not_the_windows_text(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    account(ctx, "wangf2")  # the payload's event says 李四; the account is 王芳's
    account(ctx, "zhangjl", "张建霖", role=Role.HALL_MANAGER.value)  # covering a window
    account(ctx, "admin", "管理员", hall_code=None, role=Role.ADMIN.value)  # signs in at any window
    case_id = str(uuid.uuid4())
    sent = [
        opened(1, "wangf2", case_id),
        by(
            "zhangjl",
            case_mutation(2, case_id, "decided", "accepted", "decided", 1, detail={"result_code": 0}),
        ),
        by("admin", case_mutation(3, case_id, "result_ready", "decided", "result_ready", 2)),
    ]
    assert statuses(push(client, window, *sent)) == ["applied"] * 3
    assert events(ctx) == [
        ("accepted", "王芳", "wangf2"),
        ("decided", "张建霖", "zhangjl"),
        ("result_ready", "管理员", "admin"),
    ]


def test_an_old_windows_change_without_an_account_keeps_its_text(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    old = opened(1, None)  # queued in an outbox before accounts were recorded
    blank, null = opened(2, ""), opened(3, None)  # a workbench where nobody signed in
    null["payload"]["actor_username"] = None
    data = b"old page"
    sha = upload(client, window, data)
    page = mutation(4, "page.attached", page_payload(old["payload"]["case_id"], data))
    assert page["payload"]["sha256"] == sha
    assert statuses(push(client, window, old, blank, null, page)) == ["applied"] * 4
    assert events(ctx) == [("accepted", "李四", None)] * 3
    with ctx.sessions() as s:
        assert s.scalar(select(CasePageRow.sha256)) == sha


@pytest.mark.parametrize("kind", ["accepted", "page.attached", "page.rotated", "page.deleted"])
def test_an_account_that_never_served_at_the_hall_is_refused_with_one_sentence(server, kind):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    account(ctx, "wangf")
    account(ctx, "li-other", "李四", hall_code=OTHER_HALL)
    account(ctx, "backoffice", "审批员", role=Role.BACKOFFICE.value)
    case_id, data = str(uuid.uuid4()), b"page of the case"
    upload(client, window, data)
    scanned = page_payload(case_id, data)
    setup = [opened(1, "wangf", case_id), by("wangf", mutation(2, "page.attached", scanned))]
    assert statuses(push(client, window, *setup)) == ["applied"] * 2

    def change(seq: int, username: str) -> dict:
        if kind == "accepted":
            return opened(seq, username)
        return by(username, mutation(seq, kind, {**scanned, "rotation": 90, "order": []}))

    r = push(client, window, *(change(3 + i, u) for i, u in enumerate(["nobody", "li-other", "backoffice"])))
    assert statuses(r) == ["rejected"] * 3
    reasons = [x["reason"] for x in r.json()["results"]]
    # the same answer for an unknown account, another hall's and a back-office one
    assert (
        reasons[0] == reasons[1].replace("li-other", "nobody") == reasons[2].replace("backoffice", "nobody")
    )
    assert NOT_SERVING in reasons[0] and "未生效" in reasons[0] and "本机的记录仍在" in reasons[0]
    # the queue moves on: the terminal's next change is applied
    assert statuses(push(client, window, opened(6, "wangf"))) == ["applied"]
    with ctx.sessions() as s:
        assert s.get(TerminalRow, window.id).last_applied_seq == 6
        assert s.scalar(select(ServerCaseRow).where(ServerCaseRow.id == case_id)).version == 1
        page = s.get(CasePageRow, scanned["page_id"])
        assert (page.rotation, page.deleted) == (0, False)
    assert [e[2] for e in events(ctx)] == ["wangf", "wangf"]


def test_a_change_made_offline_before_its_clerk_was_deactivated_or_moved_is_still_kept(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    # deactivated (or moved to another hall) on the afternoon of T0's day
    account(ctx, "wangf", active=False, updated_at=T0 + timedelta(hours=5))
    account(ctx, "wangf2", hall_code=OTHER_HALL, updated_at=T0 + timedelta(hours=5))
    before = [opened(1, "wangf"), opened(2, "wangf2")]  # recorded in the morning, pushed days later
    after = [opened(3, "wangf"), opened(4, "wangf2")]
    for m in after:
        m["payload"]["event"]["at"] = (T0 + timedelta(days=1)).isoformat()
    r = push(client, window, *before, *after)
    assert statuses(r) == ["applied", "applied", "rejected", "rejected"]
    assert "办理时已停用" in r.json()["results"][2]["reason"]
    assert [e[2] for e in events(ctx)] == ["wangf", "wangf2"]


def test_an_account_name_too_long_is_refused_naming_the_field(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    r = push(client, window, opened(1, "w" * 65))
    assert statuses(r) == ["rejected"] and "actor_username" in r.json()["results"][0]["reason"]


# -- 出件 on a typed ID: audited with the push ---------------------------------------------------


def hand_out(case_id: str, username: str | None, identity: str, reason: str = "") -> list[dict]:
    """A case from 受理 to 出件 (本人领取) with the collector's ID `identity` ("card" or "typed")."""
    issued = case_mutation(
        4,
        case_id,
        "issued",
        "result_ready",
        "issued",
        3,
        summary="出件（本人领取）：张三",
        detail={"method": "in_person", "identity": identity, "typed_reason": reason},
    )
    issued["payload"]["snapshot"]["issuance"] = {
        "method": "in_person",
        "collector_name": "张三",
        "collector_cert_number": COLLECTOR_ID,
        "identity": identity,
        "typed_reason": reason,
    }
    steps = [
        case_mutation(1, case_id),
        case_mutation(2, case_id, "decided", "accepted", "decided", 1, detail={"result_code": 0}),
        case_mutation(3, case_id, "result_ready", "decided", "result_ready", 2),
        issued,
    ]
    return [by(username, m) for m in steps]


def audited(ctx) -> list[AuditRow]:
    with ctx.sessions() as s:
        return list(s.scalars(select(AuditRow).where(AuditRow.event == "hand_out_id_typed")))


def test_a_hand_out_on_a_typed_id_leaves_one_audit_entry_with_the_id_masked(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    account(ctx, "wangf2")
    case_id = str(uuid.uuid4())
    # the clerk typed the ID into the reason as well
    sent = hand_out(case_id, "wangf2", "typed", f"芯片损坏，核对临时身份证{COLLECTOR_ID}")
    assert statuses(push(client, window, *sent)) == ["applied"] * 4
    [entry] = audited(ctx)
    assert (entry.username, entry.terminal_id, entry.outcome) == ("wangf2", window.id, "ok")
    number = sent[0]["payload"]["case_number"]
    assert number in entry.detail and "芯片损坏" in entry.detail and "王芳" in entry.detail
    assert "110105********002X" in entry.detail and COLLECTOR_ID not in entry.detail
    # a resend (the answer was lost) gets the same answers and audits nothing again
    assert statuses(push(client, window, *sent)) == ["applied"] * 4
    assert len(audited(ctx)) == 1


def test_an_old_windows_typed_hand_out_is_audited_by_its_text_and_a_card_read_one_not_at_all(server):
    client, ctx = server
    window = make_terminal(ctx, HALL)
    typed = hand_out(str(uuid.uuid4()), None, "typed", "证件磨损")
    assert statuses(push(client, window, *typed)) == ["applied"] * 4
    card = hand_out(str(uuid.uuid4()), None, "card")
    for seq, m in enumerate(card, start=5):
        m["seq"] = seq
    assert statuses(push(client, window, *card)) == ["applied"] * 4
    [entry] = audited(ctx)
    assert entry.username == "" and "李四（窗口未记录账号）" in entry.detail and "证件磨损" in entry.detail
    assert COLLECTOR_ID not in entry.detail
