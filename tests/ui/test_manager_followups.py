"""The console's 好差评 tab over a real server (SQLite): the list with the overdue in red, the
detail with who rated and the history, assign → record → send back → record → close, a review
decided, and the rates at the top."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from followup_hall import APPLICANT, followup_hall  # (tests/server) a hall with a 差评

from app.domain.rating_followups import FollowupState, ReviewDecision, VisitMethod
from app.services.manager.followups import Followups
from app.sync.manager_followups_transport import FollowupsTransport
from app.sync.manager_transport import ManagerTransport
from app.sync.protocol import Role, UserInfo
from app.sync.transport import HttpTransport
from server.app import create_app
from server.config import ServerConfig
from ui.manager.followups.dialogs import RecordDialog, ReviewDialog
from ui.manager.followups.tab import OVERDUE, FollowupsTab
from ui.manager.services import ManagerServices


@pytest.fixture
def hall(tmp_path):
    config = ServerConfig(
        database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "blobs"
    )
    app = create_app(config)
    with TestClient(app) as client:
        yield followup_hall(client, app.state.ctx)


def services_of(hall, headers: dict) -> ManagerServices:
    """The console's services for the user of `headers`, signed in on the hall's console."""
    token = headers["Authorization"].split(" ", 1)[1]
    http = HttpTransport(
        "http://testserver", client=hall.client, terminal_id=hall.console.id, secret=hall.console.secret
    )
    transport = ManagerTransport(http, lambda: token)
    user = UserInfo(
        username="manager-330429", display_name="王主任", role=Role.HALL_MANAGER, hall_code=hall.hall_code
    )
    services = ManagerServices(transport, hall.hall_code, user)
    services.followups = Followups(FollowupsTransport(transport))
    return services


def opened_tab(qtbot, hall, services: ManagerServices | None = None) -> FollowupsTab:
    tab = FollowupsTab(services or services_of(hall, hall.manager))
    qtbot.addWidget(tab)
    tab.period_from.setDate(date(2026, 11, 1))  # the hall's ratings are of 2026-11-23
    tab.period_to.setDate(date(2026, 11, 30))
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.page is not None and tab.worker.is_idle())
    return tab


def chosen(qtbot, tab: FollowupsTab, state: FollowupState):
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.line.state is state)
    return tab.view


def test_the_tab_follows_a_bad_rating_through_to_its_close(qtbot, hall):
    hall.rate(level=1)
    hall.rate(level=5)
    tab = opened_tab(qtbot, hall)
    assert tab.table.rowCount() == 1
    assert "50.0%（1/2）" in tab.rates.text()
    view = chosen(qtbot, tab, FollowupState.OPEN)
    html = tab.detail.toHtml()
    assert APPLICANT["name"] in html and APPLICANT["cert_number"] in html and "结婚登记" in html
    assert tab.buttons[tab.view.moves[0]].isEnabled() and not tab.review_button.isEnabled()
    tab.assign_to("manager-330429")
    chosen(qtbot, tab, FollowupState.ASSIGNED)
    tab.record(datetime(2026, 11, 24, 10, 0, tzinfo=UTC), VisitMethod.PHONE, "等候太久", "午间增开窗口")
    chosen(qtbot, tab, FollowupState.REPORTED)
    tab.send_back("请写明增开的时段")
    chosen(qtbot, tab, FollowupState.ASSIGNED)
    tab.record(
        datetime(2026, 11, 25, 10, 0, tzinfo=UTC), VisitMethod.HOME, "满意", "11:30–13:30增开一个综合窗口"
    )
    chosen(qtbot, tab, FollowupState.REPORTED)
    tab.close_followup("已回复申请人")
    view = chosen(qtbot, tab, FollowupState.CLOSED)
    assert [h.what.template for h in view.history][-1].startswith("办结")
    assert "退回：请写明增开的时段" in tab.detail.toPlainText()
    assert not any(button.isEnabled() for button in tab.buttons.values())


def test_an_overdue_followup_is_red_and_a_blank_reason_is_refused_before_sending(qtbot, hall):
    hall.rate(level=2)  # rated 2026-11-23: its last day was 2026-11-30, long past
    tab = opened_tab(qtbot, hall)
    item = tab.table.item(0, 5)
    assert item.foreground().color() == OVERDUE and "已超期" in item.text()
    chosen(qtbot, tab, FollowupState.OPEN)
    tab.assign_to("manager-330429")
    chosen(qtbot, tab, FollowupState.ASSIGNED)
    tab.record(datetime(2026, 11, 24, tzinfo=UTC), VisitMethod.SMS, "   ", "整改")
    qtbot.waitUntil(lambda: "申请人回访意见" in tab.message.text())
    assert tab.view.line.state is FollowupState.ASSIGNED


def test_the_manager_decides_a_clerks_review_in_the_tab(qtbot, hall):
    bad = hall.rate(level=1)
    rating_id = bad["payload"]["rating_id"]
    r = hall.client.post(
        f"/v1/ratings/{rating_id}/review", json={"reason": "未办理业务即给差评"}, headers=hall.clerk
    )
    assert r.status_code == 200, r.text
    tab = opened_tab(qtbot, hall)
    chosen(qtbot, tab, FollowupState.OPEN)
    assert tab.review_button.isEnabled() and "未办理业务即给差评" in tab.detail.toPlainText()
    tab.decide_review(ReviewDecision.EXCLUDED, "经调取录像核实")
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.review is ReviewDecision.EXCLUDED)
    qtbot.waitUntil(lambda: "认定恶意不计入：1条" in tab.rates.text())
    assert not tab.review_button.isEnabled()


def test_the_dialogs_hand_back_what_was_typed(qtbot):
    record = RecordDialog()
    qtbot.addWidget(record)
    record.method.setCurrentIndex(list(VisitMethod).index(VisitMethod.ON_SITE))
    record.said.setPlainText("满意")
    record.remedy.setPlainText("增开窗口")
    when, method, said, remedy = record.values()
    assert (method, said, remedy) == (VisitMethod.ON_SITE, "满意", "增开窗口") and when.tzinfo is not None
    review = ReviewDialog("恶意差评")
    qtbot.addWidget(review)
    review.excluded.setChecked(True)
    review.note.setPlainText("核实")
    assert review.values() == (ReviewDecision.EXCLUDED, "核实")


def test_the_halls_deadline_is_set_from_the_tab(qtbot, hall):
    tab = opened_tab(qtbot, hall)
    qtbot.waitUntil(lambda: tab.deadline.value() == 5)
    tab.deadline.setValue(15)
    tab.save_deadline()
    qtbot.waitUntil(lambda: "15个工作日" in tab.message.text())
    assert hall.client.get("/v1/manager/followups/settings", headers=hall.manager).json() == {
        "deadline_days": 15
    }


def test_a_bad_rating_synced_meanwhile_appears_on_the_halls_poke(qtbot, hall):
    services = services_of(hall, hall.manager)
    tab = opened_tab(qtbot, hall, services)
    assert tab.table.rowCount() == 0
    hall.rate(level=2)
    for _ in range(3):  # a busy hall's pokes while the first load runs: they fold into one more
        services.pokes.poked.emit("change")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and tab.worker.is_idle())
