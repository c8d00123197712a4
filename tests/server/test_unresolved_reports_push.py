"""办不成事 反映 arriving with a window's push (sqlite and postgresql): one report per id whatever
is resent, refused with the domain's reason and nothing kept when it is wrong, only from a
window, in the terminal's hall, with a deadline in working days, and sealed at rest."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from stored_text import everything_stored, holds
from sync_helpers import make_terminal, mutation, push
from unresolved_hall import (
    DESCRIPTION,
    NAME,
    PHONE,
    events,
    push_reports,
    report,
    report_payload,
    stored,
    unresolved_hall,
)

from app.sync.protocol import TerminalKind
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from server.app import create_app
from server.store.models import AppliedMutationRow


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def test_a_report_sent_again_makes_one_report(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    payload = report_payload()
    hall.seq += 1
    first = mutation(hall.seq, UNRESOLVED_REPORTED, payload)
    assert push(client, hall.window, first).json()["results"][0]["status"] == "applied"
    # the same mutation after a lost answer, and the report queued again under a new mutation
    assert push(client, hall.window, first).json()["results"][0]["status"] == "applied"
    [again] = push_reports(hall, dict(payload))
    assert again["status"] == "applied", again
    [row] = stored(ctx)
    assert (row.id, row.hall_code, row.state, row.version, row.name) == (
        payload["id"],
        "330429",
        "open",
        1,
        NAME,
    )
    assert events(ctx, row.id) == ["reported"]
    # made on Monday 11-23 (the hall's date): five working days later, as a 差评's follow-up
    assert (row.reported_on, row.due_date, row.due_estimated, row.deadline_days) == (
        date(2026, 11, 23),
        date(2026, 11, 30),
        False,
        5,
    )


def test_another_report_under_a_used_id_is_refused_and_the_first_stands(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    report_id = report(hall)
    [result] = push_reports(hall, report_payload(id=report_id, description="完全不同的另一件事情办不成"))
    assert result["status"] == "rejected" and "已用于另一条反映" in result["reason"]
    # in another hall too, and with the same answer (nothing of the first is told)
    other = unresolved_hall(client, ctx, "330100")
    [elsewhere] = push_reports(other, report_payload(id=report_id, registered_by="clerk-330100"))
    assert elsewhere["status"] == "rejected" and elsewhere["reason"] == result["reason"]
    [row] = stored(ctx)
    assert (row.hall_code, row.description) == ("330429", DESCRIPTION)


def test_a_bad_report_is_refused_with_the_domains_reasons_and_nothing_is_kept(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    results = push_reports(
        hall,
        report_payload(phone="12345", description="办不成"),  # the domain's rules
        report_payload(name="   "),
        report_payload(kind="weather"),  # the wire's bounds
        report_payload(description="长" * 501),
        {k: v for k, v in report_payload().items() if k != "phone"},
        report_payload(id="not-a-uuid-but-thirty-six-characters"),
        report_payload(id=report_payload()["id"].upper()),
        report_payload(registered_by="nobody"),  # no account of the hall
    )
    assert [r["status"] for r in results] == ["rejected"] * 8, results
    reasons = [r["reason"] for r in results]
    assert "联系电话格式不正确" in reasons[0] and "请写明办不成的是什么事" in reasons[0]
    assert "请填写反映人的姓名" in reasons[1]
    assert "字段“kind”的值不对" in reasons[2] and "字段“description”的值不对" in reasons[3]
    assert "缺少字段“phone”" in reasons[4]
    assert all("不是有效的UUID" in reason for reason in reasons[5:7])
    assert "“nobody”不是本大厅在岗的窗口人员" in reasons[7] and "未登记" in reasons[7]
    assert all(not reason.isascii() for reason in reasons)
    assert stored(ctx) == []
    # the window's later reports go on (the queue never jams), and one nobody signed for is kept
    assert push_reports(hall, report_payload(registered_by=""))[0]["status"] == "applied"
    assert [row.registered_by for row in stored(ctx)] == [""]
    # a field a newer window adds is passed over, as in every payload
    assert push_reports(hall, report_payload(photo_taken=True))[0]["status"] == "applied"


@pytest.mark.parametrize("kind", [TerminalKind.KIOSK, TerminalKind.DISPLAY, TerminalKind.BACKOFFICE])
def test_only_a_window_pushes_a_report(server, kind):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    terminal = make_terminal(ctx, hall.hall_code, f"{kind.value[:1].upper()}05", kind)
    r = push(client, terminal, mutation(1, UNRESOLVED_REPORTED, report_payload()))
    assert r.status_code in (401, 403) and not r.json()["detail"].isascii(), r.text
    assert stored(ctx) == []


def test_the_report_is_the_pushing_terminals_halls_and_sealed_at_rest(server):
    client, ctx = server
    hall_b = unresolved_hall(client, ctx, "330100")
    report(hall_b, registered_by="clerk-330100", case_number="330100-20261123-W01-0001")
    [row] = stored(ctx)
    assert (row.hall_code, row.window, row.case_number) == (
        "330100",
        "办不成事反映窗口",
        "330100-20261123-W01-0001",
    )
    dump = everything_stored(ctx)
    assert holds(dump, "办不成事反映窗口") and holds(dump, "结婚登记")  # business data stays queryable
    for clear in (NAME, PHONE, DESCRIPTION):
        assert not holds(dump, clear), clear
    with ctx.sessions() as s:  # an applied report's payload is not kept a second time
        assert s.scalar(select(func.count()).select_from(AppliedMutationRow)) == 1
        assert s.scalar(select(AppliedMutationRow.payload)) == {}


def test_a_refused_report_keeps_its_payload_sealed_for_the_window_to_see_why(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    [result] = push_reports(hall, report_payload(phone="12345"))
    assert result["status"] == "rejected"
    with ctx.sessions() as s:
        kept = s.scalar(select(AppliedMutationRow.payload))
    assert kept["name"] == NAME  # kept, so the losing change is never dropped silently
    assert not holds(everything_stored(ctx), NAME)
