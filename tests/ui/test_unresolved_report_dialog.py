"""办不成事反映 at the window, by keyboard on the real workbench (a temp SQLite, no server): Ctrl+Shift+B
with a case in the intake brings its number and applicant in, a refused report marks each field
wrong and keeps what was typed, the corrected one is kept in the outbox and the clerk is told it
waits for the server; without a case, Enter walks the fields, the matter is picked from the
catalog, an ID card fills the name, and Esc puts the dialog aside with what was typed; a report
names the clerk signed in, and one half typed is not left on screen for the next clerk."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.unresolved_reports import ProblemKind
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from tests.ui.conftest import fill_applicant, pick_matter, press, type_text, wait_idle
from tests.ui.test_sign_in_screen import cache_users
from ui.devices.card_holder import CardHolder
from ui.unresolved.report_dialog import ReportDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def reports_in_outbox(services) -> list[dict]:
    with services.engine.connect() as con:
        rows = con.exec_driver_sql("select kind, payload from outbox order by seq")
        return [json.loads(payload) for kind, payload in rows if kind == UNRESOLVED_REPORTED]


def opened(qtbot, window) -> ReportDialog:
    press(qtbot, window, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.report_dialog is not None and window.report_dialog.isVisible())
    dialog = window.report_dialog
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget())
    )
    wait_idle(qtbot, window)
    return dialog


def focused():
    return QApplication.focusWidget()


def replace_text(qtbot, edit, text: str) -> None:
    """Select what the field holds and type over it, as a clerk would."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_a_report_from_the_open_case_is_refused_then_kept(qtbot, window):
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    fill_applicant(qtbot, window)
    number = window.intake.case.number
    dialog = opened(qtbot, window)
    assert (dialog.name.text(), dialog.phone.text(), dialog.case_number.text()) == (
        "王小明",
        "13800138000",
        number,
    )
    assert dialog.matter.edit.text().startswith("内地居民结婚登记")
    assert number in dialog.banner.text()
    assert focused() is dialog.kind  # name and phone are there: the next keystroke picks the kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # 找不到办理事项或窗口
    assert dialog.kind.currentData() is ProblemKind.NOWHERE

    # a phone one digit short and a description too short to act on
    replace_text(qtbot, dialog.phone, "1380013800")
    dialog.description.setFocus()
    type_text(qtbot, dialog.description, "办不了")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.banner.text() != "" and "改正" in dialog.banner.text())
    assert "格式不正确" in dialog.fields["report.phone"].problem_text()
    assert "至少5个字" in dialog.fields["report.description"].problem_text()
    assert dialog.fields["report.name"].problem_text() == ""
    assert focused() is dialog.phone  # the first field to correct
    assert dialog.phone.text() == "1380013800" and dialog.description.toPlainText() == "办不了"
    assert dialog.kind.currentData() is ProblemKind.NOWHERE and dialog.name.text() == "王小明"
    assert reports_in_outbox(window.services) == []

    qtbot.keyClick(dialog.phone, Qt.Key.Key_End)
    type_text(qtbot, dialog.phone, "0")
    assert dialog.fields["report.phone"].problem_text() == ""  # what was corrected is unmarked
    dialog.description.setFocus()
    qtbot.keyClick(dialog.description, Qt.Key.Key_End)
    type_text(qtbot, dialog.description, "，窗口说不归他们管，也不知道该去哪个窗口")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已登记" in dialog.banner.text())
    assert "连通后自动发送给大厅管理员" in dialog.banner.text()  # this workbench has no server
    assert "找不到办理事项或窗口" in dialog.banner.text()
    assert "王*" in dialog.banner.text() and "王小明" not in dialog.banner.text()
    (sent,) = reports_in_outbox(window.services)
    assert (sent["name"], sent["phone"], sent["kind"], sent["case_number"]) == (
        "王小明",
        "13800138000",
        "nowhere",
        number,
    )
    assert sent["matter_name"] == "内地居民结婚登记" and sent["matter_code"]
    assert sent["window"] == window.services.window.config.window_name
    # the form is ready for the next reporter, and today's list has this one, masked
    assert dialog.name.text() == "" and dialog.description.toPlainText() == ""
    qtbot.waitUntil(lambda: dialog.today.rowCount() == 1)
    row = [dialog.today.item(0, c).text() for c in range(dialog.today.columnCount())]
    assert row[1:4] == ["王**", "138****8000", "找不到办理事项或窗口"] and "待发送" in row[5]
    assert "已登记" in window.status.currentMessage()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_without_a_case_enter_walks_the_fields_and_a_card_fills_the_name(qtbot, window):
    dialog = opened(qtbot, window)
    assert dialog.is_blank() and focused() is dialog.name
    window.hub.card_placed.emit(CardHolder("李秀英", "111", "11010519491231002X"))
    qtbot.waitUntil(lambda: dialog.name.text() == "李秀英")
    assert "李**" in dialog.banner.text() and focused() is dialog.phone
    assert window.intake.applicant.is_empty()  # the card went to the report, not to the intake
    type_text(qtbot, focused(), "0571-87654321")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.kind
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.matter.edit
    type_text(qtbot, focused(), "jhdj")
    assert "内地居民结婚登记" in dialog.matter.hit_names()
    while dialog.matter.hit_names()[dialog.matter.hits.currentRow()] != "内地居民结婚登记":
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # picks the matter and moves on
    assert focused() is dialog.failed_window
    type_text(qtbot, focused(), "2号综合窗口")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.description
    type_text(qtbot, focused(), "婚姻登记要求户口本原件，说复印件不行，白跑一趟")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert isinstance(focused(), QLineEdit) and focused() is dialog.case_number

    # Esc puts it aside; opened again, nothing typed is lost
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.isAncestorOf(focused()) if focused() else False)
    assert opened(qtbot, window) is dialog
    assert dialog.name.text() == "李秀英" and dialog.failed_window.text() == "2号综合窗口"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已登记" in dialog.banner.text())
    (sent,) = reports_in_outbox(window.services)
    code = window.services.catalog.search("jhdj")[0].code
    assert (sent["matter_code"], sent["matter_name"], sent["failed_window"]) == (
        code,
        "内地居民结婚登记",
        "2号综合窗口",
    )
    assert (sent["kind"], sent["phone"], sent["case_number"]) == ("materials", "0571-87654321", "")


