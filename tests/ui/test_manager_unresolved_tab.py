"""办不成事 (Ctrl+9) in the hall manager's console, by keyboard, over HTTP to the server's routes
faked in memory (tests/ui/unresolved_fake_server.py): the list with the counts, masked names, the
overdue in red and 暂按周末计算; Enter opens one whole; assign, an answer refused here and then
taken, a close refused 409 because another console moved it (read again, then closed); a send
back; F5 and the minute's refresh while shown. And once over the real server (SQLite): a report
sent back by another console while this one closes it is read again, and the close refused."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.unresolved_reports import ReportMove, ReportState
from app.services.manager.unresolved import UnresolvedDesk
from app.sync.manager_unresolved_transport import UnresolvedTransport
from app.sync.protocol import Role, UserInfo
from tests.ui.conftest import type_text
from tests.ui.unresolved_fake_server import FakeReports
from ui.manager.console import TABS, ManagerConsole
from ui.manager.services import ManagerServices
from ui.manager.unresolved.cells import OVERDUE
from ui.manager.unresolved.tab import UnresolvedTab

CTRL = Qt.KeyboardModifier.ControlModifier
A, B = "9d1f6a8e-0000-4000-8000-00000000000a", "9d1f6a8e-0000-4000-8000-00000000000b"


@pytest.fixture
def server() -> FakeReports:
    fake = FakeReports()
    fake.add(A, "王建国", "13800003210", "materials", overdue=True)
    fake.add(B, "李秀英", "0571-87654321", "nowhere", estimated=True)
    return fake


def services_of(server: FakeReports) -> ManagerServices:
    user = UserInfo(username="zhangjl", display_name="张建霖", role=Role.HALL_MANAGER, hall_code="330429")
    return ManagerServices(server.manager_transport(), "330429", user, "安和县政务服务中心")


@pytest.fixture
def tab(qtbot, server):
    widget = UnresolvedTab(services_of(server))
    qtbot.addWidget(widget)
    widget.resize(1366, 690)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.page is not None and widget.worker.is_idle())
    yield widget
    widget.stop()


def focused() -> QWidget:
    return QApplication.focusWidget()


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the focus, as the keyboard would (once a closed form gave it back)."""
    qtbot.waitUntil(lambda: focused() is not None)
    qtbot.keyClick(focused(), key, modifier)


def opened(qtbot, tab: UnresolvedTab, report_id: str):
    """The list takes the focus (as Ctrl+9 gives it), the row is chosen, Enter opens it."""
    tab.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    tab.table.setCurrentCell([line.id for line in tab.list.lines].index(report_id), 0)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.line.id == report_id and tab.worker.is_idle())
    return tab.view


def form_of(qtbot, tab: UnresolvedTab, move: ReportMove, shortcut):
    key(qtbot, shortcut, CTRL)
    qtbot.waitUntil(lambda: (move, tab.view.line.id) in tab.forms)
    form = tab.forms[(move, tab.view.line.id)]
    qtbot.waitUntil(lambda: form.isVisible() and form.isAncestorOf(focused()))
    return form


def state_is(qtbot, tab: UnresolvedTab, state: ReportState):
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.line.state is state and tab.worker.is_idle())
    return tab.view


def test_the_list_shows_counts_masked_people_and_deadlines(tab):
    assert "待分派 2" in tab.counts.text() and "已超期 1" in tab.counts.text()
    assert tab.table.rowCount() == 2
    rows = {
        tab.table.item(r, 2).text(): [tab.table.item(r, c) for c in range(tab.table.columnCount())]
        for r in range(2)
    }
    wang, li = rows["王**"], rows["李**"]
    assert wang[3].text() == "138****3210" and wang[4].text() == "材料要求不明确或反复补正"
    assert all(item.foreground().color() == OVERDUE for item in wang)
    assert "已超期" in wang[8].toolTip()
    assert li[8].text().endswith("（暂按周末计算）") and li[8].foreground().color() != OVERDUE
    assert (li[0].text(), li[5].text(), li[6].text()) == ("待分派", "不动产登记", "5号不动产窗口")
    assert tab.view is None and not any(b.isEnabled() for b in tab.buttons.values())  # nothing read yet


