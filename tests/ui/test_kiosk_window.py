"""The kiosk window driven by touch (clicks) on the real widgets, against the fake queue API.

The printer is a PDF folder (the kiosk's default), the card reader the simulator behind sim://
(the real reader polls it over a pty), the service the real KioskService.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.kiosk.printing import TicketPrinter
from app.services.kiosk.service import KioskService
from ui.app import register_fonts
from ui.kiosk.card_reader import KioskCardReader
from ui.kiosk.pages import TOUCH_HEIGHT
from ui.kiosk.window import KioskWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_kiosk_service import FakeQueue, demo_hall

LEFT = Qt.MouseButton.LeftButton


def pdf_text(path) -> str:
    """The PDF's text without whitespace."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())


@pytest.fixture
def server():
    return FakeQueue(demo_hall(closed=("realty",)))


@pytest.fixture
def make_kiosk(qtbot, qapp, tmp_path, server):
    register_fonts(qapp)
    made = []

    def make(reader_url: str | None = "sim://", data: str = "kiosk") -> KioskWindow:
        printer = TicketPrinter(f"pdf://{tmp_path / 'tickets'}")
        service = KioskService(tmp_path / data, server, slot=1, printer=printer, retry_pause=0)
        reader = KioskCardReader(reader_url) if reader_url else None
        window = KioskWindow(service, reader)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.start()
        made.append(window)
        qtbot.waitUntil(lambda: window.state is not None, timeout=30_000)
        return window

    yield make
    for window in made:
        window.stop()


def idle(qtbot, window) -> None:
    qtbot.waitUntil(window.worker.is_idle, timeout=30_000)


def tickets(tmp_path) -> list:
    return sorted((tmp_path / "tickets").glob("*.pdf"))


def test_a_touch_on_a_category_prints_its_ticket(qtbot, make_kiosk, tmp_path):
    k = make_kiosk()
    assert k.stack.currentWidget() is k.start_page and k.hall.text() == "安和县政务服务中心"
    assert "联网" in k.status.text()
    general = k.start_page.buttons["general"]
    assert general.height() >= TOUCH_HEIGHT and "等候0人" in general.detail.text()
    for button in (k.start_page.swipe, k.start_page.appointment, k.start_page.green, k.start_page.serviceman):
        assert button.height() >= TOUCH_HEIGHT
    qtbot.mouseClick(general, LEFT)
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.result_page, timeout=30_000)
    assert k.result_page.number.text() == "A001"
    assert k.result_page.message.text() == "您已领取A001号，前方等待0人"
    assert "请取走号票" in k.result_page.note.text()
    assert k.result_page.ok.height() >= TOUCH_HEIGHT
    [pdf] = tickets(tmp_path)
    text = pdf_text(str(pdf))
    assert "A001" in text and "综合受理" in text and "安和县政务服务中心" in text
    # a tap returns to the start, where the count went up
    qtbot.mouseClick(k.result_page, LEFT)
    assert k.stack.currentWidget() is k.start_page
    assert "等候1人" in general.detail.text()
    assert k.start_page.buttons["general"] is general  # updated in place, not rebuilt under a finger


def test_a_closed_category_is_shown_disabled_and_refused(qtbot, make_kiosk, server, tmp_path):
    k = make_kiosk()
    realty = k.start_page.buttons["realty"]
    assert not realty.isEnabled() and realty.detail.text() == "暂停取号"
    k.take("realty")  # a key press or a stale screen: the server refuses it
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.message_page, timeout=30_000)
    assert k.message_page.title.text() == "该业务暂停取号"
    assert k.message_page.text.text() == "“不动产登记”今日已暂停取号。"
    assert tickets(tmp_path) == []  # nothing printed
    qtbot.mouseClick(k.message_page.back_button, LEFT)
    assert k.stack.currentWidget() is k.start_page


