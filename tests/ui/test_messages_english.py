"""With the English translator installed (as ``--lang en`` does), sentences from the domain and
the services reach the screen in English: no Chinese character is left."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.bootstrap import build_services, demo_settings
from app.domain.id_numbers import IdNumberCharacterError, IdNumberCheckDigitError, IdNumberLengthError
from app.domain.messages import Message, joined
from tests.ui.conftest import fill_applicant, pick_matter, press, press_material_keys, wait_idle
from tests.ui.test_sign_in_screen import enrolled_long_ago
from ui.messages import describe, render
from ui.sync.status_text import slot_text
from ui.translations import install_translator

K = Qt.Key
MARRIAGE = "内地居民结婚登记"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture
def english(qapp):
    translator = install_translator(qapp, "en")
    assert translator is not None, "the English translation did not load"
    yield translator
    QCoreApplication.removeTranslator(translator)


def assert_english(text: str) -> None:
    assert text and not CJK.search(text), f"Chinese left on an English screen: {text!r}"


def test_without_a_translator_render_is_the_chinese_sentence(qapp):
    error = IdNumberLengthError(3)
    assert render(error.message) == str(error) == "身份证号码应为18位，您输入了3位，请核对。"
    assert describe(error) == str(error)
    assert describe(ValueError("别的错误")) == "别的错误"


def test_id_number_errors_render_in_english(english):
    assert render(IdNumberLengthError(3).message) == (
        "An ID number has 18 characters; you typed 3. Please check."
    )
    nested = IdNumberCharacterError(" ", 5)  # the character's description is a Message too
    assert_english(describe(nested))
    assert "a space" in describe(nested)
    assert_english(describe(joined([IdNumberCheckDigitError().message, IdNumberLengthError(17).message])))


def test_a_translation_with_a_broken_placeholder_falls_back_to_chinese(english, monkeypatch):
    message = Message("{text}", text="原样")
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda c, t: "{nonexistent}"))
    assert render(message) == "原样"


def without_names(text: str) -> str:
    """The sentence without the quoted names in it: material names come from the hall's catalog
    (data, Chinese in any UI language), the sentence around them must be English."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", "“…”", text)


def test_an_invalid_id_number_is_refused_in_english(qtbot, english, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    panel = window.intake.applicant
    fill_applicant(qtbot, window, id_number="110105194912310021")  # wrong check digit
    press_material_keys(qtbot, window, [K.Key_1, K.Key_7, K.Key_1, K.Key_1])
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: bool(panel.problem_text("applicant.cert_number")))
    wait_idle(qtbot, window)
    problem = panel.problem_text("applicant.cert_number")
    assert "check character does not match" in problem
    assert_english(problem)
    assert window.intake.banner.tone() == "error"
    assert window.intake.banner.text().startswith("Cannot accept:")
    assert_english(window.intake.banner.text())
    # corrected, the case goes through (a window closed on a refused draft does not wind down
    # cleanly today — the same on main before this change — so the test ends on an accepted case)
    panel.cert_number.clear()
    qtbot.keyClicks(panel.cert_number, "11010519491231002X")
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: window.intake.case is None)
    wait_idle(qtbot, window)
    # the case's status label from the domain, in today's list
    table = window.today.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    statuses = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert any(text.startswith("Accepted") for text in statuses), statuses
    assert all(not CJK.search(text) for text in statuses), statuses


def test_accepting_with_a_missing_material_is_refused_in_english(qtbot, english, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    fill_applicant(qtbot, window)
    checklist = window.intake.checklist
    press_material_keys(qtbot, window, [K.Key_1, K.Key_7, K.Key_1, K.Key_2])  # the last one missing
    wait_idle(qtbot, window)
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: window.intake.banner.tone() == "error")
    banner = window.intake.banner.text()
    assert banner.startswith("Cannot accept:") and "give a deficiency notice" in banner
    assert_english(without_names(banner))
    assert window.intake.case is not None and window.intake.case.status == "draft"
    assert checklist is window.intake.checklist


def test_a_failed_sync_round_reads_in_english_in_the_sync_slot(english, tmp_path):
    services = build_services(demo_settings(tmp_path / "data", sample_cases=False))
    try:
        enrolled_long_ago(services)  # with a server at 127.0.0.1:9, which never answers
        services.sync.sync_once()
        status = services.sync.status()  # the error as the store keeps it, read back
        assert str(status.last_error).startswith("无法连接中心服务器：")  # logs and CLI: Chinese
        slot = slot_text(status, datetime.now())
    finally:
        services.close()
    assert slot.text.endswith("Cannot reach the …")  # short in the slot, whole in the tooltip
    assert "Cannot reach the central server: the network is down or the connection was cut" in slot.tooltip
    assert_english(slot.text)
    assert_english(slot.tooltip)


def test_rating_levels_and_reasons_are_english_on_the_console(english):
    from app.domain.rating_followups import FollowupState
    from app.domain.ratings import BAD_REASONS, LEVELS
    from app.domain.working_days import DueDate
    from app.services.manager.followups import FollowupLine
    from ui.manager.followups.detail import level_name, list_cells

    assert all(not CJK.search(level_name(level)) for level in LEVELS)
    assert all(not CJK.search(QCoreApplication.translate("messages", name)) for name in BAD_REASONS.values())
    line = FollowupLine(
        1,
        FollowupState.OPEN,
        1,
        ("R04", "R07"),
        datetime(2026, 12, 1, 10),
        "",
        "",
        "",
        "",
        DueDate(datetime(2026, 12, 8).date(), False),
        False,
        "",
        None,
    )
    assert "Very dissatisfied" in list_cells(line)
