"""统计报表 (Ctrl+5) over a real server: the demo hall's morning, the period keys, the grouping,
the table with its 合计 row, and the exports read back — the XLSX with openpyxl, the PDF's text
with pdftotext (the numbers as on screen)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import W1, W4, open_hall  # (tests/server) the demo hall behind a TestClient
from test_manager_console import manager_services

from app.domain.statistics import Grouping
from app.services.manager.statistics import Statistics
from app.sync.manager_statistics_transport import StatisticsTransport
from server.config import ServerConfig
from ui.manager.statistics.tab import StatisticsTab

MONDAY = date(2026, 11, 23)


@pytest.fixture
def hall(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    yield from open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))


@pytest.fixture
def tab(qtbot, hall):
    """Three tickets: A001 waits 5 min and is served 10 min at W1, C001 waits 15 and is served 4
    at W4, A002 waits 19 and is still at W1."""
    hall.number(), hall.number(), hall.number("realty")
    hall.clock.advance(minutes=5)
    hall.call(W1)
    hall.clock.advance(minutes=10)
    hall.act(W1, "finish")
    hall.act(W4, "call_next")
    hall.clock.advance(minutes=4)
    hall.act(W4, "finish")
    hall.call(W1)
    services = manager_services(hall)
    services.statistics = Statistics(
        StatisticsTransport(services.transport, services.hall_code),
        today=lambda: MONDAY,
        now=lambda: datetime(2026, 11, 23, 17, 30),
    )
    widget = StatisticsTab(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.view is not None)
    return widget


def cells(tab: StatisticsTab, row: int) -> list[str]:
    return [tab.table.item(row, c).text() for c in range(tab.table.columnCount())]


def headings(tab: StatisticsTab) -> list[str]:
    return [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]


def test_today_for_the_whole_hall_then_by_window_with_the_total(qtbot, tab):
    assert tab.view.period.start == MONDAY == tab.view.period.end
    assert "统计报表 2026-11-23" in tab.title.text()
    row = dict(zip(headings(tab), cells(tab, 0), strict=True))
    assert (row["取号数"], row["办结数"], row["平均等候(分)"], row["等候P90(分)"]) == (
        "3",
        "2",
        "13.0",
        "19.0",
    )
    assert (row["平均办理(分)"], row["办理P90(分)"], row["受理"], row["满意率"]) == ("7.0", "10.0", "0", "—")

    tab.grouping.setCurrentIndex(tab.grouping.findData(Grouping.WINDOW))
    qtbot.waitUntil(lambda: tab.view.grouping is Grouping.WINDOW)
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == [W1, W4, "合计"]
    by_name = {name: dict(zip(headings(tab), cells(tab, r), strict=True)) for r, name in enumerate(names)}
    assert (by_name[W1]["取号数"], by_name[W1]["办结数"], by_name[W4]["平均等候(分)"]) == ("2", "1", "15.0")
    assert by_name["合计"]["取号数"] == "3" and by_name["合计"]["平均等候(分)"] == "13.0"
    assert "共2行" in tab.state.text()


def test_period_keys_and_a_refused_custom_range(qtbot, tab):
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 本月
    qtbot.waitUntil(lambda: tab.view.period.start == date(2026, 11, 1))
    assert tab.view.period.end == MONDAY and tab.period_buttons.checkedId() == 2
    qtbot.keyClick(tab, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # 本周, from Monday
    qtbot.waitUntil(lambda: tab.view.period.is_one_day)
    qtbot.keyClick(tab, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # 自定义
    assert tab.start.hasFocus()
    tab.start.setDate(date(2026, 11, 24))
    tab.reload()
    assert tab.state.text() == "统计期间的结束日期2026-11-23早于开始日期2026-11-24"
    tab.start.setDate(date(2025, 11, 1))
    tab.reload()
    assert "最长366天" in tab.state.text()


def test_the_exports_say_what_the_screen_says(qtbot, tab, tmp_path):
    tab.grouping.setCurrentIndex(tab.grouping.findData(Grouping.CATEGORY))
    qtbot.waitUntil(lambda: tab.view.grouping is Grouping.CATEGORY)
    screen = [cells(tab, r) for r in range(tab.table.rowCount())]
    xlsx, pdf = tmp_path / "report.xlsx", tmp_path / "report.pdf"
    tab.export("xlsx", xlsx)
    qtbot.waitUntil(lambda: "已保存" in tab.state.text())
    sheet = load_workbook(xlsx)["统计表"]
    assert sheet["A1"].value == str(tab.view.title) and sheet["A1"].value.endswith("统计报表 2026-11-23")
    assert [c.value for c in sheet[2]] == headings(tab)
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert [r[0] for r in rows] == [s[0] for s in screen]  # 综合受理, 不动产登记, 合计
    general = dict(zip(headings(tab), rows[0], strict=True))
    assert (general["取号数"], general["办结数"], general["平均等候(分)"]) == (2, 1, 12.0)
    assert general["等候P90(分)"] == 19.0 and rows[-1][:3] == ["合计", 3, 2]

    tab.export("pdf", pdf)
    qtbot.waitUntil(lambda: str(pdf) in tab.state.text())
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the PDF back"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "日报 2026-11-23" in text and "按业务类别" in text
    for line in screen:
        assert " ".join(line[:3]) in " ".join(text.split()), line
    assert "分时段取号量" in text and "各窗口办结量" in text and "好差评" in text
