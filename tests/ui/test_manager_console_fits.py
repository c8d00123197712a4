"""The hall manager's console fits a 1366×768 screen in Chinese and in English, and shows its
texts whole: the console over a real server (the demo hall of tests/server/queue_hall.py, a
morning's tickets, a paused window, an alarm), each of the six tabs looked at in turn at the room
a 1366×768 screen leaves it (1366×690 under the title bar, the tab bar and the status bar).

Whole means: no tab asks for more than that room; no label's text is wider (or, wrapped, taller)
than its label — the tiles of 实时大厅 overlapped their lines; no button or hint is cut; no table
has to be scrolled sideways to read its last columns, and no column title is cut; no chart's axis
title or legend entry is cut ("⋮", "Very s…"). The manager reads the console without a mouse.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as QtGui  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QWidget

from app.domain.hall_time import hall_date
from app.services.manager.statistics import Statistics
from app.sync.manager_statistics_transport import StatisticsTransport
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from tests.ui.test_manager_console import hall, manager_services  # noqa: F401 (fixture)
from ui.app import register_fonts
from ui.manager.console import ManagerConsole
from ui.manager.wrapping_header import WrappingHeader, two_lines
from ui.theme import STYLESHEET
from ui.translations import install_translator

W1, W2, W4 = "1号综合窗口", "2号综合窗口", "4号不动产窗口"  # of the demo hall (server/seed.py)
UNRESOLVED_REPORT = {
    "window": "办不成事反映窗口",
    "registered_by": "",
    "name": "欧阳娜娜",
    "phone": "13812345678",
    "kind": "policy",
    "description": "跨部门的材料要求互相矛盾，两个窗口都说应当先去对方那里办",
    "matter_code": "",
    "matter_name": "企业开办（设立登记、公章刻制、发票申领、社保登记一件事）",
    "failed_window": "2号综合窗口",
    "case_number": "",
}
SCREEN = (1366, 768)
TAB_ROOM = (1366, 690)  # the screen less the title bar, the console's tab bar and status bar


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    """The console's language: Chinese (no translator) or English, as ``--lang en`` loads it;
    the application's fonts and style sheet, as ``onewindow manager`` sets them."""
    register_fonts(qapp)
    style = qapp.styleSheet()
    qapp.setStyleSheet(STYLESHEET)
    translator = None
    if request.param == "en":
        translator = install_translator(qapp, "en")
        assert translator is not None, "the English translation did not load"
    yield request.param
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    qapp.setStyleSheet(style)


