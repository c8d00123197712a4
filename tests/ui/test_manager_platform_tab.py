"""The 省平台上报 tab over a real server (sqlite): the demo hall, window W03 pushes an accepted case
whose 电子证照 material names no licence, and one export pass to a simulated platform holds that
record back as refused. The hall manager, signed in on a back-office terminal, finds it with its
reason, opens it from the keyboard, types the licence number and corrects it with Ctrl+S; a
correction that leaves the record invalid shows the server's reasons and keeps what was typed."""

from __future__ import annotations

import sys
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from platform_cases import accepted, publish_matter  # (tests/server) a case as a window records it
from queue_hall import open_hall  # (tests/server) the demo hall behind a TestClient
from sqlalchemy import select

from app.domain.platform_tables import FIELDS, MATERIAL
from app.services.manager.platform import PlatformScreen
from server.config import ServerConfig
from server.platform.export import export_pass
from server.platform.links import SimPlatform
from server.store.models_platform import PlatformRecordRow
from tests.ui.test_manager_console import FirstArea, manager_services
from tests.ui.test_manager_console_fits import TAB_ROOM, label_problems, language, table_problems  # noqa: F401
from ui.manager.console import ManagerConsole
from ui.manager.platform.overview import counts_text, notice_of, waited_text
from ui.manager.platform.tab import PlatformTab

NUMBER = "330429-20261201-W03-0001"
EXPORTED_AT = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)
LICENCE = "330429202600012345"


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    for hall in open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs")):  # yields once
        yield refused_once(hall)


def refused_once(hall):
    publish_matter(hall.ctx)  # the matter's codes and department, as the export reads them
    mutations = accepted(NUMBER).new_mutations(1)
    r = hall.client.post("/v1/sync/push", json={"mutations": mutations}, headers=hall.window_terminal)
    assert r.status_code == 200, r.text
    assert {x["status"] for x in r.json()["results"]} == {"applied"}, r.text
    report = export_pass(hall.ctx, SimPlatform(f"sim://platform-tab-{uuid.uuid4()}"), EXPORTED_AT)
    assert (report.sent, report.refused) == (5, 1)
    return hall


def held(hall) -> PlatformRecordRow:
    with hall.ctx.sessions() as s:
        t = PlatformRecordRow
        return s.scalars(select(t).where(t.table_name == MATERIAL, t.record_key == "material-M05")).one()


@pytest.fixture
def tab(qtbot, hall):
    widget = PlatformTab(manager_services(hall))
    qtbot.addWidget(widget)
    widget.resize(*TAB_ROOM)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.screen is not None and widget.worker.is_idle(), timeout=30_000)
    yield widget
    widget.stop()


def opened(qtbot, tab: PlatformTab) -> None:
    """The list takes the focus (as Ctrl+8 gives it), Enter opens the first record."""
    tab.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    tab.table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view is not None and tab.worker.is_idle(), timeout=30_000)


def test_the_refused_record_is_listed_with_its_reason(tab):
    assert tab.screen.configured is False  # the test server has no platform address
    assert "待上报 0 条，已送达 5 条，被退回 1 条" in tab.counts.text()
    assert "--platform" in tab.notice.text() and "不会上报" in tab.notice.text()
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert cells[:3] == [NUMBER, "申请材料", "material-M05"]
    assert "LICENCENO" in cells[3] and "以电子证照收取的材料须填写电子证照编号" in cells[3]
    assert cells[5] == "—"  # nobody corrected it yet
    assert tab.view is None  # nothing was read: the fields name the applicant


def test_waiting_records_say_how_long_and_why():
    at = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    screen = PlatformScreen(at, True, 5, 5, 0, at - timedelta(days=2, hours=3), "省平台暂不可用", (), False)
    assert counts_text(screen) == "待上报 5 条，已送达 5 条，被退回 0 条"
    assert notice_of(screen) == ("最早一条已等待2天3小时；最近一次未送达：省平台暂不可用", "warning")
    assert notice_of(replace(screen, last_error="")) == ("最早一条已等待2天3小时", "info")
    assert notice_of(replace(screen, pending=0, oldest_pending_at=None)) is None
    assert "--platform" in notice_of(replace(screen, configured=False))[0]
    assert [waited_text(s) for s in (30, 125, 3 * 3600 + 60)] == ["不到1分钟", "2分钟", "3小时1分钟"]


def test_enter_opens_the_fields_in_the_tables_order_and_tab_walks_them(tab, qtbot):
    opened(qtbot, tab)
    assert list(tab.form.edits) == [f.name for f in FIELDS[MATERIAL]]
    edits = tab.form.edits
    assert edits["TAKETYPE"].text() == "2" and edits["MATERIALCODE"].text() == "M05"
    assert edits["ROWGUID"].isReadOnly() and edits["PROJID"].isReadOnly()
    assert edits["PROJID"].text() == NUMBER
    assert edits["LICENCENO"].maxLength() == 100 and edits["LICENCENO"].text() == ""
    assert "material-M05" in tab.heading.text() and "LICENCENO" in tab.heading.text()
    assert edits["LICENCENO"].hasFocus()  # the field the refusal names takes the keystrokes
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edits["ROWGUID"]  # then every field in order


