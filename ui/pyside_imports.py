"""Start-up: PySide6's scan of every module imported after it, turned off for OneWindow.

Importing PySide6 replaces Python's import function with one that serves PySide's opt-in
``from __feature__ import snake_case, true_property``: after every import it reads the new
module's whole source file (``inspect.getsource``) to see whether the text names PySide6. A
window's start imports some two hundred modules of ours and our libraries after PySide6, and the
scan of their sources was a fifth of the workbench's start to its first paint (measured with
bench/startup.py). No module of OneWindow selects a feature, so none needs the scan: every module
is answered "does not use features", which PySide treats as the default, unswitched API.

The hook is PySide6's private code; if a release renames it, this does nothing (the start is
slower again, nothing else changes), and tests/ui/test_pyside_imports.py says so.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
# PySide6's own scan, kept when replaced: the switch holds for the rest of the process, and a
# test that needs the scan as installed (after another test started a window command in the
# same process) puts this back for its own duration
scan_as_installed = None


def _selects_no_feature(module) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Before a window's modules are imported; True when the scan is off."""
    import PySide6.QtCore  # noqa: F401  (installs the import hook and its feature module)

    try:
        from shibokensupport import feature
    except ImportError:
        feature = None
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.info("PySide6's feature scan was not found: every import after PySide6 reads its source")
        return False
    global scan_as_installed
    if feature._mod_uses_pyside is not _selects_no_feature:  # a second call keeps the first's
        scan_as_installed = feature._mod_uses_pyside
    feature._mod_uses_pyside = _selects_no_feature
    return True