@pytest.fixture
def console(qtbot, hall, language):  # noqa: F811 (the fixture imported above)
    for _ in range(5):
        hall.number()
    for _ in range(3):
        hall.number("realty")
    hall.clock.advance(minutes=7)
    hall.call(W1)
    hall.act(W4, "call_next")
    hall.act(W2, "pause", reason="午休")
    limits = {"category": "general", "max_waiting": 1, "max_idle_minutes": 1}
    body = {"thresholds": [limits]}
    assert hall.client.put("/v1/manager/live/thresholds", json=body, headers=hall.manager).status_code == 200
    hall.clock.advance(minutes=3)
    # 3号's workbench syncs: its clerk, signed in and holding nothing, is idle past the limit while
    # 综合受理 queues (an alarm on its tile)
    assert hall.client.get("/v1/sync/pull", headers=hall.window_terminal).status_code == 200
    # a 办不成事 反映 from the window, with the longest of the kinds (办不成事, Ctrl+9)
    report = {**UNRESOLVED_REPORT, "id": str(uuid.uuid4()), "reported_at": "2026-11-23T09:40:00"}
    pushed = {
        "mutations": [
            {
                "seq": 1,
                "mutation_id": str(uuid.uuid4()),
                "kind": UNRESOLVED_REPORTED,
                "created_at": "2026-11-23T09:40:00",
                "payload": report,
            }
        ]
    }
    r = hall.client.post("/v1/sync/push", json=pushed, headers=hall.window_terminal)
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied", r.text
    services = manager_services(hall)
    # the report of the hall's day (the server's clock), not of the machine's today
    services.statistics = Statistics(
        StatisticsTransport(services.transport, services.hall_code),
        today=lambda: hall_date(hall.clock.now),
        now=lambda: datetime(2026, 11, 23, 17, 30),
    )
    window = ManagerConsole(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.tab_keys
    # the tabs get exactly the room a 1366×768 screen leaves them (the offscreen platform draws
    # no title bar, so the window is sized by its tab area)
    chrome = window.height() - window.tabs.currentWidget().height()
    window.resize(TAB_ROOM[0], TAB_ROOM[1] + chrome)
    loaded = (
        lambda: tabs[1].snapshot is not None,
        lambda: tabs[2].view is not None,
        lambda: tabs[3].screen is not None,
        lambda: tabs[4].page is not None,
        lambda: tabs[5].view is not None,
        lambda: tabs[6].page is not None,
        lambda: tabs[9].page is not None,
    )
    for done in loaded:  # each tab's first load: one request to the TestClient each
        qtbot.waitUntil(done, timeout=30_000)
    for tab in tabs.values():
        qtbot.waitUntil(tab.worker.is_idle, timeout=30_000)
    yield window
    window.close()  # stops the tabs' workers and timers


def shown_tab(qtbot, console: ManagerConsole, key: int) -> QWidget:
    tab = console.tab_keys[key]
    console.show_area(key)
    qtbot.waitUntil(tab.isVisible)
    QCoreApplication.processEvents()  # the layouts settle at the tab's size
    return tab


def visible(widget: QWidget, tab: QWidget) -> bool:
    return widget.isVisibleTo(tab) and widget.width() > 0


def label_problems(tab: QWidget) -> list[str]:
    found = []
    for label in tab.findChildren(QLabel):
        text = label.text()
        if not visible(label, tab) or not text or QtGui.mightBeRichText(text):
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                found.append(
                    f"label {text!r}: {label.heightForWidth(label.width())} px high, has {label.height()}"
                )
        else:
            metrics = label.fontMetrics()
            wide = max(metrics.horizontalAdvance(line.replace("&", "")) for line in text.split("\n"))
            if wide > label.contentsRect().width():
                found.append(f"label {text!r}: {wide} px wide, has {label.contentsRect().width()}")
    for button in tab.findChildren(QAbstractButton):
        if visible(button, tab) and button.text() and button.sizeHint().width() > button.width():
            found.append(
                f"button {button.text()!r}: wants {button.sizeHint().width()} px, has {button.width()}"
            )
    for edit in tab.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if visible(edit, tab) and hint and edit.fontMetrics().horizontalAdvance(hint) > edit.width() - 12:
            found.append(
                f"hint {hint!r}: {edit.fontMetrics().horizontalAdvance(hint)} px, field {edit.width()}"
            )
    return found


def table_problems(tab: QWidget) -> list[str]:
    found = []
    for table in tab.findChildren(QTableView):
        if not visible(table, tab):
            continue
        if table.horizontalScrollBar().maximum() > 0:
            found.append(
                f"table with {table.model().headerData(0, Qt.Orientation.Horizontal)!r} scrolls sideways"
            )
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(header.count()):
            title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            shown = two_lines(title, metrics) if isinstance(header, WrappingHeader) else title
            wide = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
            if not header.isSectionHidden(column) and wide > header.sectionSize(column):
                found.append(f"column title {title!r}: {wide} px, column {header.sectionSize(column)}")
    return found


def chart_problems(tab: QWidget) -> list[str]:
    found = []
    for view in tab.findChildren(QChartView):
        chart = view.chart()
        if not visible(view, tab) or chart is None:
            continue
        plot = chart.plotArea()
        for axis in chart.axes():
            title = axis.titleText()
            if not title or not axis.isTitleVisible():
                continue
            room = plot.height() if axis.orientation() == Qt.Orientation.Vertical else plot.width()
            if QFontMetrics(axis.titleFont()).horizontalAdvance(title) > room:
                found.append(f"axis title {title!r} in {chart.title()!r}: {room:.0f} px of room")
        legend = chart.legend()
        if not legend.isVisible():
            continue
        metrics = QFontMetrics(legend.font())
        # an entry is its marker, a gap and its label: about two lines' height beside the text
        entries = [metrics.horizontalAdvance(m.label()) + 2 * metrics.height() for m in legend.markers()]
        across = legend.alignment() in (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignTop)
        needed = sum(entries) if across else max(entries, default=0)
        if needed > legend.geometry().width():
            found.append(
                f"legend of {chart.title()!r}: needs {needed} px, has {legend.geometry().width():.0f}"
            )
    return found


def test_every_tab_fits_1366_by_768_and_shows_its_texts_whole(qtbot, console, language):
    assert console.minimumSizeHint().width() <= SCREEN[0]
    problems = {}
    for key in (1, 2, 3, 4, 5, 6, 8, 9):
        tab = shown_tab(qtbot, console, key)
        assert (tab.width(), tab.height()) == TAB_ROOM
        need = tab.minimumSizeHint()
        found = label_problems(tab) + table_problems(tab) + chart_problems(tab)
        if need.width() > TAB_ROOM[0] or need.height() > TAB_ROOM[1]:
            found.insert(0, f"needs {need.width()}×{need.height()}")
        if found:
            problems[console.tabs.tabText(console.tabs.currentIndex())] = found
    assert problems == {}
