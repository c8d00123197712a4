"""The checklist's texts are recomputed from each material's current state: a refused decision's
problem stays on its row only while the material keeps the state the decision saw (a row marked
缺少 no longer says 尚未核验), and a row marked 不符合要求 shows the clerk's reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.materials_check import MaterialState
from app.services.cases.case_views import case_view
from tests.ui.conftest import fill_applicant, pick_matter, press, wait_idle
from tests.unit.case_fixtures import CAL, OPENED, new_case
from ui.intake.material_checklist import MaterialChecklist

K = Qt.Key
MARRIAGE = "内地居民结婚登记"
_STATE, _NOTE = 3, 4


@pytest.fixture
def checklist(qtbot):
    widget = MaterialChecklist()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_problem_leaves_its_row_when_the_material_changes_state(qtbot, checklist) -> None:
    case = new_case()  # M01 营业执照申请书 … M05, all 未核验
    checklist.set_materials(case_view(case, [], OPENED.date(), CAL).materials)
    checklist.show_problems({"M01": "“营业执照申请书”尚未核验", "M04": "“住所证明”尚未核验"})
    assert checklist.table.item(0, _NOTE).text() == "“营业执照申请书”尚未核验"
    assert "“营业执照申请书”尚未核验" in checklist.hint.text()

    case.check_material("M01", MaterialState.MISSING)  # what the service returns after key 2
    checklist.set_materials(case_view(case, [], OPENED.date(), CAL).materials)
    assert checklist.table.item(0, _STATE).text() == "缺少"
    assert "尚未核验" not in checklist.table.item(0, _NOTE).text()
    # the hint line lists only what still holds
    assert checklist.hint.text() == "“住所证明”尚未核验"
    assert checklist.table.item(3, _NOTE).text() == "“住所证明”尚未核验"

    case.check_material("M04", MaterialState.INVALID, "复印件不清晰")
    checklist.set_materials(case_view(case, [], OPENED.date(), CAL).materials)
    assert checklist.table.item(3, _STATE).text() == "不符合要求"
    assert checklist.table.item(3, _NOTE).text() == "复印件不清晰"
    # nothing is left to complain about: the key legend is back
    assert "尚未核验" not in checklist.hint.text() and "1 已收取" in checklist.hint.text()


def test_the_reason_of_an_invalid_material_stays_after_a_refused_acceptance(qtbot, window) -> None:
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)
    checklist = window.intake.checklist
    # row 1 不符合要求 with a reason; the others received
    checklist.focus_first()
    qtbot.keyClick(checklist.table, K.Key_3)
    qtbot.waitUntil(checklist.reason.isVisible)
    checklist.reason.setText("身份证已过有效期")
    qtbot.keyClick(checklist.reason, K.Key_Return)
    wait_idle(qtbot, window)
    assert checklist.table.currentRow() == 1  # the reason moved the focus on
    for _row in range(1, checklist.table.rowCount()):
        qtbot.keyClick(checklist.table, K.Key_1)
        wait_idle(qtbot, window)
    assert [m.state for m in window.intake.case.materials][:2] == ["invalid", "received"]
    assert checklist.table.item(0, _NOTE).text() == "身份证已过有效期"

    press(qtbot, window, K.Key_F9)  # refused: the material is 不符合要求
    qtbot.waitUntil(lambda: "不能受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    note = checklist.table.item(0, _NOTE)
    assert checklist.table.item(0, _STATE).text() == "不符合要求"
    assert note.text() == "身份证已过有效期"  # the reason, not replaced by the refusal
    assert "不能受理" in note.toolTip() and "不能受理" in checklist.hint.text()

    # received after all: the refusal's words leave the row and the hint line
    checklist.table.setCurrentCell(0, _STATE)
    checklist.table.setFocus()
    qtbot.keyClick(checklist.table, K.Key_1)
    wait_idle(qtbot, window)
    assert window.intake.case.materials[0].state == "received"
    assert "不能受理" not in checklist.table.item(0, _NOTE).toolTip()
    assert checklist.table.item(0, _NOTE).text() == window.intake.case.materials[0].guide_note
    assert "不能受理" not in checklist.hint.text()
