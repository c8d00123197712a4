"""Failed sign-ins in a row per user name, kept on disk so that closing the workbench does not
reset them, and outside the database: on a sealed PC the database opens only after a sign-in
succeeded, and the lockout has to hold before that (``sign-in-failures.json``, this OS account
only). It holds user names and counts, nothing of a citizen's."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime
from pathlib import Path

from app.json_files import write_json_atomically

log = logging.getLogger(__name__)
FAILURES_FILE = "sign-in-failures.json"


class SignInFailures:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FAILURES_FILE
        self._lock = threading.Lock()

    def get(self, username: str) -> tuple[int, datetime | None]:
        entry = self._read().get(username)
        if not isinstance(entry, dict):
            return 0, None
        try:
            until = entry.get("locked_until")
            return int(entry.get("failures", 0)), datetime.fromisoformat(until) if until else None
        except (TypeError, ValueError):
            return 0, None

    def set(self, username: str, failures: int, locked_until: datetime | None) -> None:
        with self._lock:
            data = self._read()
            if failures == 0 and locked_until is None:
                if username not in data:
                    return  # the usual case, a first-time success: nothing to write
                del data[username]
            else:
                until = locked_until.isoformat() if locked_until else None
                data[username] = {"failures": failures, "locked_until": until}
            write_json_atomically(self.path, data, private=True)

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            # a damaged file must not keep everyone out; it is rewritten at the next failure
            log.warning(
                "sign-in failures %s unreadable (%s): counting from zero", self.path, type(exc).__name__
            )
            return {}
        return data if isinstance(data, dict) else {}
