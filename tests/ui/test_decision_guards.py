"""The window's decisions and their guards, driven by the keyboard: no notice for nobody, the
one-key confirmation (and the hall setting that turns it off), 放弃草稿 greyed where it is not
allowed, banners that go with their cause, and a matter changed without a new case number."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import (
    fill_applicant,
    pick_matter,
    press,
    press_material_keys,
    type_text,
    wait_idle,
)

K = Qt.Key
AID = "临时救助"  # three materials: 申请人居民身份证, 临时救助申请书, 遭遇困难的相关证明; a phone is required
DIBAO = "最低生活保障审核确认"  # shares 居民身份证 (id_card) with 临时救助, and has 居民户口簿


@pytest.fixture
def confirm_decisions() -> bool:
    return True  # the hall's default


def _count(services, sql: str) -> int:
    con = sqlite3.connect(services.settings.database_path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _focus_is(widget) -> bool:
    return QApplication.focusWidget() is widget


def test_f11_without_an_applicant_is_refused_with_the_focus_on_the_name(qtbot, window, services):
    pick_matter(qtbot, window, "临时救助", AID)
    press(qtbot, window, K.Key_F11)
    qtbot.waitUntil(lambda: "请填写申请人姓名" in window.intake.banner.text())
    qtbot.waitUntil(lambda: _focus_is(window.intake.applicant.name))
    assert window.intake.decision.prompt.isHidden()  # no reason asked for a notice to nobody
    assert window.intake.applicant.problem_text("applicant.cert_number")
    assert _count(services, "select count(*) from case_documents") == 0


def test_f10_without_an_applicant_is_refused_and_nothing_is_printed(qtbot, window, services):
    pick_matter(qtbot, window, "临时救助", AID)
    press_material_keys(qtbot, window, [K.Key_2, K.Key_1, K.Key_1])  # the ID card is missing
    press(qtbot, window, K.Key_F10)
    qtbot.waitUntil(lambda: "请填写申请人姓名" in window.intake.banner.text())
    qtbot.waitUntil(lambda: _focus_is(window.intake.applicant.name))
    wait_idle(qtbot, window)
    assert window.intake.case.status == "draft" and window.intake.decision.prompt.isHidden()
    assert _count(services, "select count(*) from case_documents") == 0
    assert _count(services, "select count(*) from outbox") == 0


def test_f10_shows_what_will_be_printed_and_enter_prints_it(qtbot, window, services):
    pick_matter(qtbot, window, "临时救助", AID)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_2, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F10)
    bar = window.intake.decision
    qtbot.waitUntil(lambda: bar.asking == "supplement" and bar.prompt.isVisible())
    text = bar.prompt_label.text()
    for part in ("一次性告知书", "王小明", AID, "申请人居民身份证", "补正期限"):
        assert part in text
    assert "11010519491231002X" not in text  # the ID number is masked on screen
    assert _count(services, "select count(*) from case_documents") == 0  # nothing yet
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: "已出具一次性告知书" in window.intake.banner.text())
    wait_idle(qtbot, window)
    assert _count(services, "select count(*) from cases where status = 'supplement_requested'") == 1
    deadline = services.cases.find_by_number(window.today.cases[0].number).supplement_deadline
    assert f"补正期限：{deadline:%Y-%m-%d}" in window.intake.banner.text()  # said on screen too


def test_esc_takes_the_confirmation_back_and_nothing_is_decided(qtbot, window, services):
    pick_matter(qtbot, window, "临时救助", AID)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_1, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    bar = window.intake.decision
    qtbot.waitUntil(lambda: bar.asking == "accept")
    assert "受理通知书" in bar.prompt_label.text()
    press(qtbot, window, K.Key_Escape)
    assert bar.prompt.isHidden() and bar.asking == ""
    wait_idle(qtbot, window)
    assert window.intake.case.status == "draft"
    assert _count(services, "select count(*) from case_documents") == 0
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: bar.asking == "accept")
    window.intake.applicant.address.setFocus()
    qtbot.keyClicks(window.intake.applicant.address, "2")  # a change: the preview no longer holds
    assert bar.prompt.isHidden()
    window.intake.checklist.focus_first()
    wait_idle(qtbot, window)


@pytest.mark.parametrize("confirm_decisions", [False])
def test_with_the_halls_confirmation_off_f9_decides_at_once(qtbot, window, confirm_decisions):
    pick_matter(qtbot, window, "临时救助", AID)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_1, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    assert window.intake.decision.prompt.isHidden()


def test_a_required_phone_is_asked_at_f9_and_the_banner_goes_once_it_is_typed(qtbot, window):
    pick_matter(qtbot, window, "临时救助", AID)
    fill_applicant(qtbot, window, phone="")
    press_material_keys(qtbot, window, [K.Key_1, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    panel = window.intake.applicant
    qtbot.waitUntil(lambda: "联系电话" in window.intake.banner.text())
    qtbot.waitUntil(lambda: _focus_is(panel.phone))
    qtbot.keyClicks(panel.phone, "13800138000")
    qtbot.keyClick(panel.phone, K.Key_Tab)  # leaving the field saves and checks it
    qtbot.waitUntil(lambda: window.intake.banner.text() == "")
    assert not panel.problem_text("applicant.phone")
    window.intake.checklist.focus_first()  # on with the materials, as the clerk would
    wait_idle(qtbot, window)


def test_the_name_banner_goes_when_the_name_is_typed_and_what_remains_is_said(qtbot, window):
    pick_matter(qtbot, window, "临时救助", AID)
    press_material_keys(qtbot, window, [K.Key_1, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "请填写申请人姓名" in window.intake.banner.text())
    panel = window.intake.applicant
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, "Wang")
    qtbot.keyClick(panel.name, K.Key_Tab)
    qtbot.waitUntil(lambda: "请填写申请人姓名" not in window.intake.banner.text())
    assert "证件号码" in window.intake.banner.text()  # still missing, still said


def test_the_last_decisions_banner_is_gone_after_leaving_the_intake_tab(qtbot, window):
    pick_matter(qtbot, window, "临时救助", AID)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_1, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: window.intake.decision.asking == "accept")
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    window.tabs.setCurrentIndex(2)  # 办件详情
    window.tabs.setCurrentIndex(0)
    assert window.intake.banner.text() == ""


def test_discard_is_greyed_on_a_case_with_a_notice(qtbot, window, services):
    pick_matter(qtbot, window, "临时救助", AID)
    bar = window.intake.decision
    assert bar.discard_button.isEnabled()  # a draft may be discarded
    case_id = window.intake.case.id
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_2, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F10)
    qtbot.waitUntil(lambda: bar.asking == "supplement")
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: "已出具一次性告知书" in window.intake.banner.text())
    wait_idle(qtbot, window)
    window.intake.load_case(services.cases.detail(case_id))  # the applicant came back
    assert bar.accept_button.isEnabled() and not bar.discard_button.isEnabled()


def test_another_matter_keeps_the_draft_its_number_and_the_applicant(qtbot, window, services):
    pick_matter(qtbot, window, "最低生活保障", DIBAO)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_1])  # 居民身份证: both matters ask for it
    number = window.intake.case.number
    pick_matter(qtbot, window, "临时救助", AID)
    case = window.intake.case
    assert case.number == number and case.title == AID
    assert window.intake.applicant.name.text() == "王小明"
    assert case.materials[0].state == "received"
    assert _count(services, "select count(*) from cases") == 1
    assert services.cases.detail(case.id).applicant.name == "王小明"


def test_a_change_that_drops_checked_materials_asks_and_esc_keeps_the_matter(qtbot, window, services):
    pick_matter(qtbot, window, "最低生活保障", DIBAO)
    press_material_keys(qtbot, window, [K.Key_1, K.Key_1])  # 居民户口簿 is not asked by 临时救助
    bar = window.intake.decision

    def choose_aid() -> None:
        window.focus_search()
        window.intake.search.edit.clear()
        type_text(qtbot, window.intake.search.edit, "临时救助")
        qtbot.keyClick(window.intake.search.edit, K.Key_Return)
        qtbot.waitUntil(lambda: bar.asking == "rematter")

    choose_aid()
    assert "居民户口簿" in bar.prompt_label.text()
    press(qtbot, window, K.Key_Escape)
    wait_idle(qtbot, window)
    assert window.intake.case.title == DIBAO
    assert window.intake.search.edit.text() == DIBAO  # the search says the matter on screen
    choose_aid()
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: window.intake.case.title == AID)
    assert _count(services, "select count(*) from cases") == 1
