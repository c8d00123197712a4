"""After acceptance: the result arrives, the case is found by its number and handed out.
And the look: the window fits 1366×768; the English translation compiles and loads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from tests.ui.conftest import (
    fill_applicant,
    pdf_text,
    pick_matter,
    press,
    type_text,
    wait_idle,
)
from ui.devices.card_holder import CardHolder
from ui.translations import ensure_compiled

K = Qt.Key
RENEWAL = "居民身份证换领"  # a promised case (承诺件): its result comes back later


def _accept(qtbot, window, matter: str) -> str:
    pick_matter(qtbot, window, matter, matter)
    fill_applicant(qtbot, window)
    window.intake.checklist.focus_first()
    press(qtbot, window, K.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    number = window.intake.case.number
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    return number


def test_register_the_result_then_issue_to_the_applicant_by_number(qtbot, window, services):
    number = _accept(qtbot, window, RENEWAL)

    # open it from today's list with Enter, register the result (结果到件)
    qtbot.waitUntil(lambda: window.today.select_number(number))
    window.today.focus()
    window.today.select_number(number)
    qtbot.keyClick(window.today.table, K.Key_Return)
    qtbot.waitUntil(lambda: window.detail.case is not None and window.detail.case.number == number)
    assert window.detail.result_button.isVisible()
    qtbot.mouseClick(window.detail.result_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.case.status == "result_ready")
    wait_idle(qtbot, window)
    assert window.detail.issue_button.isVisible()

    # the issuance tab: the number typed (as a barcode scanner would) and Enter
    press(qtbot, window, K.Key_F6)
    panel = window.issuance
    assert panel.number.hasFocus()
    type_text(qtbot, panel.number, number)
    qtbot.keyClick(panel.number, K.Key_Return)
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.number == number)
    assert panel.issue_button.isEnabled()
    assert panel.collector_name.text() == "王小明"  # 本人领取: prefilled with the applicant
    assert panel.collector_cert_number.text() == "11010519491231002X"

    # the prefilled ID was not seen: the hand-out waits for the collector's card
    press(qtbot, window, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.banner.tone() == "error")
    assert "读取领取人的身份证" in panel.fields["collector.reason"].problem_text()
    window.hub.card_placed.emit(CardHolder("王小明", "111", "11010519491231002X"))
    assert panel.fields["collector.reason"].problem_text() == ""
    press(qtbot, window, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "已出件" in panel.banner.text())
    wait_idle(qtbot, window)
    assert services.cases.find_by_number(number).status == "issued"
    # the summary shows the case as it is now, not as it was before the handing-out
    assert "已出件" in panel.summary.text() and "待出件" not in panel.summary.text()
    assert "本人领取：王小明" in panel.summary.text()
    document = window.preview.document
    assert document.kind == "issuance_record"
    assert number in pdf_text(document.path)


def test_issuing_an_unfinished_case_is_refused_in_the_banner(qtbot, window):
    number = _accept(qtbot, window, RENEWAL)
    window.focus_issuance()
    type_text(qtbot, window.issuance.number, number)
    qtbot.keyClick(window.issuance.number, K.Key_Return)
    qtbot.waitUntil(lambda: window.issuance.case is not None)
    assert not window.issuance.issue_button.isEnabled()
    assert "不能出件" in window.issuance.banner.text()


def test_an_unknown_number_is_said_in_the_banner(qtbot, window):
    window.focus_issuance()
    type_text(qtbot, window.issuance.number, "not-a-number")
    qtbot.keyClick(window.issuance.number, K.Key_Return)
    qtbot.waitUntil(lambda: window.issuance.banner.tone() == "error")
    assert window.issuance.number.text() == "not-a-number"


def test_the_window_fits_1366x768(qtbot, window, tmp_path):
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    assert window.width() <= 1366 and window.height() <= 768
    shot = tmp_path / "workbench-1366x768.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_status_bar_slots_tell_the_truth(qtbot, window):
    assert window.status.slot_text("queue") == "叫号：单机 · 纸质号票"
    assert window.status.slot_text("sync") == "同步：单机模式（未连接服务器）"
    icons = window.status.devices
    # the workbench runs on simulators: each icon says so, none claims real hardware
    qtbot.waitUntil(lambda: "模拟设备" in icons.summary("card_reader"))
    assert icons.tone("card_reader") == "simulated"
    assert icons.summary("barcode_scanner").startswith("扫码枪：")


def test_english_translation_compiles_and_translates(qapp):
    qm = ensure_compiled()
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("DecisionBar", "受理 (F9)") == "Accept (F9)"
    assert QCoreApplication.translate("DecisionBar", "受理 (F9)") == "受理 (F9)"  # not installed here
