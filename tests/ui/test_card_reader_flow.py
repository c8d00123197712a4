"""The ID card reader in the workbench, through the real protocol: the simulator behind sim://
speaks GA 467 over a pty, the real serial reader polls it on its own thread, and the hub brings
what it reads to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drivers.idcard.samples import SAMPLE_CARDS
from tests.ui.conftest import pick_matter, press, type_text
from ui.main_window import ISSUANCE_TAB

K = Qt.Key
MARRIAGE = "内地居民结婚登记"
RESIDENT = dict(SAMPLE_CARDS["resident"].values)


def simulator(window):
    return window.hub.device("card_reader").simulator


def test_a_card_placed_fills_the_applicant_once(qtbot, window):
    panel = window.intake.applicant
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    simulator(window).place("resident")
    qtbot.waitUntil(lambda: panel.name.text() == RESIDENT["name"], timeout=30_000)
    assert panel.cert_number.text() == RESIDENT["id_number"]
    assert panel.cert_type.currentData() == "111"
    assert panel.address.text() == RESIDENT["address"]
    assert panel.phone.hasFocus()  # the one thing the card does not carry
    assert window.intake.card_photo.showing_placeholder  # no WLT decoder on this machine
    assert "341021********4518" in window.intake.banner.text()  # masked in the banner
    qtbot.waitUntil(lambda: window.intake.case.applicant.name == RESIDENT["name"])  # in the draft

    # the card stays on the reader: not a new event, the clerk's correction stays
    panel.name.clear()
    type_text(qtbot, panel.name, "王晓明")
    qtbot.wait(900)  # four polls of the reader
    assert panel.name.text() == "王晓明"
    assert window.status.devices.tone("card_reader") == "simulated"


def test_a_permit_holder_collecting_for_an_organisation_is_its_agent(qtbot, window):
    panel = window.intake.applicant
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    panel.type_box.setCurrentIndex(panel.type_box.findData(2))  # 企业法人
    simulator(window).place("permit")
    qtbot.waitUntil(lambda: panel.agent_name.text() == "陈家豪", timeout=30_000)
    assert panel.agent_cert_type.currentData() == "990"  # 港澳台居民居住证
    assert panel.agent_cert_number.text() == "810000198805120032"
    assert panel.name.text() == ""  # the organisation's name is still the clerk's to type
    assert "代理人/经办人" in window.intake.banner.text()


def test_a_foreign_card_fills_the_english_name_when_there_is_no_chinese_one(qtbot, window):
    panel = window.intake.applicant
    simulator(window).place("foreign2023")
    qtbot.waitUntil(lambda: panel.cert_number.text() == "911528198502200017", timeout=30_000)
    assert panel.cert_type.currentData() == "553"
    assert panel.name.text() == "范德伯"


def test_unplugging_the_reader_turns_its_icon_red_and_it_comes_back(qtbot, window):
    icons = window.status.devices
    qtbot.waitUntil(lambda: icons.tone("card_reader") == "simulated", timeout=30_000)
    simulator(window).unplug()
    qtbot.waitUntil(lambda: icons.tone("card_reader") == "error", timeout=30_000)
    assert "读卡器" in icons.summary("card_reader")
    simulator(window).replug()
    qtbot.waitUntil(lambda: icons.tone("card_reader") == "simulated", timeout=30_000)
    # and it reads again
    simulator(window).place("long_address")
    qtbot.waitUntil(lambda: window.intake.applicant.name.text() == "李秀英", timeout=30_000)


def test_the_collectors_card_at_the_issuance_tab_fills_the_collector(qtbot, window, services):
    # a case whose result is ready, loaded for issuance
    from tests.ui.test_issuance_and_look import RENEWAL, _accept

    number = _accept(qtbot, window, RENEWAL)
    case = services.cases.find_by_number(number)
    services.issuance.register_result(case.id)
    press(qtbot, window, K.Key_F6)
    window.issuance.take_scan(number)
    qtbot.waitUntil(lambda: window.issuance.case is not None and window.issuance.case.number == number)
    simulator(window).place("long_address")  # someone else than the applicant (王小明)
    panel = window.issuance
    qtbot.waitUntil(lambda: panel.collector_name.text() == "李秀英", timeout=30_000)
    assert panel.method() == "agent"  # 代领
    assert panel.collector_cert_number.text() == "341021195608120021"
    assert window.tabs.currentIndex() == ISSUANCE_TAB  # (its page holds the panel, made when first shown)


def test_a_card_that_cannot_be_read_is_said_in_the_banner_and_fills_nothing(qtbot, window):
    sim = simulator(window)
    sim.set_fault("read_fail")
    sim.place("resident")
    qtbot.waitUntil(lambda: "读证件失败" in window.intake.banner.text(), timeout=30_000)
    assert window.intake.applicant.is_empty()
    sim.set_fault("")  # the applicant lays the card down again
    sim.place("resident")
    qtbot.waitUntil(lambda: window.intake.applicant.name.text() == RESIDENT["name"], timeout=30_000)


def test_the_same_card_placed_again_is_said_and_does_not_undo_corrections(qtbot, window):
    from ui.devices.card_holder import CardHolder

    panel = window.intake.applicant
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    holder = CardHolder(
        name=RESIDENT["name"], cert_type="111", cert_number=RESIDENT["id_number"], address=RESIDENT["address"]
    )
    window.fill_from_card(holder)
    assert panel.address.text() == RESIDENT["address"]
    panel.address.clear()
    type_text(qtbot, panel.address, "安和县民主路1号")  # the applicant moved since the card was made
    window.fill_from_card(holder)  # the applicant puts the card on the reader again
    assert "刚才已读取" in window.intake.banner.text()
    assert "341021********4518" in window.intake.banner.text()
    assert panel.address.text() == "安和县民主路1号" and panel.agent_name.text() == ""