def test_a_matter_not_in_the_catalog_is_kept_as_typed(qtbot, window):
    dialog = opened(qtbot, window)
    for edit, text in ((dialog.name, "赵六"), (dialog.phone, "13900001111")):
        edit.setFocus()
        type_text(qtbot, edit, text)
    dialog.matter.edit.setFocus()
    type_text(qtbot, dialog.matter.edit, "老年人乘车卡补办")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # closes the hits, not the dialog
    assert dialog.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # no hit open: Enter moves on, the words stay
    assert focused() is dialog.failed_window
    dialog.description.setFocus()
    type_text(qtbot, dialog.description, "大厅里没有办理乘车卡的窗口")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已登记" in dialog.banner.text())
    (sent,) = reports_in_outbox(window.services)
    assert (sent["matter_code"], sent["matter_name"]) == ("", "老年人乘车卡补办")


def test_the_report_names_the_clerk_signed_in_and_is_not_left_for_the_next(qtbot, window, services):
    cache_users(services, ("lixm", "李晓梅", "secret-9"), ("wangf", "王芳", "secret-1"))
    window.signed_in(services.sign_in.sign_in("lixm", "secret-9"))
    wait_idle(qtbot, window)
    dialog = opened(qtbot, window)
    type_text(qtbot, focused(), "赵六")
    window.sign_out()  # 切换用户 with the report half typed
    assert not dialog.isVisible()
    window.signed_in(services.sign_in.sign_in("wangf", "secret-1"))
    wait_idle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and window.isAncestorOf(focused()))
    mine = opened(qtbot, window)
    assert mine is not dialog and mine.is_blank()  # the last clerk's reporter is not shown
    typed = ((mine.name, "孙七"), (mine.phone, "13900001111"), (mine.description, "窗口说系统故障，明天再来"))
    for edit, text in typed:
        edit.setFocus()
        type_text(qtbot, edit, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已登记" in mine.banner.text())
    (sent,) = reports_in_outbox(services)
    assert (sent["name"], sent["registered_by"]) == ("孙七", "wangf")
