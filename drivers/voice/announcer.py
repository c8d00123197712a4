"""The announcer: a queue of calls said one after another by one worker thread.

Calls arrive from the display's GUI thread (or any thread) through `announce`, which only checks
the wording and queues; a worker thread takes them in order, composes the PCM (chime, then the
sentence `repeat` times) and hands it to the play function, which blocks until the sound is
over. So an announcement is never cut off: the next one starts only after the play function
returned. Volume and repeat are read when an announcement starts, so a change applies to every
call not yet begun and never to the one being said.

close() lets the announcement being said finish and drops the ones still waiting: the display is
shutting down, and the calls stay on its screen history; saying a backlog to an emptying hall
would only delay the exit.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from drivers.device import DeviceState, DeviceStatus
from drivers.voice.clips import CHIME, ClipSet
from drivers.voice.pcm import scale, silence
from drivers.voice.wording import display_text, number_windows, sentence

log = logging.getLogger(__name__)

PlayFn = Callable[[bytes, int], None]

CHIME_GAP = 0.30  # seconds after the chime: people look up, then listen
WORD_GAP = 0.05  # between clips: the clips are trimmed, so words need a breath between them
REPEAT_GAP = 0.80  # between two sayings of the same call
MAX_REPEAT = 3


def check_volume(volume: int) -> int:
    if isinstance(volume, bool) or not isinstance(volume, int) or not 0 <= volume <= 100:
        raise ValueError(f"音量应为0到100之间的整数，实际为{volume!r}")
    return volume


def check_repeat(repeat: int) -> int:
    if isinstance(repeat, bool) or not isinstance(repeat, int) or not 1 <= repeat <= MAX_REPEAT:
        raise ValueError(f"每次呼叫的播报遍数应为1到{MAX_REPEAT}遍，实际为{repeat!r}")
    return repeat


def compose(clips: ClipSet, words: Sequence[str], repeat: int, volume: int) -> bytes:
    """Chime, pause, then the words `repeat` times (pauses between words and sayings), at `volume`.

    Volume scales the samples linearly (80 → 0.8 × the clip level), clamped to 16 bits.
    """
    rate = clips.sample_rate
    saying = silence(WORD_GAP, rate).join(clips[word] for word in words)
    body = silence(REPEAT_GAP, rate).join([saying] * repeat)
    return scale(clips[CHIME] + silence(CHIME_GAP, rate) + body, volume / 100)


@dataclass(frozen=True)
class _Call:
    text: str
    words: tuple[str, ...]


class Announcer:
    def __init__(self, url: str, clips: ClipSet, play: PlayFn, *, repeat: int = 1, volume: int = 80) -> None:
        self.url = url
        self.clips = clips
        self.player = play
        self._repeat = check_repeat(repeat)
        self._volume = check_volume(volume)
        self._numbers: dict[str, int] = {}
        self._queue: deque[_Call] = deque()
        self._cond = threading.Condition()
        self._busy = False
        self._closed = False
        self._last_error = ""
        self.announced: list[str] = []  # texts fully played, in order
        self._thread = threading.Thread(target=self._run, name="voice-announcer", daemon=True)
        self._thread.start()

    # -- settings ------------------------------------------------------------------------------
    @property
    def volume(self) -> int:
        return self._volume

    @property
    def repeat(self) -> int:
        return self._repeat

    def set_volume(self, volume: int) -> None:
        value = check_volume(volume)
        with self._cond:
            self._volume = value

    def set_repeat(self, repeat: int) -> None:
        value = check_repeat(repeat)
        with self._cond:
            self._repeat = value

    def set_windows(self, names: Sequence[str]) -> None:
        """The hall's windows in their configured order: numbers the ones whose names have none."""
        numbers = number_windows(names)
        with self._cond:
            self._numbers = numbers

    # -- calls ---------------------------------------------------------------------------------
    def words(self, number: str, window_name: str) -> list[str]:
        with self._cond:
            numbers: Mapping[str, int] = self._numbers
        return sentence(number, window_name, numbers)

    def compose(self, number: str, window_name: str) -> bytes:
        """The PCM this announcer would play for the call now (for `python -m drivers.voice`)."""
        return compose(self.clips, self.words(number, window_name), self._repeat, self._volume)

    def announce(self, number: str, window_name: str) -> None:
        """Queue a call and return at once. ValueError (Chinese) when it cannot be said."""
        call = _Call(display_text(number, window_name), tuple(self.words(number, window_name)))
        with self._cond:
            if self._closed:
                raise RuntimeError("语音播报已关闭，不能再播报新的呼叫")
            self._queue.append(call)
            self._cond.notify_all()

    def pending(self) -> int:
        """Announcements not yet over: the one being said plus those waiting."""
        with self._cond:
            return len(self._queue) + (1 if self._busy else 0)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until everything queued has been said; False when `timeout` ran out first."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and not self._busy, timeout)

    def status(self) -> DeviceStatus:
        with self._cond:
            closed, error = self._closed, self._last_error
        if closed:
            return DeviceStatus(DeviceState.OFFLINE, "已关闭")
        if error:
            return DeviceStatus(DeviceState.FAULT, "播放失败", error)
        return DeviceStatus(DeviceState.READY, "就绪")

    def close(self, timeout: float | None = None) -> int:
        """Finish the announcement being said, drop the waiting ones (returns how many), stop."""
        with self._cond:
            self._closed = True
            dropped = len(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        if dropped:
            log.info("语音播报关闭，%d 条未播报的呼叫已取消", dropped)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return dropped

    # -- the worker ----------------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._closed)
                if not self._queue:
                    return
                call = self._queue.popleft()
                self._busy = True
                repeat, volume = self._repeat, self._volume
            try:
                self.player(compose(self.clips, call.words, repeat, volume), self.clips.sample_rate)
            except Exception as exc:  # a sound card fault must not silence the calls after it
                # Only the exception is logged: a call is a ticket number and a window, no ID data.
                log.warning("语音播报失败：%s: %s", type(exc).__name__, exc)
                with self._cond:
                    self._last_error = f"{type(exc).__name__}: {exc}"
            else:
                with self._cond:
                    self.announced.append(call.text)
                    self._last_error = ""
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
