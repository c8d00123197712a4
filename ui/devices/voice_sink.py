"""Play the announcer's PCM through Qt Multimedia: the display's `play` for `segments://`.

`drivers.voice` composes 16-bit mono PCM and calls `play(pcm, sample_rate)` from its worker
thread, expecting it to block until the sound is over (that is what keeps announcements from
cutting each other off). A QAudioSink needs an event loop in the thread that owns it, so
`QtVoiceSink.play` makes the sink, a buffer and a local QEventLoop in the calling thread and runs
the loop until the sink has pulled and played all of it. It refuses the GUI thread: blocking
there would freeze the display for seconds.

When sound cannot be played — no QApplication, Qt Multimedia missing, no output device (a CI
machine, a display PC whose speakers are unplugged), a device that refuses the format or fails
mid-way — it logs a warning (once per cause, not on every call) and waits as long as the audio
lasts, like `sim://`, so the queue keeps its pace and the next call is not said early. The
device is looked up again on every call: plugging the speakers in is enough, no restart.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from drivers.voice.pcm import duration, silence

log = logging.getLogger(__name__)

TAIL = 0.3  # seconds of silence after the audio: the device's own buffer plays out before stop()
POLL_MS = 20
MARGIN = 3.0  # seconds past the audio's length before a stuck device is given up


class QtVoiceSink:
    """A PlayFn (`sink(pcm, rate)` or `sink.play(pcm, rate)`) over QAudioSink, with a silent fallback."""

    def __init__(self) -> None:
        self.last_backend = ""  # "qt" when the last call went to a sound device, else "silent"
        self.fallbacks = 0  # calls that could not use a device
        self._warned = ""
        # told why a call could not be heard (once per cause), and "" when one is heard again;
        # called on the voice thread (the hall display shows it: ui/display/sound.py)
        self.listeners: list[Callable[[str], None]] = []

    def __call__(self, pcm: bytes, sample_rate: int) -> None:
        self.play(pcm, sample_rate)

    def play(self, pcm: bytes, sample_rate: int) -> None:
        from PySide6.QtCore import QCoreApplication, QThread

        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() == app.thread():
            raise RuntimeError("语音不能在界面线程中播放：请通过 drivers.voice 的播报线程调用")
        started = time.monotonic()
        reason = self._unusable(app, sample_rate)
        if reason is None:
            reason = self._play_on_device(pcm, sample_rate)
            if reason is None:
                self.last_backend = "qt"
                if self._warned:
                    self._warned = ""
                    self._tell("")
                return
        self._fallback(reason, duration(pcm, sample_rate) - (time.monotonic() - started))

    # -- the device ----------------------------------------------------------------------------
    def _unusable(self, app, sample_rate: int) -> str | None:
        """Why no device can play this, or None."""
        if app is None:
            return "程序没有创建 Qt 应用，无法使用声卡"
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:
            return f"Qt 多媒体组件无法加载（{exc}）：请安装 libpulse0 等多媒体库"
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return "没有可用的音频输出设备：请检查音箱或声卡连接"
        if not device.isFormatSupported(_format(sample_rate)):
            return f"音频输出设备“{device.description()}”不支持 {sample_rate} Hz 16位单声道音频"
        return None

    def _play_on_device(self, pcm: bytes, sample_rate: int) -> str | None:
        """Play to the end on the default output; None when done, else why it failed."""
        from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QTimer
        from PySide6.QtMultimedia import QAudioSink, QMediaDevices

        data = QByteArray(pcm + silence(TAIL, sample_rate))
        buffer = QBuffer()
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink = QAudioSink(QMediaDevices.defaultAudioOutput(), _format(sample_rate))
        loop = QEventLoop()
        timer = QTimer()
        deadline = time.monotonic() + duration(pcm, sample_rate) + TAIL + MARGIN
        outcome: list[str | None] = []

        def check() -> None:
            # Compared by name: Qt 6.7 moved these enums from QAudio to QtAudio, and PySide6
            # builds differ in which one the sink returns.
            state, error = sink.state().name, sink.error().name
            if error not in ("NoError", "UnderrunError"):
                outcome.append(f"音频设备出错（{error}）")
            elif state == "IdleState" and buffer.atEnd():
                outcome.append(None)  # everything pulled; the silent tail covers the device buffer
            elif state == "StoppedState":
                outcome.append("音频设备意外停止")
            elif time.monotonic() > deadline:
                outcome.append("音频设备长时间没有播完，已放弃")
            if outcome:
                loop.quit()

        timer.timeout.connect(check)
        timer.start(POLL_MS)
        sink.start(buffer)
        if sink.error().name != "NoError":
            outcome.append(f"无法打开音频设备（{sink.error().name}）")
        else:
            loop.exec()
        timer.stop()
        sink.stop()
        buffer.close()
        sink.deleteLater()
        return outcome[0] if outcome else "音频播放被中断"

    # -- no device -----------------------------------------------------------------------------
    def _fallback(self, reason: str, remaining: float) -> None:
        self.last_backend = "silent"
        self.fallbacks += 1
        if reason != self._warned:
            log.warning("语音无法从扬声器播放，改为静默计时：%s", reason)
            self._warned = reason
            self._tell(reason)
        if remaining > 0:
            time.sleep(remaining)

    def _tell(self, reason: str) -> None:
        for listener in list(self.listeners):
            try:
                listener(reason)
            except Exception:  # a screen gone away must not stop the voice
                log.exception("a voice listener failed")


def _format(sample_rate: int):
    from PySide6.QtMultimedia import QAudioFormat

    fmt = QAudioFormat()
    fmt.setSampleRate(sample_rate)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


_shared = QtVoiceSink()


def shared_sink() -> QtVoiceSink:
    """The sink behind ``qt_play`` (the display listens to it: ui/display/sound.py)."""
    return _shared


def qt_play(pcm: bytes, sample_rate: int) -> None:
    """The PlayFn the display passes to `drivers.voice.open_announcer("segments://", qt_play)`."""
    _shared.play(pcm, sample_rate)
