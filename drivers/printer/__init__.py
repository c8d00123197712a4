"""Printers, chosen by URL: `pdf:///folder` (write the PDF to a folder), `sim://` (records jobs).

The system printer (`system://`, through Qt) lives in ui/devices/ since it needs Qt; the
devices issue adds ESC/POS thermal printers here.
"""

from drivers.printer.base import Printer, PrinterError, PrintJob
from drivers.printer.factory import open_printer

__all__ = ["PrintJob", "Printer", "PrinterError", "open_printer"]
