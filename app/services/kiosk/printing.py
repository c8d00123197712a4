"""Printing a queue ticket on the kiosk's printer, chosen by URL.

    escpos+tcp://…, escpos+serial://…, escpos+usb://…   an 80 mm thermal printer (ESC/POS bytes)
    sim://                                               the ESC/POS simulator (demo, tests)
    pdf:///folder                                        the 80 mm PDF into a folder (the default)
    system://[queue]                                     the PC's printer, when the program passes
                                                         its Qt opener (ui.devices.system_printer)

The ESC/POS path is the one the workbench's slips take (drivers.printer.escpos: encode, then
print_raw after the printer's status check). Unlike a pickup slip, a ticket is not spooled for
a later retry: a ticket printed ten minutes late would be taken by nobody, so a failed print
says so at once and the kiosk shows the number large on its screen instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.documents.ticket import TicketData, render_ticket_pdf, ticket_content
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from drivers.printer import (
    Printer,
    PrinterError,
    PrintJob,
    is_slip_printer_url,
    open_printer,
    open_slip_printer,
)
from drivers.printer.escpos.ticket import encode_ticket

log = logging.getLogger(__name__)


PRINTER_SETTING = QT_TRANSLATE_NOOP("messages", "号票打印机设置有误：{problem}")
NOT_PRINTED = QT_TRANSLATE_NOOP("messages", "号票未能打印（{problem}），请记下屏幕上的号码。")


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    message: Message | str  # "" when printed; else why not, for the screen
    where: str = ""  # the file written, or the printer's URL


class TicketPrinter:
    def __init__(self, url: str, open_document_printer: Callable[[str], Printer] | None = None) -> None:
        self.url = url
        self.slip = None
        self.document: Printer | None = None
        self.problem = ""
        scheme = urlsplit(url).scheme
        try:
            if is_slip_printer_url(url) or scheme == "sim":
                self.slip = open_slip_printer(url)
            elif scheme == "pdf" or open_document_printer is None:
                self.document = open_printer(url)
            else:
                self.document = open_document_printer(url)
        except (ValueError, PrinterError) as exc:
            # the kiosk still issues numbers (shown on screen); every print says why it failed
            self.problem = str(exc)
            log.warning("ticket printer %s cannot be opened: %s", url, exc)

    def print_ticket(self, data: TicketData) -> PrintOutcome:
        if self.problem:
            return PrintOutcome(False, Message(PRINTER_SETTING, problem=self.problem))
        content = ticket_content(data)
        try:
            if self.slip is not None:
                where = self.slip.print_raw(encode_ticket(content), content.name)
            else:
                assert self.document is not None
                job = PrintJob(content.name, render_ticket_pdf(data), "ticket")
                where = self.document.print_pdf(job)
        except (PrinterError, OSError, ValueError) as exc:
            log.warning("ticket %s not printed: %s", data.number, exc)
            return PrintOutcome(False, Message(NOT_PRINTED, problem=str(exc)))
        return PrintOutcome(True, "", where)
