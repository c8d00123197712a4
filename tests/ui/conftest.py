"""The real workbench on real services: a temp SQLite, the sample catalog, PDF printing to files."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from app.bootstrap import build_services, demo_settings
from tests.second_party import SECOND_PARTY
from ui.app import register_fonts
from ui.main_window import MainWindow
from ui.theme import STYLESHEET

VALID_ID = "11010519491231002X"


@pytest.fixture
def confirm_decisions() -> bool:
    """The hall's one-key confirmation before F9/F10 print: off for the flows that test the
    decision itself; tests/ui/test_decision_guards.py turns it on (the hall's default)."""
    return False


@pytest.fixture
def services(tmp_path, confirm_decisions):
    settings = demo_settings(tmp_path / "data", sample_cases=False)
    settings = replace(settings, window=replace(settings.window, confirm_decisions=confirm_decisions))
    services = build_services(settings)
    yield services
    services.close()


@pytest.fixture
def window(qtbot, qapp, services):
    register_fonts(qapp)
    qapp.setStyleSheet(STYLESHEET)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    yield w
    w.intake._save_timer.stop()
    if w.rating is not None:
        w.rating.cancel()
    w.hub.stop()  # the card reader's polling thread and the simulators behind the devices
    w.worker.wait_idle()
    qtbot.waitUntil(w.worker.is_idle, timeout=30_000)


def wait_idle(qtbot, window, timeout: int = 10000) -> None:
    """Every background job delivered (results are queued back to the GUI thread)."""
    qtbot.waitUntil(window.worker.is_idle, timeout=timeout)


def pdf_text(path: str) -> str:
    """The PDF's text without whitespace (long names may wrap across lines)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([tool, "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard (or an input method) would; QTest's keyClicks only knows ASCII."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QApplication.sendEvent(
                widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
            )
            QApplication.sendEvent(
                widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def pick_matter(qtbot, window, query: str, expected: str) -> None:
    search = window.intake.search
    window.focus_search()
    type_text(qtbot, search.edit, query)
    assert expected in search.hit_names()
    while search.hit_names()[search.hits.currentRow()] != expected:
        qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.intake.case is not None and window.intake.case.title == expected)
    wait_idle(qtbot, window)


def fill_applicant(
    qtbot, window, name: str = "王小明", id_number: str = VALID_ID, phone: str = "13800138000"
) -> None:
    panel = window.intake.applicant
    for edit, text in ((panel.name, name), (panel.cert_number, id_number), (panel.phone, phone)):
        edit.setFocus()
        type_text(qtbot, edit, text)
    panel.address.setFocus()
    type_text(qtbot, panel.address, "安和县民主路1号")
    second = window.intake.second
    if second.active:  # 内地居民结婚登记 is applied for by both: 女方 too
        for edit, text in ((second.name, SECOND_PARTY.name), (second.cert_number, SECOND_PARTY.cert_number)):
            edit.setFocus()
            type_text(qtbot, edit, text)


def press_material_keys(qtbot, window, keys: list) -> None:
    """One key per row, from the first: the checklist moves down after each."""
    checklist = window.intake.checklist
    checklist.focus_first()
    for key in keys:
        qtbot.keyClick(checklist.table, key)
        wait_idle(qtbot, window)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A window shortcut, sent to whatever has the focus (as the keyboard would)."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def shown_title(window) -> str:
    """What a desktop shows: Qt appends " — <display name>" unless the title already ends so
    (QPlatformWindow::formatWindowTitle; the offscreen platform shows no title bar to read)."""
    title, name = window.windowTitle(), QGuiApplication.applicationDisplayName()
    if not title:
        return name
    return title if title.endswith(name) else f"{title} — {name}"


# -- a workbench that asks for sign-in (onewindow clerk), on a terminal with no server to reach --
@pytest.fixture
def clerk_services(tmp_path):
    services = build_services(demo_settings(tmp_path / "data", sample_cases=False))
    yield services
    services.close()


def close_window(qtbot, w: MainWindow) -> None:
    """Stop what the window runs, let every queued result arrive, close it and delete it now.

    Not left to qtbot (pytest-qt closes its widgets before the fixtures end, dropping results
    still queued for the window) nor to the garbage collector: a window left alive keeps its
    app-wide keyboard-wedge filter and timers, and every later test runs slower through them.
    """
    w.intake._save_timer.stop()
    if w.rating is not None:
        w.rating.cancel()
    w.hub.stop()
    w.worker.wait_idle()
    qtbot.waitUntil(w.worker.is_idle, timeout=30_000)
    w.close()  # stops the sync runner; may save a draft
    w.worker.wait_idle()
    qtbot.waitUntil(w.worker.is_idle, timeout=30_000)
    shiboken6.delete(w)


def open_window(qtbot, qapp, services) -> MainWindow:
    register_fonts(qapp)
    qapp.setStyleSheet(STYLESHEET)
    w = MainWindow(services, sign_in_required=True)
    # closed by the fixture (close_window), not by qtbot
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    return w


@pytest.fixture
def make_window(qtbot, qapp):
    windows = []

    def make(services) -> MainWindow:
        w = open_window(qtbot, qapp, services)
        windows.append(w)
        return w

    yield make
    for w in windows:
        close_window(qtbot, w)
