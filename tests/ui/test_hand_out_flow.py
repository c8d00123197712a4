"""出件 at the window, driven by the keys: the collector's card (or a typed ID with its reason),
a 代领's 委托书 scanned, and messages that follow what is on the panel now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.views import PartyInput
from tests.second_party import SECOND_PARTY
from tests.ui.conftest import VALID_ID, press, type_text, wait_idle
from ui.devices.card_holder import CardHolder

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
OTHER_ID = "110105194912310038"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")


@pytest.fixture
def ready(services):
    """A 居民身份证换领 case whose result waits at the window, made through the use cases."""
    case = services.intake.start_case(services.catalog.search("居民身份证换领")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    services.intake.accept(case.id)
    return services.issuance.register_result(case.id, "J330429-2026-001234")


def _find(qtbot, window, number: str):
    press(qtbot, window, K.Key_F6)
    panel = window.issuance
    panel.number.selectAll()
    type_text(qtbot, panel.number, number)
    qtbot.keyClick(panel.number, K.Key_Return)
    wait_idle(qtbot, window)
    return panel


def test_the_five_keys_alone_do_not_hand_the_result_over(qtbot, window, services, ready):
    panel = _find(qtbot, window, ready.number)
    assert panel.case.number == ready.number and panel.collector_name.text() == "王建国"
    assert "未读卡" in panel.form.identity.text()
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: panel.banner.tone() == "error")
    assert services.cases.find_by_number(ready.number).status == "result_ready"
    assert panel.typed_reason.hasFocus()  # where the clerk answers, if the card cannot be read

    window.hub.card_placed.emit(CardHolder("王建国", "111", VALID_ID))  # the applicant's own card
    assert panel.method() == "in_person" and "已读卡核验" in panel.form.identity.text()
    assert panel.banner.tone() == "info"  # the refusal was said of an ID nobody had read
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已出件" in panel.banner.text())
    detail = services.cases.detail(ready.id)
    assert detail.status == "issued" and detail.events[-1].summary.endswith("证件经读卡核验")


def test_a_typed_id_goes_with_its_reason_into_the_timeline(qtbot, window, services, ready):
    panel = _find(qtbot, window, ready.number)
    panel.typed_reason.setFocus()
    type_text(qtbot, panel.typed_reason, "身份证芯片损坏")
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已出件" in panel.banner.text())
    assert "手工录入（原因：身份证芯片损坏）" in services.cases.detail(ready.id).events[-1].summary


def test_another_persons_card_means_agent_and_asks_for_the_letter(qtbot, window, services, ready):
    panel = _find(qtbot, window, ready.number)
    window.hub.card_placed.emit(CardHolder("李四", "111", OTHER_ID))
    assert panel.method() == "agent" and panel.collector_name.text() == "李四"
    assert "授权委托书" in panel.banner.text()
    assert panel.fields["authorisation"].isVisible()
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: panel.banner.tone() == "error")
    assert "代领须扫描" in panel.fields["authorisation"].problem_text()

    press(qtbot, window, K.Key_S, CTRL)  # the simulated scanner: one page of the letter
    qtbot.waitUntil(lambda: panel.form.letter.count() == 1, timeout=30_000)
    assert panel.fields["authorisation"].problem_text() == ""  # said of no pages; there is one now
    assert panel.banner.text() == "授权委托书已扫描，请核对后按 Ctrl+Enter 出件。"
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已出件" in panel.banner.text())
    assert services.cases.detail(ready.id).events[-1].summary.endswith("授权委托书1页")


def test_the_applicants_card_under_agent_is_refused_with_its_reason(qtbot, window, ready):
    panel = _find(qtbot, window, ready.number)
    window.hub.card_placed.emit(CardHolder("李四", "111", OTHER_ID))
    panel.collector_cert_number.selectAll()
    type_text(qtbot, panel.collector_cert_number, VALID_ID)  # typed over the card: no longer read
    assert "未读卡" in panel.form.identity.text()
    panel.typed_reason.setFocus()
    type_text(qtbot, panel.typed_reason, "读卡器故障")
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: panel.banner.tone() == "error")
    assert panel.fields["collector.cert_number"].problem_text() == "领取人就是申请人本人，请选择“本人领取”"


def test_switching_to_post_drops_the_collector_message(qtbot, window, ready):
    panel = _find(qtbot, window, ready.number)
    qtbot.keyClick(panel.collector_name, K.Key_2, Qt.KeyboardModifier.AltModifier)  # 代领
    qtbot.waitUntil(lambda: panel.method() == "agent")  # a mnemonic clicks as the mouse would, shortly
    assert panel.collector_name.text() == ""
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: panel.banner.tone() == "error")
    assert panel.fields["collector.name"].problem_text() == "请填写领取人姓名"

    qtbot.keyClick(panel.collector_name, K.Key_3, Qt.KeyboardModifier.AltModifier)  # 邮寄
    qtbot.waitUntil(lambda: panel.method() == "post")
    assert panel.collector_name.text() == "王建国"
    assert all(field.problem_text() == "" for field in panel.fields.values())
    assert panel.banner.text() == ""


def test_a_failed_lookup_takes_the_previous_case_off_the_panel(qtbot, window, ready):
    panel = _find(qtbot, window, ready.number)
    assert panel.issue_button.isEnabled()
    panel = _find(qtbot, window, "330429-20261123-W03-9999")
    qtbot.waitUntil(lambda: panel.banner.tone() == "error")
    assert panel.case is None and not panel.issue_button.isEnabled()
    assert ready.number not in panel.summary.text() and panel.collector_name.text() == ""
    assert panel.number.text() == "330429-20261123-W03-9999"  # what was typed stays, to correct
    press(qtbot, window, K.Key_Return, CTRL)  # nothing to hand out
    wait_idle(qtbot, window)
    assert panel.banner.tone() == "error" and panel.case is None
