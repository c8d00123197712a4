"""`onewindow kiosk`: start the ticket kiosk (取号机).

    onewindow kiosk --demo                                   the demo hall's server, in this process
    onewindow kiosk --server http://host:8080 --enrol-code C  enrol once; the identity is kept
    onewindow kiosk                                          an enrolled kiosk, as it was set up

The kiosk keeps its data in its own folder (--data-dir, else the user data folder's "kiosk"):
its enrolment (terminal.json), the cached hall configuration (hall-config.json), the offline
journal and, by default, the printed tickets as PDFs (号票/). Its printer is --printer
(escpos+tcp://…, escpos+serial://…, pdf:///folder, sim://, system://); its ID card reader is
`card_reader_url` in kiosk.json in that folder (sim:// when absent: the simulator, with a
模拟刷卡 button). Starting with the server unreachable works: the kiosk issues from its
offline block (--slot) with the cached configuration, and says so when it has none yet.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from app.services.kiosk.printing import TicketPrinter
from app.services.kiosk.service import KioskService
from app.services.sync.terminal_identity import enrol_terminal, load_identity
from app.sync.queue_transport import QueueTransport
from app.sync.transport import normalise_base_url

log = logging.getLogger(__name__)
SETTINGS_FILE = "kiosk.json"
TIMEOUT = 4.0  # seconds per request: an applicant waits at most a few of these for a ticket


def data_dir_of(args) -> Path:
    if getattr(args, "data_dir", None):
        return Path(args.data_dir)
    from app.settings import default_data_dir

    return default_data_dir() / "kiosk"


def kiosk_settings(data_dir: Path) -> dict:
    try:
        data = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def terminal_name(slot: int) -> str:
    return f"K{slot:02d} {slot}号取号机"


class DemoServer:
    """--demo: the embedded server of the demo hall (ui.demo_server), started by the kiosk's
    first connection, off the GUI thread; the kiosk enrols with it once (again only when the
    server moved to another port). ``connect`` is the KioskService's way to its queue."""

    def __init__(self, data_dir: Path, slot: int) -> None:
        self.data_dir = data_dir
        self.slot = slot
        self.server = None

    def connect(self) -> QueueTransport:
        from ui.demo_server import start_demo_server

        if self.server is None:
            self.server = start_demo_server(self.data_dir)
        url = self.server.url
        identity = load_identity(self.data_dir)
        if identity is None or identity.server_url != normalise_base_url(url):
            code = self.server.issue_code(f"K{self.slot:02d}", kind="kiosk")
            identity = enrol_terminal(self.data_dir, url, code, terminal_name(self.slot))
        return QueueTransport(identity.transport(timeout=TIMEOUT))

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


def build_service(
    args, data_dir: Path, printer: TicketPrinter | None, demo: DemoServer | None = None
) -> KioskService:
    """The kiosk's composition root: its service, connected as the arguments say (with --demo,
    through ``demo``, which starts the demo hall's server at the first connection)."""
    slot = int(getattr(args, "slot", 1))
    if slot < 1:  # never a silent 1: two kiosks would issue from one offline block
        raise ValueError(f"--slot 应为从 1 开始的取号机编号，收到 {slot}")
    identity = load_identity(data_dir)
    server = (getattr(args, "server", "") or "").strip()
    code = (getattr(args, "enrol_code", "") or "").strip()
    queue, connect = None, None
    wanted = normalise_base_url(server) if server else ""
    if getattr(args, "demo", False):
        connect = demo.connect if demo is not None else None
    elif identity is not None and (not wanted or wanted == identity.server_url or not code):
        if wanted and wanted != identity.server_url:
            log.warning(
                "kiosk enrolled with %s; --server %s ignored without a code", identity.server_url, server
            )
        queue = QueueTransport(identity.transport(timeout=TIMEOUT))
    elif server and code:

        def connect() -> QueueTransport:
            enrolled = enrol_terminal(data_dir, server, code, terminal_name(slot))
            return QueueTransport(enrolled.transport(timeout=TIMEOUT))

    return KioskService(data_dir, queue, slot=slot, printer=printer, connect=connect)


def main(args) -> int:
    from ui.app import quit_on_signals, setup_application
    from ui.kiosk.card_reader import KioskCardReader
    from ui.kiosk.window import KioskWindow

    data_dir = data_dir_of(args)
    data_dir.mkdir(parents=True, exist_ok=True)
    app = setup_application(getattr(args, "lang", "zh_CN"))
    printer_url = (getattr(args, "printer", "") or "").strip() or f"pdf://{data_dir / '号票'}"
    printer = TicketPrinter(printer_url, open_document_printer=_system_printer(data_dir))
    demo = DemoServer(data_dir, int(getattr(args, "slot", 1))) if getattr(args, "demo", False) else None
    try:
        service = build_service(args, data_dir, printer, demo)
    except ValueError as exc:  # --slot 0 or below (beyond the hall's blocks is said when issuing)
        print(exc)
        return 2
    settings = kiosk_settings(data_dir)
    card_url = getattr(args, "card_reader", "") or settings.get("card_reader_url") or "sim://"
    reader = KioskCardReader(str(card_url))
    window = KioskWindow(service, reader)
    if getattr(args, "windowed", False):
        window.resize(1366, 768)
        window.show()
    else:
        window.showFullScreen()
    window.start()
    wake = quit_on_signals(app)
    try:
        return app.exec()
    finally:
        wake.stop()
        window.stop()
        if demo is not None:
            demo.stop()


def _system_printer(data_dir: Path):
    def open_system(url: str):
        from ui.devices.system_printer import open_system_printer

        return open_system_printer(url, data_dir / "printers.json")

    return open_system
