"""Workbenches for the reliability tests: real Services on their own SQLite file, syncing."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from workload import Clerk

from app.bootstrap import Services
from app.settings import demo_settings


def open_terminal(data_dir: Path, server_url: str, code: str | None, skew_hours: float = 0.0) -> Services:
    skew = timedelta(hours=skew_hours)
    settings = replace(
        demo_settings(data_dir, sample_cases=False), server_url=server_url, printer_url="sim://"
    )
    services = Services(settings, clock=lambda: datetime.now() + skew).open()
    if code and not services.sync.status().configured:
        services.sync.enrol(server_url, code, "W03")
    return services


def make_cases(services: Services, n: int, seed: int, pages: int = 1, rotations: int = 1) -> None:
    clerk = Clerk(services, random.Random(seed))
    for _ in range(n):
        clerk.one_case(pages=pages, rotations=rotations)


def sync_until_done(services: Services, rounds: int = 200) -> None:
    """Sync rounds until nothing waits; a round that fails (a fault, a restart) is simply retried."""
    status = None
    for _ in range(rounds):
        status = services.sync.sync_once()
        if status.online and status.waiting == 0:
            # one more: the pull after the last push brings the server's final view of each case
            services.sync.sync_once()
            return
    raise AssertionError(f"still waiting after {rounds} rounds: {status}")
