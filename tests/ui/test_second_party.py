"""A two-party matter (内地居民结婚登记) at the window: both parties' cards, one after the other."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drivers.idcard.samples import SAMPLE_CARDS
from tests.ui.conftest import pdf_text, pick_matter, press, press_material_keys, type_text, wait_idle

RESIDENT = dict(SAMPLE_CARDS["resident"].values)
FOREIGN = dict(SAMPLE_CARDS["foreign2017"].values)
OTHER = dict(SAMPLE_CARDS["long_address"].values)


def simulator(window):
    return window.hub.device("card_reader").simulator


def test_the_second_card_fills_the_second_party(qtbot, window):
    intake = window.intake
    second = intake.second
    assert second.isHidden()  # nothing to take before the matter is known
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    assert not second.isHidden()
    assert "女方" in second.title.text()
    assert "男方" in second._first_title.text()

    simulator(window).place("resident")
    qtbot.waitUntil(lambda: intake.applicant.cert_number.text() == RESIDENT["id_number"], timeout=30_000)
    assert second.name.text() == ""
    simulator(window).place("foreign2017")
    qtbot.waitUntil(lambda: second.cert_number.text() == FOREIGN["id_number"], timeout=30_000)
    assert second.name.text() == "穆安娜"
    assert second.english_name.text() == "MUELLER ANNA MARIA"
    assert intake.applicant.cert_number.text() == RESIDENT["id_number"]  # the first party stays
    assert intake.applicant.agent_name.text() == ""  # not taken for an agent
    qtbot.waitUntil(lambda: intake.case.second_party.cert_number == FOREIGN["id_number"], timeout=30_000)
    assert intake.case.second_party.english_name == "MUELLER ANNA MARIA"

    # Shift+F3, and the card placed now replaces the second party
    qtbot.keyClick(intake.applicant.phone, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: second.name.hasFocus())
    simulator(window).place("long_address")
    qtbot.waitUntil(lambda: second.cert_number.text() == OTHER["id_number"], timeout=30_000)
    assert second.english_name.text() == ""
    qtbot.waitUntil(lambda: intake.case.second_party.name == OTHER["name"], timeout=30_000)

    window.detail.show_case(intake.case)
    assert "女方" in window.detail.header.text() and "李*" not in window.detail.header.text()


def test_acceptance_asks_for_the_second_party(qtbot, window):
    intake = window.intake
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    simulator(window).place("resident")
    qtbot.waitUntil(lambda: intake.applicant.cert_number.text() == RESIDENT["id_number"], timeout=30_000)
    wait_idle(qtbot, window)
    intake.checklist.all_received_wanted.emit()
    wait_idle(qtbot, window)
    intake.decision.accept_wanted.emit()
    qtbot.waitUntil(lambda: not intake.second.fields["second.name"].problem.isHidden(), timeout=30_000)
    assert "女方" in intake.banner.label.text()
    assert intake.case.status == "draft"


def test_enter_after_the_first_party_goes_to_the_second_then_the_materials(qtbot, window):
    intake = window.intake
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    intake.applicant.address.setFocus()
    qtbot.keyClick(intake.applicant.address, Qt.Key.Key_Return)
    assert intake.second.name.hasFocus()
    type_text(qtbot, intake.second.name, "李秀英")
    qtbot.keyClick(intake.second.name, Qt.Key.Key_Return)
    assert intake.second.phone.hasFocus()
    qtbot.keyClick(intake.second.phone, Qt.Key.Key_Return)
    assert intake.second.cert_number.hasFocus()
    type_text(qtbot, intake.second.cert_number, "341021195608120021")
    qtbot.keyClick(intake.second.cert_number, Qt.Key.Key_Return)  # the English row is hidden
    qtbot.waitUntil(lambda: intake.checklist.table.hasFocus())
    qtbot.waitUntil(lambda: intake.case.second_party.cert_number == "341021195608120021", timeout=30_000)


def test_both_cards_reach_the_printed_receipt(qtbot, window, services):
    intake = window.intake
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    simulator(window).place("resident")
    qtbot.waitUntil(lambda: intake.applicant.cert_number.text() == RESIDENT["id_number"], timeout=30_000)
    simulator(window).place("foreign2017")
    qtbot.waitUntil(lambda: intake.second.cert_number.text() == FOREIGN["id_number"], timeout=30_000)
    press_material_keys(qtbot, window, [Qt.Key.Key_1, Qt.Key.Key_7, Qt.Key.Key_1, Qt.Key.Key_1])
    number = intake.case.number
    press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: intake.case is None and "已受理" in intake.banner.text(), timeout=30_000)
    wait_idle(qtbot, window)
    text = pdf_text(window.preview.document.path)
    assert "王小明、穆安娜（MUELLERANNAMARIA）：" in text  # the notice is addressed to both
    assert "女方" in text and "DEU110*****1501" in text
    stored = services.cases.find_by_number(number)
    assert stored.second_party.english_name == "MUELLER ANNA MARIA"
