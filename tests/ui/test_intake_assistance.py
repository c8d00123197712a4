"""帮办代办 from the keyboard: Ctrl+Shift+H, the arrows choose; 代办 brings the 委托书 into the
checklist and Ctrl+Shift+W prints its template; 帮办 asks who helps and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import fill_applicant, pdf_text, pick_matter, press, type_text, wait_idle

K, CTRL_SHIFT = Qt.Key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MATTER = "城乡居民基本养老保险参保登记"


def _materials(window) -> list[str]:
    return [m.name for m in window.intake.case.materials]


def test_proxy_adds_the_authorisation_and_its_template_prints(qtbot, window):
    pick_matter(qtbot, window, "城乡居民基本养老保险参保", MATTER)
    fill_applicant(qtbot, window)
    wait_idle(qtbot, window)
    row = window.intake.assistance
    press(qtbot, window, K.Key_H, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.kind)
    qtbot.keyClick(row.kind, K.Key_Down)
    qtbot.keyClick(row.kind, K.Key_Down)  # 本人办理 → 帮办 → 代办
    qtbot.waitUntil(lambda: window.intake.case.assistance.kind == "proxy")
    wait_idle(qtbot, window)
    assert _materials(window)[-1] == "授权委托书"
    assert (
        window.intake.checklist.table.item(window.intake.checklist.table.rowCount() - 1, 0).text()
        == "授权委托书"
    )
    assert row.print_button.isVisible() and not row.helper.isVisible()

    press(qtbot, window, K.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "已打印授权委托书模板" in window.intake.banner.text())
    wait_idle(qtbot, window)
    document = window.preview.document
    assert document is not None and document.kind == "authorisation_form"
    assert MATTER in pdf_text(document.path)

    qtbot.keyClick(row.kind, K.Key_Up)  # back to 帮办: the 委托书 (unchecked) leaves the list
    qtbot.waitUntil(lambda: window.intake.case.assistance.kind == "helped")
    wait_idle(qtbot, window)
    assert "授权委托书" not in _materials(window)
    assert QApplication.focusWidget() is row.helper  # who helps is asked next
    type_text(qtbot, row.helper, "周帮办")
    qtbot.keyClick(row.helper, K.Key_Tab)
    qtbot.keyClick(row.reason, K.Key_Down)  # 老年人
    qtbot.waitUntil(lambda: window.intake.case.assistance.reason == "elderly")
    assert window.intake.case.assistance.helper == "周帮办"
