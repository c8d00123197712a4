"""The case detail's 打印取件凭条 (Alt+T): printed, or kept with 重打凭条 in the banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import build_services, demo_settings
from app.services.views import PartyInput
from tests.second_party import SECOND_PARTY
from ui.cases.case_detail import CaseDetail
from ui.worker import Worker

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


@pytest.fixture
def slip_services(tmp_path):
    services = build_services(demo_settings(tmp_path / "data", sample_cases=False))
    yield services
    services.close()


@pytest.fixture
def detail(qtbot, slip_services):
    worker = Worker()
    s = slip_services
    widget = CaseDetail(worker, cases=s.cases, issuance=s.issuance, slips=s.slips)
    qtbot.addWidget(widget)
    widget.show()
    widget.worker_for_test = worker
    yield widget
    worker.wait_idle()


def _accepted(services) -> str:
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    return services.intake.accept(case.id).case.id


def _idle(qtbot, widget) -> None:
    qtbot.waitUntil(widget.worker_for_test.is_idle, timeout=30_000)


def test_the_slip_is_printed_and_a_printer_fault_offers_a_retry(qtbot, detail, slip_services):
    case_id = _accepted(slip_services)
    detail.open_case(case_id)
    qtbot.waitUntil(lambda: detail.case is not None)
    _idle(qtbot, detail)
    assert detail.slip_button.isVisible() and "&T" in detail.slip_button.text()
    peer = slip_services.slips.printer.peer

    qtbot.mouseClick(detail.slip_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, detail)
    assert "已打印" in detail.banner.text() and len(peer.jobs) == 1

    peer.fail = "paper"
    qtbot.mouseClick(detail.slip_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, detail)
    assert "缺纸" in detail.banner.text() and detail.banner.action.isVisible()
    assert slip_services.slips.pending_count() == 1

    peer.fail = ""
    qtbot.mouseClick(detail.banner.action, Qt.MouseButton.LeftButton)
    _idle(qtbot, detail)
    assert "已重打 1 张" in detail.banner.text()
    assert len(peer.jobs) == 2 and slip_services.slips.pending_count() == 0


def test_a_draft_case_offers_no_slip(qtbot, detail, slip_services):
    case = slip_services.intake.start_case(slip_services.catalog.search("jhdj")[0].code)
    detail.open_case(case.id)
    qtbot.waitUntil(lambda: detail.case is not None)
    _idle(qtbot, detail)
    assert not detail.slip_button.isVisible()
