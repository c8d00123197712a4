"""`onewindow kiosk` as it starts: --demo (the embedded server in-process, enrolled as K01),
--server with --enrol-code (enrolled once, the identity kept), and a server that is not there."""

from __future__ import annotations

import shutil
import subprocess
from argparse import Namespace

import pytest
from PySide6.QtCore import Qt

from app.services.sync.terminal_identity import load_identity
from server.embedded import start_embedded_server
from ui.app import register_fonts
from ui.demo_server import catalog_document
from ui.kiosk.app import DemoServer, build_service
from ui.kiosk.window import KioskWindow


def args(**given) -> Namespace:
    base = dict(
        server="", enrol_code="", demo=False, data_dir=None, windowed=True, lang="zh_CN", slot=1, printer=""
    )
    return Namespace(**{**base, **given})


def pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())


def test_the_demo_kiosk_starts_its_server_enrols_and_prints(qtbot, qapp, tmp_path):
    from app.services.kiosk.printing import TicketPrinter

    register_fonts(qapp)
    data = tmp_path / "kiosk"
    data.mkdir()
    demo = DemoServer(data, 1)
    service = build_service(args(demo=True), data, TicketPrinter(f"pdf://{data / '号票'}"), demo)
    window = KioskWindow(service, None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        window.start()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=60000)
        identity = load_identity(data)
        assert identity is not None and identity.terminal_code == "K01"
        assert window.hall.text() == "安和县政务服务中心" and "联网" in window.status.text()
        qtbot.mouseClick(window.start_page.buttons["enterprise"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.result_page, timeout=30_000)
        assert window.result_page.number.text() == "B001"
        [pdf] = list((data / "号票").glob("*.pdf"))
        assert "B001" in pdf_text(pdf) and "企业开办" in pdf_text(pdf)
    finally:
        window.stop()
        demo.stop()


def test_server_and_enrol_code_enrol_once_and_keep_the_identity(tmp_path):
    server = start_embedded_server(tmp_path / "hall", catalog_document())
    try:
        data = tmp_path / "kiosk2"
        given = args(server=server.url + "/", enrol_code=server.issue_code("K02", kind="kiosk"), slot=2)
        service = build_service(given, data, None)
        assert service.queue is None and load_identity(data) is None  # enrols at the first refresh
        state = service.refresh()
        assert state.online and load_identity(data).terminal_code == "K02"
        # the next start uses the kept identity; the one-time code is spent and not needed
        again = build_service(args(server=server.url), data, None)
        assert again.queue is not None and again.refresh().online
        ticket = again.take_ticket("general")
        assert ticket.number == "A001" and "本取号机未设置号票打印机" in ticket.print_message
    finally:
        server.stop()


def test_a_kiosk_that_cannot_reach_its_server_says_so(tmp_path):
    service = build_service(args(server="http://127.0.0.1:9", enrol_code="ABCD-1234"), tmp_path / "k", None)
    state = service.refresh()
    assert not state.online and not state.configured
    assert "尚未从服务器取得大厅配置" in state.problem and "登记失败" in state.problem
    nothing = build_service(args(), tmp_path / "k3", None).refresh()
    assert "尚未登记" in nothing.problem


def test_slot_zero_is_refused_not_taken_for_slot_one(tmp_path):
    with pytest.raises(ValueError, match="--slot"):
        build_service(args(slot=0), tmp_path / "k", None)
