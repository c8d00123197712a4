"""The 调度建议 tab over a real server: the demo hall with eight realty tickets waiting on two
windows, the hall manager signed in on a back-office terminal. The table marks the short
category, Enter applies the first suggestion (asked once) as a window assignment change, and
the wait targets are edited from the tab (sqlite)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import open_hall  # (tests/server) the demo hall behind a TestClient

from app.services.manager.staffing import Staffing, StaffingRefused
from app.sync.manager_staffing_transport import StaffingTransport
from server.config import ServerConfig
from tests.ui.test_manager_console import manager_services
from ui.manager.staffing.tab import SHORT, StaffingTab
from ui.manager.staffing.targets import TargetsDialog


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    yield from open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))


@pytest.fixture
def tab(qtbot, hall):
    for _ in range(8):
        hall.take("realty")  # only 3号 and 4号 serve realty
    widget = StaffingTab(manager_services(hall))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.screen is not None and widget.worker.is_idle())
    yield widget
    widget.stop()


def _row(tab, name: str) -> int:
    return next(r for r in range(tab.categories.rowCount()) if tab.categories.item(r, 0).text() == name)


def test_the_short_category_is_marked_with_its_need(tab):
    row = _row(tab, "不动产登记")
    assert tab.categories.item(row, 1).text() == "8"
    assert tab.categories.item(row, 0).background() == SHORT
    assert int(tab.categories.item(row, 4).text()) >= 3  # needed; two windows serve it
    assert "2个窗口" in tab.categories.item(row, 5).text()
    assert tab.categories.item(_row(tab, "综合受理"), 0).background() != SHORT
    assert tab.suggestions.rowCount() >= 1
    assert "不动产登记" in tab.suggestions.item(0, 0).text()
    assert "→" in tab.suggestions.item(0, 1).text()
    assert "预测" in tab.state.text()


def test_enter_applies_the_selected_suggestion_after_one_question(tab, hall, qtbot, monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    move = tab.screen.suggestions[0]
    tab.suggestions.setFocus()
    qtbot.keyClick(tab.suggestions, Qt.Key.Key_Return)
    assert len(asked) == 1 and move.window in asked[0]
    # the move's sentence stays above the reload it causes, so the manager still reads it
    qtbot.waitUntil(lambda: tab.worker.is_idle() and "更新" in tab.state.text(), timeout=30_000)
    assert "已采纳" in tab.state.text() or "调整单" in tab.state.text()
    served = hall.client.get("/v1/hall", headers=hall.headers).json()["windows"]
    window = next(w for w in served if w["name"] == move.window)
    assert window["categories"].get("realty", 0) > 0
    assert window["categories"].get(move.donor, 0) == 0


def test_a_declined_question_changes_nothing(tab, hall, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = hall.client.get("/v1/hall", headers=hall.headers).json()["windows"]
    tab.apply_selected()
    qtbot.waitUntil(tab.worker.is_idle)
    assert hall.client.get("/v1/hall", headers=hall.headers).json()["windows"] == before


def test_wait_targets_are_edited_from_the_tab(tab, qtbot, monkeypatch):
    def edit(dialog: TargetsDialog) -> int:
        row = next(i for i, line in enumerate(dialog.lines) if line.code == "realty")
        dialog.minutes[row].setValue(45)
        dialog.shares[row].setValue(60)
        return TargetsDialog.DialogCode.Accepted

    monkeypatch.setattr(TargetsDialog, "exec", edit)
    qtbot.keyClick(tab.suggestions, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            tab.worker.is_idle() and tab.categories.item(_row(tab, "不动产登记"), 8).text() == "60%在45分钟内"
        ),
        timeout=30_000,
    )


def test_the_tab_fits_the_console_at_1366_by_768(tab, tmp_path):
    tab.resize(1366, 690)  # the console's height less its tab bar and status bar
    assert tab.minimumSizeHint().width() <= 1366 and tab.minimumSizeHint().height() <= 690
    assert tab.grab().save(str(tmp_path / "staffing.png"))


def test_a_chosen_category_is_charted_alone_and_esc_charts_the_hall(tab, qtbot):
    qtbot.keyClick(tab.suggestions, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert tab.categories.hasFocus()
    tab.categories.selectRow(_row(tab, "不动产登记"))
    assert tab.chart.chart().title().endswith("不动产登记")
    bars = tab.chart.chart().series()[0].barSets()[0]
    assert bars.at(0) == 8  # the eight realty tickets, all in the first hour
    qtbot.keyClick(tab.categories, Qt.Key.Key_Escape)
    assert not tab.chart.chart().title().endswith("不动产登记")


def test_an_admins_console_names_its_hall(hall):
    services = manager_services(hall, "admin")
    with pytest.raises(StaffingRefused, match="hall"):
        Staffing(StaffingTransport(services.transport)).load()
    screen = Staffing(StaffingTransport(services.transport, "330429")).load()
    assert [c.name for c in screen.categories][:1] == ["综合受理"]
