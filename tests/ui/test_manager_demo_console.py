"""`onewindow manager --demo` alone: the demo hall's server in the process, and its past weeks.

The console on its own is a demo as much as beside the workbench: on a fresh data folder it
replays the hall's eight weeks in the background (statistics, forecasts and follow-ups need
them), says so in its status bar, and stops the replay with itself.
"""

from __future__ import annotations

from ui.manager.app import DemoConsole


def test_the_console_alone_replays_the_demo_hall_s_past(qapp, tmp_path):
    demo = DemoConsole(tmp_path)
    try:
        session = demo.open_session()
        assert session.identity.hall_code
        # eight weeks take minutes of work: the replay is still going when the console opens
        assert demo.history is not None and demo.history.running
        assert "过去八周" in demo.notice()
        thread = demo.history
        session.close()
    finally:
        demo.stop()
    assert demo.history is None and demo.server is None
    thread.stop()  # it ends after the day it was replaying (the next start goes on from there)
    assert not thread.running and thread.error is None
