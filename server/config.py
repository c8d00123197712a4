"""How one server process is set up: where its database and blob store are, and its limits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

DATA_KEY_FILE_ENV = "ONEWINDOW_DATA_KEY_FILE"
PLATFORM_URL_ENV = "ONEWINDOW_PLATFORM_URL"  # the serve workers' and `export`'s platform
LICENCE_URL_ENV = "ONEWINDOW_LICENCE_URL"  # the serve workers' licence library


@dataclass(frozen=True)
class ServerConfig:
    # postgresql+psycopg://user@host/db in production, sqlite:///path for the embedded demo
    database_url: str
    # scanned pages by SHA-256; several processes share one (a shared volume)
    blob_dir: Path
    session_ttl: timedelta = timedelta(hours=12)
    enrolment_code_ttl: timedelta = timedelta(days=7)
    # sign-in throttling: after this many failures within the window, the key is locked
    max_login_failures: int = 5
    login_failure_window: timedelta = timedelta(minutes=15)
    login_lockout: timedelta = timedelta(minutes=15)
    # argon2 verifications running at once in one process (each takes the hash's memory, 64 MiB
    # with the library's parameters); a sign-in beyond them is answered 503 at once
    password_checks_at_once: int = 4
    # the whole body of a request must arrive within this many seconds of its headers (an 8 MiB
    # attachment chunk needs ~2 minutes at 0.5 Mbit/s); slower bodies are answered 408
    request_body_timeout: float = 120.0
    # /docs, /redoc and /openapi.json (`onewindow-server serve --no-docs` turns them off)
    docs: bool = True
    # a case within this many working days of its promised date is flagged 临近
    due_soon_days: int = 2
    # SMS notices to applicants (server/notices): sim:// records them, http(s):// posts to the
    # hall's gateway; every `notice_interval` seconds the due ones are sent (0: not by this process)
    sms_url: str = "sim://"
    notice_interval: float = 5.0
    # the province platform the 办件 records go to (server/platform/links.py: sim://, file://,
    # http(s)://); "" exports nothing. Every `platform_interval` seconds (about) new case changes
    # are turned into records and the due ones sent (0: not by this process)
    platform_url: str = ""
    platform_interval: float = 10.0
    # the licence library (电子证照库) a window's lookup asks (server/licences/links.py: sim://,
    # http(s)://); "" : not connected, the windows take the paper
    licence_url: str = ""
    # 统计报表: every this many seconds (about) a few closed days are kept ahead of the reports
    # (server/manager/statistics_keeper.py; 0: not by this process)
    statistics_keep_interval: float = 10.0
    # PostgreSQL: every this many seconds (about) queue_tickets is analysed if enough of it changed
    # (server/queue/planner_statistics.py; 0: not by this process)
    queue_analyze_interval: float = 15.0
    # the key of the audit log's hash chain (server/auth/audit_chain.py); by default beside the
    # blobs, which every process of the server shares. Keep it out of the database's backups.
    audit_key_file: Path | None = None

    # the data keys that seal citizens' records at rest (server/sealing/keyring.py); by default
    # in the configuration folder of the account the server runs as (default_data_key_path)
    data_key_file: Path | None = None

    @property
    def audit_key_path(self) -> Path:
        return self.audit_key_file or self.blob_dir / "audit-chain.key"

    @property
    def data_key_path(self) -> Path:
        return self.data_key_file or default_data_key_path()

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")


def default_data_key_path() -> Path:
    """Where the data keys are unless told: $ONEWINDOW_DATA_KEY_FILE, else the configuration
    folder of the account the server runs as, never the blob volume or the database, so that a
    copy or a backup of the data holds no key that opens it (DESIGN.md: keys never beside the
    data they protect). Servers on several hosts are each given a copy of the one file."""
    if os.environ.get(DATA_KEY_FILE_ENV):
        return Path(os.environ[DATA_KEY_FILE_ENV])
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "onewindow-server" / "data-keys.json"
