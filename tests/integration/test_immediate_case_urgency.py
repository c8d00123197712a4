"""Today's list and the case view, from a real SQLite file: a 即办件 accepted this morning reads
即办 (flag 'immediate'), not 即将到期; left unfinished overnight it is overdue."""

from __future__ import annotations

from app.services.views import PartyInput

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="安和县民主路1号"
)


def test_an_accepted_immediate_case_is_not_due_soon(services, clock):
    (code,) = [
        m.code for m in services.catalog.search("出生医学") if m.name == "出生医学证明首次签发"
    ]  # 即办件
    case = services.intake.start_case(code)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    accepted = services.intake.accept(case.id).case
    assert accepted.is_immediate and accepted.status == "accepted"
    assert accepted.deadline_flag == "immediate"
    (summary,) = [c for c in services.cases.today() if c.id == case.id]
    assert summary.deadline_flag == "immediate"

    clock.advance(days=1)  # not finished on its day: late like any case
    (summary,) = [c for c in services.cases.today() if c.id == case.id]
    assert summary.deadline_flag == "overdue"
