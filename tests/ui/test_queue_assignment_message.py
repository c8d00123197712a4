"""The clerk's queue panel says what the hall manager changed at its window when a new hall
configuration has arrived by pull (and says nothing for the first one, or for other windows)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.window_assignments import describe_change
from app.services.queue.assignment_notice import AssignmentNotice
from app.sync.protocol import HallConfig, HallWindow, ServiceCategory
from ui.messages import render
from ui.queue.queue_panel import QueuePanel
from ui.translations import install_translator

W3 = "3号综合窗口"
CATEGORIES = [
    ServiceCategory(code="general", name="综合受理", prefix="A"),
    ServiceCategory(code="realty", name="不动产登记", prefix="C"),
    ServiceCategory(code="social", name="社保医保", prefix="D"),
]


def config(w3: dict[str, int], w1: dict[str, int] | None = None) -> str:
    """The hall configuration as the pull stores it (HallConfig JSON)."""
    hall = HallConfig(
        code="330429",
        name="安和县政务服务中心",
        windows=[
            HallWindow(name="1号综合窗口", categories=w1 or {"general": 9}),
            HallWindow(name=W3, categories=w3),
        ],
        categories=CATEGORIES,
    )
    return json.dumps(hall.model_dump(mode="json"), ensure_ascii=False)


@pytest.fixture
def stored():
    return {"hall_config": config({"general": 5, "social": 3})}


@pytest.fixture
def panel(qtbot, stored):
    widget = QueuePanel()
    qtbot.addWidget(widget)
    widget.watch_assignments(AssignmentNotice(lambda: stored["hall_config"], lambda: W3))
    widget.show()
    widget.check_assignments()  # the configuration the workbench starts with
    qtbot.waitUntil(widget.worker.is_idle)
    assert widget.message_text() == ""
    yield widget
    widget.stop()


def test_a_pulled_change_at_this_window_is_told(qtbot, panel, stored):
    stored["hall_config"] = config({"general": 5, "realty": 2})
    panel.check_assignments()
    qtbot.waitUntil(lambda: panel.message_text() != "")
    assert panel.message_text() == "大厅管理员调整了本窗口：新增 不动产登记（权重2），停办 社保医保"
    panel._say("")
    panel.check_assignments()  # told once
    qtbot.waitUntil(panel.worker.is_idle)
    assert panel.message_text() == ""


def test_closing_the_window_is_told_and_other_windows_are_not(qtbot, panel, stored):
    stored["hall_config"] = config({"general": 5, "social": 3}, w1={"general": 2})
    panel.check_assignments()
    qtbot.waitUntil(panel.worker.is_idle)
    assert panel.message_text() == ""
    stored["hall_config"] = config({})
    panel.check_assignments()
    qtbot.waitUntil(lambda: panel.message_text() != "")
    assert panel.message_text() == "大厅管理员关闭了本窗口，暂停叫号"


def test_the_sentence_is_in_the_clerks_language(qapp):
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        said = describe_change(
            {"general": 5}, {"general": 2, "realty": 2}, {"general": "General", "realty": "Realty"}
        )
        assert (
            render(said)
            == "The hall manager changed this window: now serves Realty (weight 2), General weight 5→2"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
