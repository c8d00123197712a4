"""用此号开始收件 (Ctrl+F7) on a ticket from a booking whose matter this PC's catalog does not know:
the intake starts as for any ticket, the banner says so, and F2 is where the clerk picks one
(the real workbench, no server: the ticket is handed over as the queue panel would)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.domain.tickets import PriorityClass, TicketSource
from app.services.queue.views import QueueTicket, TicketApplicant
from tests.ui.conftest import VALID_ID, wait_idle


def ticket(matter_code: str, matter_name: str) -> QueueTicket:
    return QueueTicket(
        number="A007",
        category="general",
        category_name="综合受理",
        priority=PriorityClass.APPOINTMENT,
        calls=1,
        masked_name="王**",
        applicant=TicketApplicant(name="王小明", id_number=VALID_ID),
        source=TicketSource.APPOINTMENT,
        matter_code=matter_code,
        matter_name=matter_name,
    )


def test_a_matter_the_catalog_does_not_know_starts_the_intake_as_before_and_says_so(qtbot, window):
    window.start_from_ticket(ticket("NO-SUCH-MATTER", "已撤销的事项"))
    wait_idle(qtbot, window)
    intake = window.intake
    assert intake.case is None and intake.applicant.name.text() == "王小明"
    said = intake.banner.text()
    assert said.startswith("A007号：已读取") and "“已撤销的事项”（NO-SUCH-MATTER）不在本机事项清单中" in said
    assert QApplication.focusWidget() is intake.search.edit


def test_a_known_matter_is_chosen_with_the_ticket_applicant(qtbot, window):
    hit = window.services.catalog.search("jhdj", 1)[0]
    window.start_from_ticket(ticket(hit.code, hit.name))
    qtbot.waitUntil(lambda: window.intake.case is not None)
    wait_idle(qtbot, window)
    case = window.intake.case
    assert case.matter_codes == (hit.code,) and case.applicant.name == "王小明"
    assert "A007号为预约签到" in window.intake.banner.text()
