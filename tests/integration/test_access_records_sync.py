"""Reads of a citizen's record at a window reach the server's audit log, once (issue 14, item 3).

A real workbench against the server (SQLite): a receipt printed again and a case opened in
办件详情 are recorded in the window's outbox, pushed with the sync, and written to the audit log
with the clerk signed in and the applicant's keyed hash; the network losing the answer to the push
changes nothing in the log (the resend is recognised).
"""

from __future__ import annotations

from sqlalchemy import select
from sync_server import SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.domain.access_records import ACCESS_RECORDED, CASE_OPENED
from app.services.views import PartyInput
from app.settings import demo_settings
from app.store.models import OutboxRow
from app.store.unit_of_work import UnitOfWork
from server.auth.audit import person_key
from server.store.models import AuditRow
from tests.second_party import SECOND_PARTY

ID_NUMBER = "11010519491231002X"
APPLICANT = PartyInput(name="王建国", cert_number=ID_NUMBER, phone="13800003210", address="民主路1号")


def test_a_reprint_and_an_opened_case_reach_the_audit_log_once(server, tmp_path, clock):
    network = Network(server.client)
    services = build_services(
        demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=network
    )
    try:
        services.enrol(SERVER_URL, server.code)
        services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
        case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
        services.intake.save_applicant(case.id, APPLICANT)
        services.intake.save_second_party(case.id, SECOND_PARTY)
        services.intake.receive_remaining(case.id)
        accepted = services.intake.accept(case.id)
        receipt = services.cases.detail(case.id).documents[0]
        services.printing.reprint(receipt.id)
        services.access.record(CASE_OPENED, case.id)
        with UnitOfWork(services.sync._sessions) as uow:
            kept = uow.session.scalars(
                select(OutboxRow.payload).where(OutboxRow.kind == ACCESS_RECORDED)
            ).all()
        assert [p["event"] for p in kept] == ["document_reprinted", "case_opened"]
        assert all(p["actor_username"] == "lixm" and p["case_number"] == accepted.case.number for p in kept)
        network.lose_answer_of = "POST /v1/sync/push"
        services.sync.sync_once()  # applied on the server, the answer lost on the way back
        assert services.sync.sync_once().last_error == ""  # the resend: recognised, nothing new
        assert services.sync.status().waiting == 0
    finally:
        services.close()
    with server.ctx.sessions() as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.event.like("window_%")).order_by(AuditRow.seq)).all()
    applicant = person_key(server.ctx.audit_key, ID_NUMBER)
    # one entry per person the case is about: the applicant and the second party
    assert sorted({r.event for r in rows}) == ["window_case_opened", "window_document_reprinted"]
    assert len(rows) == 4 and {r.username for r in rows} == {"lixm"}
    assert applicant in {r.person_key for r in rows} and all(accepted.case.number in r.detail for r in rows)