def test_an_id_swipe_carries_the_applicant_with_the_green_channel(qtbot, make_kiosk, server):
    k = make_kiosk()
    assert not k.swipe_page.simulate_button.isHidden()  # only with the simulated reader
    qtbot.mouseClick(k.start_page.swipe, LEFT)
    assert k.stack.currentWidget() is k.swipe_page
    qtbot.mouseClick(k.swipe_page.simulate_button, LEFT)
    qtbot.waitUntil(lambda: k.card is not None, timeout=30_000)
    assert k.stack.currentWidget() is k.start_page and "王*" in k.start_page.prompt.text()
    qtbot.mouseClick(k.start_page.green, LEFT)
    qtbot.mouseClick(k.start_page.buttons["enterprise"], LEFT)
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.result_page, timeout=30_000)
    sent = server.requests[-1]
    assert sent.applicant.name == "王小明" and sent.applicant.id_number == "341021199003074518"
    assert sent.source.value == "id_card" and sent.priority.value == "green"
    assert k.result_page.number.text() == "B001" and "绿色通道" in k.result_page.category.text()
    assert k.card is None  # the applicant's data left with the ticket
    qtbot.mouseClick(k.result_page.ok, LEFT)
    assert not k.start_page.green.isChecked() and "王*" not in k.start_page.prompt.text()


def test_appointment_check_in_on_the_keypad(qtbot, make_kiosk, server):
    server.appointments = {"YY0815": "enterprise"}
    k = make_kiosk(reader_url=None)
    assert not k.start_page.swipe.isEnabled()  # no reader: no swipe button to press
    qtbot.mouseClick(k.start_page.appointment, LEFT)
    page = k.appointment_page
    keypad = page.keypad

    def press(text: str) -> None:
        for i in range(keypad.grid.count()):
            button = keypad.grid.itemAt(i).widget()
            if button.text() == text:
                qtbot.mouseClick(button, LEFT)
                return
        raise AssertionError(f"no key {text}")

    press("字母")
    press("Y")
    press("Y")
    press("数字")
    for key in "08155":
        press(key)
    press("删除")
    assert page.code.text() == "YY0815"
    qtbot.mouseClick(page.ok, LEFT)
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.result_page, timeout=30_000)
    assert k.result_page.number.text() == "B001" and "预约" in k.result_page.category.text()
    # the same code again: already checked in, refused with the server's sentence
    k.go_home()
    qtbot.mouseClick(k.start_page.appointment, LEFT)
    page.code.setText("YY0815")
    qtbot.mouseClick(page.ok, LEFT)
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.message_page, timeout=30_000)
    assert k.message_page.title.text() == "未找到预约" and "已签到" in k.message_page.text.text()


def test_offline_issue_from_the_block_then_reconcile_when_the_server_returns(
    qtbot, make_kiosk, server, tmp_path
):
    k = make_kiosk()
    server.down = True
    k.refresh()
    qtbot.waitUntil(lambda: "离线" in k.status.text(), timeout=30_000)
    assert not k.start_page.appointment.isEnabled()  # check-in needs the server
    qtbot.mouseClick(k.start_page.buttons["general"], LEFT)
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.result_page, timeout=30_000)
    assert k.result_page.number.text() == "A800"
    assert k.result_page.message.text() == "您已领取A800号，前方等待约0人"
    assert "离线取号" in k.result_page.note.text()
    assert "1张待上报" in k.status.text()
    text = pdf_text(str(tickets(tmp_path)[0]))
    assert "A800" in text and "离线取号" in text
    # a closed category is refused offline too, from the cached configuration
    k.go_home()
    k.take("realty")
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.message_page, timeout=30_000)
    assert "暂停取号" in k.message_page.text.text()
    # the server returns: the background refresh reconciles, once
    server.down = False
    k.refresh()
    qtbot.waitUntil(lambda: "联网" in k.status.text(), timeout=30_000)
    idle(qtbot, k)
    assert "待上报" not in k.status.text()
    assert [r.number for r in server.reconciled.values()] == ["A800"]
    k.refresh()
    idle(qtbot, k)
    assert server.reconcile_calls == 1


def test_never_having_seen_the_hall_says_so_in_large_text(qtbot, make_kiosk, server):
    server.down = True
    k = make_kiosk(reader_url=None, data="fresh")
    assert k.stack.currentWidget() is k.message_page
    assert k.message_page.title.text() == "暂时无法取号"
    assert "尚未从服务器取得大厅配置" in k.message_page.text.text()
    assert k.message_page.back_button.isHidden()
    server.down = False
    k.refresh()
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.start_page, timeout=30_000)
    assert set(k.start_page.buttons) == {"general", "enterprise", "realty"}


def test_operator_keys(qtbot, make_kiosk):
    k = make_kiosk(reader_url=None)
    qtbot.keyClick(k, Qt.Key.Key_2)  # the second button: 企业开办
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.result_page, timeout=30_000)
    assert k.result_page.number.text() == "B001"
    qtbot.keyClick(k, Qt.Key.Key_Escape)
    assert k.stack.currentWidget() is k.start_page
