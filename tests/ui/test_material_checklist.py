"""The material checklist offers and refuses exactly what the domain allows each material
(materials_check.allowed_states / state_problem), and the intake's refusals are the domain's words."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.case_status import DecisionRefused
from app.domain.materials_check import MaterialState, allowed_states, state_problem
from app.services.cases.case_views import case_view
from app.store.db import open_database
from app.store.unit_of_work import UnitOfWork
from tests.ui.conftest import fill_applicant, pick_matter, press, press_material_keys, wait_idle
from tests.unit.case_fixtures import CAL, OPENED, new_case, promised_matter
from ui.intake.material_checklist import KEY_STATES, MaterialChecklist

K = Qt.Key
MARRIAGE = "内地居民结婚登记"
CASE = new_case(promised_matter())  # 必要, 非必要, 容缺后补, 告知承诺 allowed, 电子证照 allowed
MATERIALS = [c.material for c in CASE.materials]


@pytest.fixture
def checklist(qtbot):
    widget = MaterialChecklist()
    qtbot.addWidget(widget)
    widget.set_materials(case_view(CASE, [], OPENED.date(), CAL).materials)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _key_for(state: MaterialState) -> Qt.Key:
    return next(k for k, s in KEY_STATES.items() if s == state.value)


@pytest.mark.parametrize("row", range(len(MATERIALS)))
def test_each_row_offers_the_domains_allowed_states_and_nothing_else(qtbot, checklist, row) -> None:
    material = MATERIALS[row]
    checklist.table.setCurrentCell(row, 3)
    offered = [label for _key, label in checklist.offered_keys(row)]
    in_key_order = [MaterialState(s) for s in KEY_STATES.values()]
    assert offered == [s.label for s in in_key_order if s in allowed_states(material)]
    assert checklist.hint.text().startswith("  ".join(f"{k} {v}" for k, v in checklist.offered_keys(row)))
    assert ("容缺后补" in checklist.hint.text()) == (material.code == "M03")  # the deferrable one
    assert ("未提供" in checklist.hint.text()) == (material.code == "M02")  # the optional one


@pytest.mark.parametrize("row", range(len(MATERIALS)))
@pytest.mark.parametrize("state", list(MaterialState))
def test_a_refused_key_shows_the_domains_reason_and_asks_nothing(qtbot, checklist, row, state) -> None:
    material = MATERIALS[row]
    why = state_problem(material, state)
    if why is None:
        return  # allowed: covered below
    checklist.table.setCurrentCell(row, 3)
    checklist.table.setFocus()
    with qtbot.assertNotEmitted(checklist.state_wanted):
        qtbot.keyClick(checklist.table, _key_for(state))
    assert checklist.hint.text() == why


def test_deferred_and_not_provided_are_offered_where_the_domain_allows_them(qtbot, checklist) -> None:
    checklist.table.setFocus()
    checklist.table.setCurrentCell(2, 3)  # 消防安全承诺书: 容缺后补
    with qtbot.waitSignal(checklist.state_wanted) as sent:
        qtbot.keyClick(checklist.table, K.Key_4)
    assert sent.args == ["M03", "deferred", ""]
    checklist.table.setCurrentCell(1, 3)  # 场地使用证明: 非必要
    with qtbot.waitSignal(checklist.state_wanted) as sent:
        qtbot.keyClick(checklist.table, K.Key_7)
    assert sent.args == ["M02", "not_provided", ""]
    # the legend follows the focus to the next row once the key was taken
    assert checklist.table.currentRow() == 2 and "容缺后补" in checklist.hint.text()


def test_the_intakes_refusal_is_the_domains_message_marked_on_the_row(qtbot, window, services) -> None:
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)
    # row 2 (户口簿) is optional: 缺少 says this couple needs it, so it blocks acceptance
    press_material_keys(qtbot, window, [K.Key_1, K.Key_2, K.Key_1, K.Key_1])
    case_id, optional = window.intake.case.id, window.intake.case.materials[1]
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "不能受理" in window.intake.banner.text())
    wait_idle(qtbot, window)

    _engine, sessions = open_database(services.settings.database_path)
    with UnitOfWork(sessions) as uow:
        case = uow.cases.get(case_id)
    with pytest.raises(DecisionRefused) as domain:
        case.accept(datetime.now(), "李窗口", CAL)
    assert window.intake.banner.text() == str(domain.value)
    (problem,) = domain.value.problems
    assert problem.field == f"material:{optional.code}"
    note = window.intake.checklist.table.item(1, 4).text()
    assert note == problem.message and "请标为未提供" in note

    # marked 未提供 (this couple need not bring it): accepted
    window.intake.checklist.focus()
    window.intake.checklist.table.setCurrentCell(1, 3)
    qtbot.keyClick(window.intake.checklist.table, K.Key_7)
    wait_idle(qtbot, window)
    assert window.intake.case.materials[1].state == "not_provided"
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
