"""A window's changes reach the server under the account signed in (a real SQLite file, the real
server on SQLite): the server records the account and its display name; a change by an account
the server no longer lets serve at the hall is refused, listed for the clerk with the server's
reason, and the case stays on the workbench as the clerk recorded it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sync_server import SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.views import PartyInput
from app.settings import demo_settings
from server.store.models import ServerCaseEventRow, UserRow
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


@pytest.fixture
def window(server, tmp_path):
    services = build_services(
        demo_settings(tmp_path / "w03", sample_cases=False), sync_client=Network(server.client)
    )
    services.sync.enrol(SERVER_URL, server.code, "W03 3号综合窗口")
    services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
    yield services
    services.close()


def accept_a_case(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)
    services.intake.receive_remaining(case.id)
    return services.intake.accept(case.id).case


def test_the_server_records_the_signed_in_account_and_its_own_display_name(server, window):
    with server.ctx.transaction() as s:  # renamed on the server since the window cached it
        s.get(UserRow, "lixm").display_name = "李晓梅（综合窗口）"
    case = accept_a_case(window)
    assert case.events[-1].actor == "李晓梅"  # the window's own timeline shows what it printed
    status = window.sync.sync_once()
    assert (status.waiting, status.rejected) == (0, 0)
    with server.ctx.sessions() as s:
        kept = s.execute(select(ServerCaseEventRow.actor, ServerCaseEventRow.actor_username)).all()
    assert [tuple(row) for row in kept] == [("李晓梅（综合窗口）", "lixm")]


def test_a_change_by_an_account_deactivated_before_it_is_refused_and_the_case_stays(server, window):
    # deactivated on the server an hour ago; the window, offline meanwhile, still has lixm signed in
    with server.ctx.transaction() as s:
        user = s.get(UserRow, "lixm")
        user.active, user.updated_at = False, datetime.now(UTC) - timedelta(hours=1)
    case = accept_a_case(window)
    status = window.sync.sync_once()
    assert (status.waiting, status.rejected) == (0, 1)
    [refused] = window.sync.rejected_changes()
    assert (refused.case_id, refused.case_number, refused.seen) == (case.id, case.number, False)
    assert "账号“lixm”不是本大厅在岗的窗口人员" in refused.reason
    assert "本机的记录仍在" in refused.reason
    assert window.cases.detail(case.id).status == "accepted"  # the clerk's record is kept
    with server.ctx.sessions() as s:
        assert s.scalars(select(ServerCaseEventRow)).all() == []
