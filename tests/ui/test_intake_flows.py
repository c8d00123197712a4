"""The clerk's intake, driven by the keyboard against the real services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import (
    fill_applicant,
    pdf_text,
    pick_matter,
    press,
    press_material_keys,
    type_text,
    wait_idle,
)
from ui.devices.card_holder import CardHolder

K = Qt.Key
MARRIAGE = "内地居民结婚登记"


def test_pinyin_initials_find_the_matter_and_enter_starts_a_case(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    case = window.intake.case
    assert case.status == "draft"
    assert case.materials[0].name == "男女双方居民身份证"
    assert window.intake.checklist.table.rowCount() == len(case.materials)
    assert "安和县民政局" in window.intake.guide.text()
    # the next keystroke belongs to the applicant's name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.applicant.name)


def test_enter_walks_the_applicant_fields_skipping_the_lists(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    panel = window.intake.applicant
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.name)
    seen = []
    for _ in range(4):  # name → ID number → phone → address → the second party (女方)
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [panel.cert_number, panel.phone, panel.address]
    # a natural person: address → the next party of a marriage (then the materials)
    assert seen[3] is window.intake.second.name


def test_accept_with_f9_prints_a_receipt_holding_the_case_number(qtbot, window, services):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)
    press_material_keys(qtbot, window, [K.Key_1, K.Key_7, K.Key_1, K.Key_1])
    states = [m.state for m in window.intake.case.materials]
    assert states == ["received", "not_provided", "received", "received"]
    number = window.intake.case.number

    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: window.intake.case is None and "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    assert number in window.intake.banner.text()
    document = window.preview.document
    assert document is not None and document.kind == "receipt"
    assert number in pdf_text(document.path)
    qtbot.waitUntil(lambda: window.preview.page_count() >= 1)
    stored = services.cases.find_by_number(number)
    assert stored.status == "accepted"
    assert stored.applicant.cert_number == "11010519491231002X"
    # ready for the next applicant
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.search.edit)
    assert any(c.number == number for c in window.today.cases)


def test_f10_deficiency_notice_lists_exactly_the_missing_materials(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)
    checklist = window.intake.checklist
    press_material_keys(qtbot, window, [K.Key_1, K.Key_7, K.Key_2, K.Key_3])
    # 3 asks for the reason in place
    assert checklist.reason.hasFocus()
    type_text(qtbot, checklist.reason, "未在登记员面前签署")
    qtbot.keyClick(checklist.reason, K.Key_Return)
    wait_idle(qtbot, window)
    assert [m.state for m in window.intake.case.materials][2:] == ["missing", "invalid"]

    press(qtbot, window, K.Key_F10)
    qtbot.waitUntil(lambda: "一次性告知书" in window.intake.banner.text())
    wait_idle(qtbot, window)
    text = pdf_text(window.preview.document.path)
    assert "双方近期二寸半身免冠合影照片" in text
    assert "申请结婚登记声明书" in text
    assert "未在登记员面前签署" in text
    assert "男女双方居民身份证" not in text  # received: not asked for again
    assert "男女双方居民户口簿" not in text  # optional, not brought: not a deficiency


def test_a_disallowed_state_is_refused_with_the_reason_in_the_hint_line(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    press_material_keys(qtbot, window, [K.Key_4])  # 身份证 is not 容缺后补
    assert "不属于容缺后补材料" in window.intake.checklist.hint.text()
    assert window.intake.case.materials[0].state == "pending"


def test_refusal_with_f11_and_an_inline_reason(qtbot, window, services):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)
    number = window.intake.case.number
    press(qtbot, window, K.Key_F11)
    bar = window.intake.decision
    # the applicant is checked first, then the reason asked
    qtbot.waitUntil(lambda: bar.prompt.isVisible() and bar.reason.hasFocus())
    type_text(qtbot, bar.reason, "申请事项不属于本机关职权范围")
    qtbot.keyClick(bar.reason, K.Key_Return)
    qtbot.waitUntil(lambda: "不予受理通知书" in window.intake.banner.text())
    wait_idle(qtbot, window)
    assert services.cases.find_by_number(number).status == "refused"
    assert "申请事项不属于本机关职权范围" in pdf_text(window.preview.document.path)


def test_esc_takes_back_the_refusal_prompt(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)  # a refusal is addressed to the applicant
    press(qtbot, window, K.Key_F11)
    qtbot.waitUntil(window.intake.decision.prompt.isVisible)
    press(qtbot, window, K.Key_Escape)
    assert window.intake.decision.prompt.isHidden()
    assert window.intake.case.status == "draft"


def test_a_bundle_is_taken_in_and_accepted(qtbot, window, services):
    bundle = next(h for h in services.catalog.search("一件事") if h.kind == "bundle" and "出生" in h.name)
    pick_matter(qtbot, window, bundle.name, bundle.name)
    assert len(window.intake.case.matter_names) > 1
    fill_applicant(qtbot, window)
    window.intake.checklist.focus_first()
    press(qtbot, window, K.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    assert all(m.state == "received" for m in window.intake.case.materials)
    number = window.intake.case.number
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    assert services.cases.find_by_number(number).status == "accepted"


def test_an_invalid_id_number_is_shown_inline_and_nothing_typed_is_lost(qtbot, window, services):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    panel = window.intake.applicant
    fill_applicant(qtbot, window, id_number="110105194912310021")  # wrong check digit
    press_material_keys(qtbot, window, [K.Key_1, K.Key_7, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: bool(panel.problem_text("applicant.cert_number")))
    wait_idle(qtbot, window)
    assert window.intake.banner.tone() == "error"
    assert panel.cert_number.property("problem") is True
    assert panel.fields["applicant.cert_number"].problem.isVisible()
    # everything typed is still there, on screen and in the draft
    assert panel.name.text() == "王小明"
    assert panel.cert_number.text() == "110105194912310021"
    assert panel.phone.text() == "13800138000"
    assert panel.address.text() == "安和县民主路1号"
    case = window.intake.case
    assert case is not None and case.status == "draft"
    assert services.cases.detail(case.id).applicant.cert_number == "110105194912310021"
    assert QApplication.focusWidget() is panel.cert_number
    # corrected, the same case goes through
    panel.cert_number.clear()
    qtbot.keyClicks(panel.cert_number, "11010519491231002X")
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    assert not panel.problem_text("applicant.cert_number")


def test_a_card_read_before_the_matter_fills_the_applicant(qtbot, window):
    window.fill_from_card(CardHolder("张三", "111", "11010519491231002X", "北京市西城区某街1号"))
    panel = window.intake.applicant
    assert (panel.name.text(), panel.cert_number.text()) == ("张三", "11010519491231002X")
    assert window.intake.card_photo.showing_placeholder  # no WLT decoder configured
    assert "110105********002X" in window.intake.banner.text()
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    wait_idle(qtbot, window)
    assert window.intake.case.applicant.name == "张三"
