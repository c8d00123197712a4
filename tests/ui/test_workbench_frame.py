"""The frame around the work: the window's title and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import shown_title, wait_idle
from ui.app import program_name, setup_application


def test_the_title_names_the_program_once(window):
    setup_application("zh_CN")
    assert program_name() == "一窗通办" == QGuiApplication.applicationDisplayName()
    window._show_who("李晓梅", "综合窗口3")
    shown = shown_title(window)
    assert shown.count("一窗通办") == 1
    assert "综合窗口3" in shown and "李晓梅" in shown


def _x(widget, bar) -> int:
    return widget.mapTo(bar, QPoint(0, 0)).x()


def test_status_bar_icons_and_slots_stay_put_as_their_texts_change(qtbot, window):
    bar = window.status
    wait_idle(qtbot, window)
    bar.set_slot("queue", "在线 · 当前 A012 · 等候 12 人", "ok")
    bar.set_slot("sync", "已同步 20:15（待上传 3 条）", "ok")
    qtbot.waitUntil(lambda: bar.devices.isVisible())
    icons, queue = _x(bar.devices, bar), _x(bar.slots["queue"], bar)
    for queue_text, sync_text, busy in (
        ("在线 · 等候 3 人", "同步中…", True),
        ("离线 · 纸质号票 · 待上报 2 条", "单机模式（未连接服务器）", False),
        ("—", "已同步", True),
    ):
        bar.set_slot("queue", queue_text, "ok")
        bar.set_slot("sync", sync_text, "ok")
        bar.set_busy(busy)
        bar.layout().activate()
        assert _x(bar.devices, bar) == icons
        assert _x(bar.slots["queue"], bar) <= queue  # a slot may widen, never narrow back
