"""`onewindow display` starting: its settings file, the board thread feeding the window, a server
that cannot be reached (a sentence on the screen and retries, never a traceback)."""

from __future__ import annotations

import argparse
import json
import threading
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.services.queue.hall_board import HallBoardService
from app.sync.queue_protocol import CallView, QueueBoard
from app.sync.transport import ServerUnreachable
from ui.app import register_fonts
from ui.display.app import open_display, open_voice
from ui.display.settings import SETTINGS_FILE, DisplaySettings, load_settings, save_settings
from ui.display.window import DisplayWindow

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


def test_settings_default_clamp_and_survive_a_restart(tmp_path):
    assert load_settings(tmp_path) == DisplaySettings(volume=80, repeat=1)
    save_settings(tmp_path, DisplaySettings(volume=40, repeat=3))
    assert load_settings(tmp_path) == DisplaySettings(volume=40, repeat=3)
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"volume": 250, "repeat": 0}), encoding="utf-8")
    assert load_settings(tmp_path) == DisplaySettings(volume=100, repeat=1)
    (tmp_path / SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path) == DisplaySettings()
    assert (
        DisplaySettings(volume=95).louder().volume == 100 and DisplaySettings(volume=5).quieter().volume == 0
    )
    assert [DisplaySettings(repeat=r).next_repeat().repeat for r in (1, 2, 3)] == [2, 3, 1]


class ScriptedLink:
    events_url = ""

    def __init__(self) -> None:
        self.fail = threading.Event()
        self.call_id = 1

    def board(self) -> QueueBoard:
        if self.fail.is_set():
            raise ServerUnreachable("网络不通或连接被中断（ConnectError）")
        calls = [CallView(call_id=self.call_id, number="A007", window="2号综合窗口", at=T0, text="")]
        return QueueBoard(
            hall_code="330429",
            hall_name="安和县政务服务中心",
            calls=calls,
            waiting=[],
            windows=[],
            notices=[],
            server_time=T0,
        )

    def close(self) -> None:
        pass


def test_the_board_thread_feeds_the_window_through_its_signal(qtbot, qapp):
    register_fonts(qapp)
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.show()
    link = ScriptedLink()
    service = HallBoardService(
        lambda: link,
        window.board_updated.emit,
        poll_seconds=0.05,
        poll_without_stream_seconds=0.05,
        min_retry=0.05,
        max_retry=0.1,
    )
    service.start()
    try:
        qtbot.waitUntil(lambda: window.current.number.text() == "A007", timeout=30_000)
        link.fail.set()
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
        assert window.dimmed and window.current.number.text() == "A007"
        link.fail.clear()
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=30_000)
    finally:
        service.stop()


def test_an_unreachable_server_at_start_is_a_sentence_on_the_screen_and_retried(qtbot, qapp, tmp_path):
    register_fonts(qapp)
    args = argparse.Namespace(
        server="http://127.0.0.1:9",
        enrol_code="ABCD-1234",
        demo=False,
        data_dir=tmp_path,
        windowed=True,
        lang="zh_CN",
        voice="sim://",
    )
    running = open_display(args)
    window = running.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.current.sentence.text() != "", timeout=30_000)
        assert window.current.number.text() == "正在连接中心服务器…" and window.status.text() == "● 连接中"
        reason = window.current.sentence.text()
        assert reason.startswith("登记失败：") and "Traceback" not in reason
        qtbot.waitUntil(lambda: running.service.failures >= 2, timeout=30_000)  # it keeps trying
        assert window.announcer is not None  # sim:// opened with the bundled clips
        assert window.isVisible() and not window.isFullScreen()
        qtbot.keyClick(window, Qt.Key.Key_Plus)  # saved off the GUI thread, kept for the next start
    finally:
        running.stop()
    assert not (tmp_path / "terminal.json").exists()
    assert load_settings(tmp_path) == DisplaySettings(volume=90, repeat=1)


def test_a_wrong_voice_url_leaves_a_silent_display_that_says_why(qapp):
    announcer, problem = open_voice("bogus://", DisplaySettings())
    assert announcer is None
    assert problem.startswith("语音播报不可用") and "不支持的语音地址" in problem and "segments://" in problem
