"""The English translation: compiled on start when missing or stale, loaded when asked for.

Chinese is the source language of every string on screen (``self.tr("受理")``); English comes
from ``resources/translations/onewindow_en.ts``. The ``.qm`` is not kept in git: it is made here
by the ``pyside6-lrelease`` that sits beside the running Python.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.resources import resource_path

log = logging.getLogger(__name__)

TS_PATH = resource_path("translations", "onewindow_en.ts")
QM_PATH = resource_path("translations", "onewindow_en.qm")


def _lrelease() -> str | None:
    import shutil  # here and below: only an English start needs them, not every first paint

    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_compiled(ts: Path = TS_PATH, qm: Path = QM_PATH) -> Path | None:
    """The .qm, compiled from the .ts if it is missing or older; None when it cannot be had."""
    if not ts.exists():
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    import subprocess

    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; the English translation is not available")
        return qm if qm.exists() else None
    try:
        subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", ts, exc)
    return qm if qm.exists() else None


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Install the English translator for ``lang`` 'en' (or 'en_*'); Chinese needs none."""
    if not lang.lower().startswith("en"):
        return None
    qm = ensure_compiled()
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        log.warning("English translation not loaded; the screens stay in Chinese")
        return None
    app.installTranslator(translator)
    return translator
