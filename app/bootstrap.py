"""The workbench's composition root: builds the store, the catalog, the calendar, printers and
use cases.

Nothing in the app opens a file, a database or a device at import time; it all happens here,
from the settings, when a program starts. Each program has one root like this:
- the clerk workbench and the demo: ``Services`` here, made by ``ui.cli._workbench`` and opened
  by ``ui.sync.startup`` (the demo's with the embedded server's address: ``open(server_url=…)``);
- the kiosk: ``ui.kiosk.app.build_service``; the hall display: ``ui.display.app.open_display``;
- the embedded demo server, for all of them: ``ui.demo_server`` (the only ui module that may
  import ``server``).
The main window hands each panel only the use cases it works with (``MainWindow._attach_use_cases``);
the clerk on duty reaches the use cases through one ``WindowContext`` (see ``use_clerk``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.device_set import DeviceSet, QtFactories, open_devices
from app.resources import resource_path
from app.services.clock import Clock, system_clock
from app.settings import Settings, demo_settings, save_device_urls

if TYPE_CHECKING:  # the real imports happen in Services.open(), see there
    import httpx
    from sqlalchemy import Engine

    from app.domain.working_days import WorkCalendar
    from app.services.cases.access import AccessRecords
    from app.services.cases.calendar_years import CalendarYears
    from app.services.cases.intake import IntakeService
    from app.services.cases.issuance import IssuanceService
    from app.services.cases.query import CaseQueryService
    from app.services.catalog.lookup import CatalogService
    from app.services.config import WindowContext
    from app.services.documents.output import DocumentOutput
    from app.services.documents.slips import SlipService
    from app.services.pages.retention import ScanRetention
    from app.services.pages.service import PageService
    from app.services.queue.appointments import Appointments
    from app.services.queue.window import WindowQueueService
    from app.services.ratings import RatingService
    from app.services.sign_in import SignedInUser, SignInService
    from app.services.sync.runner import SyncRunner
    from app.services.sync.service import SyncService, SyncStatus
    from app.services.unresolved_reports import UnresolvedReports
    from drivers.scanner import Scanner

__all__ = ["Services", "build_services", "demo_settings"]
QUEUE_JOURNAL_DIR = "叫号离线记录"  # the window's paper tickets served offline (OfflineJournal)
SPOOL_DIR = "凭条待打印"  # slips waiting for the slip printer (drivers/printer/spool.py)
PINYIN_CACHE = "catalog-pinyin-keys.json"  # the catalog names' pinyin (services/catalog/pinyin_cache.py)


class Services:
    """Everything a program needs, opened in two steps.

    `Services(settings)` is instant and knows only the settings, so a window can be shown at
    once; `open()` does the slow part (database, catalog index, calendar) and may run on a
    worker thread while the window paints. Use-case attributes exist only after `open()`.
    """

    catalog: CatalogService
    intake: IntakeService
    cases: CaseQueryService
    issuance: IssuanceService
    printing: DocumentOutput
    pages: PageService
    slips: SlipService
    ratings: RatingService
    unresolved: UnresolvedReports  # 办不成事 反映 taken at this window, for the hall manager
    access: AccessRecords  # reads of a citizen's record at this window, for the audit log
    retention: ScanRetention  # a closed case's scans off this PC after the hall's days
    scanner: Scanner
    calendar: WorkCalendar
    calendar_years: CalendarYears  # entering a year's holiday schedule (onewindow calendar import)
    engine: Engine
    devices: DeviceSet
    sync: SyncService
    sync_runner: SyncRunner | None  # created, not started; None while standalone
    sign_in: SignInService
    queue: WindowQueueService  # the queue panel's use case (叫号)
    appointments: Appointments  # 预约 at the window and by phone (needs the server)
    window: WindowContext  # who is on duty: every use case that records a clerk reads it

    def __init__(
        self,
        settings: Settings,
        clock: Clock = system_clock,
        device_factories: QtFactories | None = None,
        sync_client: httpx.Client | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        # the HTTP client sync talks through; None: its own (tests and the embedded demo pass one)
        self.sync_client = sync_client
        # backends that need Qt (system printer, camera, on-screen evaluator), from the GUI program
        self.device_factories = dict(device_factories or {})
        self.is_open = False
        # called with each SyncStatus from the sync runner's thread (a GUI forwards to its own)
        self.sync_listeners: list[Callable[[SyncStatus], None]] = []

    def open(self, server_url: str | None = None) -> Services:
        """``server_url``: the server this workbench syncs with, when it is learnt only at start
        (the demo's embedded server); given before anything is built, so all of it uses it.

        A sealed store (app/services/window_store.py) stays locked: only ``unlock`` (a
        StoreUnlock, the sign-in screen's service until a clerk is in) exists, and its sign-in
        opens the rest with the released key (``_open_store``)."""
        from app.services.window_store import WindowStore

        if server_url is not None:
            self.settings = replace(self.settings, server_url=server_url)
        self.store = WindowStore(self.settings.data_dir)
        if self.store.locked:
            from app.services.store_unlock import StoreUnlock

            self.unlock = StoreUnlock(
                self.store, self.settings.server_url, self.sync_client, self.clock, self._open_store
            )
            return self
        return self._open_store(None)

    @property
    def locked(self) -> bool:
        """Opened on a sealed store nobody has signed in to yet: only ``unlock`` is there."""
        store = getattr(self, "store", None)
        return store is not None and store.locked and not self.is_open

    def _open_store(self, key: bytes | None) -> Services:
        """Everything, on the store opened with ``key`` (None: a store never sealed)."""
        # imported here, not at the top: SQLAlchemy, pypinyin's dictionaries and the rest take
        # half a second to import, and a window that waits for them paints half a second later
        from app.services.cases.access import AccessRecords
        from app.services.cases.calendar_years import CalendarYears, hall_calendar
        from app.services.cases.intake import IntakeService
        from app.services.cases.issuance import IssuanceService
        from app.services.cases.licences import LicenceFinder
        from app.services.cases.query import CaseQueryService
        from app.services.catalog.loading import load_catalog
        from app.services.catalog.lookup import CatalogService
        from app.services.config import WindowContext
        from app.services.documents.output import DocumentOutput
        from app.services.documents.slips import SlipService
        from app.services.hall_security import scans_on_window_days
        from app.services.pages.files import PageFiles
        from app.services.pages.retention import ScanRetention
        from app.services.pages.service import PageService
        from app.services.queue.appointments import Appointments
        from app.services.queue.window import WindowQueueService
        from app.services.ratings import RatingService
        from app.services.sign_in import SignInService
        from app.services.sync.runner import SyncRunner
        from app.services.sync.service import SyncService, cached_catalog_path
        from app.services.unresolved_reports import UnresolvedReports
        from app.store.db import open_database
        from app.store.sealing import seal_database
        from drivers.printer import Spool

        settings, clock, seal = self.settings, self.clock, self.store.seal
        if key is not None:
            seal_database(settings.database_path, key)  # kept in clear before (or cut off): now
        engine, sessions = open_database(settings.database_path, key)
        self._sessions = sessions
        self.sync = SyncService(
            sessions,
            settings.server_url,
            settings.data_dir,
            settings.pages_dir,
            clock,
            self.sync_client,
            seal=seal,
        )
        self.sync.mirror_identity()  # the terminal's credentials, for a sign-in before unlocking
        # one holder of the clerk on duty, read by each use case when it acts (see use_clerk)
        self.window = WindowContext(settings.window)
        hall_code, terminal_code = self.sync.identity()
        if hall_code and terminal_code:
            # the server's enrolment names this terminal: its case numbers must not collide with
            # another window's of the hall
            self.window.enrolled(hall_code, terminal_code)
        # the catalog the server last sent beats the bundled sample (an explicit file beats both)
        cached = cached_catalog_path(settings.data_dir)
        catalog = load_catalog(settings.catalog_path or (cached if cached.exists() else None))
        bundled = load_calendar(settings.calendar_path).overrides
        calendar = hall_calendar(bundled, settings.data_dir)  # with the years entered at this PC
        self.devices = open_devices(settings, self.device_factories)
        cfg = self.window
        documents = DocumentOutput(settings.documents_dir, self.devices.printer(), sessions, cfg, clock, seal)
        self.engine = engine
        self.catalog = CatalogService(catalog, settings.data_dir / PINYIN_CACHE)
        # 电子证照 through the hall's server in the clerk's name (the case link opens below)
        licences = LicenceFinder(lambda: self.case_link())
        self.intake = IntakeService(sessions, catalog, cfg, calendar, documents, clock, licences)
        self.cases = CaseQueryService(sessions, calendar, clock)
        self.issuance = IssuanceService(sessions, cfg, calendar, documents, clock)
        self.printing = documents
        self.ratings = RatingService(sessions, cfg, clock)
        # through the outbox like a rating; `online` only chooses what the clerk is told
        self.unresolved = UnresolvedReports(sessions, cfg, clock, online=self._server_answers)
        self.access = AccessRecords(sessions, cfg, clock)  # reads of a record, for the audit log
        # a mistyped URL must not stop the workbench: its device stands in and says why it fails
        # (slips wait in the spool, documents are archived and can be reprinted)
        spool = Spool(settings.data_dir / SPOOL_DIR, seal)
        self.slips = SlipService(sessions, self.devices.slip_printer(), spool, cfg, clock)
        page_files = PageFiles(settings.pages_dir, seal)
        self.pages = PageService(sessions, page_files, clock, cfg)
        self.scanner = self.devices.scanner()
        self.calendar = calendar
        self.calendar_years = CalendarYears(sessions, settings.data_dir, calendar, bundled, clock)
        # dates estimated (暂按周末计算) before a year was entered, if a recount was missed
        self.calendar_years.recount_open_cases()
        self.sync.on_calendar_year = self.calendar_years.enter_from_server  # years the server sends
        self.sign_in = SignInService(sessions, self.sync, clock, store=self.store)
        self.store.seal_now = self._seal_open_store  # the first online sign-in's key seals it
        self.sync.on_passwords_changed = self.store.forget_passwords
        sync = self.sync
        # a closed case's scans leave this PC after the hall's days, once the server holds them
        self.retention = ScanRetention(
            sessions,
            page_files,
            clock,
            days=lambda: scans_on_window_days(sync.hall_config()),
            enrolled=lambda: bool(sync.identity()[1]),
            access=self.access,
        )
        self.sync_listeners.append(self.retention.after_sync)
        self.sync_listeners.append(self.sign_in.after_sync)  # sign-outs made offline end on the server
        self.queue = self._open_queue(WindowQueueService)
        # 预约 through the queue's link, in the clerk's name; a counter booking's slip on the slips'
        self.appointments = Appointments(self.queue_link, self.sync.hall_config, clock, self.slips)
        self._open_case_search(sessions)
        configured = self.sync.status().configured
        self.sync_runner = (
            SyncRunner(self.sync, self._sync_status, interval=settings.sync_interval)
            if settings.server_url or configured
            else None
        )
        self.is_open = True
        if key is not None:
            self._seal_files()  # what was written in clear before the store was sealed
        if settings.sample_cases:
            self._add_sample_cases(sessions, catalog, calendar)
        return self

    def _open_queue(self, service_class) -> WindowQueueService:
        """The window's queue: through the sync's server and credentials, its paper tickets kept
        in the data folder; reconciled after every sync round that reached the server."""
        from app.services.queue.link import QueueLink
        from app.services.queue.offline_journal import OfflineJournal
        from app.services.queue.paper_tickets import PaperTickets

        def clerk() -> str:
            # the signed-in user's username is who the server records; before anyone signed in
            # (a standalone workbench without sign-in) the configured clerk's name
            user = self.sign_in.current
            return user.username if user is not None else self.window.config.clerk_name

        # the window's queue calls go in the name of the clerk signed in online (their token)
        self.queue_link = QueueLink(self.sync, self.sync_client, user_token=lambda: self.sign_in.token)
        journal = self._journal = OfflineJournal(self.settings.data_dir / QUEUE_JOURNAL_DIR, self.store.seal)
        queue = service_class(
            self.queue_link, PaperTickets(journal), lambda: self.window.config.window_name, clerk, self.clock
        )
        self.sync_listeners.append(queue.after_sync)
        return queue

    def _open_case_search(self, sessions) -> None:
        """查找办件: this PC's cases, and the hall's through the server in the clerk's name."""
        from app.services.cases.hall_cases import CaseLink, HallCases
        from app.services.cases.search import CaseSearchService

        self.case_link = link = CaseLink(self.sync, lambda: self.sign_in.token, self.sync_client)
        self.case_search = CaseSearchService(sessions, link)
        self.hall_cases = HallCases(sessions, link)

    def _add_sample_cases(self, sessions, catalog, calendar) -> None:
        """Once per demo database: a few cases of the day, made through the real use cases."""
        from app.services.cases.intake import IntakeService
        from app.services.cases.issuance import IssuanceService
        from app.services.cases.samples import seed_sample_cases
        from app.services.documents.output import DocumentOutput
        from drivers.printer.simulator import SimulatedPrinter

        marker = self.settings.data_dir / ".sample-cases-added"
        if marker.exists():
            return
        cfg, clock = self.window.config, self.clock
        # their documents are archived like any other, but not sent to the demo's printer folder
        quiet = DocumentOutput(
            self.settings.documents_dir, SimulatedPrinter(), sessions, cfg, clock, self.store.seal
        )
        seed_sample_cases(
            self.catalog,
            IntakeService(sessions, catalog, cfg, calendar, quiet, clock),
            IssuanceService(sessions, cfg, calendar, quiet, clock),
        )
        marker.write_text("sample cases were added to this demo database once\n", encoding="utf-8")

    # -- sealing ------------------------------------------------------------------------------
    def _seal_open_store(self, key: bytes) -> None:
        """A store in clear sealed while the workbench runs (the first online sign-in after
        enrolment, or after updating from a version without sealing): the database in place,
        then every file written so far."""
        from app.store.sealing import seal_running_database

        self.engine = seal_running_database(self.engine, self._sessions, self.settings.database_path, key)
        self._seal_files()

    def _seal_files(self) -> None:
        settings = self.settings
        self.store.seal_files(
            (settings.pages_dir, settings.documents_dir, settings.data_dir / SPOOL_DIR),
            self._journal.seal_lines,
        )

    # -- the signed-in clerk and sync ------------------------------------------------------------
    def use_clerk(self, user: SignedInUser) -> None:
        """From now on every use case records `user` as the clerk (and their window, if set):
        they all read the one WindowContext when they act."""
        self.window.clerk_on_duty(user.display_name, user.window_name, user.username)

    def enrol(self, server_url: str, code: str) -> None:
        """Enrol this terminal with ``server_url`` by a one-time ``code`` (a start-up step); the
        identity the server gives it names the next case numbers at once, not after a restart."""
        window = self.window.config
        self.sync.enrol(server_url, code, f"{window.terminal} {window.window_name}")
        hall_code, terminal_code = self.sync.identity()
        if hall_code and terminal_code:
            self.window.enrolled(hall_code, terminal_code)

    def _server_answers(self) -> bool:
        status = self.sync.status()
        return status.configured and status.online

    def _sync_status(self, status: SyncStatus) -> None:
        for listener in list(self.sync_listeners):
            listener(status)

    # -- devices --------------------------------------------------------------------------------
    def test_device(self, kind: str, url: str) -> str:
        """Do the real thing once with a device (the settings dialog's 测试); says what happened."""
        from app.device_check import run_test

        live = self.devices.get(kind) if self.devices.urls.get(kind) == url else None
        return run_test(kind, url, self.device_factories, self.settings, live)

    def reconfigure_devices(self, settings: Settings) -> None:
        """Save new device URLs and re-open the devices the use cases print and scan with.

        The caller stops the listening devices first (the card reader's thread) and starts them
        again afterwards.
        """
        save_device_urls(settings)
        self.settings = settings
        self.devices.close()
        self.devices = open_devices(settings, self.device_factories)
        if self.is_open:
            self.printing.printer = self.devices.printer()
            self.slips.printer = self.devices.slip_printer()
            self.scanner = self.devices.scanner()

    def warm_up(self) -> None:
        """Load the document renderer and its font ahead of the first decision (worker thread).

        Not pypinyin: ~50 MB for the one search that needs it at query time (a Chinese query
        that found nothing, tried by its sound), which then waits a third of a second once."""
        from app.services.documents.output import warm_up

        warm_up()

    def close(self) -> None:
        if self.is_open:
            if self.sync_runner is not None:
                self.sync_runner.stop()
            self.queue_link.close()
            self.case_link.close_transport()
            self.sync.close()
            self.devices.close()
            self.engine.dispose()


def load_calendar(path: Path | None) -> WorkCalendar:
    from app.domain.working_days import HallOverrides, WorkCalendar, parse_overrides

    path = path or resource_path("calendar", "hall_overrides.json")
    overrides = HallOverrides()
    if path.exists():
        overrides = parse_overrides(json.loads(path.read_text(encoding="utf-8")))
    return WorkCalendar(overrides)


def build_services(
    settings: Settings, clock: Clock = system_clock, sync_client: httpx.Client | None = None
) -> Services:
    return Services(settings, clock, sync_client=sync_client).open()
