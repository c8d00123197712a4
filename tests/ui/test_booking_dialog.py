"""预约 at the window by keyboard, on the real workbench against the real central server (the demo
hall, its clock on Monday 23 November 2026, 09:30; 综合受理 takes one booking a half hour):
Ctrl+Shift+P with the intake's applicant brought in, Tab and ↑↓ to a slot, a slot taken meanwhile
refused in words with nothing typed lost, the next one booked and its code shown; no server said
so; a card on the reader fills the booker; Esc keeps what was typed; 取消预约 for the booker; and
Ctrl+F7 on a booking checked in starts the intake with its matter."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import VALID_ID, fill_applicant, pick_matter, press, type_text, wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from test_window_appointments_server import (
    LI,
    MORNING,
    TODAY,
    TOMORROW,
    booking,
    matter,
    open_for_booking,
    rows,
)
from test_window_queue_service import hall_workbench, open_hall

from app.domain.tickets import TicketSource
from app.sync.queue_protocol import TicketRequest
from ui.app import register_fonts
from ui.appointments.booking_dialog import BookingDialog
from ui.devices.card_holder import CardHolder
from ui.main_window import MainWindow
from ui.theme import STYLESHEET

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def hall(tmp_path):
    with open_hall(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path) as h:
        h.app.state.ctx.now = lambda: MORNING
        yield h


@pytest.fixture
def workbench(hall, tmp_path):
    services = hall_workbench(hall, tmp_path / "wb")
    services.sync_runner = None  # the dialog is under test, not the background sync
    open_for_booking(hall, services)
    yield services
    services.close()


@pytest.fixture
def window(qtbot, qapp, workbench):
    register_fonts(qapp)
    qapp.setStyleSheet(STYLESHEET)
    w = MainWindow(workbench)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    settle(qtbot, w)
    yield w
    w.intake._save_timer.stop()
    w.hub.stop()
    settle(qtbot, w)
    w.close()
    settle(qtbot, w)
    shiboken6.delete(w)


def settle(qtbot, w) -> None:
    """Every queued job of the workbench, its queue panel and the 预约 dialog delivered."""
    dialog = w.booking_dialog
    qtbot.waitUntil(
        lambda: (
            w.worker.is_idle()
            and w.queue.worker.is_idle()
            and not w.queue._acting
            and (dialog is None or dialog.worker.is_idle())
        ),
        timeout=30_000,
    )
    wait_idle(qtbot, w)


def focused():
    return QApplication.focusWidget()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def opened(qtbot, w) -> BookingDialog:
    press(qtbot, w, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: w.booking_dialog is not None and w.booking_dialog.isVisible())
    dialog = w.booking_dialog
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    settle(qtbot, w)
    return dialog


def test_booked_by_keyboard_with_a_full_slot_refused_in_between(qtbot, window, workbench, hall):
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    fill_applicant(qtbot, window)
    dialog = opened(qtbot, window)
    form = dialog.booking
    assert (form.name.text(), form.id_number.text(), form.phone.text()) == ("王小明", VALID_ID, "13800138000")
    assert form.matter.edit.text().startswith("内地居民结婚登记")
    assert focused() is form.channel and form.channel.currentText() == "窗口预约"
    assert form.category.currentText() == "综合受理" and form.day.currentData() == TODAY
    assert form.slots.texts()[0] == "10:00-10:30  余1"  # today: what has not begun
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)  # Enter walks on like Tab: from the category to the day
    assert focused() is form.day
    key(qtbot, Qt.Key.Key_Down)  # tomorrow
    settle(qtbot, window)
    assert form.day.currentData() == TOMORROW and form.slots.chosen() == "10:00-10:30"  # the time kept
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.slots
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    assert form.slots.chosen() == "09:00-09:30"
    # meanwhile a caller on another window's phone takes that slot's only place
    workbench.appointments.book(booking(LI, slot="09:00-09:30"))
    key(qtbot, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    assert "已约满（1人）" in dialog.banner.text()
    assert form.slots.texts()[:2] == ["09:00-09:30  已约满", "09:30-10:00  余1"]
    assert focused() is form.slots and form.slots.chosen() == "09:30-10:00"  # ↑ does not choose the full one
    key(qtbot, Qt.Key.Key_Up)
    assert form.slots.chosen() == "09:30-10:00"
    # nothing typed was lost
    assert (form.name.text(), form.id_number.text(), form.phone.text()) == ("王小明", VALID_ID, "13800138000")
    assert form.day.currentData() == TOMORROW and form.matter.edit.text().startswith("内地居民结婚登记")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    mine = next(r for r in rows(hall) if r.name == "王小明")
    assert (mine.slot, mine.day, mine.channel, mine.matter_name) == (
        "09:30-10:00",
        TOMORROW,
        "window",
        "内地居民结婚登记",
    )
    said = dialog.banner.text()
    assert f"预约码 {mine.code}" in said and "2026-11-24 09:30-10:00" in said
    assert "预约前一天" in said and "138****8000" in said and "预约凭条" in said
    assert form.name.text() == "" and form.phone.text() == ""  # ready for the next booker
    assert form.slots.texts()[1] == "09:30-10:00  已约满"
    assert mine.code in window.status.currentMessage()

    # 取消预约 (Alt+X): the booking just made is there; the booker's card fills the ID number
    key(qtbot, Qt.Key.Key_X, ALT)
    assert dialog.tabs.currentIndex() == 1 and dialog.cancelling.code.text() == mine.code
    window.hub.card_placed.emit(CardHolder("王小明", "111", VALID_ID))
    qtbot.waitUntil(lambda: dialog.cancelling.id_number.text() == VALID_ID)
    assert window.intake.applicant.cert_number.text() == VALID_ID  # the intake's was not touched
    key(qtbot, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    assert "已取消预约" in dialog.banner.text()
    with hall.app.state.ctx.sessions() as s:
        from server.store.models import AppointmentRow

        assert s.get(AppointmentRow, mine.id).cancelled_at is not None


def test_no_server_is_said_and_nothing_typed_is_lost_then_esc_keeps_it(qtbot, window, workbench):
    workbench.net.down = True
    dialog = opened(qtbot, window)
    form = dialog.booking
    assert "预约需要连接服务器" in dialog.banner.text()
    form.name.setFocus()
    type_text(qtbot, form.name, "李秀英")
    window.hub.card_placed.emit(CardHolder("李秀英", "111", LI[1]))
    qtbot.waitUntil(lambda: form.id_number.text() == LI[1])
    assert focused() is form.phone and "李**" in dialog.banner.text()
    type_text(qtbot, form.phone, "13900000001")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    assert "预约需要连接服务器" in dialog.banner.text()
    assert (form.name.text(), form.id_number.text(), form.phone.text()) == ("李秀英", LI[1], "13900000001")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.isAncestorOf(focused()) if focused() else False)  # its keys work again
    workbench.net.down = False
    again = opened(qtbot, window)  # the server is back: the slots come, what was typed is still there
    assert again is dialog and form.phone.text() == "13900000001" and form.slots.count() > 0


def test_ctrl_f7_on_a_booking_checked_in_starts_the_intake_with_its_matter(qtbot, window, workbench):
    code, name = matter(workbench)
    booked = workbench.appointments.book(
        booking(day=TODAY, slot="14:00-14:30", matter_code=code, matter_name=name)
    )
    request = TicketRequest(
        request_id=str(uuid.uuid4()),
        category="general",
        source=TicketSource.APPOINTMENT,
        appointment_code=booked.code,
    )
    number = workbench.queue_link().take_ticket(request).ticket.number
    window.intake.applicant.name.setText("李四")  # someone else's case is still being typed
    press(qtbot, window, Qt.Key.Key_F7)
    settle(qtbot, window)
    assert window.queue.card.number.text() == number and f"预约：{name}" in window.queue.card.details.text()
    assert window.intake.case is None
    window.intake.reset()
    press(qtbot, window, Qt.Key.Key_F7, CTRL)
    settle(qtbot, window)
    case = window.intake.case
    assert case is not None and case.matter_codes == (code,) and case.title == name
    assert window.intake.search.edit.text() == f"{name}（{code}）"
    assert f"{number}号为预约签到" in window.intake.banner.text()
    press(qtbot, window, Qt.Key.Key_F7, CTRL)  # again: the case stays as it is
    settle(qtbot, window)
    assert window.intake.case.id == case.id
