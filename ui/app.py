"""Starting the workbench: the application, its font, its language, the main window."""

from __future__ import annotations

import logging
import signal
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from ui import gui_collector
from ui.theme import STYLESHEET
from ui.translations import install_translator

log = logging.getLogger(__name__)

FONT_POINT_SIZE = 10  # dense but readable at 1366×768 and 100 % scaling


def register_fonts(app: QApplication) -> str:
    """Register the bundled CJK font and make it the application font.

    Window PCs in halls often have no Chinese font installed; without this every label would
    be boxes (tofu). Returns the family name, or "" if the font could not be loaded.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled CJK font could not be loaded; Chinese may not render")
        return ""
    family = families[0]  # subfont 0: Micro Hei (1 is the monospaced variant)
    font = QFont(family, FONT_POINT_SIZE)
    app.setFont(font)
    return family


def setup_application(lang: str = "zh_CN", argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("OneWindow")
    gui_collector.install(app)  # reference cycles holding Qt objects are freed on this thread only
    register_fonts(app)
    app.setStyleSheet(STYLESHEET)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if lang.startswith("en") else QLocale.Language.Chinese)
    )
    # kept on the app so it is not collected while installed
    app.setProperty("onewindow_lang", lang)
    app._onewindow_translator = install_translator(app, lang)  # type: ignore[attr-defined]
    # Qt adds the display name to every window title (" — 一窗通办"), so no title says it itself
    app.setApplicationDisplayName(program_name())
    return app


def program_name() -> str:
    return QCoreApplication.translate("Application", "一窗通办")


def quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C in a terminal, or SIGTERM (the PC shutting down, the demo closing its screens):
    quit cleanly. The Qt loop runs no Python, so a timer lets the interpreter look at its
    signals twice a second; keep the returned timer alive while the loop runs."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(500)
    return wake


def run_workbench(
    services, lang: str = "zh_CN", *, start=None, sign_in_required: bool = False, instance=None
) -> int:
    """Open the clerk's workbench on ``services`` (an ``app.bootstrap.Services``, open or not yet:
    an unopened one is opened behind the painted window, by ``start`` when given — see
    ``ui.sync.startup``). With ``sign_in_required`` the sign-in screen comes first. ``instance``
    (ui.single_instance) is this start's claim on the data folder: a later start on the same
    folder brings this window to the front."""
    from ui.main_window import MainWindow  # after the translator is installed: tr() runs in __init__

    app = setup_application(lang)
    window = MainWindow(services, sign_in_required=sign_in_required)
    window.resize(1366, 768)
    window.showMaximized()
    if instance is not None:
        instance.raise_wanted.connect(lambda: bring_to_front(window))
    if services.is_open:
        window.intake.search.focus()
    else:
        window.open_services(start)
    # SIGTERM (the PC shutting down) closes the workbench like its window: the demo's server and
    # its companion screens are stopped by the caller, not left running
    wake = quit_on_signals(app)
    try:
        return app.exec()
    finally:
        wake.stop()
        if instance is not None:
            instance.release()


def bring_to_front(window) -> None:
    """Another start on this data folder was refused: show this window instead, and say why it
    jumped up (on the status bar, and on the terminal the other start may have come from)."""
    from PySide6.QtCore import Qt

    from ui.single_instance import raised_text

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    text = raised_text()
    window.statusBar().showMessage(text, 10000)
    print(text, file=sys.stderr, flush=True)
