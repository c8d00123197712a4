"""The preview pane and every print key belong to the case on screen (issue 12, item 1), and the
pane can be narrowed and zoomed (items 2 and 10). Printing goes to the simulated printer
(sim://), whose jobs are named after the document and its case number."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from app.bootstrap import build_services, demo_settings
from drivers.printer.simulator import SimulatedPrinter
from tests.ui.conftest import VALID_ID, fill_applicant, pick_matter, press, type_text, wait_idle
from tests.ui.test_sign_in_screen import (
    cache_users,
    confirm_sign_out,
    sign_in_by_keyboard,
)
from ui.devices.card_holder import CardHolder

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
RENEWAL = "居民身份证换领"  # a promised case (承诺件): its result comes back later


@pytest.fixture
def clerk_services(tmp_path):
    """A terminal whose clerks sign in; F9 prints without the one-key confirmation."""
    settings = demo_settings(tmp_path / "data", sample_cases=False)
    settings = replace(settings, window=replace(settings.window, confirm_decisions=False))
    services = build_services(settings)
    yield services
    services.close()


def _simulated_printer(services) -> SimulatedPrinter:
    printer = SimulatedPrinter()
    services.printing.printer = printer
    return printer


def _accept(qtbot, window, name: str = "王小明") -> str:
    pick_matter(qtbot, window, RENEWAL, RENEWAL)
    fill_applicant(qtbot, window, name=name)
    window.intake.checklist.focus_first()
    press(qtbot, window, K.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    number = window.intake.case.number
    press(qtbot, window, K.Key_F9)
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    return number


def _open_from_today(qtbot, window, number: str) -> None:
    qtbot.waitUntil(lambda: window.today.select_number(number))
    window.today.focus()
    window.today.select_number(number)
    qtbot.keyClick(window.today.table, K.Key_Return)
    qtbot.waitUntil(lambda: window.detail.case is not None and window.detail.case.number == number)
    wait_idle(qtbot, window)


def _hand_out(qtbot, window, number: str) -> None:
    """结果到件 in 办件详情, then 出件 to the applicant, whose card is read."""
    _open_from_today(qtbot, window, number)
    qtbot.mouseClick(window.detail.result_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.case.status == "result_ready")
    wait_idle(qtbot, window)
    press(qtbot, window, K.Key_F6)
    panel = window.issuance
    type_text(qtbot, panel.number, number)
    qtbot.keyClick(panel.number, K.Key_Return)
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.number == number)
    window.hub.card_placed.emit(CardHolder("王小明", "111", VALID_ID))
    press(qtbot, window, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "已出件" in panel.banner.text())
    wait_idle(qtbot, window)


def _ctrl_p(qtbot, window, printer: SimulatedPrinter) -> str:
    """Ctrl+P and the name of the job it printed (the document's title and case number)."""
    before = len(printer.jobs)
    press(qtbot, window, K.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(printer.jobs) == before + 1)
    wait_idle(qtbot, window)
    return printer.jobs[-1].name


def test_ctrl_p_in_case_detail_prints_the_opened_case_not_the_one_left_in_the_preview(
    qtbot, window, services
):
    printer = _simulated_printer(services)
    earlier = _accept(qtbot, window, "李四")
    handed_out = _accept(qtbot, window)
    _hand_out(qtbot, window, handed_out)
    assert window.preview.document.kind == "issuance_record"
    assert window.preview.document.case_number == handed_out

    # the other applicant's case opened in 办件详情: the 出件登记单 leaves the pane
    _open_from_today(qtbot, window, earlier)
    assert window.preview.document is None
    assert "Ctrl+P 重新打印本办件的受理通知书" in window.preview.state.text()  # what the key will do
    assert window.preview.reprint_button.isEnabled()  # and the pane's button does the same
    name = _ctrl_p(qtbot, window, printer)
    assert earlier in name and handed_out not in name
    assert printer.jobs[-1].kind == "receipt"
    # what was printed is what the pane shows now: that case's 受理通知书
    qtbot.waitUntil(lambda: window.preview.document is not None and window.preview.page_count() > 0)
    assert window.preview.document.case_number == earlier
    assert earlier in window.preview.title.text()


def test_the_next_intake_empties_the_preview_and_ctrl_p_prints_nothing_for_a_draft(qtbot, window, services):
    printer = _simulated_printer(services)
    first = _accept(qtbot, window)
    assert window.preview.document.case_number == first
    # the applicant still at the desk asks for another copy: the intake shows their outcome
    assert first in _ctrl_p(qtbot, window, printer)

    pick_matter(qtbot, window, RENEWAL, RENEWAL)  # the next applicant's intake
    assert window.preview.document is None
    jobs = len(printer.jobs)
    press(qtbot, window, K.Key_P, CTRL)
    wait_idle(qtbot, window)
    assert len(printer.jobs) == jobs
    draft = window.intake.case.number
    assert f"办件 {draft} 还没有文书" in window.preview.state.text()


def test_switching_to_a_tab_with_another_case_empties_the_preview(qtbot, window, services):
    _simulated_printer(services)
    first = _accept(qtbot, window)
    second = _accept(qtbot, window, "李四")
    _open_from_today(qtbot, window, first)
    window.detail.documents.setCurrentRow(0)
    window.detail.show_document.emit(window.detail.documents.item(0).data(Qt.ItemDataRole.UserRole))
    qtbot.waitUntil(lambda: window.preview.document is not None)
    assert window.preview.document.case_number == first
    # back to 收件, which still shows the outcome of the second applicant's decision
    press(qtbot, window, K.Key_F2)
    assert window.preview.document is None
    assert window.case_on_screen.current().number == second


def test_sign_out_and_sign_in_leave_the_preview_empty(qtbot, make_window, clerk_services):
    cache_users(clerk_services, ("wangf", "王芳", "secret-1"), ("zhaol", "赵磊", "secret-2"))
    w = make_window(clerk_services)
    printer = _simulated_printer(clerk_services)
    sign_in_by_keyboard(qtbot, w, "wangf", "secret-1")
    sizes = w.splitter.sizes()
    w.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - 150, 150])
    narrowed = w.splitter.sizes()[2]
    _accept(qtbot, w)
    assert w.preview.document is not None
    ctrl_shift = CTRL | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), K.Key_L, ctrl_shift)
    confirm_sign_out(qtbot, w)
    wait_idle(qtbot, w)
    assert w.preview.document is None and w.preview.page_count() == 0
    sign_in_by_keyboard(qtbot, w, "zhaol", "secret-2")
    assert w.preview.document is None
    assert w.splitter.sizes()[2] == narrowed  # the pane the clerk narrowed stays so all session
    jobs = len(printer.jobs)
    press(qtbot, w, K.Key_P, CTRL)
    wait_idle(qtbot, w)
    assert len(printer.jobs) == jobs
    assert "没有可重新打印的文书" in w.preview.state.text()


def test_the_preview_zooms_from_the_keyboard_and_with_ctrl_wheel(qtbot, window, services):
    _simulated_printer(services)
    _accept(qtbot, window)
    preview = window.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    assert preview.zoom_text() == "适合宽度"
    press(qtbot, window, K.Key_Equal, CTRL)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = preview.view.zoomFactor()
    assert preview.zoom_text() == f"{round(bigger * 100)}%"
    press(qtbot, window, K.Key_Minus, CTRL)
    assert preview.view.zoomFactor() < bigger
    press(qtbot, window, K.Key_0, CTRL)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.zoom_text() == "适合宽度"

    viewport = preview.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom_text().endswith("%")


def test_the_preview_can_be_narrowed_and_stays_narrow_for_the_session(qtbot, window, services):
    _simulated_printer(services)
    splitter = window.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([330, total - 330 - 150, 150])
    assert splitter.sizes()[2] < 180  # the pane's frame around the preview's 150 px
    narrowed = splitter.sizes()[2]
    _accept(qtbot, window)  # a document shown in the narrow pane does not widen it
    press(qtbot, window, K.Key_F6)
    press(qtbot, window, K.Key_F2)
    assert splitter.sizes()[2] == narrowed
