"""The display's own settings: voice volume and how often each call is read out.

A small JSON file in the display's data folder (``display.json``), changed from the display's
keyboard (+/- and R) and kept across restarts. A missing or broken file means the defaults; a
value out of range is brought into range, never refused: a display must always start.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.json_files import write_json_atomically
from drivers.voice.announcer import MAX_REPEAT

log = logging.getLogger(__name__)

SETTINGS_FILE = "display.json"
DEFAULT_VOLUME, DEFAULT_REPEAT = 80, 1
VOLUME_STEP = 10


@dataclass(frozen=True)
class DisplaySettings:
    volume: int = DEFAULT_VOLUME  # 0..100
    repeat: int = DEFAULT_REPEAT  # 1..MAX_REPEAT: how many times each call is read out

    def clamped(self) -> DisplaySettings:
        return DisplaySettings(
            volume=max(0, min(100, self.volume)), repeat=max(1, min(MAX_REPEAT, self.repeat))
        )

    def louder(self, step: int = VOLUME_STEP) -> DisplaySettings:
        return replace(self, volume=self.volume + step).clamped()

    def quieter(self, step: int = VOLUME_STEP) -> DisplaySettings:
        return replace(self, volume=self.volume - step).clamped()

    def next_repeat(self) -> DisplaySettings:
        """R on the keyboard: 1 → 2 → 3 → 1."""
        return replace(self, repeat=self.repeat % MAX_REPEAT + 1)


def load_settings(data_dir: Path) -> DisplaySettings:
    try:
        data = json.loads((Path(data_dir) / SETTINGS_FILE).read_text(encoding="utf-8"))
        return DisplaySettings(
            volume=int(data.get("volume", DEFAULT_VOLUME)), repeat=int(data.get("repeat", DEFAULT_REPEAT))
        ).clamped()
    except FileNotFoundError:
        return DisplaySettings()
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("display settings unreadable (%s); using the defaults", type(exc).__name__)
        return DisplaySettings()


def save_settings(data_dir: Path, settings: DisplaySettings) -> None:
    try:  # a power cut leaves the old file or the new one
        write_json_atomically(Path(data_dir) / SETTINGS_FILE, asdict(settings.clamped()))
    except OSError as exc:  # a read-only folder: the change holds until the display restarts
        log.warning("display settings not saved: %s", exc)
