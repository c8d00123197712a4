"""统计报表 counts 办不成事 反映 beside 差评 (a real server, the demo hall): the hall's figure, each
window's that took reports down, and none for a grouping that cannot carry it (by category, by
clerk: a report has no queue category, and its clerk is not the one it is about)."""

from __future__ import annotations

import sys
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from queue_hall import open_hall  # (tests/server) the demo hall behind a TestClient
from test_manager_console import manager_services

from app.domain.statistics import Grouping
from app.services.manager.statistics import Statistics
from app.sync.manager_statistics_transport import StatisticsTransport
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from server.config import ServerConfig
from ui.manager.statistics.tab import StatisticsTab

MONDAY = date(2026, 11, 23)


def report(seq: int, window: str) -> dict:
    """One report as the window pushes it (app/services/unresolved_reports.py), Monday morning."""
    at = f"2026-11-23T09:{10 + seq}:00"
    payload = {
        "id": str(uuid.uuid4()),
        "reported_at": at,
        "window": window,
        "registered_by": "",
        "name": "欧阳娜娜",
        "phone": "13812345678",
        "kind": "materials",
        "description": "结婚登记被要求第三次补交户口本复印件",
        "matter_code": "",
        "matter_name": "",
        "failed_window": "3号综合窗口",
        "case_number": "",
    }
    kind = UNRESOLVED_REPORTED
    return {"seq": seq, "mutation_id": str(uuid.uuid4()), "kind": kind, "created_at": at, "payload": payload}


@pytest.fixture
def tab(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    for hall in open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs")):  # yields once
        pushed = {"mutations": [report(1, "办不成事反映窗口"), report(2, "办不成事反映窗口")]}
        r = hall.client.post("/v1/sync/push", json=pushed, headers=hall.window_terminal)
        assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"], r.text
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
        qtbot.waitUntil(lambda w=widget: w.view is not None)
        yield widget


def titles(tab: StatisticsTab) -> list[str]:
    return [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]


def table(tab: StatisticsTab) -> dict[str, dict[str, str]]:
    """Each row by its name: column title → cell."""
    heads = titles(tab)
    rows = ([tab.table.item(r, c).text() for c in range(len(heads))] for r in range(tab.table.rowCount()))
    return {cells[0]: dict(zip(heads, cells, strict=True)) for cells in rows}


def grouped(qtbot, tab: StatisticsTab, grouping: Grouping) -> dict[str, dict[str, str]]:
    tab.grouping.setCurrentIndex(tab.grouping.findData(grouping))
    qtbot.waitUntil(lambda: tab.view.grouping is grouping)
    return table(tab)


def test_the_reports_are_counted_beside_the_bad_ratings(qtbot, tab):
    heads = titles(tab)
    assert heads[heads.index("差评") + 1] == "办不成事"
    (hall,) = table(tab).values()
    assert hall["办不成事"] == "2" and hall["差评"] == "0"
    by_window = grouped(qtbot, tab, Grouping.WINDOW)
    assert by_window["办不成事反映窗口"]["办不成事"] == "2" and by_window["合计"]["办不成事"] == "2"
    for grouping in (Grouping.CATEGORY, Grouping.CLERK):
        grouped(qtbot, tab, grouping)
        assert "办不成事" not in titles(tab)
