"""Settings of one workbench: where its data lives, which devices, which hall and window."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields, replace
from pathlib import Path

from app.json_files import write_json_atomically
from app.services.config import WindowConfig

APP_NAME = "OneWindow"
log = logging.getLogger(__name__)


def default_data_dir() -> Path:
    import platformdirs  # only where no data folder is given: not on every start's way to the window

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    window: WindowConfig
    printer_url: str = ""  # "" → pdf://<data_dir>/打印输出 (the demo prints to files)
    catalog_path: Path | None = None  # None → the bundled sample catalog
    calendar_path: Path | None = None  # None → resources/calendar/hall_overrides.json
    sample_cases: bool = False  # a new demo database starts with a few cases of the day
    # devices, each one URL (DESIGN.md "Devices are chosen by URL"); sim:// is a simulator
    card_reader_url: str = "sim://"
    scanner_url: str = "sim://"
    slip_printer_url: str = "sim://"  # the 80 mm ESC/POS printer for slips and tickets
    evaluator_url: str = "sim://"  # the 好差评 pad
    barcode_scanner_url: str = "wedge://"  # wedge:// = a scanner that types like a keyboard
    # the central server (http(s)://host:port); "" → standalone until enrolled from the workbench
    server_url: str = ""
    sync_interval: float = 15.0  # seconds between sync rounds when nothing pokes

    @property
    def hall_name(self) -> str:
        return self.window.hall_name

    @property
    def window_name(self) -> str:
        return self.window.window_name

    @property
    def clerk_name(self) -> str:
        return self.window.clerk_name

    @property
    def database_path(self) -> Path:
        return self.data_dir / "onewindow.sqlite3"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "文书存档"

    @property
    def print_dir(self) -> Path:
        return self.data_dir / "打印输出"

    @property
    def pages_dir(self) -> Path:
        return self.data_dir / "扫描件"

    @property
    def effective_printer_url(self) -> str:
        return self.printer_url or f"pdf://{self.print_dir}"


DEMO_WINDOW = WindowConfig(
    hall_code="330429",
    hall_name="安和县政务服务中心",
    hall_address="安和县民主路88号政务服务中心一楼",
    hall_phone="0573-84012345",
    terminal="W03",
    window_name="3号综合窗口",
    clerk_name="李晓梅",
)


def demo_settings(data_dir: Path | None = None, sample_cases: bool = True) -> Settings:
    data_dir = data_dir or default_data_dir()
    settings = Settings(data_dir=data_dir, window=DEMO_WINDOW, sample_cases=sample_cases)
    return with_device_urls(settings, load_device_urls(settings.data_dir))


# -- device URLs, chosen in the device settings dialog and kept beside the database -----------
DEVICE_URL_FIELDS = (
    "card_reader_url",
    "scanner_url",
    "printer_url",
    "slip_printer_url",
    "evaluator_url",
    "barcode_scanner_url",
)
DEVICES_FILE = "devices.json"


def load_device_urls(data_dir: Path) -> dict[str, str]:
    """The URLs saved for this workbench; a missing or damaged file means the defaults.

    A damaged file must not keep the clerk from working: it is logged and the simulators (or
    what the file still says validly) are used until someone saves the settings again.
    """
    path = data_dir / DEVICES_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("device settings %s unreadable (%s); using defaults", path, type(exc).__name__)
        return {}
    if not isinstance(raw, dict):
        log.warning("device settings %s is not an object; using defaults", path)
        return {}
    return {k: v.strip() for k, v in raw.items() if k in DEVICE_URL_FIELDS and isinstance(v, str)}


def save_device_urls(settings: Settings) -> Path:
    """Write the settings' device URLs atomically (a power cut leaves the old file or the new)."""
    path = settings.data_dir / DEVICES_FILE
    data = {name: getattr(settings, name) for name in DEVICE_URL_FIELDS}
    write_json_atomically(path, data, indent=2)
    return path


def with_device_urls(settings: Settings, urls: dict[str, str]) -> Settings:
    known = {f.name for f in fields(Settings)}
    return replace(settings, **{k: v for k, v in urls.items() if k in known and k in DEVICE_URL_FIELDS})
