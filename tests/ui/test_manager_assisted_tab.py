"""帮办代办台账 over a real server (sqlite): window W03 pushes a 帮办 case and a 代办 case of the
demo hall; the hall manager's tab lists them with each helper's totals for the period, masked,
and saves the ledger as a CSV file a spreadsheet opens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from platform_cases import CAL, CLERK, at, publish_matter, window_case  # (tests/server)
from queue_hall import open_hall  # (tests/server) the demo hall behind a TestClient

from app.domain.assistance import Assistance, AssistanceKind, HelpReason
from app.domain.materials_check import MaterialState
from server.config import ServerConfig
from tests.ui.test_manager_console import manager_services
from ui.manager.assisted.tab import AssistedTab

CASES = (
    ("330429-20261201-W03-0001", Assistance(AssistanceKind.HELPED, "周帮办", HelpReason.ELDERLY)),
    ("330429-20261201-W03-0002", Assistance(AssistanceKind.PROXY)),
)


def _pushed(hall):
    publish_matter(hall.ctx)
    mutations = []
    for number, assistance in CASES:
        w = window_case(number)
        w.case.set_assistance(assistance)
        for m in w.case.materials:
            w.case.check_material(
                m.code, MaterialState.COMMITMENT if m.code == "M04" else MaterialState.RECEIVED
            )
        w.step(lambda c: c.accept(at(1, 9, 30), CLERK, CAL), at(1, 9, 30))
        mutations += w.new_mutations(len(mutations) + 1)
    r = hall.client.post("/v1/sync/push", json={"mutations": mutations}, headers=hall.window_terminal)
    assert r.status_code == 200 and {x["status"] for x in r.json()["results"]} == {"applied"}, r.text
    return hall


@pytest.fixture
def tab(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    for hall in open_hall(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs")):
        widget = AssistedTab(manager_services(_pushed(hall)))
        qtbot.addWidget(widget)
        widget.resize(1300, 600)
        widget.show()
        qtbot.waitUntil(widget.worker.is_idle, timeout=30_000)
        yield widget
        widget.stop()


def test_the_period_s_helped_cases_and_each_helper_s_totals(qtbot, tab, tmp_path):
    tab.first.setDate(QDate(2026, 12, 1))
    tab.last.setDate(QDate(2026, 12, 31))
    tab.reload()
    qtbot.waitUntil(lambda: tab.cases.rowCount() == 2 and tab.worker.is_idle())
    rows = [[tab.cases.item(r, c).text() for c in range(tab.cases.columnCount())] for r in range(2)]
    assert [r[0] for r in rows] == ["330429-20261201-W03-0002", "330429-20261201-W03-0001"]
    assert rows[0][3:7] == ["代办", "李*", "", "张*"]
    assert rows[1][3:7] == ["帮办", "周帮办", "老年人", "张*"]
    helpers = [[tab.helpers.item(r, c).text() for c in range(3)] for r in range(tab.helpers.rowCount())]
    assert helpers == [["周帮办", "1", "0"], ["代办", "0", "1"]]
    assert "共2件：帮办1件，代办1件。" in tab.banner.label.text()

    path = tmp_path / "ledger.csv"
    tab.save_to(path)
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # a BOM: a spreadsheet reads the Chinese right
    assert "330429-20261201-W03-0001" in text.decode("utf-8-sig") and "台账已保存" in tab.banner.label.text()


def test_a_period_without_any_says_so(qtbot, tab):
    tab.first.setDate(QDate(2026, 11, 1))
    tab.last.setDate(QDate(2026, 11, 30))
    tab.reload()
    qtbot.waitUntil(lambda: tab.worker.is_idle() and "没有帮办或代办" in tab.banner.label.text())
    assert tab.cases.rowCount() == 0


def test_a_reversed_period_is_refused_in_words(qtbot, tab):
    tab.first.setDate(QDate(2026, 12, 31))
    tab.last.setDate(QDate(2026, 12, 1))
    tab.reload()
    qtbot.waitUntil(lambda: tab.worker.is_idle() and "早于开始日期" in tab.banner.label.text())
