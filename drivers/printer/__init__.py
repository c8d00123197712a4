"""Printers, chosen by URL.

Documents (A4 PDFs): `pdf:///folder` (write the PDF to a folder), `sim://` (records jobs); the
system printer (`system://`, through Qt) lives in ui/devices/system_printer.py since it needs Qt.
Slips (80 mm thermal, ESC/POS): `escpos+tcp://`, `escpos+serial://`, `escpos+usb://`, `sim://`
— see `drivers.printer.escpos`. A slip waits in a `Spool` folder until the printer took it.
"""

from drivers.printer.base import Printer, PrinterError, PrintJob, UnavailablePrinter
from drivers.printer.escpos import EscPosError, EscPosPrinter, SlipPrinter, open_slip_printer
from drivers.printer.factory import backends, is_slip_printer_url, open_printer, support
from drivers.printer.spool import RetryReport, Spool, SpooledJob

__all__ = [
    "EscPosError",
    "EscPosPrinter",
    "PrintJob",
    "Printer",
    "PrinterError",
    "RetryReport",
    "SlipPrinter",
    "Spool",
    "SpooledJob",
    "UnavailablePrinter",
    "backends",
    "is_slip_printer_url",
    "open_printer",
    "open_slip_printer",
    "support",
]