def test_a_report_goes_from_assignment_to_its_close(qtbot, tab, server):
    view = opened(qtbot, tab, A)
    text = tab.detail.toPlainText()
    assert "王建国" in text and "13800003210" in text and "三次要求补交" in text and "已超期" in text
    assert [m for m, b in tab.buttons.items() if b.isEnabled()] == [ReportMove.ASSIGN]

    form_of(qtbot, tab, ReportMove.ASSIGN, Qt.Key.Key_G)
    key(qtbot, Qt.Key.Key_Down)  # the second of the hall's people
    key(qtbot, Qt.Key.Key_Return, CTRL)
    view = state_is(qtbot, tab, ReportState.ASSIGNED)
    assert view.line.assignee == "zhaoyl" and (ReportMove.ASSIGN, A) not in tab.forms  # taken: closed
    assert "分派给赵一里" in tab.detail.toPlainText()

    # an answer without the reply to the applicant is refused before anything is sent
    answer = form_of(qtbot, tab, ReportMove.ANSWER, Qt.Key.Key_R)
    assert focused() is answer.outcome
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "已协调不动产中心一次性告知所需材料，当场受理")
    posts = len([r for r in server.requests if r.startswith("POST")])
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: answer.fields["answer.reply"].problem_text() != "")
    assert "答复申请人的内容" in answer.fields["answer.reply"].problem_text()
    assert answer.isVisible() and answer.resolution.toPlainText().startswith("已协调不动产中心")
    assert focused() is answer.reply and len([r for r in server.requests if r.startswith("POST")]) == posts
    type_text(qtbot, focused(), "已电话告知申请人，次日已办结")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    view = state_is(qtbot, tab, ReportState.ANSWERED)
    assert view.reply == "已电话告知申请人，次日已办结" and view.outcome is not None
    assert [m for m, b in tab.buttons.items() if b.isEnabled()] == [ReportMove.CLOSE, ReportMove.SEND_BACK]

    # another console moved it meanwhile: 409, the report is read again, the form says so
    server.changed_elsewhere(A)
    close = form_of(qtbot, tab, ReportMove.CLOSE, Qt.Key.Key_E)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "刚被他人改动过" in close.banner.text())
    assert "已重新读取" in close.banner.text() and close.isVisible()
    qtbot.waitUntil(lambda: tab.view.version == server.reports[A].version and tab.worker.is_idle())
    key(qtbot, Qt.Key.Key_Return, CTRL)  # now on the version as it stands
    view = state_is(qtbot, tab, ReportState.CLOSED)
    assert (ReportMove.CLOSE, A) not in tab.forms and not any(b.isEnabled() for b in tab.buttons.values())
    assert "已保存" in tab.message.text()
    qtbot.waitUntil(lambda: "待分派 1" in tab.counts.text())


def test_a_report_is_sent_back_with_a_reason(qtbot, tab, server):
    opened(qtbot, tab, B)
    form_of(qtbot, tab, ReportMove.ASSIGN, Qt.Key.Key_G)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    state_is(qtbot, tab, ReportState.ASSIGNED)
    answer = form_of(qtbot, tab, ReportMove.ANSWER, Qt.Key.Key_R)
    answer.resolution.setPlainText("已说明")
    answer.reply.setPlainText("已电话答复")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    state_is(qtbot, tab, ReportState.ANSWERED)
    back = form_of(qtbot, tab, ReportMove.SEND_BACK, Qt.Key.Key_B)
    key(qtbot, Qt.Key.Key_Return, CTRL)  # no reason: refused here, the form stays
    qtbot.waitUntil(lambda: "退回的原因" in back.fields["send_back.reason"].problem_text())
    type_text(qtbot, focused(), "请写明依据哪条规定无法办理")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    view = state_is(qtbot, tab, ReportState.ASSIGNED)
    assert "退回重办：请写明依据哪条规定无法办理" in tab.detail.toPlainText()
    assert view.line.version == server.reports[B].version


def test_a_form_put_aside_keeps_what_was_typed(qtbot, tab):
    opened(qtbot, tab, B)
    form_of(qtbot, tab, ReportMove.ASSIGN, Qt.Key.Key_G)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    state_is(qtbot, tab, ReportState.ASSIGNED)
    answer = form_of(qtbot, tab, ReportMove.ANSWER, Qt.Key.Key_R)
    answer.resolution.setPlainText("正在协调")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not answer.isVisible())
    tab.table.setFocus()
    assert form_of(qtbot, tab, ReportMove.ANSWER, Qt.Key.Key_R) is answer
    assert answer.resolution.toPlainText() == "正在协调"


def test_f5_and_the_minute_refresh_while_shown(qtbot, tab, server):
    loads = server.requests.count("GET /v1/manager/unresolved-reports")
    tab.setFocus()
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: server.requests.count("GET /v1/manager/unresolved-reports") == loads + 1)
    assert tab.timer.isActive() and tab.timer.interval() == 60_000
    tab.timer.timeout.emit()  # a minute passed
    qtbot.waitUntil(lambda: server.requests.count("GET /v1/manager/unresolved-reports") == loads + 2)
    tab.hide()
    assert not tab.timer.isActive()  # not while another tab is in front