def test_a_licence_number_and_ctrl_s_correct_the_record(tab, hall, qtbot):
    opened(qtbot, tab)
    licence = tab.form.edits["LICENCENO"]
    qtbot.keyClicks(licence, LICENCE)
    qtbot.keyClick(licence, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.worker.is_idle() and tab.screen.refused == 0, timeout=30_000)
    assert "待上报 1 条，已送达 5 条，被退回 0 条" in tab.counts.text()
    assert tab.table.rowCount() == 0 and tab.view is None
    assert "LICENCENO" in tab.said.text() and tab.said.tone() == "success"
    row = held(hall)
    assert (row.status, row.corrected_by) == ("pending", "zhangjl")
    assert row.fields["LICENCENO"] == LICENCE and row.fields["TAKETYPE"] == "2"


def test_a_correction_still_invalid_shows_the_servers_reasons_and_keeps_the_typing(tab, hall, qtbot):
    opened(qtbot, tab)
    edits = tab.form.edits
    edits["MATERIALNAME"].clear()  # required
    qtbot.keyClicks(edits["LICENCENO"], LICENCE)
    qtbot.keyClick(edits["LICENCENO"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.worker.is_idle() and tab.said.text() != "", timeout=30_000)
    assert tab.said.tone() == "error"
    assert "更正后的记录仍不合格" in tab.said.text() and "材料名称不能为空" in tab.said.text()
    assert edits["LICENCENO"].text() == LICENCE and edits["MATERIALNAME"].text() == ""
    assert edits["MATERIALNAME"].hasFocus()  # the field the server still finds wrong
    assert tab.table.rowCount() == 1
    assert held(hall).status == "refused" and "LICENCENO" not in held(hall).fields


def test_a_record_changed_since_it_was_read_is_read_again_under_the_typing(tab, hall, qtbot):
    opened(qtbot, tab)
    qtbot.keyClicks(tab.form.edits["LICENCENO"], LICENCE)
    with hall.ctx.transaction() as s:  # meanwhile on the server: the record is not what was read
        s.get(PlatformRecordRow, held(hall).id).digest = "0" * 64
    qtbot.keyClick(tab.form.edits["LICENCENO"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.worker.is_idle() and tab.view.digest == "0" * 64, timeout=30_000)
    assert "已有变化" in tab.said.text() and tab.said.tone() == "error"
    assert tab.form.edits["LICENCENO"].text() == LICENCE  # read again, the typing put back over it
    tab.correct()  # now against the record as it stands
    qtbot.waitUntil(lambda: tab.worker.is_idle() and tab.screen.refused == 0, timeout=30_000)
    assert held(hall).fields["LICENCENO"] == LICENCE


def test_ctrl_r_on_a_record_that_needs_a_correction_says_so_and_changes_nothing(tab, hall, qtbot):
    opened(qtbot, tab)
    qtbot.keyClick(tab.form.edits["LICENCENO"], Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.worker.is_idle() and "须先更正" in tab.said.text(), timeout=30_000)
    assert "以电子证照收取的材料须填写电子证照编号" in tab.said.text()
    row = held(hall)
    assert (row.status, row.corrected_by) == ("refused", None)


def test_a_row_chosen_with_the_arrows_is_read_when_the_manager_stays_on_it(tab, qtbot):
    tab.table.setFocus()
    tab.table.selectRow(0)
    assert tab.view is None  # not at once: a row passed over is not read (the read is audited)
    qtbot.waitUntil(lambda: tab.view is not None and tab.worker.is_idle(), timeout=30_000)
    assert tab.form.edits["MATERIALCODE"].text() == "M05"
    assert tab.table.hasFocus()  # choosing is not opening: the focus stays on the list


def test_ctrl_8_in_the_console_lands_on_the_list(qtbot, hall):
    area = (
        (1, "实时大厅", f"{FirstArea.__module__}:FirstArea"),
        (8, "省平台上报", "ui.manager.platform.tab:PlatformTab"),
    )
    console = ManagerConsole(manager_services(hall), tabs=area)
    qtbot.addWidget(console)
    console.show()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    platform = console.tab_keys[8]
    qtbot.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert console.tabs.currentWidget() is platform and platform.table.hasFocus()
    assert console.tabs.tabText(1) == "省平台上报 (Ctrl+8)"
    qtbot.waitUntil(platform.worker.is_idle, timeout=30_000)
    console.close()


def test_the_tab_fits_1366_by_768_with_a_record_open(language, tab, qtbot, tmp_path):  # noqa: F811
    opened(qtbot, tab)
    QCoreApplication.processEvents()
    need = tab.minimumSizeHint()
    assert need.width() <= TAB_ROOM[0] and need.height() <= TAB_ROOM[1]
    assert label_problems(tab) + table_problems(tab) == []
    assert tab.grab().save(str(tmp_path / f"platform-{language}.png"))
