"""`sim://` — a loudspeaker that takes as long as the audio lasts and remembers what it played.

The announcer behind it is the real one (same clips, same composed PCM, same queue); only the
last step differs: instead of a sound card, the simulator waits for the length of the audio
(divided by `speed`, so tests and demos can run faster than real time) and records each play
with its start and end on the monotonic clock, so a test can see that two announcements never
overlapped without asserting anything about wall-clock speed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from drivers.voice.pcm import duration


@dataclass(frozen=True)
class Played:
    pcm: bytes
    sample_rate: int
    started: float  # time.monotonic() when playing began
    ended: float  # … and when it was over

    @property
    def seconds(self) -> float:
        """Length of the audio itself (not of the simulated wait)."""
        return duration(self.pcm, self.sample_rate)


class SimulatedPlayer:
    """A PlayFn: blocks for the audio's duration / speed, then records the play."""

    def __init__(
        self,
        speed: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if speed <= 0:
            raise ValueError(f"模拟语音的播放倍速须大于0，实际为{speed}")
        self.speed = speed
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self.played: list[Played] = []

    def __call__(self, pcm: bytes, sample_rate: int) -> None:
        started = self._clock()
        self._sleep(duration(pcm, sample_rate) / self.speed)
        ended = self._clock()
        with self._lock:
            self.played.append(Played(pcm, sample_rate, started, ended))
