"""实时大厅 over a real server (the demo hall behind a TestClient): a call made through the queue's
own routes shows on its window's tile after the hall's poke; thresholds are edited in the tab and
an alarm shows on the tile and in the list; a refused threshold keeps what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.hall_alarms import Thresholds
from tests.ui.test_manager_console import hall, manager_services, press, shown  # noqa: F401 (fixture)
from ui.manager.console import ManagerConsole
from ui.manager.live_hall.tab import LiveHallTab

W1, W2 = "1号综合窗口", "2号综合窗口"  # of the demo hall (server/seed.py)


@pytest.fixture
def tab(qtbot, hall):  # noqa: F811 (the fixture imported above)
    widget = LiveHallTab(manager_services(hall))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.snapshot is not None)
    yield widget
    widget.stop()


def tile_of(tab: LiveHallTab, window: str):
    return next(v for v in tab.tile_views if v.tile is not None and v.tile.name == window)


def test_a_call_through_the_queue_shows_on_its_tile_after_the_poke(qtbot, hall, tab):  # noqa: F811
    number = hall.number()
    assert hall.call(W1) == number
    with qtbot.waitSignal(tab.shown):
        tab.services.pokes.poked.emit("queue")
    w1 = tile_of(tab, W1)
    assert number in w1.serving.text() and "综合受理" in w1.serving.text()
    assert "开放" in w1.title.text()
    assert "李晓梅" in w1.clerk.text()
    assert "综合受理×9" in w1.categories.text()
    hall.act(W2, "pause", reason="午休")
    with qtbot.waitSignal(tab.shown):
        tab.services.pokes.poked.emit("queue")
    assert "暂停（午休）" in tile_of(tab, W2).title.text()
    general = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())].index("综合受理")
    assert tab.table.item(general, 4).text() == "0"  # served today: the call is not finished yet


def test_only_the_queue_change_and_hello_pokes_fetch(hall, tab):  # noqa: F811
    asked = []
    tab.refresh = lambda: asked.append(True)  # the poke's slot looks it up when it fires
    for kind in ("rating", "queue", "change", "hello", ""):
        tab.services.pokes.poked.emit(kind)  # same thread: delivered at once
    assert len(asked) == 3


def test_thresholds_edited_in_the_tab_raise_an_alarm(qtbot, hall, tab):  # noqa: F811
    for _ in range(3):
        hall.number()
    with qtbot.waitSignal(tab.shown):
        tab.refresh()
    tab.edit_thresholds()
    dialog = tab.dialog
    row = dialog.codes.index("general")
    dialog.spins[row][0].setValue(2)  # more than 2 waiting
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.snapshot.thresholds[0].max_waiting == 2
    alarms = [tab.alarm_list.item(i).text() for i in range(tab.alarm_list.count())]
    assert alarms == ["综合受理等候3人，超过上限2人"]
    assert tab.table.item(row, 0).foreground().color() == Qt.GlobalColor.red


def test_a_refused_threshold_is_said_in_the_dialog_and_nothing_is_lost(qtbot, hall, tab):  # noqa: F811
    wanted = {"general": Thresholds(max_waiting=1000)}
    with pytest.raises(Exception, match="等候人数上限应为1至999"):
        tab.services.live.set_thresholds(tab.snapshot, wanted)
    tab.edit_thresholds()
    dialog = tab.dialog
    dialog.refused("服务器拒绝")
    assert dialog.problem.isVisibleTo(dialog) and dialog.save_button.isEnabled()


def test_ctrl_1_shows_the_live_hall_in_the_console(qtbot, hall):  # noqa: F811
    console = shown(qtbot, ManagerConsole(manager_services(hall)))
    live = console.tab_keys[1]
    assert isinstance(live, LiveHallTab)
    assert console.tabs.tabText(0) == "实时大厅 (Ctrl+1)"
    press(qtbot, console, Qt.Key.Key_1)
    assert console.tabs.currentWidget() is live
    qtbot.waitUntil(lambda: live.snapshot is not None)
    console.close()


def test_the_chime_is_off_by_default_and_sounds_once_per_new_alarm(qtbot, hall, tab, monkeypatch):  # noqa: F811
    import ui.manager.live_hall.tab as live_tab

    chimes = []
    monkeypatch.setattr(live_tab, "play_chime", lambda: chimes.append(True))
    assert not tab.chime.isChecked()
    body = {"thresholds": [{"category": "general", "max_waiting": 1}]}
    assert hall.client.put("/v1/manager/live/thresholds", json=body, headers=hall.manager).status_code == 200
    hall.number()
    hall.number()
    with qtbot.waitSignal(tab.shown):
        tab.refresh()
    assert tab.current.alarms and chimes == []  # off: the alarm is red on screen only
    tab.chime.setChecked(True)
    hall.number("realty")  # no threshold for 不动产登记
    with qtbot.waitSignal(tab.shown):
        tab.refresh()
    assert chimes == []  # no new alarm
    hall.client.put(
        "/v1/manager/live/thresholds",
        json={
            "thresholds": [
                {"category": "general", "max_waiting": 1},
                {"category": "enterprise", "max_waiting": 1},
            ]
        },
        headers=hall.manager,
    )
    hall.number("enterprise")
    hall.number("enterprise")
    with qtbot.waitSignal(tab.shown):
        tab.services.pokes.poked.emit("queue")
    assert chimes == [True]  # 企业开办's alarm is new
    with qtbot.waitSignal(tab.shown):
        tab.services.pokes.poked.emit("queue")
    assert chimes == [True]  # the same alarms: no second chime
