"""The 窗口调度 tab over a real server (the demo hall, the hall manager on a back-office terminal):
digits and Space edit the grid, Ctrl+Enter applies it as one change, a category left unserved
is asked about once, Ctrl+Z undoes, a profile is saved and applied, qualifications are edited —
all from the keyboard (sqlite)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import W2, W4, open_hall  # (tests/server) the demo hall behind a TestClient

from app.services.manager.assignments import AssignmentsRefused, AssignmentsService, ProfileLine
from app.sync.manager_assignments_transport import AssignmentsTransport
from server.config import ServerConfig
from tests.ui.test_manager_console import manager_services
from ui.manager.assignments.dialogs import ProfileDialog, QualificationDialog
from ui.manager.assignments.grid import EDITED
from ui.manager.assignments.tab import AssignmentsTab

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    yield from open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))


@pytest.fixture
def tab(qtbot, hall):
    widget = AssignmentsTab(manager_services(hall))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.view is not None and widget.worker.is_idle())
    yield widget
    widget.stop()


def server_windows(hall) -> dict[str, dict]:
    r = hall.client.get("/v1/manager/assignments", headers=hall.manager)
    return {w["window"]: w for w in r.json()["windows"]}


def settle(qtbot, tab, version_of: tuple[str, int] | None = None) -> None:
    def loaded() -> bool:
        if not tab.worker.is_idle() or tab.view is None:
            return False
        if version_of is None:
            return True
        window, version = version_of
        return next(w for w in tab.view.windows if w.window == window).version == version

    qtbot.waitUntil(loaded)


def column(tab, name: str) -> int:
    names = [n for _, n in tab.view.categories]
    return names.index(name) + 1


def row(tab, window: str) -> int:
    return [w.window for w in tab.view.windows].index(window)


def test_the_grid_shows_every_window_and_category(tab):
    assert [tab.grid.verticalHeaderItem(r).text() for r in range(tab.grid.rowCount())][3] == W4
    assert tab.grid.item(row(tab, W4), column(tab, "不动产登记")).text() == "9"
    assert tab.grid.item(row(tab, W4), column(tab, "综合受理")).text() == "·"
    assert tab.grid.item(row(tab, W4), 0).text() == "开放"
    assert not tab.apply_button.isEnabled()


def test_digits_edit_and_ctrl_enter_applies_one_change(tab, hall, qtbot):
    tab.grid.setFocus()
    tab.grid.setCurrentCell(row(tab, W4), column(tab, "社保医保"))
    qtbot.keyClick(tab.grid, Qt.Key.Key_2)
    assert tab.grid.item(row(tab, W4), column(tab, "社保医保")).background() == EDITED
    assert tab.apply_button.isEnabled()
    tab.reason.setText("社保排队长")
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return, CTRL)
    settle(qtbot, tab, (W4, 1))
    # the demo's realty weight stays as it was; the new category has its digit
    assert server_windows(hall)[W4]["categories"] == {"realty": 9, "social": 2}
    assert tab.history.rowCount() == 1 and "社保排队长" in tab.history.item(0, 4).text()
    # Ctrl+Z on the history undoes it
    tab.history.setFocus()
    tab.history.selectRow(0)
    qtbot.keyClick(tab.history, Qt.Key.Key_Z, CTRL)
    settle(qtbot, tab, (W4, 2))
    assert server_windows(hall)[W4]["categories"] == {"realty": 9}
    assert "撤销" in tab.history.item(1, 3).text()


def test_closing_the_only_window_of_a_category_is_asked_once(tab, hall, qtbot, monkeypatch):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.grid.setFocus()
    tab.grid.setCurrentCell(row(tab, W2), 1)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Space)  # 2号 closes: 社保医保 has no other window
    assert tab.grid.item(row(tab, W2), 0).text() == "关闭"
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return, CTRL)
    settle(qtbot, tab, (W2, 1))
    assert len(asked) == 1 and "社保医保" in asked[0]
    assert server_windows(hall)[W2]["open"] is False


def test_a_stale_grid_is_refused_and_says_which_window(tab, hall, qtbot):
    body = {"changes": [{"window": W4, "categories": {"realty": 5}, "open": True}], "reason": ""}
    assert hall.client.post("/v1/manager/assignments", json=body, headers=hall.manager).status_code == 200
    tab.grid.setCurrentCell(row(tab, W4), column(tab, "社保医保"))
    tab.grid.set_weight(row(tab, W4), column(tab, "社保医保"), 3)
    tab.apply()
    qtbot.waitUntil(lambda: W4 in tab.state.text())
    assert "刷新" in tab.state.text()
    assert server_windows(hall)[W4]["categories"] == {"realty": 5}
    # F5: the other manager's change shows; the edit made against the old version is dropped
    qtbot.keyClick(tab, Qt.Key.Key_F5)
    settle(qtbot, tab, (W4, 1))
    assert tab.grid.item(row(tab, W4), column(tab, "不动产登记")).text() == "5"
    assert tab.grid.item(row(tab, W4), column(tab, "社保医保")).text() == "·"
    assert not tab.grid.is_edited()


def test_a_profile_is_saved_from_the_grid_and_applied_with_enter(tab, hall, qtbot, monkeypatch):
    def fill(dialog):
        dialog.name.setText("午间错时")
        dialog.scheduled.setChecked(True)
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab.grid.set_weight(row(tab, W4), column(tab, "社保医保"), 4)
    qtbot.keyClick(tab.grid, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: tab.profiles.rowCount() == 1)
    assert tab.profiles.item(0, 0).text() == "午间错时"
    assert "周一" in tab.profiles.item(0, 1).text() and "08:30" in tab.profiles.item(0, 1).text()
    tab.discard()
    qtbot.keyClick(tab, Qt.Key.Key_F8)
    assert tab.lower.currentWidget() is tab.profiles
    qtbot.keyClick(tab.profiles, Qt.Key.Key_Return)
    settle(qtbot, tab, (W4, 1))
    assert server_windows(hall)[W4]["categories"] == {"realty": 9, "social": 4}
    assert "套用方案：午间错时" in tab.history.item(0, 3).text()


def test_a_clerks_qualifications_are_edited_with_enter(tab, hall, qtbot, monkeypatch):
    def only_general(dialog):
        dialog.every.setChecked(False)
        for code, box in dialog.boxes:
            box.setChecked(code == "general")
        return QualificationDialog.DialogCode.Accepted

    monkeypatch.setattr(QualificationDialog, "exec", only_general)
    qtbot.keyClick(tab, Qt.Key.Key_F9)
    lixm = [c.username for c in tab.view.clerks].index("lixm")
    tab.clerks.selectRow(lixm)
    qtbot.keyClick(tab.clerks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.clerks.item(lixm, 3).text() == "综合受理")
    r = hall.client.get("/v1/manager/assignments", headers=hall.manager).json()
    assert next(q for q in r["qualifications"] if q["username"] == "lixm")["categories"] == ["general"]


def test_the_tab_fits_the_small_screen(tab, tmp_path):
    tab.resize(1366, 700)
    assert tab.minimumSizeHint().width() <= 1366 and tab.minimumSizeHint().height() <= 700
    tab.grab().save(str(tmp_path / "assignments.png"))


def test_an_admins_console_names_its_hall(hall):
    services = manager_services(hall, "admin")
    with pytest.raises(AssignmentsRefused, match="hall"):
        AssignmentsService(AssignmentsTransport(services.transport)).load()
    view = AssignmentsService(AssignmentsTransport(services.transport, "330429")).load()
    assert [w.window for w in view.windows] == ["1号综合窗口", W2, "3号综合窗口", W4]


def test_the_profile_dialog_shows_and_edits_every_schedule(qtbot):
    profile = ProfileLine("周末", (), (((6, 7), "09:00"), ((6,), "12:00")))
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == 2 and dialog.rows[1].at.time().toString("HH:mm") == "12:00"
    dialog.days[6].setChecked(False)  # Sunday off the first schedule
    assert dialog.schedules() == [([6], "09:00"), ([6], "12:00")]
    dialog.rows[1].scheduled.setChecked(False)  # the second time dropped
    assert dialog.schedules() == [([6], "09:00")]
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClick(dialog.name, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # one more time
    assert len(dialog.rows) == 3 and dialog.focusWidget() is dialog.rows[2].scheduled
    dialog.rows[2].at.setTime(QTime(11, 30))
    assert dialog.schedules() == [([6], "09:00"), ([1, 2, 3, 4, 5], "11:30")]
