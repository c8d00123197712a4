"""Document scanners, chosen by URL (DESIGN.md "Devices are chosen by URL").

sim://?pages=3&seed=7&fail=jam|offline|empty   simulated A4 pages
sane:// | sane://<device-name>                 SANE (python-sane, else the scanimage command)
twain:// | twain://<source name>                TWAIN on Windows (pytwain)
folder:///path/to/hot-folder?wait=120&settle=1.5  files a network scanner drops
camera://0                                     a document camera (高拍仪), Qt Multimedia, ui/devices/
"""

from drivers.scanner.base import COLOURS, SOURCES, ScannedImage, Scanner
from drivers.scanner.factory import UnusableScanner, backends, open_scanner, scan_to_file, write_pages

__all__ = [
    "COLOURS",
    "SOURCES",
    "ScannedImage",
    "Scanner",
    "UnusableScanner",
    "backends",
    "open_scanner",
    "scan_to_file",
    "write_pages",
]
