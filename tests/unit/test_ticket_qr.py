"""The queue ticket's QR code of its number: on the PDF, in the ESC/POS bytes, on the simulator's paper.

Each is read back the way a window's scanner would: zbarimg on the rendered image.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from datetime import datetime

import pytest

from app.documents.ticket import TicketData, render_ticket_pdf, ticket_content
from drivers.printer.escpos.encoder import GS
from drivers.printer.escpos.qr_reading import MalformedQrCommand, PrintedQr, printed_qr_codes, qr_image
from drivers.printer.escpos.simulator import EscPosTcpSimulator
from drivers.printer.escpos.ticket import QR_MODULE, encode_ticket

TICKET = TicketData("安和县政务服务中心", "A805", "综合受理", 3, 12, datetime(2026, 11, 23, 9, 15))


def zbar(path) -> list[str]:
    tool = shutil.which("zbarimg")
    if tool is None:
        pytest.skip("zbarimg is not installed (./ow test installs zbar-tools)")
    run = subprocess.run([tool, "-q", "--raw", str(path)], capture_output=True, text=True)
    return run.stdout.split()


def test_the_pdf_ticket_carries_a_qr_code_that_scans_to_its_number(tmp_path):
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm is not installed")
    (tmp_path / "ticket.pdf").write_bytes(render_ticket_pdf(TICKET))
    # 100 dpi: coarser than a thermal printer's 203, so a scan here is a scan there
    subprocess.run([tool, "-r", "100", "-png", str(tmp_path / "ticket.pdf"), str(tmp_path / "t")], check=True)
    [png] = tmp_path.glob("t*.png")
    assert zbar(png) == ["A805"]
    # the estimated wait is printed in words beside it
    assert "预计等待约12分钟" in ticket_content(TICKET).details


def test_the_escpos_ticket_has_one_well_formed_qr_command_before_the_notice():
    data = encode_ticket(ticket_content(TICKET))
    assert printed_qr_codes(data) == [PrintedQr("A805", QR_MODULE, "M")]
    store = GS + b"(k" + (len(b"A805") + 3).to_bytes(2, "little") + b"1P0A805"
    assert store in data
    assert data.index("预计等待约12分钟".encode("gb18030")) < data.index(store)
    assert data.index(GS + b"(k\x03\x001Q0") < data.index("请留意".encode("gb18030"))


def test_the_simulated_printer_reads_the_qr_command_and_its_paper_scans(tmp_path):
    from app.services.kiosk.printing import TicketPrinter

    with EscPosTcpSimulator() as printer:
        assert TicketPrinter(printer.url).print_ticket(TICKET).printed
        done = threading.Event()
        for _ in range(100):  # the job ends when the printer sees the connection close
            if printer.peer.jobs:
                break
            done.wait(0.05)
        [symbol] = printer.peer.printed_qr_codes()
    assert symbol.data == "A805"
    image = qr_image(symbol)
    assert image.width == (21 + 8) * QR_MODULE  # version 1 plus the quiet zone, in printer dots
    image.save(tmp_path / "paper.png")
    assert zbar(tmp_path / "paper.png") == ["A805"]


@pytest.mark.parametrize(
    "job",
    [
        GS + b"(k\x05\x001P0A",  # the length says 5, the bytes stop at 4
        GS + b"(k\x03\x001Q0",  # print with nothing stored
        GS + b"(k\x03\x002P0",  # cn 50 is not the QR code
        GS + b"(k\x03\x001C\x00",  # module size 0
    ],
)
def test_a_malformed_qr_command_is_refused_as_a_printer_would_misprint_it(job):
    with pytest.raises(MalformedQrCommand):
        printed_qr_codes(job)
