"""查找办件 from the keyboard (issue 12 item 11): Ctrl+F, type an ID number, Enter searches,
Enter on the hit opens the case — taken in weeks ago — in 办件详情; a standalone or offline
workbench says it searched this PC's cases only. Screenshot at 1366×768."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from conftest import VALID_ID, type_text, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.applicants import Applicant
from app.domain.case_status import CaseStatus
from app.domain.cases import Case
from app.domain.matters import CaseKind, TimeLimit
from app.store.unit_of_work import UnitOfWork
from ui.main_window import DETAIL_TAB


def _old_cases(services) -> str:
    """Five cases of earlier weeks; returns the id of 王建国's."""
    wanted = ""
    with UnitOfWork(services.intake._sessions) as uow:
        for n, (name, cert) in enumerate(
            [("赵一", "110105194912310038"), ("王建国", VALID_ID), ("钱二", "11010519500101003X")]
        ):
            case_id = str(uuid.uuid4())
            when = datetime.now().replace(microsecond=0) - timedelta(days=20 + n)
            uow.cases.save(
                Case(
                    id=case_id,
                    number=f"330429W03-{when:%Y%m%d}-{n + 1:04d}",
                    matter_codes=("M1",),
                    matter_names=("食品经营许可",),
                    department="市场监督管理局",
                    kind=CaseKind.PROMISED,
                    promised_limit=TimeLimit(5),
                    materials=[],
                    created_at=when,
                    clerk="李晓梅",
                    window="3号综合窗口",
                    status=CaseStatus.RESULT_READY,
                    applicant=Applicant(name=name, cert_number=cert, phone="13800138000"),
                )
            )
            if name == "王建国":
                wanted = case_id
        uow.commit()
    return wanted


def test_ctrl_f_an_id_number_and_enter_open_an_old_case_in_the_detail_tab(qtbot, window, services):
    wanted = _old_cases(services)
    window.intake.search.focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.case_search
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.number)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.cert_number
    type_text(qtbot, dialog.cert_number, VALID_ID.lower())
    qtbot.keyClick(dialog.cert_number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.answer is not None)
    assert dialog.results.rowCount() == 1
    row = [dialog.results.item(0, c).text() for c in range(7)]
    assert row[1:3] == ["王**", "110105********002X"] and row[4] == "待出件"
    assert VALID_ID not in "".join(row)
    assert "只查找了本机的办件" in dialog.scope.text()
    assert QApplication.focusWidget() is dialog.results
    dialog.grab().save("/tmp/h11-case-search-dialog.png")
    window.grab().save("/tmp/h11-case-search-window.png")

    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.case is not None and window.detail.case.id == wanted)
    assert not dialog.isVisible()
    assert window.tabs.currentIndex() == DETAIL_TAB
    wait_idle(qtbot, window)
    window.grab().save("/tmp/h11-case-opened.png")

    # Ctrl+F again: the search is still there, the first field ready to be typed over
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.cert_number.text() == VALID_ID.lower()


def test_a_bad_search_says_why_beside_the_field_and_keeps_what_was_typed(qtbot, window, services):
    window.open_case_search()
    dialog = window.case_search
    qtbot.waitUntil(dialog.isVisible)
    dialog.phone.setFocus()
    type_text(qtbot, dialog.phone, "8000")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem.text() != "")
    assert "至少输入7位数字" in dialog.problem.text()
    assert dialog.phone.text() == "8000" and dialog.phone.property("problem") is True
    assert QApplication.focusWidget() is dialog.phone
    dialog.reject()


def test_an_id_card_placed_while_searching_finds_its_cases(qtbot, window, services):
    from ui.devices.card_holder import CardHolder

    wanted = _old_cases(services)
    window.open_case_search()
    dialog = window.case_search
    qtbot.waitUntil(dialog.isVisible)
    window.hub.card_placed.emit(CardHolder("王建国", "111", VALID_ID))
    qtbot.waitUntil(lambda: dialog.answer is not None)
    assert dialog.cert_number.text() == VALID_ID
    assert [
        dialog.results.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dialog.results.rowCount())
    ] == [wanted]
    assert window.intake.applicant.is_empty()  # the card went to the search, not to an intake
    dialog.reject()
