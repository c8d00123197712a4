"""The composition root: builds the store, the catalog, the calendar, printers and use cases.

Nothing in the app opens a file, a database or a device at import time; it all happens here,
from the settings, when a program starts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.domain.working_days import HallOverrides, WorkCalendar, parse_overrides
from app.resources import resource_path
from app.services.cases_query import CaseQueryService
from app.services.catalog import load_catalog
from app.services.catalog_lookup import CatalogService
from app.services.clock import Clock, system_clock
from app.services.document_output import DocumentOutput
from app.services.intake import IntakeService
from app.services.issuance import IssuanceService
from app.settings import Settings, demo_settings
from app.store.db import open_database
from drivers.printer import open_printer

__all__ = ["Services", "build_services", "demo_settings"]


@dataclass
class Services:
    settings: Settings
    engine: Engine
    catalog: CatalogService
    intake: IntakeService
    cases: CaseQueryService
    issuance: IssuanceService
    printing: DocumentOutput
    calendar: WorkCalendar

    def close(self) -> None:
        self.engine.dispose()


def load_calendar(path: Path | None) -> WorkCalendar:
    path = path or resource_path("calendar", "hall_overrides.json")
    overrides = HallOverrides()
    if path.exists():
        overrides = parse_overrides(json.loads(path.read_text(encoding="utf-8")))
    return WorkCalendar(overrides)


def build_services(settings: Settings, clock: Clock = system_clock) -> Services:
    engine, sessions = open_database(settings.database_path)
    catalog = load_catalog(settings.catalog_path)
    calendar = load_calendar(settings.calendar_path)
    printer = open_printer(settings.effective_printer_url)
    cfg = settings.window
    documents = DocumentOutput(settings.documents_dir, printer, sessions, cfg, clock)
    return Services(
        settings=settings,
        engine=engine,
        catalog=CatalogService(catalog),
        intake=IntakeService(sessions, catalog, cfg, calendar, documents, clock),
        cases=CaseQueryService(sessions, calendar, clock),
        issuance=IssuanceService(sessions, cfg, calendar, documents, clock),
        printing=documents,
        calendar=calendar,
    )
