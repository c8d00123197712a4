"""The Qt playback backend: blocks its (worker) thread for the sound, falls back when there is no device."""

from __future__ import annotations

import logging
import math
import threading
from array import array

import pytest
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from drivers.voice import open_announcer
from drivers.voice.pcm import duration
from ui.devices import voice_sink
from ui.devices.voice_sink import QtVoiceSink


def tone(seconds: float = 0.15, rate: int = 22050) -> bytes:
    n = round(seconds * rate)
    return array("h", (round(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(n))).tobytes()


def play_in_thread(sink: QtVoiceSink, pcm: bytes, rate: int = 22050) -> list[BaseException]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            sink.play(pcm, rate)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive()
    return errors


@pytest.fixture
def no_output_device(monkeypatch):
    """The CI situation, made certain: Qt reports no default audio output."""
    monkeypatch.setattr(QMediaDevices, "defaultAudioOutput", staticmethod(lambda: QAudioDevice()))


def test_without_an_output_device_it_warns_once_and_keeps_time(qapp, no_output_device, caplog, monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(voice_sink.time, "sleep", slept.append)
    sink = QtVoiceSink()
    with caplog.at_level(logging.WARNING, logger="ui.devices.voice_sink"):
        assert play_in_thread(sink, tone()) == []
        assert play_in_thread(sink, tone()) == []
    # it waits as long as the sound would have lasted, so the next call is not said early
    length = duration(tone(), 22050)
    assert len(slept) == 2 and all(length - 0.1 < s <= length for s in slept)
    assert sink.last_backend == "silent"
    assert sink.fallbacks == 2
    warnings = [r for r in caplog.records if "没有可用的音频输出设备" in r.getMessage()]
    assert len(warnings) == 1


def test_its_listeners_are_told_once_why_nothing_was_heard(qapp, no_output_device, monkeypatch):
    monkeypatch.setattr(voice_sink.time, "sleep", lambda _s: None)
    sink = QtVoiceSink()
    told: list[str] = []
    sink.listeners.append(told.append)
    assert play_in_thread(sink, tone()) == [] and play_in_thread(sink, tone()) == []
    assert len(told) == 1 and "没有可用的音频输出设备" in told[0]


def test_the_announcer_plays_through_the_sink_from_its_worker(qapp, qtbot, no_output_device):
    sink = QtVoiceSink()
    announcer = open_announcer("segments://", sink, volume=60)
    try:
        announcer.announce("A005", "3号综合窗口")
        qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=30_000)
        assert announcer.announced == ["请A005号到3号综合窗口办理"]
        assert sink.fallbacks == 1
    finally:
        announcer.close(timeout=30)


def test_the_gui_thread_is_refused(qapp):
    with pytest.raises(RuntimeError, match="界面线程"):
        QtVoiceSink().play(tone(), 22050)


def test_a_real_output_device_plays_the_sound(qapp):
    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("this machine has no audio output device")
    sink = QtVoiceSink()
    assert play_in_thread(sink, tone(0.3)) == []
    assert sink.last_backend == "qt"
    assert sink.fallbacks == 0
