"""At 1366×768 the workbench stays on the screen when a two-party intake shows every problem
under its field: the form scrolls instead of the window growing past the screen's bottom (the
sync state in the status bar and the decision keys' buttons were pushed out of sight)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import pick_matter, press

K = Qt.Key
MARRIAGE = "内地居民结婚登记"
# a Kylin/UOS panel takes about 40 px of a 768 px screen
USABLE_HEIGHT = 768 - 40


def _inside_window(window, widget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom = top_left.y() + widget.height()
    return widget.isVisible() and top_left.y() >= 0 and bottom <= window.height()


def test_every_problem_shown_keeps_the_window_within_a_1366x768_screen(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    press(qtbot, window, K.Key_F11)  # nobody on the notice: every field of both parties is marked
    qtbot.waitUntil(lambda: "女方" in window.intake.banner.text())
    qtbot.waitUntil(lambda: window.intake.second.fields["second.name"].problem_text() != "")
    window.resize(1366, USABLE_HEIGHT)
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= USABLE_HEIGHT
    assert window.height() <= USABLE_HEIGHT
    assert _inside_window(window, window.intake.decision.accept_button)
    assert _inside_window(window, window.statusBar())


def test_the_field_given_the_focus_is_scrolled_into_view(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    press(qtbot, window, K.Key_F11)
    qtbot.waitUntil(lambda: window.intake.second.fields["second.name"].problem_text() != "")
    window.resize(1366, 560)  # shorter than the form: part of it is out of sight
    QApplication.processEvents()
    window.intake.applicant.name.setFocus()
    qtbot.waitUntil(lambda: _visible_in_form(window, window.intake.applicant.name))
    window.intake.second.cert_number.setFocus()
    qtbot.waitUntil(lambda: _visible_in_form(window, window.intake.second.cert_number))


def _visible_in_form(window, editor) -> bool:
    area = window.intake.form_area
    top = editor.mapTo(area.viewport(), editor.rect().topLeft()).y()
    return top >= 0 and top + editor.height() <= area.viewport().height()


def test_with_room_enough_both_parties_are_shown_whole_without_scrolling(qtbot, window):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    qtbot.waitUntil(lambda: window.intake.second.isVisible())
    window.resize(1366, USABLE_HEIGHT)
    QApplication.processEvents()
    area = window.intake.form_area
    assert area.verticalScrollBar().maximum() == 0  # the whole form is in sight
    assert window.intake.checklist.height() >= 200  # and the materials keep their room
