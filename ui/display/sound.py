"""Whether the hall can hear its calls, said on the display itself.

A display whose speakers are unplugged, or whose PC has no sound card, still shows every call
but says none of them — and nobody in the hall can tell from the picture. So the display says
so on screen, in its top bar: when the machine lists no audio output at all (checked at start
and again whenever Qt reports the outputs changed: plugging the speakers in clears it), and
when the voice sink could not play a call (ui/devices/voice_sink.py reports it from the voice
thread; the next call played clears it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def no_output_text() -> str:
    # short: it shares the top bar with the hall's name and the clock, read from metres away
    return translate("HallDisplay", "无音频输出，叫号无声")


def sink_failed_text() -> str:
    return translate("HallDisplay", "语音播报失败，叫号无声")


def _audio_outputs() -> list:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # no Qt Multimedia: no sound either (the sink says why in the log)
        return []
    return list(QMediaDevices.audioOutputs())


class SoundWatch(QObject):
    """Keeps ``window.set_sound_problem`` current; lives as long as the window (its child)."""

    def __init__(self, window, sink=None, outputs: Callable[[], list] = _audio_outputs) -> None:
        super().__init__(window)
        self._window = window
        self._outputs = outputs
        self._sink_failing = False
        self._devices = None
        try:
            from PySide6.QtMultimedia import QMediaDevices

            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self.check)
        except ImportError:
            log.warning("Qt Multimedia is missing: the display cannot watch its audio outputs")
        if sink is not None:
            # called on the voice thread: the window's signal carries it to the GUI thread
            sink.listeners.append(lambda reason: window.sink_trouble.emit(reason))
            window.sink_trouble.connect(self._sink_said)
        self.check()

    def _sink_said(self, reason: str) -> None:
        self._sink_failing = bool(reason)
        self.check()

    def check(self) -> None:
        if not self._outputs():
            self._window.set_sound_problem(no_output_text())
        elif self._sink_failing:
            self._window.set_sound_problem(sink_failed_text())
        else:
            self._window.set_sound_problem("")
