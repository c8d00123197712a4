"""PySide6's source scan of every later import is off in a window's process (ui/pyside_imports.py):
a module imported afterwards is not read, and a Qt widget built there works as before."""

from __future__ import annotations

import inspect
import sys

from PySide6.QtWidgets import QLabel

from ui.pyside_imports import skip_feature_scan


def _import_counting_reads(tmp_path, monkeypatch, name: str) -> int:
    (tmp_path / f"{name}.py").write_text(
        "from PySide6.QtWidgets import QLabel\n\nLABEL_CLASS = QLabel\n", encoding="utf-8"
    )
    reads = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: reads.append(obj) or real(obj))
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__(name)  # the import statement's way: importlib.import_module skips the hook
    monkeypatch.delitem(sys.modules, name)
    assert module.LABEL_CLASS is QLabel
    return sum(1 for obj in reads if getattr(obj, "__name__", "") == name)


def test_a_module_imported_after_the_switch_is_not_read(qtbot, tmp_path, monkeypatch):
    from shibokensupport import feature

    from ui import pyside_imports

    # the scan as PySide6 installed it, for this test only: an earlier test of this process may
    # have run a window command (ui/cli.py), which switches it off for the rest of the process
    installed = pyside_imports.scan_as_installed or feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", installed)
    # PySide6 as installed reads a new module's source: what the switch is for (if a release drops
    # the scan, this says so, and ui/pyside_imports.py can go)
    assert _import_counting_reads(tmp_path, monkeypatch, "ow_scan_before") == 1
    assert skip_feature_scan() is True
    assert _import_counting_reads(tmp_path, monkeypatch, "ow_scan_after") == 0
    label = QLabel("叫号")  # the default API, unswitched
    qtbot.addWidget(label)
    assert label.text() == "叫号" and label.isVisible() is False
