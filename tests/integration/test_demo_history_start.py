"""`onewindow demo` on a fresh folder: the workbench opens, signs in and syncs while the demo hall's
past weeks are replayed in the background, and the status bar says so."""

from __future__ import annotations

from app.bootstrap import Services
from app.settings import demo_settings
from tests.ui.conftest import close_window, wait_idle
from ui.main_window import MainWindow
from ui.sync.startup import DemoSync

TIMEOUT = 60000  # ms: an upper bound on a loaded machine, the history taking its turns beside


def test_the_demo_works_while_its_history_is_replayed(qtbot, tmp_path):
    services = Services(demo_settings(tmp_path / "demo"))
    demo = DemoSync(tmp_path / "demo", history=True)
    window = MainWindow(services)
    window.resize(1366, 768)
    window.show()
    window.open_services(demo.start)
    try:
        qtbot.waitUntil(lambda: window.user is not None, timeout=TIMEOUT)
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: "过去八周" in window.status.currentMessage(), timeout=TIMEOUT)
        # the sample cases of the day reach the server although the history holds the write
        # lock a day at a time
        qtbot.waitUntil(lambda: "已全部同步" in window.status.slot_text("sync"), timeout=TIMEOUT)
    finally:
        close_window(qtbot, window)
        services.close()
        history = demo.history_thread
        demo.stop()
    assert history is not None
    history.stop(timeout=120)  # it stopped with the demo, after the day it was replaying
    assert not history.running and history.error is None
