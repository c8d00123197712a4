"""The kiosk's ticket printer by URL: the ESC/POS path the workbench's slips take (a network
printer simulated on 127.0.0.1), a printer that is out of paper, and the PDF folder."""

from __future__ import annotations

import threading
from datetime import datetime

from app.documents.ticket import TicketData
from app.services.kiosk.printing import TicketPrinter
from drivers.printer.escpos.encoder import GS
from drivers.printer.escpos.simulator import EscPosTcpSimulator

TICKET = TicketData("安和县政务服务中心", "D017", "社保医保", 4, 16, datetime(2026, 11, 23, 10, 30))


def test_a_network_thermal_printer_gets_the_ticket_bytes():
    with EscPosTcpSimulator() as printer:
        outcome = TicketPrinter(printer.url).print_ticket(TICKET)
        assert outcome.printed and outcome.message == ""
        # a job is complete when the printer saw the connection close (on its own thread)
        for _ in range(100):
            if printer.peer.jobs:
                break
            threading.Event().wait(0.05)
        [job] = printer.peer.jobs
    assert GS + b"!\x33" + b"D017\n" in job and "社保医保".encode("gb18030") in job
    assert "前方等待4人".encode("gb18030") in job and job.endswith(GS + b"V" + bytes([65, 0]))


def test_a_printer_out_of_paper_says_so_and_the_number_is_still_issued():
    outcome = TicketPrinter("sim://?fail=paper").print_ticket(TICKET)
    assert not outcome.printed and "号票未能打印" in outcome.message
    assert "请记下屏幕上的号码" in outcome.message


def test_a_bad_url_is_said_at_every_print():
    printer = TicketPrinter("lpt://nowhere")
    assert printer.problem
    outcome = printer.print_ticket(TICKET)
    assert not outcome.printed and outcome.message.startswith("号票打印机设置有误")


def test_the_pdf_folder_keeps_every_ticket(tmp_path):
    printer = TicketPrinter(f"pdf://{tmp_path / '号票'}")
    first, again = printer.print_ticket(TICKET), printer.print_ticket(TICKET)
    assert first.printed and again.printed and first.where != again.where
    assert sorted(p.name for p in (tmp_path / "号票").iterdir()) == [
        "号票-D017-20261123-103000-2.pdf",
        "号票-D017-20261123-103000.pdf",
    ]