def test_the_console_has_it_on_ctrl_9(qtbot, server):
    assert (9, "办不成事", "ui.manager.unresolved.tab:UnresolvedTab") in TABS
    console = ManagerConsole(
        services_of(server), tabs=((9, "办不成事", "ui.manager.unresolved.tab:UnresolvedTab"),)
    )
    qtbot.addWidget(console)
    console.show()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    tab = console.tab_keys[9]
    qtbot.keyClick(focused() or console, Qt.Key.Key_9, CTRL)
    qtbot.waitUntil(tab.table.hasFocus)
    assert console.tabs.tabText(0) == "办不成事 (Ctrl+9)"
    console.close()


# -- over the real server (SQLite): the window's reports pushed as the workbench sends them --------
@pytest.fixture
def hall(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
    from unresolved_hall import unresolved_hall  # (tests/server) the hall, its window and console

    from server.app import create_app
    from server.config import ServerConfig

    config = ServerConfig(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "b")
    app = create_app(config)
    with TestClient(app) as client:
        app.state.ctx.now = lambda: datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # the hall's Tuesday 10:00
        yield unresolved_hall(client, app.state.ctx)


def test_over_the_server_a_report_sent_back_elsewhere_is_read_again_before_it_closes(qtbot, hall):
    from unresolved_hall import NAME, PHONE, report

    from tests.ui.test_manager_followups import services_of as followup_services

    report_id = report(hall)
    services = followup_services(hall, hall.manager)
    services.unresolved = UnresolvedDesk(
        UnresolvedTransport(services.transport), today=lambda: date(2026, 11, 24)
    )
    widget = UnresolvedTab(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 690)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.page is not None and widget.worker.is_idle())
    assert widget.table.rowCount() == 1 and widget.table.item(0, 2).text() == "欧***"
    assert NAME not in widget.table.item(0, 2).text() and PHONE not in widget.table.item(0, 3).text()
    view = opened(qtbot, widget, report_id)
    assert NAME in widget.detail.toPlainText() and "登记反映，办结期限" in widget.detail.toPlainText()

    form_of(qtbot, widget, ReportMove.ASSIGN, Qt.Key.Key_G)
    key(qtbot, Qt.Key.Key_Return, CTRL)  # the first of the hall's people
    view = state_is(qtbot, widget, ReportState.ASSIGNED)
    answer = form_of(qtbot, widget, ReportMove.ANSWER, Qt.Key.Key_R)
    answer.resolution.setPlainText("窗口已一次性告知所缺材料")
    answer.reply.setPlainText("已电话答复申请人")
    answer.replied_on.setDate(QDate(2026, 11, 25))  # tomorrow: refused here, before it is sent
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "在今天之后" in answer.fields["answer.replied_on"].problem_text())
    answer.replied_on.setDate(QDate(2026, 11, 24))
    key(qtbot, Qt.Key.Key_Return, CTRL)
    view = state_is(qtbot, widget, ReportState.ANSWERED)

    # another console sends it back meanwhile: this one's close is refused (409) and reads again
    back = {"version": view.version, "reason": "答复里请写明材料清单"}
    r = hall.client.post(
        f"/v1/manager/unresolved-reports/{report_id}/send-back", json=back, headers=hall.manager
    )
    assert r.status_code == 200, r.text
    close = form_of(qtbot, widget, ReportMove.CLOSE, Qt.Key.Key_E)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已重新读取" in close.banner.text())
    view = state_is(qtbot, widget, ReportState.ASSIGNED)
    assert "退回重办：答复里请写明材料清单" in widget.detail.toPlainText()
    key(qtbot, Qt.Key.Key_Return, CTRL)  # closing an assigned report: refused before it is sent
    qtbot.waitUntil(lambda: "不能办结" in close.banner.text())
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not close.isVisible())
    assert not widget.buttons[ReportMove.CLOSE].isEnabled() and widget.buttons[ReportMove.ANSWER].isEnabled()
    widget.stop()


def test_a_hall_with_nobody_to_assign_to_says_so_in_the_form(qtbot, tab, server, monkeypatch):
    monkeypatch.setattr("tests.ui.unresolved_fake_server.PEOPLE", ())
    opened(qtbot, tab, A)
    assign = form_of(qtbot, tab, ReportMove.ASSIGN, Qt.Key.Key_G)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "请选择经办人" in assign.fields["assign.assignee"].problem_text())
    assert assign.isVisible() and not any(r.endswith("/assign") for r in server.requests)
