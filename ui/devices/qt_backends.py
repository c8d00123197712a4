"""The device backends that need Qt, handed to the composition root by the GUI programs.

app/bootstrap.py cannot import ui/ (layers point down), so a program with a screen passes these
factories in, keyed "kind:scheme". The modules are imported on first use: Qt Multimedia and
QtPdf cost start-up time and a window PC without a camera never needs the first.
"""

from __future__ import annotations

from pathlib import Path

from drivers.device import BackendSupport


def _system_printer(memory_path: Path):
    def open_printer(url: str):
        from ui.devices.system_printer import open_system_printer

        return open_system_printer(url, memory_path)

    return open_printer


def _camera(url: str):
    from ui.devices.camera import open_camera

    return open_camera(url)


def _screen_evaluator(url: str):
    from ui.devices.evaluator_screen import open_screen_evaluator

    return open_screen_evaluator(url)


def qt_factories(data_dir: Path) -> dict:
    return {
        "printer:system": _system_printer(data_dir / "printers.json"),
        "scanner:camera": _camera,
        "evaluator:screen": _screen_evaluator,
    }


def _printer_support() -> BackendSupport:
    from ui.devices.system_printer import support

    return support()


def _camera_support() -> BackendSupport:
    from ui.devices.camera import support

    return support()


def _screen_support() -> BackendSupport:
    from ui.devices.evaluator_screen import support

    return support()


QT_SUPPORTS = {
    "printer:system": _printer_support,
    "scanner:camera": _camera_support,
    "evaluator:screen": _screen_support,
}
