"""Signing in another clerk reaches every use case through the one WindowContext: the next case,
its receipt, its events, the rating and the pickup slip name that clerk and window — and no use
case has its fields rewritten from outside (WindowConfig stays frozen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.config import WindowContext
from app.services.sign_in import SignedInUser
from app.services.views import PartyInput
from drivers.evaluator import Rating
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)
ZHANG = SignedInUser("zhangjl", "张建国", "clerk", "330429", "5号综合窗口", False)


def _accepted(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    services.intake.receive_remaining(case.id)
    return services.intake.accept(case.id)


def _use_cases(services) -> dict:
    return {
        "intake": services.intake,
        "issuance": services.issuance,
        "ratings": services.ratings,
        "printing": services.printing,
        "slips": services.slips,
    }


def test_a_clerk_signing_in_reaches_every_use_case_without_touching_their_fields(services):
    before = {name: dict(vars(service)) for name, service in _use_cases(services).items()}
    services.use_clerk(ZHANG)
    after = {name: dict(vars(service)) for name, service in _use_cases(services).items()}
    # the same objects in every field: nothing was assigned into a use case from outside
    for name in before:
        assert before[name].keys() == after[name].keys(), name
        assert all(before[name][key] is after[name][key] for key in before[name]), name

    result = _accepted(services)
    case = services.cases.detail(result.case.id)
    assert {event.actor for event in case.events} == {"张建国"}
    rating = services.ratings.record(case.id, Rating("r-zhang", 5), "sim://?level=5")
    assert (rating.clerk, rating.window) == ("张建国", "5号综合窗口")
    assert services.window.config.clerk_name == "张建国"


def test_the_receipt_names_the_clerk_and_window_on_duty(services):
    services.use_clerk(ZHANG)
    from app.store.unit_of_work import UnitOfWork

    result = _accepted(services)
    with UnitOfWork(services.intake._sessions) as uow:
        stored = uow.cases.get(result.case.id)
        assert (stored.clerk, stored.window) == ("张建国", "5号综合窗口")
        slip = services.slips.case_slip_data(stored)
    assert slip.window == "5号综合窗口"


def test_a_clerk_without_a_window_of_their_own_works_at_this_pcs_window(services):
    services.use_clerk(ZHANG)
    services.use_clerk(SignedInUser("wangf", "王芳", "clerk", "330429", "", False))
    config = services.window.config
    assert (config.clerk_name, config.window_name) == ("王芳", services.settings.window.window_name)


def test_the_window_config_stays_frozen():
    from dataclasses import FrozenInstanceError

    from app.settings import DEMO_WINDOW

    context = WindowContext(DEMO_WINDOW)
    with pytest.raises(FrozenInstanceError):
        context.config.clerk_name = "x"  # type: ignore[misc]
    assert context.clerk_on_duty("张建国").clerk_name == "张建国" and DEMO_WINDOW.clerk_name != "张建国"


def test_enrolling_at_start_names_the_next_case_numbers_at_once(server, tmp_path, clock):
    # the server knows this PC as W07 of the hall, whatever its settings said (W03): the next case
    # number carries W07 already in this session, not only after a restart
    from app.settings import demo_settings
    from server.auth.enrolment import issue_code

    with server.ctx.transaction() as s:
        code, _ = issue_code(s, HALL, "W07", "admin", datetime.now(UTC), timedelta(days=1))
    services = build_services(
        demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=Network(server.client)
    )
    try:
        assert "-W03-" in services.intake.start_case(services.catalog.search("jhdj")[0].code).number
        services.enrol(SERVER_URL, code)
        case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
        assert case.number.startswith(f"{HALL}-") and "-W07-" in case.number
        assert services.window.config.terminal == "W07"
    finally:
        services.close()
