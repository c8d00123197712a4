"""Opening a case in 办件详情 is a read of a citizen's record: the window records it for the audit
log, in the name of the clerk on duty (issue 14, item 3; the sync side: tests/integration/
test_access_records_sync.py)."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.access_records import ACCESS_RECORDED
from app.store.models import OutboxRow
from app.store.unit_of_work import UnitOfWork
from ui.main_window import DETAIL_TAB


def _records(services) -> list[dict]:
    with UnitOfWork(services.sync._sessions) as uow:
        return list(uow.session.scalars(select(OutboxRow.payload).where(OutboxRow.kind == ACCESS_RECORDED)))


def test_opening_a_case_from_todays_list_is_recorded(qtbot, window, services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    assert _records(services) == []
    window.open_case(case.id)
    assert window.tabs.currentIndex() == DETAIL_TAB
    qtbot.waitUntil(lambda: len(_records(services)) == 1)
    record = _records(services)[0]
    assert (record["event"], record["case_id"], record["case_number"]) == (
        "case_opened",
        case.id,
        case.number,
    )
