"""ESC/POS over real links: a TCP printer simulator on 127.0.0.1, a serial printer on a real pty."""

from __future__ import annotations

import socket
import sys
import threading

import pytest

from drivers.printer import PrinterError, open_slip_printer
from drivers.printer.escpos import Barcode, Cut, Slip, Text, encode
from drivers.printer.escpos.simulator import EscPosPeer, EscPosPtySimulator, EscPosTcpSimulator

SLIP = Slip((Text("安和县政务服务中心"), Barcode("A001"), Cut()), "测试")


def test_a_slip_reaches_the_tcp_printer_byte_for_byte():
    with EscPosTcpSimulator() as sim:
        printer = open_slip_printer(sim.url)
        assert printer.status().ok
        printer.print_slip(SLIP)
        printer.print_raw(b"\x1b@second")
        # a job is complete when the printer saw the connection close
        for _ in range(50):
            if len(sim.peer.jobs) == 2:
                break
            threading.Event().wait(0.05)
    assert sim.peer.jobs == [encode(SLIP), b"\x1b@second"]


def test_a_tcp_printer_out_of_paper_refuses_before_the_job_is_sent():
    with EscPosTcpSimulator(EscPosPeer("paper")) as sim:
        with pytest.raises(PrinterError, match="缺纸") as err:
            open_slip_printer(sim.url).print_slip(SLIP)
        assert err.value.code == "paper_out"
        assert "安和县".encode("gb18030") not in bytes(sim.peer.received)


def test_a_refused_connection_is_not_connected():
    with socket.socket() as s:  # a port nobody listens on: bind it, never listen
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with pytest.raises(PrinterError, match="打印机未连接") as err:
            open_slip_printer(f"escpos+tcp://127.0.0.1:{port}?timeout=1").print_slip(SLIP)
    assert err.value.code == "not_connected"


def test_a_printer_that_accepts_but_never_answers_gives_up_after_the_timeout():
    server = socket.create_server(("127.0.0.1", 0))  # the kernel accepts; nobody reads or answers
    try:
        url = f"escpos+tcp://127.0.0.1:{server.getsockname()[1]}?timeout=0.3"
        with pytest.raises(PrinterError) as err:
            open_slip_printer(url).print_slip(SLIP)
        assert err.value.code == "no_reply"
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_slip_reaches_a_serial_printer_on_a_real_pty():
    with EscPosPtySimulator(idle=0.2) as sim:
        printer = open_slip_printer(sim.url)
        assert printer.status().ok
        printer.print_slip(SLIP)
        for _ in range(60):
            if sim.peer.jobs:
                break
            threading.Event().wait(0.05)
    assert sim.peer.jobs == [encode(SLIP)]


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_serial_printer_with_its_cover_open_says_so():
    with EscPosPtySimulator(EscPosPeer("cover")) as sim, pytest.raises(PrinterError, match="纸仓盖"):
        open_slip_printer(sim.url).print_slip(SLIP)


def test_a_missing_serial_port_is_not_connected():
    with pytest.raises(PrinterError, match="串口不存在") as err:
        open_slip_printer("escpos+serial:///dev/onewindow-no-such-port").print_slip(SLIP)
    assert err.value.code == "not_connected"
