"""Shared fixtures: real services on a real SQLite file in a temporary folder."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A clock the test moves by hand; starts on a Monday morning in 2026."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 9, 30)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    s = build_services(demo_settings(tmp_path / "data", sample_cases=False), clock=clock)
    yield s
    s.close()
