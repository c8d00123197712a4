"""The kiosk's copy of the hall: categories, queue policy and the last waiting counts.

Fetched from the server at start and on every refresh, and kept in the kiosk's data folder
(`hall-config.json`, written atomically) so a kiosk that starts while the server is away still
knows its hall's name, which categories are open and its offline number block — and the holiday
years entered on the server (2027 before the package has it), by which it stays closed offline
on a public holiday the packaged calendar does not know.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from app.domain.calendar_years import parse_year
from app.domain.working_days import CalendarOverridesError, WorkCalendar, YearSchedule
from app.json_files import write_json_atomically
from app.sync.protocol import HallConfig

log = logging.getLogger(__name__)
CACHE_FILE = "hall-config.json"


@dataclass(frozen=True)
class KioskCategory:
    """One button of the kiosk."""

    code: str
    name: str
    prefix: str
    active: bool
    waiting: int | None  # None: not known (offline and never counted)


def windows_serving(config: HallConfig, category: str) -> int:
    return sum(1 for w in config.windows if w.categories.get(category, 0) > 0)


def categories_of(config: HallConfig, waiting: dict[str, int]) -> tuple[KioskCategory, ...]:
    return tuple(
        KioskCategory(c.code, c.name, c.prefix, c.active, waiting.get(c.code)) for c in config.categories
    )


def hall_calendar(config: HallConfig) -> WorkCalendar:
    """The packaged calendar with the years the server sent on top (they beat the package)."""
    years: dict[int, YearSchedule] = {}
    for data in config.calendar_years:
        try:
            schedule = parse_year(data)
        except CalendarOverridesError as exc:  # checked when entered: a damaged copy; skip that year
            log.warning("holiday year from the hall configuration refused: %s", exc.message)
            continue
        years[schedule.year] = schedule
    return WorkCalendar().with_years(years) if years else WorkCalendar()


class HallCache:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / CACHE_FILE

    def load(self) -> tuple[HallConfig | None, dict[str, int]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            config = HallConfig.model_validate(data["config"])
            waiting = {str(k): int(v) for k, v in dict(data.get("waiting") or {}).items()}
        except FileNotFoundError:
            return None, {}
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            log.warning("the cached hall configuration is unreadable; waiting for the server")
            return None, {}
        return config, waiting

    def save(self, config: HallConfig, waiting: dict[str, int]) -> None:
        data = {"config": config.model_dump(mode="json"), "waiting": waiting}
        write_json_atomically(self.path, data)
