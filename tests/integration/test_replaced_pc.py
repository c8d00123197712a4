"""A window PC replaced by another enrolled under the same terminal code (W03 stays W03).

The old PC is revoked the moment the new one enrols (its credential opens nothing, its cases stay
on its disk), and the new one numbers on after the old one's cases of the day, so no two cases of
the hall share a number (issue 14, item 4). Real workbenches against the server on SQLite.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.views import PartyInput
from app.settings import demo_settings
from server.auth.enrolment import issue_code
from server.store.models import AuditRow, ServerCaseRow, TerminalRow
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


def _workbench(server, folder, clock):
    settings = demo_settings(folder, sample_cases=False)
    return build_services(settings, clock=clock, sync_client=Network(server.client))


def _start(services) -> str:
    return services.intake.start_case(services.catalog.search("jhdj")[0].code).number


def _accepted(services) -> str:
    """A case accepted (the server hears of a case once it is accepted, not while drafted)."""
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)
    services.intake.receive_remaining(case.id)
    return services.intake.accept(case.id).case.number


def test_a_replacement_pc_revokes_the_old_one_and_numbers_on_after_it(server, tmp_path, clock):
    old = _workbench(server, tmp_path / "old", clock)
    new = None
    try:
        old.enrol(SERVER_URL, server.code)
        numbers = [_accepted(old) for _ in range(3)]
        assert old.sync.sync_once().last_error == ""
        unsynced = _start(old)  # numbered after the last push: the server never hears of it
        with server.ctx.transaction() as s:
            code, _ = issue_code(s, HALL, "W03", "admin", datetime.now(UTC), timedelta(days=1))
        new = _workbench(server, tmp_path / "new", clock)
        new.enrol(SERVER_URL, code)
        following = _accepted(new)
        assert following.endswith("-W03-0004") and following not in numbers, (numbers, following)
        assert new.sync.sync_once().last_error == ""
        with server.ctx.sessions() as s:
            terminals = s.execute(
                select(TerminalRow.id, TerminalRow.revoked).where(TerminalRow.code == "W03")
            )
            revoked = {terminal_id: flag for terminal_id, flag in terminals}
            held = set(s.scalars(select(ServerCaseRow.number)))
            audited = s.scalars(select(AuditRow.detail).where(AuditRow.event == "terminal_revoked")).all()
        old_id, _ = old.sync.credentials()
        new_id, _ = new.sync.credentials()
        assert revoked == {old_id: True, new_id: False}
        assert held == {*numbers, following}
        assert len(audited) == 1 and new_id in audited[0]
        # the old PC is refused from now on, and says so; its own cases stay where they are
        status = old.sync.sync_once()
        assert "停用" in str(status.last_error), status
        assert unsynced in {case.number for case in old.cases.today()}
    finally:
        old.close()
        if new is not None:
            new.close()
