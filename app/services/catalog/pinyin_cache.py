"""The pinyin keys of the catalog's names, kept in the data folder between starts.

Building the catalog index needs each name's pinyin (app/domain/catalog_search.py), and pypinyin
takes a third of a second to load its dictionaries before it answers anything: a third of the
workbench's wait between the painted window and the first keystroke. The keys of a name never
change for one pypinyin, so they are kept in a file: a start with the same catalog reads them
and never loads pypinyin; a name the file does not know (a new catalog, a new matter) is worked
out as before and the file rewritten. The file is a cache only: unreadable, of another pypinyin
or of another key format, it is ignored and made again.
"""

from __future__ import annotations

import json
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from app.domain.catalog_search import PinyinKeys, pinyin_keys
from app.json_files import write_json_atomically

log = logging.getLogger(__name__)
FORMAT = 1  # raise when pinyin_keys answers differently for the same pypinyin


def _stamp() -> str:
    try:
        return f"{FORMAT}/pypinyin {version('pypinyin')}"
    except PackageNotFoundError:
        return f"{FORMAT}/pypinyin ?"


class PinyinKeyCache:
    """Callable like ``pinyin_keys``; ``save()`` keeps what was worked out for the next start."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp = _stamp()
        self._keys: dict[str, PinyinKeys] = {}
        self._used: set[str] = set()  # the names asked for: the catalog's now
        self._new = False
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("stamp") == self._stamp:
                self._keys = {name: (list(v), list(s)) for name, (v, s) in data["keys"].items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("pinyin key cache %s unreadable, made again: %s", path.name, type(exc).__name__)

    def __call__(self, name: str) -> PinyinKeys:
        self._used.add(name)
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = pinyin_keys(name)
            self._new = True
        return keys

    def save(self) -> None:
        """Write the file if a name was worked out or one is no longer asked for (a matter gone)."""
        if not self._new and self._used == self._keys.keys():
            return
        keys = {n: k for n, k in self._keys.items() if n in self._used}
        try:
            write_json_atomically(self.path, {"stamp": self._stamp, "keys": keys})
            self._new = False
        except OSError as exc:  # a cache: the next start works the keys out again
            log.warning("pinyin key cache not saved: %s", exc)
